package nl.helder.guard.injection;

/**
 * The words of a normalised text (runs of letters and digits) with the sentence each belongs to, made in one
 * pass and shared by the patterns and the model, so a message is split into words once.
 *
 * @param words     the words, in order
 * @param sentences for each word, the number of its sentence (a sentence ends at '.', '!' or '?')
 * @param count     how many sentences there are
 */
record WordList(String[] words, int[] sentences, int count) {

    /** At most this many words are kept: far more than any chat message, bounded for any input. */
    static final int MAX_WORDS = 40_000;

    static WordList of(String folded) {
        String[] words = new String[Math.min(MAX_WORDS, folded.length() / 2 + 1)];
        int[] sentences = new int[words.length];
        int size = 0;
        int sentence = 0;
        boolean sentenceEnded = false;
        int i = 0;
        while (i < folded.length() && size < words.length) {
            char c = folded.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                sentenceEnded |= (c == '.' || c == '!' || c == '?') && (i + 1 == folded.length() || Character.isWhitespace(folded.charAt(i + 1)));
                i++;
                continue;
            }
            int end = i;
            while (end < folded.length() && Character.isLetterOrDigit(folded.charAt(end))) {
                end++;
            }
            if (sentenceEnded && size > 0) {
                sentence++;
            }
            sentenceEnded = false;
            words[size] = folded.substring(i, end);
            sentences[size] = sentence;
            size++;
            i = end;
        }
        return new WordList(java.util.Arrays.copyOf(words, size), java.util.Arrays.copyOf(sentences, size), size == 0 ? 0 : sentence + 1);
    }

    int size() {
        return words.length;
    }

    String get(int i) {
        return words[i];
    }
}
