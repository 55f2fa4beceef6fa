package nl.helder.guard.text;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WordTableTest {

    @Test
    void answersForAStretchOfTextAsAMapAnswersForTheWord() {
        WordTable<String> table = WordTable.of(Map.of("kanker", "health", "moskee", "religion", "één", "one"));
        String text = "Mijn vader heeft kanker, hij gaat naar de moskee. Één keer.";

        int kanker = text.indexOf("kanker");
        int moskee = text.indexOf("moskee");

        assertThat(table.get(text, kanker, kanker + 6)).isEqualTo("health");
        assertThat(table.get(text, moskee, moskee + 6)).isEqualTo("religion");
        assertThat(table.get("één")).isEqualTo("one");
        assertThat(table.get(text, kanker, kanker + 5)).as("a beginning of a key is not the key").isNull();
        assertThat(table.get(text, kanker - 1, kanker + 6)).as("nor a longer stretch").isNull();
        assertThat(table.get(text, 0, 4)).isNull();
        assertThat(table.get(new StringBuilder("de moskee"), 3, 9)).as("any CharSequence").isEqualTo("religion");
    }

    @Test
    void agreesWithAHashSetOnManyWordsWithCollidingHashes() {
        // "Aa" and "BB" share String.hashCode, so do all their concatenations: the table must compare characters.
        Set<String> words = new HashSet<>();
        String[] parts = {"Aa", "BB"};
        for (int i = 0; i < 64; i++) {
            StringBuilder word = new StringBuilder();
            for (int bit = 0; bit < 6; bit++) {
                word.append(parts[(i >> bit) & 1]);
            }
            if (i % 2 == 0) {
                words.add(word.toString());
            }
        }
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            words.add(Long.toString(random.nextLong(), 36));
        }
        WordTable<Boolean> table = WordTable.of(words);
        for (String word : words) {
            assertThat(table.contains("  " + word + "  ", 2, word.length() + 2)).as(word).isTrue();
        }
        for (int i = 1; i < 64; i += 2) {
            StringBuilder word = new StringBuilder();
            for (int bit = 0; bit < 6; bit++) {
                word.append(parts[(i >> bit) & 1]);
            }
            assertThat(table.contains(word.toString())).as("same hash, other word: " + word).isFalse();
        }
        for (int i = 0; i < 2_000; i++) {
            String absent = "x" + Long.toString(random.nextLong(), 36);
            assertThat(table.contains(absent)).isEqualTo(words.contains(absent));
        }
    }

    @Test
    void anEmptyTableHasNothing() {
        assertThat(WordTable.of(new HashMap<String, String>()).get("a")).isNull();
        assertThat(WordTable.of(Set.<String>of()).contains("")).isFalse();
    }

    @Test
    void aWordHashedOnceAnswersEveryTableAsAWordLookedUpAlone() {
        WordTable<String> categories = WordTable.of(Map.of("kanker", "health", "stem", "vote"));
        WordTable<Boolean> pairs = WordTable.of(Set.of("chronisch", "kanker"));
        String text = "Mijn moeder heeft kanker en stem niet.";
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || !Character.isLetter(text.charAt(i))) {
                if (i > start) {
                    int hash = WordTable.hash(text, start, i);
                    String word = text.substring(start, i);
                    assertThat(hash).isEqualTo(word.hashCode());
                    assertThat(categories.get(text, start, i, hash)).as(word).isEqualTo(categories.get(word));
                    assertThat(pairs.contains(text, start, i, hash)).as(word).isEqualTo(pairs.contains(word));
                }
                start = i + 1;
            }
        }
        assertThat(categories.get(text, text.indexOf("kanker"), text.indexOf("kanker") + 6, "kanker".hashCode())).isEqualTo("health");
        assertThat(pairs.contains(text, 0, 4, "kanker".hashCode())).as("a hash that is not the word's finds nothing").isFalse();
    }

    @Test
    void refusesKeysItCannotPack() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WordTable.of(Set.of("x".repeat(WordTable.MAX_KEY_LENGTH + 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(WordTable.of(Set.of("x".repeat(WordTable.MAX_KEY_LENGTH))).contains("x".repeat(WordTable.MAX_KEY_LENGTH))).isTrue();
    }

    /** A word's place is its own: no two words share it, a missing word has none, and the place gives the word's value. */
    @Test
    void everyWordHasAPlaceOfItsOwn() {
        java.util.Map<String, Integer> entries = new java.util.HashMap<>();
        for (int i = 0; i < 500; i++) {
            entries.put("w" + i, i);
        }
        WordTable<Integer> table = WordTable.of(entries);
        java.util.Set<Integer> places = new java.util.HashSet<>();
        entries.forEach((word, value) -> {
            int place = table.indexOf("..." + word + "!", 3, 3 + word.length());
            assertThat(places.add(place)).as(word).isTrue();
            assertThat(table.valueAt(place)).isEqualTo(value);
        });
        assertThat(table.indexOf("w500", 0, 4)).isEqualTo(-1);
    }
}
