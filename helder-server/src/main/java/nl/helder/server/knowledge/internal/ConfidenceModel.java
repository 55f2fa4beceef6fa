package nl.helder.server.knowledge.internal;

import java.util.Arrays;
import java.util.List;

/**
 * Re-ranks a question's candidate articles and gives the probability that the first is the right answer, from what
 * retrieval knows about them: two logistic regressions fitted on the tuning questions of two help centres and the
 * demo set ({@code ConfidenceCalibration} in the tests, which refits both, cross-validates them across the help
 * centres and prints the README's reliability table). The first ({@code ranking}) is fitted on every candidate of
 * the re-ranked pool, right or not, and orders them; the second ({@code calibration}) is fitted on the first
 * candidate after re-ranking only, over its features plus its ranking score and that score's margin over the next
 * candidate, and is the calibrated confidence the thresholds apply to.
 *
 * @param ranking     one weight per feature of {@link Features#NAMES}, the intercept first
 * @param calibration one weight per feature of {@link #CALIBRATION_NAMES}: the same, then the ranking score and margin
 */
record ConfidenceModel(List<Double> ranking, List<Double> calibration) {

    /** The calibration's inputs: the features, then the ranking score (log-odds) and its margin over the next candidate. */
    static final List<String> CALIBRATION_NAMES = java.util.stream.Stream.concat(Features.NAMES.stream(),
            java.util.stream.Stream.of("rankScore", "rankMargin")).toList();

    /**
     * The ranking: fitted by {@code ConfidenceCalibration} on every candidate of the tuning questions (the printed
     * weights, rounded). The calibration: coverage alone (-2.506 + 4.895 × share), the previous round's fit, kept
     * because the fitted calibration on the ranking score and margin ({-0.430, …, 1.135, 0.190}), though it
     * abstained more on out-of-scope questions in cross-validation, put the demo set's plainest questions
     * ("Hoe lang heb ik om iets terug te sturen?") below any usable threshold; see the README.
     */
    static final ConfidenceModel FITTED = of(
            new double[] {-8.943, 1.143, 0.396, 2.221, 4.023, -0.467, 0.000, 1.942, 0.285, 0.536, -0.390, 0.255, 1.130, 1.337, 0.550},
            new double[] {-2.506, 4.895, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});

    ConfidenceModel {
        if (ranking.size() != Features.NAMES.size() || calibration.size() != CALIBRATION_NAMES.size()) {
            throw new IllegalArgumentException("expected " + Features.NAMES.size() + " and " + CALIBRATION_NAMES.size()
                    + " weights, got " + ranking.size() + " and " + calibration.size());
        }
        ranking = List.copyOf(ranking);
        calibration = List.copyOf(calibration);
    }

    /**
     * What retrieval knows about one candidate among the others found for a question; every value is computed from the
     * question, the candidate and the other candidates, never from labels.
     *
     * @param values one value per name in {@link #NAMES}, the constant 1 first
     */
    record Features(double[] values) {

        /** The features, in order; {@code bias} is the constant 1 the intercept multiplies. */
        static final List<String> NAMES = List.of(
                "bias",
                // the IDF-weighted share of the question its best passage covers under its title (Coverage)
                "share",
                // the share its title, tags and example questions alone cover
                "headShare",
                // its share minus the best share among the other candidates (negative when another covers more)
                "shareGap",
                // its BM25F score relative to the best of the same search (1 for the best)
                "bm25",
                // the share its title alone covers
                "titleShare",
                // the share its example questions alone cover (0 without any)
                "questionsShare",
                // the share the whole article covers, any passage
                "articleShare",
                // as articleShare, each word weighted by its IDF squared: the question's rare words count most
                "rareShare",
                // the IDF share of the question's words no article of its language uses, nor one edit from it
                "unseen",
                // 1 when one of those words has 6 letters or more: a question naming something the knowledge base never does
                "unseenLong",
                // 1 when found only through a bilingual lexicon
                "translated",
                // ln(1 + the question's analysed word positions)
                "words",
                // 1 / its position in the lexical order (1 for the first)
                "reciprocalRank",
                // the share of the question's adjacent word pairs its best passage (under its title) holds both of
                "pairShare");

        Features {
            if (values.length != NAMES.size()) {
                throw new IllegalArgumentException("expected " + NAMES.size() + " values, got " + values.length);
            }
            values = values.clone();
        }

        double value(String name) {
            return values[NAMES.indexOf(name)];
        }

        double[] vector() {
            return values.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Features features && Arrays.equals(values, features.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "Features" + Arrays.toString(values);
        }
    }

    static ConfidenceModel of(double[] ranking, double[] calibration) {
        return new ConfidenceModel(Arrays.stream(ranking).boxed().toList(), Arrays.stream(calibration).boxed().toList());
    }

    double weight(String name) {
        return ranking.get(Features.NAMES.indexOf(name));
    }

    /** The ranking score (log-odds that this candidate is a right article) of the candidate {@code features} describes. */
    double rankScore(Features features) {
        double z = 0;
        for (int i = 0; i < ranking.size(); i++) {
            z += ranking.get(i) * features.values[i];
        }
        return z;
    }

    /**
     * The probability in (0, 1) that the candidate is the right article, given its features, its ranking score and
     * that score minus the best other candidate's (0 when it is the only one).
     */
    double probability(Features features, double rankScore, double rankMargin) {
        double z = 0;
        for (int i = 0; i < Features.NAMES.size(); i++) {
            z += calibration.get(i) * features.values[i];
        }
        z += calibration.get(Features.NAMES.size()) * rankScore + calibration.get(Features.NAMES.size() + 1) * rankMargin;
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * The confidence of a candidate after the first: its own probability, never above the first candidate's, so
     * that the order of the suggestions and their confidences agree.
     */
    double laterProbability(Features features, double rankScore, double rankMargin, double firstProbability) {
        return Math.min(probability(features, rankScore, rankMargin), firstProbability);
    }

    /** {@link #probability(Features, double, double)} for a candidate alone (no other candidate to compare with). */
    double probability(Features features) {
        return probability(features, rankScore(features), 0);
    }

    /** The calibration's inputs for a candidate: its features, its ranking score and margin. */
    static double[] calibrationVector(Features features, double rankScore, double rankMargin) {
        double[] x = Arrays.copyOf(features.values, CALIBRATION_NAMES.size());
        x[Features.NAMES.size()] = rankScore;
        x[Features.NAMES.size() + 1] = rankMargin;
        return x;
    }
}
