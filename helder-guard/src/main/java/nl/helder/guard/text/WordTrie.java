package nl.helder.guard.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * Words and word beginnings, each marked with bits (the concepts a guard gives them), asked with one walk of a
 * character trie per word: the walk collects the bits of every beginning it passes and, at the word's end, those
 * of the whole word. So tagging a message costs time linear in its length, whatever the size of the lists.
 *
 * <p>Why flat arrays rather than a node per character: the guards tag every word of a message in several tries and
 * tables one after the other, and a trie of node objects (a node, its key array, its child array: three places in
 * memory per character) no longer stayed in the processor's cache between them: a message cost the signal and
 * injection guards two to three times what each cost alone. Here the nodes are numbered breadth first, so the
 * first levels, which every walk passes, sit together, and a step reads two small arrays.
 *
 * <p>Built with a {@link Builder}, then immutable and thread-safe.
 */
public final class WordTrie {

    /** Per node, where its edges begin in {@link #edgeChars}; the node's edges end where the next node's begin. */
    private final int[] firstEdge;
    private final char[] edgeChars;
    private final int[] edgeTargets;
    /** Per node and lane, {@code node * lanes + lane}: the bits of the word that ends at the node. */
    private final long[] wordBits;
    /** Per node and lane, likewise: the bits of every word that begins with the node's characters. */
    private final long[] prefixBits;
    /**
     * How many independent sets of bits each entry carries: a guard whose concepts outgrow one {@code long} (the
     * injection patterns' sheets) asks all of them in one walk instead of one walk per set.
     */
    private final int lanes;
    /** The root's children by ASCII character (-1 for none): every walk starts there, and it has the most. */
    private final int[] rootAscii = new int[128];

    private WordTrie(int nodes, int edges, int lanes) {
        firstEdge = new int[nodes + 1];
        edgeChars = new char[edges];
        edgeTargets = new int[edges];
        wordBits = new long[nodes * lanes];
        prefixBits = new long[nodes * lanes];
        this.lanes = lanes;
        Arrays.fill(rootAscii, -1);
    }

    /** A builder of a trie with one lane: each entry carries one {@code long} of bits. */
    public static Builder builder() {
        return new Builder(1);
    }

    /** A builder of a trie whose entries carry {@code lanes} independent {@code long}s of bits, asked in one walk. */
    public static Builder builder(int lanes) {
        if (lanes < 1) {
            throw new IllegalArgumentException("lanes must be at least 1: " + lanes);
        }
        return new Builder(lanes);
    }

    /** How many lanes of bits each entry carries. */
    public int lanes() {
        return lanes;
    }

    /**
     * The bits of {@code text[start, end)}: those of every beginning of it that was added as a prefix (the whole
     * stretch included), and those of the stretch as a whole word.
     */
    public long bits(CharSequence text, int start, int end) {
        if (lanes != 1) {
            throw new IllegalStateException("a trie of " + lanes + " lanes is asked with bits(text, start, end, into)");
        }
        long bits = 0;
        int node = 0;
        for (int i = start; i < end; i++) {
            node = child(node, text.charAt(i));
            if (node < 0) {
                return bits;
            }
            bits |= prefixBits[node];
        }
        return bits | wordBits[node];
    }

    /**
     * The same walk over {@code text} from {@code end - 1} back to {@code start}: in a trie of reversed entries, the
     * bits of every entry the stretch ends in (prefixes) and of the whole stretch (words).
     */
    public long bitsBackwards(CharSequence text, int start, int end) {
        if (lanes != 1) {
            throw new IllegalStateException("a trie of " + lanes + " lanes is asked with bits(text, start, end, into)");
        }
        long bits = 0;
        int node = 0;
        for (int i = end - 1; i >= start; i--) {
            node = child(node, text.charAt(i));
            if (node < 0) {
                return bits;
            }
            bits |= prefixBits[node];
        }
        return bits | wordBits[node];
    }

    /**
     * {@link #bits(CharSequence, int, int)} for every lane at once: {@code into[lane]} is set to that lane's bits of
     * {@code text[start, end)}; one walk, whatever the number of lanes. {@code into} must hold {@link #lanes()}.
     */
    public void bits(CharSequence text, int start, int end, long[] into) {
        Arrays.fill(into, 0, lanes, 0L);
        int node = 0;
        for (int i = start; i < end; i++) {
            node = child(node, text.charAt(i));
            if (node < 0) {
                return;
            }
            int at = node * lanes;
            for (int lane = 0; lane < lanes; lane++) {
                into[lane] |= prefixBits[at + lane];
            }
        }
        int at = node * lanes;
        for (int lane = 0; lane < lanes; lane++) {
            into[lane] |= wordBits[at + lane];
        }
    }

    /** The bits of {@code word}; see {@link #bits(CharSequence, int, int)}. */
    public long bits(String word) {
        return bits(word, 0, word.length());
    }

    /**
     * A node's edges are sorted by character: the wide nodes near the root (a first letter has some twenty children)
     * are searched by halves, the narrow ones deeper down read in order until a larger character.
     */
    private int child(int node, char c) {
        if (node == 0 && c < 128) {
            return rootAscii[c];
        }
        int from = firstEdge[node];
        int to = firstEdge[node + 1];
        if (to - from > LINEAR_EDGES) {
            int e = Arrays.binarySearch(edgeChars, from, to, c);
            return e >= 0 ? edgeTargets[e] : -1;
        }
        for (int e = from; e < to; e++) {
            char edge = edgeChars[e];
            if (edge >= c) {
                return edge == c ? edgeTargets[e] : -1;
            }
        }
        return -1;
    }

    /** Up to this many edges a node is read in order; a binary search costs more than that. */
    private static final int LINEAR_EDGES = 8;

    /** Collects words and prefixes; {@link #build()} lays them out. Not thread-safe. */
    public static final class Builder {

        private final class Node {
            final TreeMap<Character, Node> children = new TreeMap<>();
            final long[] word = new long[lanes];
            final long[] prefix = new long[lanes];
        }

        private final int lanes;
        private final Node root;

        private Builder(int lanes) {
            this.lanes = lanes;
            this.root = new Node();
        }

        /** Marks the whole word {@code word} with {@code bits} (in lane 0). */
        public Builder addWord(String word, long bits) {
            return addWord(word, 0, bits);
        }

        /** Marks the whole word {@code word} with {@code bits} in {@code lane}. */
        public Builder addWord(String word, int lane, long bits) {
            node(word).word[lane] |= bits;
            return this;
        }

        /**
         * Marks every word that begins with {@code prefix} (and {@code prefix} itself) with {@code bits} (in lane 0);
         * an empty prefix marks nothing (the root's bits are never read).
         */
        public Builder addPrefix(String prefix, long bits) {
            return addPrefix(prefix, 0, bits);
        }

        /** {@link #addPrefix(String, long)} in {@code lane}. */
        public Builder addPrefix(String prefix, int lane, long bits) {
            node(prefix).prefix[lane] |= bits;
            return this;
        }

        private Node node(String text) {
            Node node = root;
            for (int i = 0; i < text.length(); i++) {
                node = node.children.computeIfAbsent(text.charAt(i), c -> new Node());
            }
            return node;
        }

        public WordTrie build() {
            List<Node> order = new ArrayList<>();
            ArrayDeque<Node> queue = new ArrayDeque<>(List.of(root));
            int edges = 0;
            while (!queue.isEmpty()) {
                Node node = queue.poll();
                order.add(node);
                edges += node.children.size();
                queue.addAll(node.children.values());
            }
            WordTrie trie = new WordTrie(order.size(), edges, lanes);
            // Breadth first: a node's children get consecutive numbers, in the order their edges are laid out.
            int next = 1;
            int edge = 0;
            for (int n = 0; n < order.size(); n++) {
                Node node = order.get(n);
                System.arraycopy(node.word, 0, trie.wordBits, n * lanes, lanes);
                System.arraycopy(node.prefix, 0, trie.prefixBits, n * lanes, lanes);
                trie.firstEdge[n] = edge;
                for (var child : node.children.entrySet()) {
                    trie.edgeChars[edge] = child.getKey();
                    trie.edgeTargets[edge] = next;
                    if (n == 0 && child.getKey() < 128) {
                        trie.rootAscii[child.getKey()] = next;
                    }
                    next++;
                    edge++;
                }
            }
            trie.firstEdge[order.size()] = edge;
            return trie;
        }
    }
}
