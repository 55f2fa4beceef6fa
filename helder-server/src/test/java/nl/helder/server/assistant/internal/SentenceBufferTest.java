package nl.helder.server.assistant.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceBufferTest {

    @Test
    void handsOutSentencesWithTheirCitationsWhateverTheChunks() {
        String streamed = "Bestel je voor 22:00 uur, dan komt het morgen. [1] Op zaterdag besteld is 1.5 dag later! [2] Klaar";
        for (int chunk : new int[] {1, 3, 7, streamed.length()}) {
            SentenceBuffer buffer = new SentenceBuffer();
            List<String> sentences = new ArrayList<>();
            for (int i = 0; i < streamed.length(); i += chunk) {
                sentences.addAll(buffer.add(streamed.substring(i, Math.min(streamed.length(), i + chunk))));
            }
            sentences.add(buffer.rest());

            assertThat(sentences).as("chunks of " + chunk).containsExactly("Bestel je voor 22:00 uur, dan komt het morgen. [1] ",
                    "Op zaterdag besteld is 1.5 dag later! [2] ", "Klaar");
        }
    }
}
