package nl.helder.guard.signals;

import nl.helder.guard.text.WordTrie;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The concept of every word, word beginning, compound head and phrase of {@code signal-concepts.txt}, looked up in
 * one walk of a character trie per word (the walk collects the concepts of every beginning it passes and, at the
 * word's end, those of the whole word) and one walk of a trie of reversed heads from the word's end. So a message
 * is tagged in time linear in its length, whatever the size of the lists.
 */
final class Lexicon {

    static final String RESOURCE = "signal-concepts.txt";
    /** Marks a word that begins a phrase; the phrases are then tried at that word. */
    static final long PHRASE_START = 1L << 63;

    /** A phrase and its concepts. */
    record Phrase(String[] words, long concepts) {
    }

    /**
     * Letters a compound must have before its head: "waterschade" ends in the head "schade" with five; "Abmahnung"
     * (a warning letter, two letters before "mahnung") and "Berechnung" (a calculation) are no compounds of theirs.
     * Three keeps the short Dutch and German first parts ("gas", "web", "auto") and leaves the head alone as a word to
     * the ordinary entries.
     */
    static final int COMPOUND_FIRST_PART = 3;
    /** The shortest compound head the concept file may list: shorter heads end too many ordinary words. */
    static final int COMPOUND_HEAD_MIN = 4;

    private final WordTrie trie;
    /** Compound heads ({@code *word}), reversed, so a walk from a word's end finds every head it ends in. */
    private final WordTrie heads;
    /**
     * Phrases by their first and second word: common first words ("niet", "is", "pas") begin dozens of phrases, and
     * comparing each at every occurrence was a quarter of tagging a message.
     */
    private final Map<String, Map<String, List<Phrase>>> phrasesByFirst;

    private Lexicon(WordTrie trie, WordTrie heads, Map<String, Map<String, List<Phrase>>> phrasesByFirst) {
        this.trie = trie;
        this.heads = heads;
        this.phrasesByFirst = phrasesByFirst;
    }

    private static final Lexicon STANDARD = load();

    static Lexicon standard() {
        return STANDARD;
    }

    private static Lexicon load() {
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses "CONCEPT: entry entry" lines; {@code #} starts a comment line. */
    static Lexicon parse(String text) {
        WordTrie.Builder trie = WordTrie.builder();
        WordTrie.Builder heads = WordTrie.builder();
        Map<String, Map<String, List<Phrase>>> phrasesByFirst = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            long bit = Concept.valueOf(line.substring(0, colon).trim()).bit();
            for (String entry : line.substring(colon + 1).trim().split("\\s+")) {
                if (entry.startsWith("*")) {
                    String head = entry.substring(1);
                    if (head.length() < COMPOUND_HEAD_MIN || !head.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                        throw new IllegalArgumentException("a compound head is " + COMPOUND_HEAD_MIN + " or more folded letters a-z: " + entry);
                    }
                    heads.addPrefix(new StringBuilder(head).reverse().toString(), bit);
                } else {
                    add(entry, bit, trie, phrasesByFirst);
                }
            }
        }
        return new Lexicon(trie.build(), heads.build(), phrasesByFirst);
    }

    private static void add(String entry, long bit, WordTrie.Builder trie, Map<String, Map<String, List<Phrase>>> phrasesByFirst) {
        if (entry.indexOf('_') > 0 && entry.indexOf('*') >= 0) {
            throw new IllegalArgumentException("a phrase's words are whole words, without *: " + entry);
        }
        if (entry.indexOf('_') > 0) {
            String[] words = entry.split("_");
            if (words.length < 2) {
                throw new IllegalArgumentException("a phrase has two words or more: " + entry);
            }
            phrasesByFirst.computeIfAbsent(words[0], w -> new HashMap<>()).computeIfAbsent(words[1], w -> new ArrayList<>())
                    .add(new Phrase(words, bit));
            trie.addWord(words[0], PHRASE_START);
        } else if (entry.endsWith("*")) {
            trie.addPrefix(entry.substring(0, entry.length() - 1), bit);
        } else {
            trie.addWord(entry, bit);
        }
    }

    /**
     * The concepts of {@code word} as a whole word, by its beginning or by the head of a compound it ends in, with
     * {@link #PHRASE_START} if a phrase may start here.
     */
    long concepts(String word) {
        long bits = trie.bits(word);
        if (word.length() >= COMPOUND_FIRST_PART + COMPOUND_HEAD_MIN) {
            // Walked from the end, the word without its first part: every head it passes is one the word ends in,
            // after at least COMPOUND_FIRST_PART letters.
            bits |= heads.bitsBackwards(word, COMPOUND_FIRST_PART, word.length());
        }
        return bits;
    }

    /** The phrases that begin with {@code word} followed by {@code next}. */
    List<Phrase> phrasesStartingWith(String word, String next) {
        Map<String, List<Phrase>> bySecond = phrasesByFirst.get(word);
        return bySecond == null ? List.of() : bySecond.getOrDefault(next, List.of());
    }
}
