package nl.helder.guard.signals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of phrases of folded words ("niks aan de hand", "in general"), found in a message with one map look-up per
 * word and a comparison only for the phrases that begin with that word: linear in the message whatever the number of
 * phrases. Immutable and thread-safe.
 */
final class Phrases {

    private final Map<String, List<String[]>> byFirstWord;

    private Phrases(Map<String, List<String[]>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    /** Phrases separated by "|", words by a space: {@code "in general|just curious"}. */
    static Phrases of(String alternatives) {
        return of(java.util.Arrays.stream(alternatives.split("\\|")).map(p -> p.trim().split(" ")).toArray(String[][]::new));
    }

    /** Each phrase a sequence of folded words. */
    static Phrases of(String[][] phrases) {
        Map<String, List<String[]>> byFirstWord = new HashMap<>();
        for (String[] phrase : phrases) {
            byFirstWord.computeIfAbsent(phrase[0], w -> new ArrayList<>()).add(phrase);
        }
        byFirstWord.replaceAll((word, list) -> List.copyOf(list));
        return new Phrases(Map.copyOf(byFirstWord));
    }

    /** For each sentence of the message (by {@link TaggedMessage#sentenceOf}), whether one of the phrases begins in it. One pass. */
    boolean[] sentencesWith(TaggedMessage message) {
        boolean[] with = new boolean[message.size() == 0 ? 0 : message.sentenceOf(message.size() - 1) + 1];
        for (int i = 0; i < message.size(); i++) {
            if (beginsAt(message, i)) {
                with[message.sentenceOf(i)] = true;
            }
        }
        return with;
    }

    /** Whether one of the phrases begins between word {@code from} and word {@code to} in the sentence of word {@code at}. */
    boolean beginsInSentence(TaggedMessage message, int from, int to, int at) {
        for (int j = Math.max(0, from); j <= Math.min(message.size() - 1, to); j++) {
            if (message.sentenceOf(j) == message.sentenceOf(at) && beginsAt(message, j)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the phrases begins at word {@code at}: one map look-up, and a comparison per phrase with that first word. */
    boolean beginsAt(TaggedMessage message, int at) {
        return endOfPhraseAt(message, at) > 0;
    }

    /** The index after the longest of the phrases that begins at word {@code at}, or -1 if none does. */
    int endOfPhraseAt(TaggedMessage message, int at) {
        int end = -1;
        List<String[]> candidates = at < 0 || at >= message.size() ? null : byFirstWord.get(message.word(at));
        if (candidates != null) {
            for (String[] phrase : candidates) {
                if (message.wordsAt(at, phrase)) {
                    end = Math.max(end, at + phrase.length);
                }
            }
        }
        return end;
    }

    /** The words the phrases begin with. */
    java.util.Set<String> firstWords() {
        return byFirstWord.keySet();
    }

    /** Whether any of the phrases stands anywhere in the message. */
    boolean in(TaggedMessage message) {
        for (int i = 0; i < message.size(); i++) {
            if (beginsAt(message, i)) {
                return true;
            }
        }
        return false;
    }
}
