package nl.helder.guard.signals;

import nl.helder.guard.text.Tokens;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/** A message as lower-case, accent-free word tokens, with the helpers the signal rules are written in. */
final class Words {

    /** Long messages are judged on their first words; a request for a person is never buried at word 500. */
    static final int MAX_TOKENS = 400;

    private final List<String> tokens;
    /** The distinct tokens: a word list is usually smaller than the message, so membership is asked of this. */
    private final Set<String> distinct;
    /** The same, as an array: walking it is cheaper than walking the set. */
    private final String[] distinctWords;

    private Words(List<String> tokens) {
        this.tokens = tokens;
        this.distinct = new HashSet<>(tokens);
        this.distinctWords = distinct.toArray(String[]::new);
    }

    /** Enough characters for {@value #MAX_TOKENS} words; folding more would be wasted work on huge input. */
    private static final int MAX_CHARS = 20_000;

    static Words of(String text) {
        String head = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        return new Words(Tokens.words(Tokens.foldForWords(head.toLowerCase(Locale.ROOT)), MAX_TOKENS));
    }

    static Set<String> set(String words) {
        return new HashSet<>(Arrays.asList(words.trim().split("\\s+")));
    }

    /** Phrases given as "a b|c d e", indexed by their first word so a text is matched in one pass. */
    static Phrases phrases(String phrases) {
        Map<String, List<String[]>> byFirst = new HashMap<>();
        for (String phrase : phrases.split("\\|")) {
            String[] words = phrase.trim().split("\\s+");
            byFirst.computeIfAbsent(words[0], w -> new ArrayList<>()).add(words);
        }
        return new Phrases(byFirst, byFirst.keySet().toArray(String[]::new));
    }

    /** A set of phrases, by first word; {@code firstWords} are the keys, to ask the message about few words. */
    record Phrases(Map<String, List<String[]>> byFirst, String[] firstWords) {
    }

    int size() {
        return tokens.size();
    }

    String get(int i) {
        return tokens.get(i);
    }

    boolean containsAny(Set<String> words) {
        if (words.size() > distinctWords.length) {
            for (String word : distinctWords) {
                if (words.contains(word)) {
                    return true;
                }
            }
            return false;
        }
        for (String word : words) {
            if (distinct.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a token starts with one of {@code prefixes} (Dutch and German write compounds as one word). */
    boolean containsPrefix(Set<String> prefixes) {
        for (String prefix : prefixes) {
            for (String token : distinctWords) {
                if (token.length() >= prefix.length() && token.charAt(0) == prefix.charAt(0) && token.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean containsPhrase(Phrases phrases) {
        // Most messages hold none of the first words: a few set lookups instead of one per token.
        boolean anyFirstWord = false;
        for (String first : phrases.firstWords()) {
            anyFirstWord |= distinct.contains(first);
        }
        if (!anyFirstWord) {
            return false;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (phraseAt(phrases, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code phrases} starts at token {@code i}. */
    boolean phraseAt(Phrases phrases, int i) {
        for (String[] phrase : phrases.byFirst().getOrDefault(tokens.get(i), List.of())) {
            if (i + phrase.length <= tokens.size()) {
                boolean all = true;
                for (int k = 1; k < phrase.length && all; k++) {
                    all = tokens.get(i + k).equals(phrase[k]);
                }
                if (all) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a token of {@code a} and a token of {@code b} stand within {@code window} tokens of each other. */
    boolean near(Set<String> a, Set<String> b, int window) {
        if (!containsAny(a) || !containsAny(b)) {
            return false;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (a.contains(tokens.get(i))) {
                for (int j = Math.max(0, i - window); j <= Math.min(tokens.size() - 1, i + window); j++) {
                    if (j != i && b.contains(tokens.get(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** True when the two words differ by at most one edit (insert, delete, substitute or swap of neighbours). */
    static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == a.length() && i == b.length()) {
            return true;
        }
        if (a.length() == b.length()) {
            int rest = a.length() - i - 1;
            if (a.regionMatches(i + 1, b, i + 1, rest)) {
                return true;
            }
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, a.length() - i - 2);
        }
        return a.length() > b.length()
                ? a.regionMatches(i + 1, b, i, b.length() - i)
                : a.regionMatches(i, b, i + 1, a.length() - i);
    }
}
