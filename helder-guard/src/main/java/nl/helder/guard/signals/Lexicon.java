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
 * The concept of every word, word beginning and phrase of {@code signal-concepts.txt}, looked up in one walk of a
 * character trie per word: the walk collects the concepts of every beginning it passes and, at the word's end,
 * those of the whole word. So a message is tagged in time linear in its length, whatever the size of the lists.
 */
final class Lexicon {

    static final String RESOURCE = "signal-concepts.txt";
    /** Marks a word that begins a phrase; the phrases are then tried at that word. */
    static final long PHRASE_START = 1L << 63;

    /** A phrase and its concepts. */
    record Phrase(String[] words, long concepts) {
    }

    private final WordTrie trie;
    private final Map<String, List<Phrase>> phrasesByFirst;

    private Lexicon(WordTrie trie, Map<String, List<Phrase>> phrasesByFirst) {
        this.trie = trie;
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
        Map<String, List<Phrase>> phrasesByFirst = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            long bit = Concept.valueOf(line.substring(0, colon).trim()).bit();
            for (String entry : line.substring(colon + 1).trim().split("\\s+")) {
                add(entry, bit, trie, phrasesByFirst);
            }
        }
        return new Lexicon(trie.build(), phrasesByFirst);
    }

    private static void add(String entry, long bit, WordTrie.Builder trie, Map<String, List<Phrase>> phrasesByFirst) {
        if (entry.indexOf('_') > 0) {
            String[] words = entry.split("_");
            phrasesByFirst.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Phrase(words, bit));
            trie.addWord(words[0], PHRASE_START);
        } else if (entry.endsWith("*")) {
            trie.addPrefix(entry.substring(0, entry.length() - 1), bit);
        } else {
            trie.addWord(entry, bit);
        }
    }

    /** The concepts of {@code word} as a whole word or by its beginning, with {@link #PHRASE_START} if a phrase may start here. */
    long concepts(String word) {
        return trie.bits(word);
    }

    /** The phrases that begin with {@code word}. */
    List<Phrase> phrasesStartingWith(String word) {
        return phrasesByFirst.getOrDefault(word, List.of());
    }
}
