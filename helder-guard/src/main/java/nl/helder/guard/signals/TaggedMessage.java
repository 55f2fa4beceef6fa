package nl.helder.guard.signals;

import nl.helder.guard.text.Tokens;

import java.util.List;
import java.util.Locale;

/**
 * A message as folded words (lower case, no accents), each with the concepts it carries, plus the few facts of
 * its raw form that folding loses (capitals, punctuation runs). A phrase's concepts sit on its first word.
 * Built in one pass over the words; every question below is a scan over a bounded window.
 */
final class TaggedMessage {

    /** Long messages are judged on their first words; a request for a person is never buried at word 400. */
    static final int MAX_WORDS = 400;
    /** Enough characters for {@value #MAX_WORDS} words; folding more would be wasted work on huge input. */
    private static final int MAX_CHARS = 20_000;

    private final List<String> words;
    private final long[] concepts;
    /** The sentence each word stands in, counted from 0: a negation reaches no further than its sentence. */
    private final int[] sentences;
    private final long all;
    private final String raw;

    private TaggedMessage(String raw, List<String> words, long[] concepts, int[] sentences, long all) {
        this.raw = raw;
        this.words = words;
        this.concepts = concepts;
        this.sentences = sentences;
        this.all = all;
    }

    static TaggedMessage of(String text, Lexicon lexicon) {
        String head = Tokens.head(text, MAX_CHARS);
        String folded = Tokens.foldForWords(head.toLowerCase(Locale.ROOT));
        List<String> words = sharpS(Tokens.words(folded, MAX_WORDS));
        long[] concepts = new long[words.size()];
        long all = 0;
        for (int i = 0; i < concepts.length; i++) {
            concepts[i] |= lexicon.concepts(words.get(i));
            if ((concepts[i] & Lexicon.PHRASE_START) != 0 && i + 1 < concepts.length) {
                for (Lexicon.Phrase phrase : lexicon.phrasesStartingWith(words.get(i), words.get(i + 1))) {
                    if (phraseAt(words, i, phrase.words())) {
                        concepts[i] |= phrase.concepts();
                    }
                }
            }
            if (i > 0 && (concepts[i] & Concept.PERSON.bit()) != 0 && (words.get(i - 1).equals("in") || words.get(i - 1).equals("en"))) {
                concepts[i] &= ~Concept.PERSON.bit(); // "pay in person", "en personne": a way of doing, not a person
            }
            all |= concepts[i];
        }
        return new TaggedMessage(head, words, concepts, sentences(folded, words.size()), all);
    }

    /**
     * German "ß" as "ss", as Swiss German writes it and as the word lists do ("Straße" and "Strasse", "Scheiße" and
     * "Scheisse" are one word). The sentences are counted on the folded text, whose words keep their number.
     */
    private static List<String> sharpS(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).indexOf('ß') >= 0) {
                List<String> spelled = new java.util.ArrayList<>(words);
                spelled.replaceAll(w -> w.replace("ß", "ss"));
                return spelled;
            }
        }
        return words;
    }

    /**
     * The sentence of each of the first {@code count} words of {@code folded} (words as {@link Tokens#words} finds
     * them: runs of letters and digits): a full stop, "!", "?", ";" or a line break between two words starts a new
     * one. "Die Abrechnung stimmt nicht. Bitte leiten Sie mich weiter" negates the first sentence, not the request.
     * A stop inside a number ("7.42") or after an abbreviation also splits: it only narrows a negation's reach.
     */
    private static int[] sentences(String folded, int count) {
        int[] sentences = new int[count];
        int sentence = 0;
        int word = 0;
        boolean inWord = false;
        for (int i = 0; i < folded.length() && word < count; i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    sentences[word] = sentence;
                    inWord = true;
                }
            } else {
                if (inWord) {
                    word++;
                    inWord = false;
                }
                if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n') {
                    sentence++;
                }
            }
        }
        return sentences;
    }

    /** Whether {@code phrase} stands in {@code words} from word {@code at} on, in that order. */
    private static boolean phraseAt(List<String> words, int at, String[] phrase) {
        if (at < 0 || at + phrase.length > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!words.get(at + k).equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }

    int size() {
        return words.size();
    }

    String word(int i) {
        return words.get(i);
    }

    String raw() {
        return raw;
    }

    /** Whether word {@code i} carries any concept (or begins a phrase). */
    boolean knownWord(int i) {
        return concepts[i] != 0;
    }

    boolean is(int i, Concept concept) {
        return (concepts[i] & concept.bit()) != 0;
    }

    /** Whether {@code words} stand in the message from word {@code at} on, in that order ("praat ik met"). */
    /** The sentence word {@code i} stands in, counted from 0. */
    int sentenceOf(int i) {
        return sentences[i];
    }

    boolean wordsAt(int at, String[] words) {
        return phraseAt(this.words, at, words);
    }

    /** Whether any word of the message carries {@code concept}. */
    boolean has(Concept concept) {
        return (all & concept.bit()) != 0;
    }

    /** How many words carry {@code concept}. */
    int count(Concept concept) {
        if (!has(concept)) {
            return 0;
        }
        int count = 0;
        for (long c : concepts) {
            count += (c & concept.bit()) != 0 ? 1 : 0;
        }
        return count;
    }

    /** Whether a word of {@code a} and a word of {@code b} stand within {@code window} words of each other (either order); a negation only in the same sentence. */
    boolean near(Concept a, Concept b, int window) {
        if (!has(a) || !has(b)) {
            return false;
        }
        for (int i = 0; i < concepts.length; i++) {
            if (is(i, a) && (b == Concept.NEGATION ? negationNear(i, window, window) : anyWithin(b, i - window, i + window, i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code words} stands in {@code [from, to]} (clamped to the message), other than word {@code except}. */
    boolean anyWithin(java.util.Set<String> words, int from, int to, int except) {
        for (int j = Math.max(0, from); j <= Math.min(this.words.size() - 1, to); j++) {
            if (j != except && words.contains(this.words.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of {@code concept} stands in {@code [from, to]}, other than word {@code except}. */
    boolean anyWithin(Concept concept, int from, int to, int except) {
        for (int j = Math.max(0, from); j <= Math.min(concepts.length - 1, to); j++) {
            if (j != except && is(j, concept)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a negation word stands within {@code before} words before and {@code after} words after word {@code i},
     * in {@code i}'s own sentence: "De factuur klopt niet. Bel me even." negates the first sentence, not the request.
     */
    /**
     * Whether one of {@code words} stands among words {@code from..to} (clipped to the message) in the sentence of word
     * {@code at}, not counting {@code at} itself: a window that stops at a sentence's end.
     */
    boolean anyInSentence(java.util.Set<String> words, int from, int to, int at) {
        for (int j = Math.max(0, from); j <= Math.min(this.words.size() - 1, to); j++) {
            if (j != at && sentences[j] == sentences[at] && words.contains(this.words.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** The same for a concept: word {@code j} of {@code concept} among {@code from..to}, in the sentence of {@code at}, not {@code at} itself. */
    boolean anyInSentence(Concept concept, int from, int to, int at) {
        for (int j = Math.max(0, from); j <= Math.min(this.words.size() - 1, to); j++) {
            if (j != at && sentences[j] == sentences[at] && is(j, concept)) {
                return true;
            }
        }
        return false;
    }

    boolean negationNear(int i, int before, int after) {
        for (int j = Math.max(0, i - before); j <= Math.min(concepts.length - 1, i + after); j++) {
            if (j != i && is(j, Concept.NEGATION) && sentences[j] == sentences[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether word {@code i} of {@code concept} is not negated: no negation word among the {@code window} words
     * before it in its own sentence.
     */
    boolean unnegated(int i, int window) {
        if (!is(i, Concept.NEGATION)) {
            return !negationNear(i, window, -1);
        }
        // a phrase that is itself negative ("pas sérieux", "pas normal"): the French "ne" / "n'" before it is the first half
        // of the same negation, not a second one ("ce n'est pas sérieux" is as negative as "pas sérieux")
        for (int j = Math.max(0, i - window); j < i; j++) {
            if (is(j, Concept.NEGATION) && sentences[j] == sentences[i] && !words.get(j).equals("ne") && !words.get(j).equals("n")) {
                return false;
            }
        }
        return true;
    }

    /** Whether some word of {@code concept} has no negation among the {@code window} words before it. */
    boolean hasUnnegated(Concept concept, int window) {
        if (!has(concept)) {
            return false;
        }
        for (int i = 0; i < concepts.length; i++) {
            if (is(i, concept) && unnegated(i, window)) {
                return true;
            }
        }
        return false;
    }

    /** The concepts of the whole message, one bit each (for the statistical model). */
    long all() {
        return all;
    }
}
