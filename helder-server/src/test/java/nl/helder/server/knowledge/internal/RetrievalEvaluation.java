package nl.helder.server.knowledge.internal;

import nl.helder.server.knowledge.KnowledgeMatch;
import nl.helder.server.knowledge.KnowledgeProperties;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the labelled questions of {@code evaluation/retrieval-questions.tsv} against the bundled demo
 * knowledge base and counts, per split, how often the assistant cites the right article and how often it
 * abstains where it should. {@code main} prints the report and a threshold sweep over the dev split.
 */
final class RetrievalEvaluation {

    record LabelledQuestion(String split, String locale, Set<String> expected, String text) {
        boolean outOfScope() {
            return expected.isEmpty();
        }
    }

    record Outcome(LabelledQuestion question, String cited, double confidence, boolean answered) {
        boolean correct() {
            return question.outOfScope() ? !answered : answered && question.expected().contains(cited);
        }
    }

    record Report(String split, double threshold, int inScope, int rightArticle, int wrongArticle, int abstainedInScope,
                  int outOfScope, int abstainedOutOfScope, List<Outcome> mistakes) {

        double answerAccuracy() {
            return (double) rightArticle / inScope;
        }

        double abstentionRate() {
            return (double) abstainedOutOfScope / outOfScope;
        }

        String summary() {
            return String.format(Locale.ROOT,
                    "%-4s threshold %.2f | in scope: %d/%d right article (%.1f %%), %d wrong article, %d abstained | "
                            + "out of scope: %d/%d abstained (%.1f %%)",
                    split, threshold, rightArticle, inScope, 100 * answerAccuracy(), wrongArticle, abstainedInScope,
                    abstainedOutOfScope, outOfScope, 100 * abstentionRate());
        }
    }

    private final KnowledgeIndex index;

    RetrievalEvaluation(KnowledgeProperties properties) {
        KnowledgeSources sources = new KnowledgeSources();
        this.index = sources.index(sources.loadConfigured(null).articles(), properties);
    }

    static List<LabelledQuestion> questions() {
        try (InputStream in = RetrievalEvaluation.class.getResourceAsStream("/evaluation/retrieval-questions.tsv")) {
            List<LabelledQuestion> questions = new ArrayList<>();
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] columns = line.split("\t");
                Set<String> expected = "-".equals(columns[2]) ? Set.of() : Set.copyOf(Arrays.asList(columns[2].split("\\|")));
                questions.add(new LabelledQuestion(columns[0], columns[1], expected, columns[3]));
            }
            return questions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Report run(String split, double threshold) {
        int inScope = 0, right = 0, wrong = 0, abstainedIn = 0, outOfScope = 0, abstainedOut = 0;
        List<Outcome> mistakes = new ArrayList<>();
        for (LabelledQuestion question : questions()) {
            if (!question.split().equals(split)) {
                continue;
            }
            Optional<KnowledgeMatch> match = index.bestMatch(question.text(), question.locale());
            double confidence = match.map(KnowledgeMatch::confidence).orElse(0.0);
            boolean answered = match.isPresent() && confidence >= threshold;
            Outcome outcome = new Outcome(question, match.map(m -> m.article().id()).orElse("-"), confidence, answered);
            if (question.outOfScope()) {
                outOfScope++;
                abstainedOut += answered ? 0 : 1;
            } else {
                inScope++;
                if (!answered) {
                    abstainedIn++;
                } else if (outcome.correct()) {
                    right++;
                } else {
                    wrong++;
                }
            }
            if (!outcome.correct()) {
                mistakes.add(outcome);
            }
        }
        return new Report(split, threshold, inScope, right, wrong, abstainedIn, outOfScope, abstainedOut, mistakes);
    }

    public static void main(String[] args) {
        KnowledgeProperties defaults = new KnowledgeProperties(KnowledgeProperties.DEFAULT_MIN_CONFIDENCE_VALUE, 700, null);
        new RetrievalEvaluation(defaults).printReport(defaults.minConfidence(), Arrays.asList(args).contains("--show-test-mistakes"));
    }

    /** Prints a threshold sweep over the dev split, then both splits at {@code threshold}; test mistakes only on request. */
    void printReport(double threshold, boolean showTestMistakes) {
        System.out.println("Threshold sweep on the dev split:");
        for (double candidate = 0.3; candidate <= 0.801; candidate += 0.05) {
            System.out.println("  " + run("dev", candidate).summary());
        }
        for (String split : List.of("dev", "test")) {
            Report report = run(split, threshold);
            System.out.println(report.summary());
            // The test split is held out: its mistakes are listed only on request, so nobody tunes on them by accident.
            if (split.equals("test") && !showTestMistakes) {
                continue;
            }
            report.mistakes().forEach(m -> System.out.printf(Locale.ROOT, "    miss: [%s] %s -> %s (%.2f, %s)%n",
                    m.question().locale(), m.question().text(), m.cited(), m.confidence(), m.answered() ? "answered" : "abstained"));
        }
    }
}
