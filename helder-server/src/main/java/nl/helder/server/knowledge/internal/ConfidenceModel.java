package nl.helder.server.knowledge.internal;

/**
 * The probability that a candidate article is the right answer to a question, from what retrieval knows about
 * it: a logistic model fitted on the development questions (see {@code ConfidenceCalibration} in the tests and the
 * README's reliability table). Coverage is a share of the question, not a probability: the model maps it (and, when
 * a fit finds them worth it, the margin to the next article, where the words were found, whether a translation
 * found it and the question's length) onto how often such a candidate was the right article.
 *
 * @param intercept  the log-odds of a candidate with every feature zero
 * @param share      weight of {@link Features#share()}
 * @param headShare  weight of {@link Features#headShare()}
 * @param margin     weight of {@link Features#margin()}
 * @param translated weight of {@link Features#translated()} (1 when found through a bilingual lexicon)
 * @param words      weight of {@link Features#words()}
 */
record ConfidenceModel(double intercept, double share, double headShare, double margin, double translated, double words) {

    /**
     * Fitted on the first candidates of the dev questions of the blind telecom set and of the demo set
     * ({@code ConfidenceCalibration}, mask {@code 110000}): coverage alone, Platt-scaled. The fit with every feature
     * (-3.68, 3.08, 2.08, 2.11, -0.44, 0.71) answers as many dev questions right at the chosen threshold but abstains
     * on fewer of the demo set's out-of-scope ones; see the README.
     */
    static final ConfidenceModel FITTED = new ConfidenceModel(-2.506, 4.895, 0, 0, 0, 0);

    /**
     * What retrieval knows about one candidate.
     *
     * @param share      the IDF-weighted share of the question its best passage covers under its title ({@link Coverage})
     * @param headShare  the share covered by its title, tags and example questions alone
     * @param margin     its rank score minus the best rank score of any other candidate (positive only for the first)
     * @param translated whether it was found through a bilingual lexicon
     * @param words      the question's analysed word positions, as {@code ln(1 + n)}
     */
    record Features(double share, double headShare, double margin, boolean translated, double words) {

        double[] vector() {
            return new double[] {1, share, headShare, margin, translated ? 1 : 0, words};
        }
    }

    static ConfidenceModel of(double[] weights) {
        return new ConfidenceModel(weights[0], weights[1], weights[2], weights[3], weights[4], weights[5]);
    }

    /** The probability in (0, 1) that the candidate described by {@code features} is the right article. */
    double probability(Features features) {
        double z = intercept + share * features.share() + headShare * features.headShare() + margin * features.margin()
                + (features.translated() ? translated : 0) + words * features.words();
        return 1 / (1 + Math.exp(-z));
    }
}
