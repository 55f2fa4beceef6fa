package nl.helder.guard.injection;

import nl.helder.guard.text.Tokens;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The curated patterns of {@code injection-patterns.txt}: concepts (word lists, word beginnings, phrases) and
 * rules over them ("an override verb, an instruction word and a scope word within six words"). Each word of a
 * message is looked up once in a trie that yields the bit set of concepts it belongs to (two longs per word, so up to
 * 127 concepts), so matching is linear in the message's length whatever the number of patterns.
 */
final class InjectionPatterns {

    /** A rule that matched, with its score. */
    record Hit(String reason, double score) {
    }

    private static final String RESOURCE = "injection-patterns.txt";
    private static final int NEGATION_WINDOW = 2;

    private final ConceptTrie words = new ConceptTrie();
    private final Map<String, List<Phrase>> phrasesByFirstWord = new HashMap<>();
    /**
     * Not a concept: marks the words a phrase starts with, so only those are looked up in the phrase map. It is the
     * top bit of a word's first long; concepts 0–62 are the other bits of that long, 63–126 the bits of the second.
     */
    private static final long PHRASE_START = 1L << (Long.SIZE - 1);
    private static final int FIRST_WORD_CONCEPTS = Long.SIZE - 1;
    private static final int MAX_CONCEPTS = FIRST_WORD_CONCEPTS + Long.SIZE;
    private final List<NearRule> rules = new ArrayList<>();
    private final List<MarkerRule> markers = new ArrayList<>();
    /** The ASCII characters some marker starts with. */
    private final boolean[] markerStarts = new boolean[128];

    private InjectionPatterns() {
    }

    /** The patterns Helder ships. */
    static InjectionPatterns standard() {
        return load(RESOURCE);
    }

    /** Patterns from a resource next to this class, in the format of {@code injection-patterns.txt}. */
    static InjectionPatterns load(String resource) {
        try (InputStream in = Objects.requireNonNull(InjectionPatterns.class.getResourceAsStream(resource), resource)) {
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InjectionPatterns parse(List<String> lines) {
        InjectionPatterns patterns = new InjectionPatterns();
        Map<String, Integer> concepts = new HashMap<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] head = line.split("\\s+", 3);
            switch (head[0]) {
                case "words" -> patterns.defineWords(bit(concepts, head[1]), head[2].split("\\s+"));
                case "phrases" -> patterns.definePhrases(bit(concepts, head[1]), head[2].split("\\|"));
                case "near" -> patterns.rules.add(NearRule.parse(line, concepts));
                case "markers" -> patterns.markers.add(MarkerRule.parse(line));
                default -> throw new IllegalArgumentException("unknown pattern line: " + line);
            }
        }
        patterns.words.index();
        for (MarkerRule rule : patterns.markers) {
            for (int c = 0; c < 128; c++) {
                patterns.markerStarts[c] |= rule.byFirstChar()[c] != null;
            }
        }
        return patterns;
    }

    private static int bit(Map<String, Integer> concepts, String name) {
        if (concepts.containsKey(name)) {
            throw new IllegalArgumentException("concept defined twice: " + name);
        }
        if (concepts.size() == MAX_CONCEPTS) {
            throw new IllegalArgumentException("more than " + MAX_CONCEPTS + " concepts");
        }
        int concept = concepts.size();
        concepts.put(name, concept);
        return concept;
    }

    /** Which of a word's two longs holds {@code concept}. */
    private static int half(int concept) {
        return concept < FIRST_WORD_CONCEPTS ? 0 : 1;
    }

    /** The bit of {@code concept} within its long. */
    private static long mask(int concept) {
        return 1L << (concept < FIRST_WORD_CONCEPTS ? concept : concept - FIRST_WORD_CONCEPTS);
    }

    private static boolean has(long[] masks, int word, int concept) {
        return (masks[2 * word + half(concept)] & mask(concept)) != 0;
    }

    private void defineWords(int bit, String[] entries) {
        for (String entry : entries) {
            if (entry.endsWith("*")) {
                words.addPrefix(entry.substring(0, entry.length() - 1), bit);
            } else {
                words.addWord(entry, bit);
            }
        }
    }

    private void definePhrases(int bit, String[] phrases) {
        for (String phrase : phrases) {
            List<String> phraseWords = Tokens.words(phrase, Integer.MAX_VALUE);
            if (phraseWords.size() == 1) {
                words.addWord(phraseWords.get(0), bit);
            } else {
                words.addPhraseStart(phraseWords.get(0));
                phrasesByFirstWord.computeIfAbsent(phraseWords.get(0), w -> new ArrayList<>())
                        .add(new Phrase(phraseWords.toArray(String[]::new), bit));
            }
        }
    }

    /** The rules that match {@code folded}, a text normalised by {@link InjectionText}. */
    List<Hit> find(String folded) {
        return find(WordList.of(folded), folded);
    }

    /** The rules that match {@code folded}, whose words are {@code tokens}. */
    List<Hit> find(WordList tokens, String folded) {
        // Two longs per word: masks[2i] and masks[2i + 1].
        long[] masks = new long[2 * tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            words.concepts(token, masks, 2 * i);
            if ((masks[2 * i] & PHRASE_START) != 0) {
                masks[2 * i] &= ~PHRASE_START;
                for (Phrase phrase : phrasesByFirstWord.get(token)) {
                    if (phrase.startsAt(tokens, i)) {
                        masks[2 * i + half(phrase.bit())] |= mask(phrase.bit());
                    }
                }
            }
        }
        long[] present = new long[2];
        for (int i = 0; i < masks.length; i++) {
            present[i & 1] |= masks[i];
        }
        int[][] positions = positionsByConcept(masks, present);
        List<Hit> hits = new ArrayList<>();
        for (NearRule rule : rules) {
            if (rule.possibleIn(present) && rule.matches(masks, positions[rule.first()])) {
                hits.add(new Hit(rule.reason(), rule.score()));
            }
        }
        hits.addAll(markers(folded));
        return hits;
    }

    /** The marker rules alone, on any lower-case text (markup such as {@code <|im_start|>} is not words). */
    List<Hit> markers(String text) {
        List<Hit> hits = new ArrayList<>();
        String[] firstMarkers = firstMarkers(text);
        for (int r = 0; r < firstMarkers.length; r++) {
            if (firstMarkers[r] != null) {
                MarkerRule rule = markers.get(r);
                hits.add(new Hit(rule.reason() + " (\"" + firstMarkers[r] + "\")", rule.score()));
            }
        }
        return hits;
    }

    /**
     * The positions of each concept's words, so that a rule looks only where its first concept occurs instead of
     * at every word: with many rules over common concepts that was most of the matching time.
     */
    private static int[][] positionsByConcept(long[] masks, long[] present) {
        int[] counts = new int[MAX_CONCEPTS];
        for (int m = 0; m < masks.length; m++) {
            int offset = (m & 1) * FIRST_WORD_CONCEPTS;
            for (long bits = masks[m]; bits != 0; bits &= bits - 1) {
                counts[offset + Long.numberOfTrailingZeros(bits)]++;
            }
        }
        int[][] positions = new int[MAX_CONCEPTS][];
        for (int h = 0; h < 2; h++) {
            for (long bits = present[h]; bits != 0; bits &= bits - 1) {
                int concept = h * FIRST_WORD_CONCEPTS + Long.numberOfTrailingZeros(bits);
                positions[concept] = new int[counts[concept]];
                counts[concept] = 0;
            }
        }
        for (int m = 0; m < masks.length; m++) {
            int offset = (m & 1) * FIRST_WORD_CONCEPTS;
            for (long bits = masks[m]; bits != 0; bits &= bits - 1) {
                int concept = offset + Long.numberOfTrailingZeros(bits);
                positions[concept][counts[concept]++] = m >> 1;
            }
        }
        return positions;
    }

    /** The first marker of each marker rule found in {@code folded}, or null: one pass for all rules. */
    private String[] firstMarkers(String folded) {
        String[] found = new String[markers.size()];
        int missing = found.length;
        for (int i = 0; i < folded.length() && missing > 0; i++) {
            char c = folded.charAt(i);
            if (c >= 128 || !markerStarts[c] || (Character.isLetter(c) && i > 0 && Character.isLetterOrDigit(folded.charAt(i - 1)))) {
                continue;
            }
            for (int r = 0; r < found.length; r++) {
                if (found[r] == null) {
                    found[r] = markers.get(r).at(folded, i, c);
                    missing -= found[r] == null ? 0 : 1;
                }
            }
        }
        return found;
    }

    private record Phrase(String[] words, int bit) {
        boolean startsAt(WordList tokens, int i) {
            if (i + words.length > tokens.size()) {
                return false;
            }
            for (int k = 1; k < words.length; k++) {
                if (!tokens.get(i + k).equals(words[k])) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Concepts that all occur within {@code window} words of a word of the first, with no word of
     * {@code excludedNearby} within two words of it and none of {@code excludedInWindow} within the window.
     */
    private record NearRule(double score, int window, int first, int[] others, int[] excludedNearby, int[] excludedInWindow,
                            String reason) {

        static NearRule parse(String line, Map<String, Integer> concepts) {
            String[] parts = line.split(" : ", 2);
            String[] fields = parts[0].trim().split("\\s+");
            List<Integer> required = new ArrayList<>();
            List<Integer> excludedNearby = new ArrayList<>();
            List<Integer> excludedInWindow = new ArrayList<>();
            for (int i = 3; i < fields.length; i++) {
                boolean exclusion = fields[i].startsWith("!") || fields[i].startsWith("~");
                String name = exclusion ? fields[i].substring(1) : fields[i];
                Integer concept = concepts.get(name);
                if (concept == null) {
                    throw new IllegalArgumentException("unknown concept " + name + " in: " + line);
                }
                if (fields[i].startsWith("!")) {
                    excludedNearby.add(concept);
                } else if (fields[i].startsWith("~")) {
                    excludedInWindow.add(concept);
                } else {
                    required.add(concept);
                }
            }
            int[] others = required.subList(1, required.size()).stream().mapToInt(Integer::intValue).toArray();
            return new NearRule(Double.parseDouble(fields[1]), Integer.parseInt(fields[2]), required.get(0), others,
                    excludedNearby.stream().mapToInt(Integer::intValue).toArray(),
                    excludedInWindow.stream().mapToInt(Integer::intValue).toArray(), parts[1].trim());
        }

        /** Whether every concept the rule needs occurs somewhere: {@code present} is the union of all masks. */
        boolean possibleIn(long[] present) {
            if ((present[half(first)] & mask(first)) == 0) {
                return false;
            }
            for (int other : others) {
                if ((present[half(other)] & mask(other)) == 0) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the rule holds at one of {@code firstPositions}, the positions of its first concept's words. */
        boolean matches(long[] masks, int[] firstPositions) {
            for (int i : firstPositions) {
                if (allNear(masks, i) && !excludedNear(masks, i)) {
                    return true;
                }
            }
            return false;
        }

        private boolean allNear(long[] masks, int i) {
            for (int other : others) {
                if (!within(masks, i, window, other)) {
                    return false;
                }
            }
            return true;
        }

        private boolean excludedNear(long[] masks, int i) {
            for (int concept : excludedNearby) {
                if (within(masks, i, NEGATION_WINDOW, concept)) {
                    return true;
                }
            }
            for (int concept : excludedInWindow) {
                if (within(masks, i, window, concept)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a word other than the {@code i}th, at most {@code distance} words from it, belongs to {@code concept}. */
        private static boolean within(long[] masks, int i, int distance, int concept) {
            int words = masks.length / 2;
            for (int j = Math.max(0, i - distance); j <= Math.min(words - 1, i + distance); j++) {
                if (j != i && has(masks, j, concept)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Literal texts anywhere in the message: chat-template tokens and code have no word boundaries. Markers are
     * grouped by first character and tried only where that character occurs (those starting with a letter only
     * where a word starts); all rules are tried in one pass, so the text is read once whatever the number of markers.
     */
    private record MarkerRule(double score, String[][] byFirstChar, String reason) {

        static MarkerRule parse(String line) {
            String body = line.substring("markers".length()).strip();
            int space = body.indexOf(' ');
            double score = Double.parseDouble(body.substring(0, space));
            int reasonAt = body.lastIndexOf(" : ");
            String[][] byFirstChar = new String[128][];
            for (String marker : body.substring(space + 1, reasonAt).split(" \\| ")) {
                char first = marker.charAt(0);
                if (first >= 128) {
                    throw new IllegalArgumentException("markers start with an ASCII character: " + marker);
                }
                String[] group = byFirstChar[first] == null ? new String[0] : byFirstChar[first];
                byFirstChar[first] = java.util.Arrays.copyOf(group, group.length + 1);
                byFirstChar[first][group.length] = marker;
            }
            return new MarkerRule(score, byFirstChar, body.substring(reasonAt + 3).trim());
        }

        /** The marker that starts at {@code i}, where the text has {@code c}, or null. */
        String at(String folded, int i, char c) {
            if (byFirstChar[c] != null) {
                for (String marker : byFirstChar[c]) {
                    if (folded.startsWith(marker, i)) {
                        return marker;
                    }
                }
            }
            return null;
        }
    }

    /** Words and word beginnings to concept bits, one character step per letter of the looked-up word. */
    private static final class ConceptTrie {
        private final Node root = new Node();

        void addWord(String word, int concept) {
            node(word).wordBits[half(concept)] |= mask(concept);
        }

        void addPhraseStart(String word) {
            node(word).wordBits[0] |= PHRASE_START;
        }

        void addPrefix(String prefix, int concept) {
            node(prefix).prefixBits[half(concept)] |= mask(concept);
        }

        private Node node(String text) {
            Node node = root;
            for (int i = 0; i < text.length(); i++) {
                node = node.childOrCreate(text.charAt(i));
            }
            return node;
        }

        /** Indexes the root's children by character; call when every word is added. */
        void index() {
            root.ascii = new Node[128];
            for (int i = 0; i < root.keys.length; i++) {
                if (root.keys[i] < 128) {
                    root.ascii[root.keys[i]] = root.children[i];
                }
            }
        }

        /** Adds the concepts of {@code word} (and the phrase-start mark) to {@code out[at]} and {@code out[at + 1]}. */
        void concepts(String word, long[] out, int at) {
            Node node = root;
            for (int i = 0; i < word.length() && node != null; i++) {
                node = node.child(word.charAt(i));
                if (node != null) {
                    out[at] |= node.prefixBits[0];
                    out[at + 1] |= node.prefixBits[1];
                }
            }
            if (node != null) {
                out[at] |= node.wordBits[0];
                out[at + 1] |= node.wordBits[1];
            }
        }
    }

    private static final class Node {
        /** The root's children by ASCII letter: every lookup starts there, and it has the most children. */
        private Node[] ascii;
        private char[] keys = new char[0];
        private Node[] children = new Node[0];
        final long[] wordBits = new long[2];
        final long[] prefixBits = new long[2];

        Node child(char c) {
            if (ascii != null && c < 128) {
                return ascii[c];
            }
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == c) {
                    return children[i];
                }
            }
            return null;
        }

        Node childOrCreate(char c) {
            ascii = null;
            Node existing = child(c);
            if (existing != null) {
                return existing;
            }
            keys = java.util.Arrays.copyOf(keys, keys.length + 1);
            children = java.util.Arrays.copyOf(children, children.length + 1);
            keys[keys.length - 1] = c;
            children[children.length - 1] = new Node();
            return children[children.length - 1];
        }
    }
}
