package nl.helder.guard.injection;

import nl.helder.guard.InjectionAssessment;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Development figures of {@link IndirectInjection}: the team's own examples (tuned on, so not a measure) and the
 * public injection sets of {@code ../shared/data/injection}, each prompt planted as a paragraph of an ordinary help
 * article. Most public attacks are written for a chat box (jailbreaks, "write a poem about ..."), not for a
 * document an assistant reads, so the catch rate on them is a lower bound; their benign prompts, planted the same
 * way, must not be flagged. The honest measure is the blind help-article set in helder-server.
 */
class IndirectInjectionEvaluationTest {

    private static final IndirectInjection CHECK = IndirectInjection.standard();
    private static final String ARTICLE = "Changing your delivery address\n\nGo to My orders, choose the order and click Change address.\n\n";

    @Test
    void ownExamples() throws IOException {
        int clean = 0, falseAlarms = 0, planted = 0, caught = 0;
        for (IndirectInjectionDevSet example : IndirectInjectionDevSet.read()) {
            InjectionAssessment assessment = CHECK.assess(example.text());
            if (example.planted()) {
                planted++;
                caught += assessment.blocked() ? 1 : 0;
            } else {
                clean++;
                falseAlarms += assessment.blocked() ? 1 : 0;
            }
            if (assessment.blocked() != example.planted()) {
                System.out.printf("MISTAKE %s %.2f %s%n", example.name(), assessment.score(), assessment.reasons());
            }
        }
        System.out.printf("Indirect injection, own examples (tuned on): false alarms %d/%d, caught %d/%d%n", falseAlarms, clean, caught, planted);
        assertThat(falseAlarms).isZero();
        assertThat(caught).isEqualTo(planted);
    }

    /** Helder's own demo knowledge base and test articles: ordinary help text, none of it may be held back. */
    @Test
    void demoArticles() throws IOException {
        int articles = 0;
        for (java.nio.file.Path folder : List.of(java.nio.file.Path.of("../helder-server/src/main/resources/kb/demo"),
                java.nio.file.Path.of("../helder-server/src/test/resources/kb-sample"))) {
            try (var files = Files.walk(folder)) {
                for (java.nio.file.Path file : files.filter(Files::isRegularFile).toList()) {
                    InjectionAssessment assessment = CHECK.assess(Files.readString(file));
                    assertThat(assessment.blocked()).as(file + " " + assessment.reasons()).isFalse();
                    articles++;
                }
            }
        }
        assertThat(articles).isGreaterThan(10);
    }

    @Test
    void publicSetsPlantedInAnArticle() throws IOException {
        report("promptshield-train.jsonl");
        report("promptshield-val.jsonl");
        report("deepset-prompt-injections-train.jsonl");
        for (String file : List.of("NotInject_one.json", "NotInject_two.json", "NotInject_three.json")) {
            report(file);
        }
    }

    private static void report(String file) throws IOException {
        if (!Files.exists(InjectionEvaluation.PUBLIC_DATA.resolve(file))) {
            System.out.println("Skipped " + file + ": not found");
            return;
        }
        int attacks = 0, caught = 0, benign = 0, falseAlarms = 0;
        for (LabelledText text : InjectionData.read(InjectionEvaluation.PUBLIC_DATA.resolve(file))) {
            boolean flagged = CHECK.assess(ARTICLE + text.text()).blocked();
            if (text.injection()) {
                attacks++;
                caught += flagged ? 1 : 0;
                if (!flagged && Boolean.getBoolean("showMisses")) {
                    System.out.println("MISSED " + file + ": " + text.text().replace('\n', ' '));
                }
            } else {
                benign++;
                falseAlarms += flagged ? 1 : 0;
                if (flagged && Boolean.getBoolean("showMistakes")) {
                    System.out.println("FALSE ALARM " + file + ": " + text.text() + " " + CHECK.assess(ARTICLE + text.text()).reasons());
                }
            }
        }
        System.out.printf("Indirect injection, %s planted in an article: caught %d/%d, false alarms %d/%d%n", file, caught, attacks, falseAlarms, benign);
    }
}
