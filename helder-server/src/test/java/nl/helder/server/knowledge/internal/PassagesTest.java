package nl.helder.server.knowledge.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PassagesTest {

    @Test
    void splitsParagraphsJoinsHeadingsAndStripsMarkup() {
        assertThat(Passages.split("""
                # Retourneren

                Je hebt **30 dagen** bedenktijd. Zie [het formulier](https://x.example/f).

                Tweede alinea.
                """)).containsExactly("Retourneren: Je hebt 30 dagen bedenktijd. Zie het formulier.", "Tweede alinea.");
    }

    @Test
    void truncatesAtASentenceEnd() {
        String text = "Eerste zin is hier. Tweede zin is wat langer dan de eerste zin. Derde zin.";

        assertThat(Passages.truncate(text, 70)).isEqualTo("Eerste zin is hier. Tweede zin is wat langer dan de eerste zin.");
        assertThat(Passages.truncate(text, 500)).isEqualTo(text);
    }

    @Test
    void cutsAtAWordWhenNoSentenceEndsInTheSecondHalf() {
        String text = "Eerste zin is hier. Tweede zin is wat langer dan de eerste zin. Derde zin.";

        assertThat(Passages.truncate(text, 60)).isEqualTo("Eerste zin is hier. Tweede zin is wat langer dan de eerste …");
    }
}
