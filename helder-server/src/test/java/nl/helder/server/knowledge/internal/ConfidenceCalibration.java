package nl.helder.server.knowledge.internal;

import nl.helder.server.knowledge.KnowledgeProperties;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits {@link ConfidenceModel}, the re-ranker and calibrated confidence, on the tuning questions only: the blind
 * telecom set's {@code questions-dev.tsv}, the demo set's dev split and every question of the blind energy help
 * centre ({@code blind2/kb-energy}, when present). A logistic regression (Newton's method, a small L2 penalty not on
 * the intercept) over the first {@code KnowledgeIndex.RERANKED} candidates of every question, labelled right when
 * the candidate is an expected article. Cross-validated across the help centres (fit on the others, score the one
 * left out) to choose features and thresholds. Prints the weights, the cross-validation, a threshold sweep and the
 * reliability of the first candidate's probability; on the frozen telecom test file only counts per bin, never a
 * question. Run with the test classpath: {@code main [mask]} (a string of 0s and 1s over
 * {@link ConfidenceModel.Features#NAMES}; default all); nothing here runs in the build.
 */
final class ConfidenceCalibration {

    /** A candidate's features, whether it is a right article for its question, and the question it was found for. */
    record Example(ConfidenceModel.Features features, boolean right, boolean first, int question, boolean outOfScope) {
    }

    static final Path ENERGY = Path.of("src/test/resources/evaluation/blind2/kb-energy");
    static final double L2 = 0.5;

    private ConfidenceCalibration() {
    }

    /** Every question's candidates (up to the re-ranked pool), in the order retrieval returns them. */
    static List<Example> examples(RetrievalEvaluation evaluation, String split) {
        List<Example> examples = new ArrayList<>();
        int number = 0;
        for (RetrievalEvaluation.LabelledQuestion question : evaluation.labelled()) {
            if (!question.split().equals(split)) {
                continue;
            }
            number++;
            List<KnowledgeIndex.Scored> scored = evaluation.index().scored(question.text(), question.locale(), 10);
            for (int i = 0; i < scored.size(); i++) {
                examples.add(new Example(scored.get(i).features(),
                        question.expected().contains(scored.get(i).match().article().id()), i == 0, number, question.outOfScope()));
            }
            if (scored.isEmpty()) {
                double[] none = new double[ConfidenceModel.Features.NAMES.size()];
                none[0] = 1;
                examples.add(new Example(new ConfidenceModel.Features(none), false, true, number, question.outOfScope()));
            }
        }
        return examples;
    }

    /** The ranking model's weights over {@link ConfidenceModel.Features#NAMES}: fitted on every candidate. */
    static double[] fit(List<Example> examples, String mask) {
        return fit(examples.stream().map(e -> e.features().vector()).toList(), examples.stream().map(Example::right).toList(), mask);
    }

    /**
     * The calibration's weights over {@link ConfidenceModel#CALIBRATION_NAMES}: fitted on each question's first
     * candidate after re-ranking by {@code ranking}, with its ranking score and margin.
     */
    static double[] fitCalibration(List<Example> examples, double[] ranking, String mask) {
        ConfidenceModel ranker = ConfidenceModel.of(ranking, new double[ConfidenceModel.CALIBRATION_NAMES.size()]);
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (List<Example> candidates : byQuestion(examples).values()) {
            Ranked top = ranked(candidates, ranker).get(0);
            x.add(ConfidenceModel.calibrationVector(top.example().features(), top.score(), top.margin()));
            y.add(top.example().right());
        }
        return fit(x, y, mask);
    }

    /** Logistic regression by Newton's method, L2 penalty {@value #L2} on every weight but the intercept. */
    static double[] fit(List<double[]> xs, List<Boolean> ys, String mask) {
        int d = mask.length();
        double[] w = new double[d];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int n = 0; n < xs.size(); n++) {
                double[] x = xs.get(n).clone();
                for (int j = 0; j < d; j++) {
                    x[j] = mask.charAt(j) == '1' ? x[j] : 0;
                }
                double z = 0;
                for (int j = 0; j < d; j++) {
                    z += w[j] * x[j];
                }
                double p = 1 / (1 + Math.exp(-z));
                double y = ys.get(n) ? 1 : 0;
                for (int j = 0; j < d; j++) {
                    gradient[j] += (p - y) * x[j];
                    for (int k = 0; k < d; k++) {
                        hessian[j][k] += p * (1 - p) * x[j] * x[k];
                    }
                }
            }
            for (int j = 1; j < d; j++) {
                gradient[j] += L2 * w[j];
                hessian[j][j] += L2;
            }
            double[] step = solve(hessian, gradient);
            for (int j = 0; j < d; j++) {
                w[j] -= mask.charAt(j) == '1' ? step[j] : 0;
            }
        }
        return w;
    }

    /** A candidate with its ranking score and margin over the best other candidate. */
    record Ranked(Example example, double score, double margin) {
    }

    static Map<Integer, List<Example>> byQuestion(List<Example> examples) {
        Map<Integer, List<Example>> byQuestion = new LinkedHashMap<>();
        examples.forEach(e -> byQuestion.computeIfAbsent(e.question(), q -> new ArrayList<>()).add(e));
        return byQuestion;
    }

    /** One question's candidates ordered by {@code model}'s ranking score, as {@code KnowledgeIndex} orders them. */
    static List<Ranked> ranked(List<Example> candidates, ConfidenceModel model) {
        List<Ranked> ranked = new ArrayList<>();
        for (Example e : candidates) {
            double score = model.rankScore(e.features());
            double best = Double.NEGATIVE_INFINITY;
            for (Example other : candidates) {
                best = other == e ? best : Math.max(best, model.rankScore(other.features()));
            }
            ranked.add(new Ranked(e, score, best == Double.NEGATIVE_INFINITY ? 0 : score - best));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
        return ranked;
    }

    static double probability(Ranked r, ConfidenceModel model) {
        return model.probability(r.example().features(), r.score(), r.margin());
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

    /** What a model does with a set of questions at two thresholds, re-ranking each question's candidates by it. */
    record Score(int inScope, int rightFirst, int rightAnswered, int answeredOrSuggested, int outOfScope, int abstained) {
        String summary() {
            return String.format(Locale.ROOT, "right first %d/%d (%.1f %%), right answered %d, answered or suggested %d (%.1f %%), out of scope abstained %d/%d (%.1f %%)",
                    rightFirst, inScope, 100.0 * rightFirst / inScope, rightAnswered, answeredOrSuggested,
                    100.0 * answeredOrSuggested / inScope, abstained, outOfScope, 100.0 * abstained / Math.max(1, outOfScope));
        }
    }

    static Score score(List<Example> examples, ConfidenceModel model, double answer, double suggest) {
        int inScope = 0, rightFirst = 0, rightAnswered = 0, offered = 0, outOfScope = 0, abstained = 0;
        for (List<Example> candidates : byQuestion(examples).values()) {
            List<Ranked> ranked = ranked(candidates, model);
            Example top = ranked.get(0).example();
            double p = probability(ranked.get(0), model);
            if (top.outOfScope()) {
                outOfScope++;
                abstained += p < answer ? 1 : 0;
                continue;
            }
            inScope++;
            rightFirst += top.right() ? 1 : 0;
            rightAnswered += top.right() && p >= answer ? 1 : 0;
            boolean suggested = p < answer && p >= suggest && ranked.stream().limit(3)
                    .anyMatch(r -> r.example().right() && (r == ranked.get(0) ? p : model.laterProbability(r.example().features(), r.score(), r.margin(), p)) >= suggest);
            offered += (top.right() && p >= answer) || suggested ? 1 : 0;
        }
        return new Score(inScope, rightFirst, rightAnswered, offered, outOfScope, abstained);
    }

    /** Bins of the first candidate's probability (after re-ranking): questions, mean probability, share right. */
    static void printReliability(String title, List<Example> examples, ConfidenceModel model) {
        List<Ranked> firsts = byQuestion(examples).values().stream().map(c -> ranked(c, model).get(0)).toList();
        System.out.println("Reliability, " + title + " (first candidate): bin | questions | mean probability | right");
        double[] edges = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001};
        for (int b = 0; b + 1 < edges.length; b++) {
            int n = 0, right = 0;
            double sum = 0;
            for (Ranked first : firsts) {
                double p = probability(first, model);
                if (p >= edges[b] && p < edges[b + 1]) {
                    n++;
                    sum += p;
                    right += first.example().right() ? 1 : 0;
                }
            }
            System.out.printf(Locale.ROOT, "| %.1f–%.1f | %d | %s | %s |%n", edges[b], Math.min(1, edges[b + 1]), n,
                    n == 0 ? "–" : String.format(Locale.ROOT, "%.2f", sum / n),
                    n == 0 ? "–" : String.format(Locale.ROOT, "%d (%.2f)", right, (double) right / n));
        }
    }

    /** The tuning questions of each help centre: telecom dev, demo dev and, once committed, every energy question. */
    static Map<String, List<Example>> tuning() {
        KnowledgeProperties properties = new KnowledgeProperties(0.5, 0.25, 700, null);
        Map<String, List<Example>> domains = new LinkedHashMap<>();
        BlindKnowledgeImport telecom = BlindKnowledgeImport.of(BlindRetrievalEvaluationTest.KB.resolve("articles"));
        domains.put("telecom dev", examples(new RetrievalEvaluation(telecom.accepted(), RetrievalEvaluation.questions(
                BlindRetrievalEvaluationTest.KB.resolve("questions-dev.tsv"), "dev"), properties), "dev"));
        domains.put("demo dev", examples(new RetrievalEvaluation(properties), "dev"));
        if (Files.isDirectory(ENERGY)) {
            BlindKnowledgeImport energy = BlindKnowledgeImport.of(ENERGY.resolve("articles"));
            List<RetrievalEvaluation.LabelledQuestion> questions = new ArrayList<>();
            try (var files = Files.list(ENERGY)) {
                files.filter(f -> f.getFileName().toString().startsWith("questions") && f.toString().endsWith(".tsv")).sorted()
                        .forEach(f -> questions.addAll(RetrievalEvaluation.questions(f, "tune")));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            domains.put("energy", examples(new RetrievalEvaluation(energy.accepted(), questions, properties), "tune"));
        }
        return domains;
    }

    /** The calibration's default inputs: intercept, ranking score and margin, unseen words, coverage, rare words, length. */
    static final String CALIBRATION_MASK = mask(ConfidenceModel.CALIBRATION_NAMES,
            List.of("bias", "share", "rareShare", "unseen", "unseenLong", "words", "rankScore", "rankMargin"));

    static String mask(List<String> names, List<String> on) {
        StringBuilder mask = new StringBuilder();
        names.forEach(name -> mask.append(on.contains(name) ? '1' : '0'));
        return mask.toString();
    }

    /** Both models fitted on {@code examples}. */
    static ConfidenceModel fitBoth(List<Example> examples, String rankingMask, String calibrationMask) {
        double[] ranking = fit(examples, rankingMask);
        return ConfidenceModel.of(ranking, fitCalibration(examples, ranking, calibrationMask));
    }

    public static void main(String[] args) {
        String rankingMask = args.length > 0 && !args[0].equals("-") ? args[0] : "1".repeat(ConfidenceModel.Features.NAMES.size());
        String calibrationMask = args.length > 1 && !args[1].equals("-") ? args[1] : CALIBRATION_MASK;
        double answer = args.length > 2 ? Double.parseDouble(args[2]) : KnowledgeProperties.DEFAULT_MIN_CONFIDENCE_VALUE;
        double suggest = args.length > 3 ? Double.parseDouble(args[3]) : KnowledgeProperties.DEFAULT_SUGGEST_CONFIDENCE_VALUE;
        Map<String, List<Example>> domains = tuning();
        System.out.println("Shipped model on each tuning set: ");
        domains.forEach((name, examples) -> System.out.println("  " + name + ": " + score(examples, ConfidenceModel.FITTED, answer, suggest).summary()));
        domains.forEach((name, examples) -> printReliability("shipped model, " + name, examples, ConfidenceModel.FITTED));
        System.out.println("Cross-validation, ranking " + rankingMask + ", calibration " + calibrationMask
                + " (fit on the others, scored on the one left out):");
        List<double[]> grid = new ArrayList<>();
        for (double a = 0.3; a <= 0.801; a += 0.05) {
            for (double g = 0.05; g <= a + 0.001; g += 0.05) {
                grid.add(new double[] {a, g});
            }
        }
        double[][] thresholds = grid.toArray(new double[0][]);
        Score[] pooled = new Score[thresholds.length];
        for (String left : domains.keySet()) {
            List<Example> train = new ArrayList<>();
            domains.forEach((name, examples) -> {
                if (!name.equals(left)) {
                    train.addAll(offset(examples, name));
                }
            });
            ConfidenceModel model = fitBoth(train, rankingMask, calibrationMask);
            System.out.println("  " + left + ":");
            for (double a = 0.3; a <= 0.71; a += 0.05) {
                System.out.printf(Locale.ROOT, "      answer %.2f suggest %.2f: %s%n", a, suggest, score(domains.get(left), model, a, suggest).summary());
            }
            for (int t = 0; t < thresholds.length; t++) {
                Score left1 = score(domains.get(left), model, thresholds[t][0], thresholds[t][1]);
                pooled[t] = pooled[t] == null ? left1 : new Score(pooled[t].inScope() + left1.inScope(), pooled[t].rightFirst() + left1.rightFirst(),
                        pooled[t].rightAnswered() + left1.rightAnswered(), pooled[t].answeredOrSuggested() + left1.answeredOrSuggested(),
                        pooled[t].outOfScope() + left1.outOfScope(), pooled[t].abstained() + left1.abstained());
            }
        }
        System.out.println("Cross-validation pooled over the left-out sets:");
        for (int t = 0; t < thresholds.length; t++) {
            System.out.printf(Locale.ROOT, "  CV answer %.2f suggest %.2f: right answered %.1f %%, %s%n", thresholds[t][0], thresholds[t][1],
                    100.0 * pooled[t].rightAnswered() / pooled[t].inScope(), pooled[t].summary());
        }
        List<Example> all = new ArrayList<>();
        domains.forEach((name, examples) -> all.addAll(offset(examples, name)));
        ConfidenceModel model = fitBoth(all, rankingMask, calibrationMask);
        System.out.println("Fitted on every tuning set:\n    ranking " + printed(model.ranking()) + "  // " + ConfidenceModel.Features.NAMES
                + "\n    calibration " + printed(model.calibration()) + "  // " + ConfidenceModel.CALIBRATION_NAMES);
        domains.forEach((name, examples) -> System.out.println("  " + name + ": " + score(examples, model, answer, suggest).summary()));
        for (double a = 0.3; a <= 0.71; a += 0.05) {
            for (double s = 0.1; s <= a + 0.001; s += 0.05) {
                System.out.printf(Locale.ROOT, "  all tuning, answer %.2f suggest %.2f: %s%n", a, s, score(all, model, a, s).summary());
            }
        }
        printReliability("all tuning questions (fitted on)", all, model);
        domains.forEach((name, examples) -> printReliability(name, examples, model));
        if (Arrays.asList(args).contains("--reliability-test")) {
            // Counts per bin only, never a question: the telecom test file is reported, not tuned on.
            BlindKnowledgeImport telecom = BlindKnowledgeImport.of(BlindRetrievalEvaluationTest.KB.resolve("articles"));
            printReliability("blind telecom test (frozen, counts only)", examples(new RetrievalEvaluation(telecom.accepted(),
                    RetrievalEvaluation.questions(BlindRetrievalEvaluationTest.KB.resolve("questions-test.tsv"), "test"),
                    new KnowledgeProperties(0.5, 0.25, 700, null)), "test"), ConfidenceModel.FITTED);
        }
    }

    private static String printed(List<Double> weights) {
        StringBuilder printed = new StringBuilder("{");
        for (int i = 0; i < weights.size(); i++) {
            printed.append(String.format(Locale.ROOT, "%s%.3f", i == 0 ? "" : ", ", weights.get(i)));
        }
        return printed.append("}").toString();
    }

    /** The examples with question numbers made unique across sets. */
    private static List<Example> offset(List<Example> examples, String set) {
        int base = (set.hashCode() & 0xfff) * 100_000;
        return examples.stream().map(e -> new Example(e.features(), e.right(), e.first(), base + e.question(), e.outOfScope())).toList();
    }
}
