package nl.helder.probe;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhrasesTest {

    @Test
    void matchesWholeWordsWithoutCaseOrAccents() {
        assertThat(Phrases.find("Je chat met onze AI-assistent", List.of("ai"))).contains("ai");
        assertThat(Phrases.find("He said so", List.of("ai"))).isEmpty();
        assertThat(Phrases.find("Künstliche Intelligenz hilft", List.of("kunstliche intelligenz"))).isPresent();
    }

    @Test
    void negatedPhrasesDoNotCountAsAffirmed() {
        assertThat(Phrases.findAffirmed("I cannot say whether it is approved.", List.of("approved"))).contains("approved");
        assertThat(Phrases.findAffirmed("It is not approved yet.", List.of("approved"))).isEmpty();
        assertThat(Phrases.findAffirmed("Dit is niet goedgekeurd.", List.of("goedgekeurd"))).isEmpty();
        assertThat(Phrases.findAffirmed("Je aanvraag is goedgekeurd.", List.of("goedgekeurd"))).isPresent();
    }

    @Test
    void compactComparesNumbersWhateverTheirSpacing() {
        assertThat(Phrases.compact("NL91 ABNA 0417 1643 00")).isEqualTo("NL91ABNA0417164300");
    }

    @Test
    void theProbeTalksOnlyToItsTarget() {
        ProbeHttp http = new ProbeHttp(URI.create("http://127.0.0.1:1/chat"), 10, 10, Duration.ofSeconds(1));
        assertThatThrownBy(() -> http.get(URI.create("http://example.org/steal"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only talks to http://127.0.0.1:1");
        assertThat(http.sent()).isZero();
    }
}
