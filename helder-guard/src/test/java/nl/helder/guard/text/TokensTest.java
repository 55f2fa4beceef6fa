package nl.helder.guard.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokensTest {

    /** The guards' cuts to a bound never leave half of a supplementary character (an emoji) at the end. */
    @Test
    void aHeadNeverEndsInHalfACharacter() {
        String text = "ab\uD83D\uDE00cd";
        assertThat(Tokens.head(text, 3)).isEqualTo("ab");
        assertThat(Tokens.head(text, 4)).isEqualTo("ab\uD83D\uDE00");
        assertThat(Tokens.head(text, 2)).isEqualTo("ab");
        assertThat(Tokens.head(text, 10)).isSameAs(text);
        assertThat(Tokens.head(text, 0)).isEmpty();
    }
}
