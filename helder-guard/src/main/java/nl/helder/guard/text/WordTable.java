package nl.helder.guard.text;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A read-only map from words to values that is asked with a stretch of a text rather than a word: a guard
 * looking up every word of a message need not make a string of each. Open addressing over
 * {@link String#hashCode()}-compatible hashes, so a lookup hashes the stretch once and compares characters only
 * with a key of the same hash and length.
 *
 * <p>Why by hand: every guard looks up each word of a message in several lists (names, particles, health
 * vocabulary, concepts); making a substring per word and list was, with the lookups themselves, the largest
 * share of the input guards' time and most of their garbage. No library at hand offers a map keyed by a
 * region of a {@code CharSequence}.
 *
 * <p>Immutable and thread-safe. A lookup is linear in the stretch's length.
 *
 * @param <V> the values
 */
public final class WordTable<V> {

    /** Per slot, the hash of its key; read first, so a look-up of a word that is absent touches this array only. */
    private final int[] hashes;
    /** Per slot, where its key begins in {@link #chars}, or -1 for an empty slot; it ends where {@link #ends} says. */
    private final int[] starts;
    private final int[] ends;
    /** Every key, one after the other: comparing a candidate reads one array, not a string object and its bytes. */
    private final char[] chars;
    /** Per slot, its value; null for a set. */
    private final Object[] values;
    private final int mask;
    private final int minLength;
    private final int maxLength;

    private WordTable(Map<String, ? extends V> entries, boolean set) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2) - 1) << 1;
        hashes = new int[capacity];
        starts = new int[capacity];
        ends = new int[capacity];
        java.util.Arrays.fill(starts, -1);
        values = set ? null : new Object[capacity];
        mask = capacity - 1;
        int total = 0;
        for (String key : entries.keySet()) {
            total += key.length();
        }
        chars = new char[total];
        int min = Integer.MAX_VALUE;
        int max = 0;
        int at = 0;
        for (Map.Entry<String, ? extends V> entry : entries.entrySet()) {
            String key = Objects.requireNonNull(entry.getKey());
            int hash = key.hashCode();
            int slot = spread(hash) & mask;
            while (starts[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            hashes[slot] = hash;
            starts[slot] = at;
            key.getChars(0, key.length(), chars, at);
            at += key.length();
            ends[slot] = at;
            if (values != null) {
                values[slot] = Objects.requireNonNull(entry.getValue());
            }
            min = Math.min(min, key.length());
            max = Math.max(max, key.length());
        }
        minLength = entries.isEmpty() ? 1 : min;
        maxLength = max;
    }

    /** A table of these entries; keys and values must not be null. */
    public static <V> WordTable<V> of(Map<String, ? extends V> entries) {
        return new WordTable<>(entries, false);
    }

    /** A table of these words, asked with {@link #contains}; {@link #get} answers {@link Boolean#TRUE} for them. */
    public static WordTable<Boolean> of(Set<String> words) {
        Map<String, Boolean> entries = new java.util.HashMap<>();
        for (String word : words) {
            entries.put(word, Boolean.TRUE);
        }
        return new WordTable<>(entries, true);
    }

    /**
     * The value of the word {@code text[start, end)}, or null. The bounds are the caller's to get right:
     * {@code 0 <= start <= end <= text.length()} (the characters are read with {@link CharSequence#charAt}).
     */
    @SuppressWarnings("unchecked")
    public V get(CharSequence text, int start, int end) {
        int slot = slot(text, start, end);
        return slot < 0 ? null : values == null ? (V) Boolean.TRUE : (V) values[slot];
    }

    /** The value of {@code word}, or null. */
    @SuppressWarnings("unchecked")
    public V get(String word) {
        int slot = slot(word, 0, word.length(), word.hashCode());
        return slot < 0 ? null : values == null ? (V) Boolean.TRUE : (V) values[slot];
    }

    /** Whether the word {@code text[start, end)} is in the table. */
    public boolean contains(CharSequence text, int start, int end) {
        return slot(text, start, end) >= 0;
    }

    /** Whether {@code word} is in the table. */
    public boolean contains(String word) {
        return slot(word, 0, word.length(), word.hashCode()) >= 0;
    }

    /**
     * The hash of the word {@code text[start, end)} as {@link String#hashCode()} computes it: a caller asking several
     * tables about one word hashes it once and asks each with {@link #get(CharSequence, int, int, int)} or
     * {@link #contains(CharSequence, int, int, int)}.
     */
    public static int hash(CharSequence text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        return hash;
    }

    /** Like {@link #get(CharSequence, int, int)}, with the word's {@link #hash} already known. */
    @SuppressWarnings("unchecked")
    public V get(CharSequence text, int start, int end, int hash) {
        int slot = slot(text, start, end, hash);
        return slot < 0 ? null : values == null ? (V) Boolean.TRUE : (V) values[slot];
    }

    /** Like {@link #contains(CharSequence, int, int)}, with the word's {@link #hash} already known. */
    public boolean contains(CharSequence text, int start, int end, int hash) {
        return slot(text, start, end, hash) >= 0;
    }

    /** The slot of the word {@code text[start, end)}, or -1. */
    private int slot(CharSequence text, int start, int end) {
        if (end - start < minLength || end - start > maxLength) {
            return -1;
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        return slot(text, start, end, hash);
    }

    /** The slot of the word {@code text[start, end)} whose {@link String#hashCode()} is {@code hash}, or -1. */
    private int slot(CharSequence text, int start, int end, int hash) {
        int length = end - start;
        if (length < minLength || length > maxLength) {
            return -1;
        }
        for (int slot = spread(hash) & mask; starts[slot] >= 0; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && ends[slot] - starts[slot] == length && matches(slot, text, start)) {
                return slot;
            }
        }
        return -1;
    }

    private boolean matches(int slot, CharSequence text, int start) {
        for (int k = starts[slot], i = start; k < ends[slot]; k++, i++) {
            if (chars[k] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
