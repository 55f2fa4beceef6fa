package nl.helder.guard.output;

import java.util.List;

/**
 * An answer's sentences as written and folded (each cut at {@link AnswerCues#MAX_SENTENCE}), made once per answer for
 * every act of {@link SteeringAct} and for {@link LivedExperience}: split and folded per check, three checks had made
 * answer judging 1.08× slower. Whether a sentence names a right is read once too, for the acts that ask.
 */
final class AnswerSentences {
    private final List<String> sentences;
    private final String[] folded;
    /** Per sentence: 0 not read yet, 1 names a right, 2 names none. */
    private final byte[] rights;

    private AnswerSentences(List<String> sentences) {
        this.sentences = sentences;
        this.folded = new String[sentences.size()];
        this.rights = new byte[sentences.size()];
    }

    static AnswerSentences of(String answer) {
        return new AnswerSentences(AnswerText.sentences(AnswerCues.judgedPart(answer)));
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
