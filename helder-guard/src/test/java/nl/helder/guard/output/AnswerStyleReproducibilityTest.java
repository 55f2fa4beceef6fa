package nl.helder.guard.output;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped style model is what {@link AnswerStyleTrainer} makes of the same labelled answers as the cues' model
 * (blind train files, never a report file; the engineer's answers; the honest answers that were read). Training
 * again gives the committed weights digit for digit; {@code -DwriteAnswerStyle=true} writes them after a change.
 */
class AnswerStyleReproducibilityTest {

    private static final Path SHIPPED = Path.of("src/main/resources/nl/helder/guard/output/" + AnswerStyleModel.RESOURCE);

    static List<AnswerStyleTrainer.Example> trainingExamples(List<ManipulationEvaluation.Labelled> answers) {
        List<AnswerStyleTrainer.Example> examples = new ArrayList<>();
        for (ManipulationEvaluation.Labelled answer : answers) {
            examples.add(new AnswerStyleTrainer.Example(CueHit.Kind.MANIPULATION, answer.labels().contains("MANIPULATIVE"), answer.text(),
                    answer.sources()));
        }
        return examples;
    }

    static List<String> header(int answers) {
        return List.of("Helder answer style model: logistic regression over AnswerStyle's features (AnswerStyleTrainer), manipulation only.",
                "Trained on " + answers + " labelled answers: the cues' model's blind train files, answers-own.tsv and the honest answers read",
                "(see AnswerModelReproducibilityTest). Never on a report file nor on blind5/honest/answers-honest-c.tsv.",
                "Re-create: ./mvnw -q -o -pl helder-guard -Dtest=AnswerStyleReproducibilityTest -DwriteAnswerStyle=true test");
    }

    @Test
    void retrainingGivesTheShippedModel() throws IOException {
        List<ManipulationEvaluation.Labelled> answers = AnswerModelReproducibilityTest.labelledAnswers(AnswerModelReproducibilityTest.BLIND_INPUTS);
        StringWriter retrained = new StringWriter();
        AnswerStyleTrainer.train(trainingExamples(answers), header(answers.size())).write(retrained);
        if (Boolean.getBoolean("writeAnswerStyle")) {
            Files.writeString(SHIPPED, retrained.toString(), StandardCharsets.UTF_8);
        }
        assertThat(retrained.toString().lines().toList()).isEqualTo(Files.readString(SHIPPED, StandardCharsets.UTF_8).lines().toList());
    }
}
