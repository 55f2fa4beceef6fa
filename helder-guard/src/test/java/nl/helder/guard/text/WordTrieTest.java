package nl.helder.guard.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordTrieTest {

    private static final long PERSON = 1;
    private static final long CALL = 2;
    private static final long COMPLAINT = 4;
    private static final long FRENCH = 8;

    private final WordTrie trie = WordTrie.builder()
            .addWord("medewerker", PERSON)
            .addWord("mens", PERSON)
            .addPrefix("bel", CALL)
            .addPrefix("klacht", COMPLAINT)
            .addWord("klacht", PERSON) // a word and a prefix of the same letters keep both
            .addWord("été", FRENCH)
            .build();

    @Test
    void aWholeWordGetsItsBitsAndAnyWordGetsThoseOfItsBeginnings() {
        assertThat(trie.bits("medewerker")).isEqualTo(PERSON);
        assertThat(trie.bits("medewerkers")).as("a word is no prefix").isZero();
        assertThat(trie.bits("mede")).isZero();
        assertThat(trie.bits("bellen")).isEqualTo(CALL);
        assertThat(trie.bits("bel")).as("the prefix itself").isEqualTo(CALL);
        assertThat(trie.bits("be")).isZero();
        assertThat(trie.bits("klachten")).isEqualTo(COMPLAINT);
        assertThat(trie.bits("klacht")).isEqualTo(COMPLAINT | PERSON);
        assertThat(trie.bits("été")).as("non-ASCII at the root").isEqualTo(FRENCH);
        assertThat(trie.bits("")).isZero();
    }

    /** Walked backwards, a trie of reversed entries finds the ends of words: the heads of compounds. */
    @Test
    void aBackwardWalkFindsTheEndsAStretchHas() {
        WordTrie heads = WordTrie.builder().addPrefix("edahcs", COMPLAINT).addWord("gatS", CALL).build();
        String text = "waterschade en Stag";
        assertThat(heads.bitsBackwards(text, 0, 11)).isEqualTo(COMPLAINT);
        assertThat(heads.bitsBackwards(text, 5, 11)).as("the head itself").isEqualTo(COMPLAINT);
        assertThat(heads.bitsBackwards(text, 6, 11)).as("too short to end in it").isZero();
        assertThat(heads.bitsBackwards(text, 0, 10)).as("not at the end").isZero();
        assertThat(heads.bitsBackwards(text, 15, 19)).as("a reversed whole word").isEqualTo(CALL);
        assertThat(heads.bitsBackwards(text, 14, 19)).as("a word is no prefix").isZero();
    }

    @Test
    void aStretchOfTextIsAskedInPlace() {
        String text = "wilt u mij terugbellen of een mens sturen";
        assertThat(trie.bits(text, 30, 34)).isEqualTo(PERSON);
        assertThat(trie.bits(text, 11, 21)).as("terugbellen does not begin with bel").isZero();
    }

    @Test
    void anEmptyTrieAnswersZero() {
        assertThat(WordTrie.builder().build().bits("iets")).isZero();
    }

    /** A node with more edges than are read in order is searched by halves: every child found, a miss between and beyond. */
    @Test
    void aWideNodeFindsEveryChildAndNoOther() {
        WordTrie.Builder builder = WordTrie.builder();
        String letters = "abcdefghijklmnopqrstuvwxyzéß";
        for (int i = 0; i < letters.length(); i += 2) {
            builder.addWord("x" + letters.charAt(i), 1L << (i / 2));
        }
        WordTrie wide = builder.build();
        for (int i = 0; i < letters.length(); i++) {
            long expected = i % 2 == 0 ? 1L << (i / 2) : 0;
            assertThat(wide.bits("x" + letters.charAt(i))).as("x" + letters.charAt(i)).isEqualTo(expected);
        }
        assertThat(wide.bits("x0")).as("below every edge").isZero();
        assertThat(wide.bits("x\u4e2d")).as("above every edge").isZero();
    }

    /** Lanes are independent sets of bits: one walk fills each with its own words' and prefixes' bits. */
    @Test
    void aWalkOfManyLanesGivesEachLaneItsOwnBits() {
        WordTrie lanes = WordTrie.builder(3)
                .addWord("negeer", 0, PERSON)
                .addPrefix("neg", 1, CALL)
                .addWord("negeer", 2, COMPLAINT)
                .addPrefix("negeer", 2, FRENCH)
                .addWord("regels", 1, PERSON)
                .build();
        long[] into = {-1, -1, -1, -1};
        lanes.bits("negeer", 0, 6, into);
        assertThat(into).containsExactly(PERSON, CALL, COMPLAINT | FRENCH, -1); // a slot beyond the lanes is left alone
        lanes.bits("negeerde", 0, 8, into);
        assertThat(into).as("prefixes only, in their lanes; the last walk's bits cleared").containsExactly(0, CALL, FRENCH, -1);
        lanes.bits("ne", 0, 2, into);
        assertThat(into).containsExactly(0, 0, 0, -1);
        lanes.bits("de regels", 3, 9, into);
        assertThat(into).containsExactly(0, PERSON, 0, -1);
        assertThat(lanes.lanes()).isEqualTo(3);
    }

    @Test
    void aTrieOfManyLanesIsNotAskedForOneLong() {
        WordTrie lanes = WordTrie.builder(2).addWord("x", 1, PERSON).build();
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> lanes.bits("x"));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> WordTrie.builder(0));
    }
}
