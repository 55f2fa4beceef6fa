package nl.helder.guard.signals;

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

    /** One trie node: children by character (few each, so a linear scan), concepts of a word or beginning ending here. */
    private static final class Node {
        char[] keys = new char[0];
        Node[] children = new Node[0];
        long word;
        long prefix;

        /** Children by character below 128, filled when a node has many (the root and the first letters). */
        Node[] direct;

        Node child(char c) {
            if (direct != null && c < 128) {
                return direct[c];
            }
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == c) {
                    return children[i];
                }
            }
            return null;
        }

        Node addChild(char c) {
            Node existing = child(c);
            if (existing != null) {
                return existing;
            }
            Node node = new Node();
            keys = java.util.Arrays.copyOf(keys, keys.length + 1);
            children = java.util.Arrays.copyOf(children, children.length + 1);
            keys[keys.length - 1] = c;
            children[children.length - 1] = node;
            if (keys.length > 8) {
                direct = new Node[128];
                for (int i = 0; i < keys.length; i++) {
                    if (keys[i] < 128) {
                        direct[keys[i]] = children[i];
                    }
                }
                if (c >= 128) {
                    direct = null; // a rare non-ASCII key: stay with the scan
                }
            }
            return node;
        }
    }

    private final Node root = new Node();
    private final Map<String, List<Phrase>> phrasesByFirst = new HashMap<>();

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
        Lexicon lexicon = new Lexicon();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            long bit = Concept.valueOf(line.substring(0, colon).trim()).bit();
            for (String entry : line.substring(colon + 1).trim().split("\\s+")) {
                lexicon.add(entry, bit);
            }
        }
        return lexicon;
    }

    private void add(String entry, long bit) {
        if (entry.indexOf('_') > 0) {
            String[] words = entry.split("_");
            phrasesByFirst.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Phrase(words, bit));
            node(words[0]).word |= PHRASE_START;
        } else if (entry.endsWith("*")) {
            node(entry.substring(0, entry.length() - 1)).prefix |= bit;
        } else {
            node(entry).word |= bit;
        }
    }

    private Node node(String word) {
        Node node = root;
        for (int i = 0; i < word.length(); i++) {
            node = node.addChild(word.charAt(i));
        }
        return node;
    }

    /** The concepts of {@code word} as a whole word or by its beginning, with {@link #PHRASE_START} if a phrase may start here. */
    long concepts(String word) {
        Node node = root;
        long concepts = 0;
        for (int i = 0; i < word.length(); i++) {
            node = node.child(word.charAt(i));
            if (node == null) {
                return concepts;
            }
            concepts |= node.prefix;
        }
        return concepts | node.word;
    }

    /** The phrases that begin with {@code word}. */
    List<Phrase> phrasesStartingWith(String word) {
        return phrasesByFirst.getOrDefault(word, List.of());
    }
}
