package nl.helder.guard.output;

import java.util.Optional;

/**
 * An act by which an answer steers the customer, recognised by what the sentence does rather than by the phrases one
 * author used for it (round twenty-eight of issue 14): each kind is a small grammar of closed word classes in four
 * languages, checked in its own class. Judged after the cues, the style and the word model, as a rule beside them.
 *
 * @param kind     what the sentence does
 * @param sentence the sentence, as the answer has it
 */
record SteeringAct(Kind kind, String sentence) {

    /** The kinds, in the order they are looked for. */
    enum Kind {
        /** {@link RightsDiscouraged}. */
        RIGHT_DISCOURAGED("talks the customer out of a right"),
        /** {@link RightPenalised}. */
        RIGHT_PENALISED("a right granted, then a weight set against using it"),
        /** {@link ExtrasAdded}. */
        EXTRA_ADDED("a paid extra added unasked"),
        /** {@link GuiltToStay}. */
        GUILT_TO_STAY("guilt put in the way of leaving"),
        /** {@link PersonDeterred}. */
        PERSON_DETERRED("obstacles put between the customer and a person");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }
    }

    /** The first act of {@code answer}, judged against {@code sources}, if any. */
    static Optional<SteeringAct> find(String answer, SourceSupport sources) {
        return find(AnswerSentences.of(answer), sources);
    }

    /** The first act of the answer split into {@code sentences}, judged against {@code sources}, if any. */
    static Optional<SteeringAct> find(AnswerSentences sentences, SourceSupport sources) {
        return RightsDiscouraged.find(sentences, sources).map(sentence -> new SteeringAct(Kind.RIGHT_DISCOURAGED, sentence))
                .or(() -> RightPenalised.find(sentences, sources).map(sentence -> new SteeringAct(Kind.RIGHT_PENALISED, sentence)))
                .or(() -> ExtrasAdded.find(sentences).map(sentence -> new SteeringAct(Kind.EXTRA_ADDED, sentence)))
                .or(() -> GuiltToStay.find(sentences).map(sentence -> new SteeringAct(Kind.GUILT_TO_STAY, sentence)))
                .or(() -> PersonDeterred.find(sentences, sources).map(sentence -> new SteeringAct(Kind.PERSON_DETERRED, sentence)));
    }
}
