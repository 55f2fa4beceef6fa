package nl.helder.guard.injection;

import nl.helder.guard.text.Tokens;
import nl.helder.guard.text.WordTrie;

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
 * message is looked up once in a trie that yields the bit set of concepts it belongs to, so matching is linear
 * in the message's length whatever the number of patterns.
 *
 * <p>A concept is one bit of a {@code long}, so one sheet holds at most 63 concepts; a line {@code sheet} in the
 * file starts another sheet, with concepts of its own (a rule sees only its sheet's concepts), matched after the
 * one before it. All sheets share one trie with a lane of bits per sheet, so a word is looked up once however many
 * sheets there are (a walk per sheet was some 6 % of all input guards' time with four sheets). A sheet holds at most
 * 63 marker rules as well: the markers of every sheet share one more trie whose bits, per sheet, are the rules.
 */
final class InjectionPatterns {

    /** A rule that matched, with its score. */
    record Hit(String reason, double score) {
    }

    private static final String RESOURCE = "injection-patterns.txt";
    private static final int NEGATION_WINDOW = 2;
    /** Not a concept: marks the words a phrase starts with, so only those are looked up in the phrase map. */
    private static final long PHRASE_START = 1L << (Long.SIZE - 1);

    /** The sheets in the file's order; sheet {@code s} is lane {@code s} of both tries. */
    private final List<Sheet> sheets;
    /** Every sheet's words, a lane per sheet. */
    private final WordTrie words;
    /**
     * Every marker as a prefix marked, in its sheet's lane, with its rule's bit: one walk from a place gives the rules
     * with a marker starting there, so a rule's own list is read only where it matches (trying each marker of each rule
     * whose first character stood there was some 6 % of all input guards' time).
     */
    private final WordTrie markerRules;
    private final int longestMarker;
    /** The ASCII characters some marker of some sheet starts with. */
    private final boolean[] markerStarts = new boolean[128];

    /** One sheet's concepts and rules; its words are in the shared trie. */
    private record Sheet(Map<String, List<Phrase>> phrasesByFirstWord, List<NearRule> rules, List<MarkerRule> markers) {
    }

    private InjectionPatterns(List<Sheet> sheets, WordTrie words) {
        this.sheets = List.copyOf(sheets);
        this.words = words;
        WordTrie.Builder markerTrie = WordTrie.builder(sheets.size());
        int longest = 0;
        for (int s = 0; s < sheets.size(); s++) {
            List<MarkerRule> markers = sheets.get(s).markers();
            if (markers.size() >= Long.SIZE) {
                throw new IllegalArgumentException("more than 63 marker rules in one sheet");
            }
            for (int r = 0; r < markers.size(); r++) {
                for (String[] group : markers.get(r).byFirstChar()) {
                    for (String marker : group == null ? new String[0] : group) {
                        markerTrie.addPrefix(marker, s, 1L << r);
                        longest = Math.max(longest, marker.length());
                        markerStarts[marker.charAt(0)] = true;
                    }
                }
            }
        }
        this.markerRules = markerTrie.build();
        this.longestMarker = longest;
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
        List<List<String>> sheetLines = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("sheet")) {
                sheetLines.add(lines.subList(from, i));
                from = i + 1;
            }
        }
        sheetLines.add(lines.subList(from, lines.size()));
        WordTrie.Builder words = WordTrie.builder(sheetLines.size());
        List<Sheet> sheets = new ArrayList<>();
        for (int s = 0; s < sheetLines.size(); s++) {
            sheets.add(parseSheet(sheetLines.get(s), new Lane(words, s)));
        }
        return new InjectionPatterns(sheets, words.build());
    }

    /** Where a sheet's words go: its lane of the shared trie. */
    private record Lane(WordTrie.Builder trie, int lane) {
        void addWord(String word, long bits) {
            trie.addWord(word, lane, bits);
        }

        void addPrefix(String prefix, long bits) {
            trie.addPrefix(prefix, lane, bits);
        }
    }

    private static Sheet parseSheet(List<String> lines, Lane words) {
        Map<String, List<Phrase>> phrasesByFirstWord = new HashMap<>();
        List<NearRule> rules = new ArrayList<>();
        List<MarkerRule> markers = new ArrayList<>();
        Map<String, Long> concepts = new HashMap<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] head = line.split("\\s+", 3);
            switch (head[0]) {
                case "words" -> defineWords(bit(concepts, head[1]), head[2].split("\\s+"), words);
                case "phrases" -> definePhrases(bit(concepts, head[1]), head[2].split("\\|"), words, phrasesByFirstWord);
                case "near" -> rules.add(NearRule.parse(line, concepts));
                case "markers" -> markers.add(MarkerRule.parse(line));
                default -> throw new IllegalArgumentException("unknown pattern line: " + line);
            }
        }
        return new Sheet(phrasesByFirstWord, rules, markers);
    }

    private static long bit(Map<String, Long> concepts, String name) {
        if (concepts.containsKey(name)) {
            throw new IllegalArgumentException("concept defined twice: " + name);
        }
        if (concepts.size() == Long.SIZE - 1) {
            throw new IllegalArgumentException("more than 63 concepts");
        }
        long bit = 1L << concepts.size();
        concepts.put(name, bit);
        return bit;
    }

    private static void defineWords(long bit, String[] entries, Lane words) {
        for (String entry : entries) {
            if (entry.endsWith("*")) {
                words.addPrefix(entry.substring(0, entry.length() - 1), bit);
            } else {
                words.addWord(entry, bit);
            }
        }
    }

    private static void definePhrases(long bit, String[] phrases, Lane words, Map<String, List<Phrase>> phrasesByFirstWord) {
        for (String phrase : phrases) {
            List<String> phraseWords = Tokens.words(phrase, Integer.MAX_VALUE);
            if (phraseWords.size() == 1) {
                words.addWord(phraseWords.get(0), bit);
            } else {
                words.addWord(phraseWords.get(0), PHRASE_START);
                phrasesByFirstWord.computeIfAbsent(phraseWords.get(0), w -> new ArrayList<>())
                        .add(new Phrase(phraseWords.toArray(String[]::new), bit));
            }
        }
    }

    /** The rules that match {@code folded}, a text normalised by {@link InjectionText}. */
    List<Hit> find(String folded) {
        return find(WordList.of(folded), folded);
    }

    /**
     * The rules that match {@code folded}, whose words are {@code tokens}: each sheet's word rules, then its marker
     * rules, sheet after sheet.
     */
    List<Hit> find(WordList tokens, String folded) {
        int sheetCount = sheets.size();
        long[][] masks = new long[sheetCount][tokens.size()];
        long[] lanes = new long[sheetCount];
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            words.bits(token, 0, token.length(), lanes);
            for (int s = 0; s < sheetCount; s++) {
                long bits = lanes[s];
                if ((bits & PHRASE_START) != 0) {
                    for (Phrase phrase : sheets.get(s).phrasesByFirstWord().get(token)) {
                        if (phrase.startsAt(tokens, i)) {
                            bits |= phrase.bit();
                        }
                    }
                }
                masks[s][i] = bits & ~PHRASE_START;
            }
        }
        String[][] firstMarkers = firstMarkers(folded);
        List<Hit> hits = new ArrayList<>();
        for (int s = 0; s < sheetCount; s++) {
            long present = 0;
            for (long mask : masks[s]) {
                present |= mask;
            }
            int[][] positions = positionsByConcept(masks[s], present);
            for (NearRule rule : sheets.get(s).rules()) {
                if (rule.possibleIn(present) && rule.matches(masks[s], positions[Long.numberOfTrailingZeros(rule.first())])) {
                    hits.add(new Hit(rule.reason(), rule.score()));
                }
            }
            addMarkerHits(s, firstMarkers[s], hits);
        }
        return hits;
    }

    /** The marker rules alone, of every sheet, on any lower-case text (markup such as {@code <|im_start|>} is not words). */
    List<Hit> markers(String text) {
        String[][] firstMarkers = firstMarkers(text);
        List<Hit> hits = new ArrayList<>();
        for (int s = 0; s < sheets.size(); s++) {
            addMarkerHits(s, firstMarkers[s], hits);
        }
        return hits;
    }

    private void addMarkerHits(int sheet, String[] firstMarkers, List<Hit> hits) {
        for (int r = 0; r < firstMarkers.length; r++) {
            if (firstMarkers[r] != null) {
                MarkerRule rule = sheets.get(sheet).markers().get(r);
                hits.add(new Hit(rule.reason() + " (\"" + firstMarkers[r] + "\")", rule.score()));
            }
        }
    }

    /**
     * The positions of each concept's words, so that a rule looks only where its first concept occurs instead of
     * at every word: with many rules over common concepts that was most of the matching time.
     */
    private static int[][] positionsByConcept(long[] masks, long present) {
        int[] counts = new int[Long.SIZE];
        for (long mask : masks) {
            for (long bits = mask; bits != 0; bits &= bits - 1) {
                counts[Long.numberOfTrailingZeros(bits)]++;
            }
        }
        int[][] positions = new int[Long.SIZE][];
        for (long bits = present; bits != 0; bits &= bits - 1) {
            int concept = Long.numberOfTrailingZeros(bits);
            positions[concept] = new int[counts[concept]];
            counts[concept] = 0;
        }
        for (int i = 0; i < masks.length; i++) {
            for (long bits = masks[i]; bits != 0; bits &= bits - 1) {
                int concept = Long.numberOfTrailingZeros(bits);
                positions[concept][counts[concept]++] = i;
            }
        }
        return positions;
    }

    /**
     * Per sheet, the first marker of each of its marker rules found in {@code folded}, or null: one pass for all
     * rules of all sheets, ended once every rule has been found.
     */
    private String[][] firstMarkers(String folded) {
        int sheetCount = sheets.size();
        String[][] found = new String[sheetCount][];
        long[] open = new long[sheetCount]; // per sheet, the rules not found yet
        int stillOpen = 0;
        for (int s = 0; s < sheetCount; s++) {
            found[s] = new String[sheets.get(s).markers().size()];
            open[s] = (1L << found[s].length) - 1;
            stillOpen += open[s] != 0 ? 1 : 0;
        }
        long[] lanes = new long[sheetCount];
        int n = folded.length();
        for (int i = 0; i < n && stillOpen > 0; i++) {
            char c = folded.charAt(i);
            if (c >= 128 || !markerStarts[c] || (Character.isLetter(c) && i > 0 && Character.isLetterOrDigit(folded.charAt(i - 1)))) {
                continue;
            }
            markerRules.bits(folded, i, Math.min(n, i + longestMarker), lanes);
            for (int s = 0; s < sheetCount; s++) {
                long rules = lanes[s] & open[s];
                if (rules == 0) {
                    continue;
                }
                for (; rules != 0; rules &= rules - 1) {
                    int r = Long.numberOfTrailingZeros(rules);
                    found[s][r] = sheets.get(s).markers().get(r).at(folded, i, c); // the rule's first marker there, in the file's order
                    open[s] &= ~(1L << r);
                }
                stillOpen -= open[s] == 0 ? 1 : 0;
            }
        }
        return found;
    }

    private record Phrase(String[] words, long bit) {
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
    private record NearRule(double score, int window, long first, long[] others, long excludedNearby, long excludedInWindow,
                            String reason) {

        static NearRule parse(String line, Map<String, Long> concepts) {
            String[] parts = line.split(" : ", 2);
            String[] fields = parts[0].trim().split("\\s+");
            List<Long> required = new ArrayList<>();
            long excludedNearby = 0;
            long excludedInWindow = 0;
            for (int i = 3; i < fields.length; i++) {
                boolean exclusion = fields[i].startsWith("!") || fields[i].startsWith("~");
                String name = exclusion ? fields[i].substring(1) : fields[i];
                Long bit = concepts.get(name);
                if (bit == null) {
                    throw new IllegalArgumentException("unknown concept " + name + " in: " + line);
                }
                if (fields[i].startsWith("!")) {
                    excludedNearby |= bit;
                } else if (fields[i].startsWith("~")) {
                    excludedInWindow |= bit;
                } else {
                    required.add(bit);
                }
            }
            long[] others = required.subList(1, required.size()).stream().mapToLong(Long::longValue).toArray();
            return new NearRule(Double.parseDouble(fields[1]), Integer.parseInt(fields[2]), required.get(0), others,
                    excludedNearby, excludedInWindow, parts[1].trim());
        }

        /** Whether every concept the rule needs occurs somewhere: {@code present} is the union of all masks. */
        boolean possibleIn(long present) {
            if ((present & first) == 0) {
                return false;
            }
            for (long other : others) {
                if ((present & other) == 0) {
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
            for (long other : others) {
                if (!within(masks, i, window, other)) {
                    return false;
                }
            }
            return true;
        }

        private boolean excludedNear(long[] masks, int i) {
            return (excludedNearby != 0 && within(masks, i, NEGATION_WINDOW, excludedNearby))
                    || (excludedInWindow != 0 && within(masks, i, window, excludedInWindow));
        }

        private static boolean within(long[] masks, int i, int distance, long bit) {
            for (int j = Math.max(0, i - distance); j <= Math.min(masks.length - 1, i + distance); j++) {
                if (j != i && (masks[j] & bit) != 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Literal texts anywhere in the message: chat-template tokens and code have no word boundaries. Markers are
     * grouped by first character and tried only where that character occurs (those starting with a letter only
     * where a word starts); all rules are tried in one pass, so the text is read once per sheet whatever the number of markers.
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
}
