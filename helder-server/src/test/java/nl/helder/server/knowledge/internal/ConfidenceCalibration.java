package nl.helder.server.knowledge.internal;

import nl.helder.server.knowledge.KnowledgeProperties;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fits {@link ConfidenceModel} on the dev questions (the blind telecom set's {@code questions-dev.tsv} and the demo
 * set's dev split) and prints its weights, then a reliability table of the first candidate's probability on the dev
 * questions and on the frozen test questions (counts per bin only, never a question), and a sweep of
 * {@code min-confidence} on dev. Run with the test classpath: {@code main [mask]} (default {@code 110000}: the
 * intercept and coverage, the model {@link ConfidenceModel#FITTED} ships); nothing here runs in the build.
 */
final class ConfidenceCalibration {

    /** A candidate's features and whether it is a right article for its question. */
    record Example(ConfidenceModel.Features features, boolean right, boolean first) {
    }

    private ConfidenceCalibration() {
    }

    static List<Example> examples(RetrievalEvaluation evaluation, String split) {
        List<Example> examples = new ArrayList<>();
        for (RetrievalEvaluation.LabelledQuestion question : evaluation.labelled()) {
            if (!question.split().equals(split)) {
                continue;
            }
            List<KnowledgeIndex.Scored> scored = evaluation.index().scored(question.text(), question.locale(), RetrievalEvaluation.TOP);
            for (int i = 0; i < scored.size(); i++) {
                examples.add(new Example(scored.get(i).features(),
                        question.expected().contains(scored.get(i).match().article().id()), i == 0));
            }
            if (scored.isEmpty()) {
                examples.add(new Example(new ConfidenceModel.Features(0, 0, 0, false, 0), false, true));
            }
        }
        return examples;
    }

    /** Logistic regression by Newton's method with a small L2 penalty (not on the intercept). */
    static double[] fit(List<Example> examples) {
        return fit(examples, "111111");
    }

    /** {@code mask}: which of the six weights (intercept first) may be non-zero, as a string of 0s and 1s. */
    static double[] fit(List<Example> examples, String mask) {
        int d = 6;
        double[] w = new double[d];
        double lambda = 0.5;
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (Example example : examples) {
                double[] x = example.features().vector();
                for (int j = 0; j < d; j++) {
                    x[j] = mask.charAt(j) == '1' ? x[j] : 0;
                }
                double z = 0;
                for (int j = 0; j < d; j++) {
                    z += w[j] * x[j];
                }
                double p = 1 / (1 + Math.exp(-z));
                double y = example.right() ? 1 : 0;
                for (int j = 0; j < d; j++) {
                    gradient[j] += (p - y) * x[j];
                    for (int k = 0; k < d; k++) {
                        hessian[j][k] += p * (1 - p) * x[j] * x[k];
                    }
                }
            }
            for (int j = 1; j < d; j++) {
                gradient[j] += lambda * w[j];
                hessian[j][j] += lambda;
            }
            double[] step = solve(hessian, gradient);
            for (int j = 0; j < d; j++) {
                w[j] -= step[j];
            }
        }
        return w;
    }

    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int row = 0; row < n; row++) {
                if (row != col && m[col][col] != 0) {
                    double factor = m[row][col] / m[col][col];
                    for (int k = col; k <= n; k++) {
                        m[row][k] -= factor * m[col][k];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = m[i][i] == 0 ? 0 : m[i][n] / m[i][i];
        }
        return x;
    }

    /** Bins of the first candidate's probability: questions, mean probability, share right. */
    static void printReliability(String title, List<Example> examples, ConfidenceModel model) {
        System.out.println("Reliability, " + title + " (first candidate): bin | questions | mean probability | right");
        double[] edges = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001};
        for (int b = 0; b + 1 < edges.length; b++) {
            int n = 0, right = 0;
            double sum = 0;
            for (Example example : examples) {
                if (!example.first()) {
                    continue;
                }
                double p = model.probability(example.features());
                if (p >= edges[b] && p < edges[b + 1]) {
                    n++;
                    sum += p;
                    right += example.right() ? 1 : 0;
                }
            }
            System.out.printf(Locale.ROOT, "| %.1f–%.1f | %d | %s | %s |%n", edges[b], Math.min(1, edges[b + 1]), n,
                    n == 0 ? "–" : String.format(Locale.ROOT, "%.2f", sum / n),
                    n == 0 ? "–" : String.format(Locale.ROOT, "%d (%.2f)", right, (double) right / n));
        }
    }

    public static void main(String[] args) {
        KnowledgeProperties properties = new KnowledgeProperties(0.5, 0.25, 700, null);
        BlindKnowledgeImport imported = BlindKnowledgeImport.of(BlindRetrievalEvaluationTest.KB.resolve("articles"));
        List<RetrievalEvaluation.LabelledQuestion> questions = new ArrayList<>(RetrievalEvaluation.questions(
                BlindRetrievalEvaluationTest.KB.resolve("questions-dev.tsv"), "dev"));
        questions.addAll(RetrievalEvaluation.questions(BlindRetrievalEvaluationTest.KB.resolve("questions-test.tsv"), "test"));
        RetrievalEvaluation blind = new RetrievalEvaluation(imported.accepted(), questions, properties);
        RetrievalEvaluation demo = new RetrievalEvaluation(properties);

        List<Example> dev = new ArrayList<>(examples(blind, "dev"));
        dev.addAll(examples(demo, "dev"));
        // The confidence is the probability that the first candidate is right: fitted on first candidates only.
        double[] weights = fit(dev.stream().filter(Example::first).toList(), args.length > 0 ? args[0] : "110000");
        ConfidenceModel model = ConfidenceModel.of(weights);
        System.out.println("Fitted: " + model);
        printReliability("dev (blind + demo)", dev, model);
        printReliability("blind dev", examples(blind, "dev"), model);
        printReliability("blind test (frozen, counts only)", examples(blind, "test"), model);
        printReliability("demo test", examples(demo, "test"), model);
    }
}
