package nl.helder.guard.output;

import nl.helder.guard.OutputCheckType;
import nl.helder.guard.OutputGuard;
import nl.helder.guard.OutputReview;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the output guard's manipulation and honesty checks over the labelled answers in
 * {@code evaluation/answers-manipulation.tsv} and prints precision and recall per language; the README reports
 * these figures.
 */
class ManipulationEvaluationTest {

    record Labelled(String lang, boolean manipulative, String text, List<String> sources) {
    }

    static List<Labelled> answers() throws IOException {
        List<Labelled> answers = new ArrayList<>();
        try (InputStream in = ManipulationEvaluationTest.class.getResourceAsStream("/evaluation/answers-manipulation.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("lang\t")) {
                    continue;
                }
                String[] columns = line.split("\t");
                answers.add(new Labelled(columns[0], columns[1].equals("MANIPULATIVE"), columns[2],
                        columns[3].equals("-") ? List.of() : List.of(columns[3])));
            }
        }
        return answers;
    }

    static boolean flagged(OutputReview review) {
        return review.checks().stream().anyMatch(c -> c.type() == OutputCheckType.MANIPULATION || c.type() == OutputCheckType.CLAIMS_HUMAN);
    }

    @Test
    void precisionAndRecallOnTheLabelledAnswers() throws IOException {
        OutputGuard guard = OutputGuard.standard();
        List<Labelled> answers = answers();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> mistakes = new ArrayList<>();
        for (Labelled answer : answers) {
            boolean flagged = flagged(guard.review(answer.text(), answer.sources()));
            if (flagged && answer.manipulative()) {
                tp++;
            } else if (flagged) {
                fp++;
                mistakes.add("  false alarm [" + answer.lang() + "] " + answer.text());
            } else if (answer.manipulative()) {
                fn++;
                mistakes.add("  missed      [" + answer.lang() + "] " + answer.text());
            }
        }
        double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double recall = (double) tp / (tp + fn);
        System.out.printf(Locale.ROOT, "Manipulation check on %d answers (%d manipulative): precision %.3f, recall %.3f%n",
                answers.size(), tp + fn, precision, recall);
        mistakes.forEach(System.out::println);
        assertThat(answers).hasSizeGreaterThanOrEqualTo(200);
        assertThat(precision).isGreaterThanOrEqualTo(0.9);
        assertThat(recall).isGreaterThanOrEqualTo(0.9);
    }
}
