package nl.helder.server.conversation.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageTextTest {

    @Test
    void acceptsOrdinaryTextNormalisedAndTrimmed() {
        assertThat(MessageText.validate("  Cafe\u0301 open?\n", 100)).isEqualTo("Café open?");
        assertThat(MessageText.validate("tab\tand\r\nnewline 🚲", 100)).isEqualTo("tab\tand\r\nnewline 🚲");
    }

    @Test
    void countsCharactersNotUtf16Units() {
        assertThat(MessageText.validate("🚲".repeat(10), 10)).hasSize(20);
        assertThatThrownBy(() -> MessageText.validate("🚲".repeat(11), 10)).hasMessageContaining("at most 10");
    }

    @Test
    void rejectsEmptyControlAndBrokenText() {
        assertThatThrownBy(() -> MessageText.validate(null, 10)).hasMessageContaining("\"text\"");
        assertThatThrownBy(() -> MessageText.validate(" \n ", 10)).hasMessageContaining("empty");
        assertThatThrownBy(() -> MessageText.validate("a\u0007b", 10)).hasMessageContaining("U+0007");
        assertThatThrownBy(() -> MessageText.validate("a\u009bb", 10)).hasMessageContaining("U+009B");
        assertThatThrownBy(() -> MessageText.validate("a\udc00b", 10)).hasMessageContaining("surrogate");
        assertThatThrownBy(() -> MessageText.validate("x".repeat(1_000), 10)).hasMessageContaining("1000 characters");
    }

    @Test
    void refusesTextThatDisplaysInAnotherOrderOrHidesLetters() {
        assertThatThrownBy(() -> MessageText.validate("refund \u202Eeteled\u202C please", 100))
                .hasMessageContaining("U+202E at 7");
        assertThatThrownBy(() -> MessageText.validate("a\u2067b", 100)).hasMessageContaining("U+2067");
        assertThatThrownBy(() -> MessageText.validate("hi\u200F", 100)).hasMessageContaining("U+200F");
        String tagged = "hoi" + new String(Character.toChars(0xE0069)) + new String(Character.toChars(0xE0067));
        assertThatThrownBy(() -> MessageText.validate(tagged, 100)).hasMessageContaining("U+E0069 at 3");
        assertThat(MessageText.validate("مرحبا, mijn pakket", 100)).isEqualTo("مرحبا, mijn pakket");
    }
}
