package nl.helder.guard.output;

import java.util.List;
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
        return find(Sentences.of(answer), sources);
    }

    /** The first act of the answer split into {@code sentences}, judged against {@code sources}, if any. */
    static Optional<SteeringAct> find(Sentences sentences, SourceSupport sources) {
        return RightsDiscouraged.find(sentences, sources).map(sentence -> new SteeringAct(Kind.RIGHT_DISCOURAGED, sentence))
                .or(() -> RightPenalised.find(sentences, sources).map(sentence -> new SteeringAct(Kind.RIGHT_PENALISED, sentence)))
                .or(() -> ExtrasAdded.find(sentences).map(sentence -> new SteeringAct(Kind.EXTRA_ADDED, sentence)))
                .or(() -> GuiltToStay.find(sentences).map(sentence -> new SteeringAct(Kind.GUILT_TO_STAY, sentence)))
                .or(() -> PersonDeterred.find(sentences, sources).map(sentence -> new SteeringAct(Kind.PERSON_DETERRED, sentence)));
    }

    /**
     * The answer's sentences as written and folded (each cut at {@link AnswerCues#MAX_SENTENCE}), made once for every
     * kind: split and folded per kind, the three checks had made answer judging 1.08× slower.
     */
    static final class Sentences {
        private final List<String> sentences;
        private final String[] folded;
        /** Per sentence: 0 not read yet, 1 names a right, 2 names none. */
        private final byte[] rights;

        private Sentences(List<String> sentences) {
            this.sentences = sentences;
            this.folded = new String[sentences.size()];
            this.rights = new byte[sentences.size()];
        }

        static Sentences of(String answer) {
            return new Sentences(AnswerText.sentences(AnswerCues.judgedPart(answer)));
        }

        int size() {
            return sentences.size();
        }

        /** Sentence {@code i} as the answer has it. */
        String sentence(int i) {
            return sentences.get(i);
        }

        /** Whether sentence {@code i} names a right or remedy (the terms check's class and a few more), read once for every kind. */
        boolean namesRight(int i) {
            if (rights[i] == 0) {
                String folded = folded(i);
                rights[i] = TermsAgainstSource.RIGHT.matcher(folded).find() || RightsDiscouraged.MORE_RIGHTS.matcher(folded).find() ? (byte) 1 : (byte) 2;
            }
            return rights[i] == 1;
        }

        /** Sentence {@code i} folded ({@link AnswerText#fold}), folded when first asked. */
        String folded(int i) {
            if (folded[i] == null) {
                String sentence = sentences.get(i);
                folded[i] = AnswerText.fold(sentence.length() > AnswerCues.MAX_SENTENCE ? sentence.substring(0, AnswerCues.MAX_SENTENCE) : sentence);
            }
            return folded[i];
        }
    }
}
