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

    /**
     * Two ints per slot, side by side: the hash of its key, then where the key begins in {@link #chars} (shifted
     * left by eight bits) and its length (the low eight bits), or -1 for an empty slot. A look-up reads one place of
     * one array, mostly one cache line, before it compares any character: with hashes, starts and ends in three
     * arrays, as before, a look-up in the 120,000 names cost three cache misses, and the guards run so many look-ups
     * on tables this large that those misses, not the instructions, set their pace once the guards share the caches.
     */
    private final int[] slots;
    /** Every key, one after the other: comparing a candidate reads one array, not a string object and its bytes. */
    private final char[] chars;
    /** Per slot, its value; null for a set. */
    private final Object[] values;
    private final int mask;
    private final int minLength;
    private final int maxLength;

    /** The longest key a table holds: its length must fit in eight bits. */
    public static final int MAX_KEY_LENGTH = 255;
    /** The most characters all keys of a table may have together: their start must fit in 23 bits. */
    public static final int MAX_TOTAL_CHARS = (1 << 23) - 1;

    private WordTable(Map<String, ? extends V> entries, boolean set) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2) - 1) << 1;
        slots = new int[2 * capacity];
        for (int slot = 0; slot < capacity; slot++) {
            slots[2 * slot + 1] = -1;
        }
        values = set ? null : new Object[capacity];
        mask = capacity - 1;
        long total = 0;
        for (String key : entries.keySet()) {
            if (key.length() > MAX_KEY_LENGTH) {
                throw new IllegalArgumentException("a key longer than " + MAX_KEY_LENGTH + " characters");
            }
            total += key.length();
        }
        if (total > MAX_TOTAL_CHARS) {
            throw new IllegalArgumentException("keys of more than " + MAX_TOTAL_CHARS + " characters together");
        }
        chars = new char[(int) total];
        int min = Integer.MAX_VALUE;
        int max = 0;
        int at = 0;
        for (Map.Entry<String, ? extends V> entry : entries.entrySet()) {
            String key = Objects.requireNonNull(entry.getKey());
            int hash = key.hashCode();
            int slot = spread(hash) & mask;
            while (slots[2 * slot + 1] != -1) {
                slot = (slot + 1) & mask;
            }
            slots[2 * slot] = hash;
            slots[2 * slot + 1] = at << 8 | key.length();
            key.getChars(0, key.length(), chars, at);
            at += key.length();
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

    /**
     * Where the word {@code text[start, end)} sits in the table, or -1: a number no other word of the table has, so a
     * caller can count each word once without a set of strings; {@link #valueAt} gives its value.
     */
    public int indexOf(CharSequence text, int start, int end) {
        return slot(text, start, end);
    }

    /** The value at {@code index}, a number {@link #indexOf} gave. */
    @SuppressWarnings("unchecked")
    public V valueAt(int index) {
        return values == null ? (V) Boolean.TRUE : (V) values[index];
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
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            int key = slots[2 * slot + 1];
            if (key == -1) {
                return -1;
            }
            if (slots[2 * slot] == hash && (key & 0xFF) == length && matches(key >>> 8, text, start, length)) {
                return slot;
            }
        }
    }

    private boolean matches(int from, CharSequence text, int start, int length) {
        for (int k = 0; k < length; k++) {
            if (chars[from + k] != text.charAt(start + k)) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
