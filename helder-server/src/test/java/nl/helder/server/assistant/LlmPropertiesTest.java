package nl.helder.server.assistant;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LlmPropertiesTest {

    private static LlmProperties of(LlmProperties.Provider provider, String baseUrl, boolean euOnly, String region) {
        return new LlmProperties(provider, baseUrl, "a-model", "sk-secret-key", Duration.ofSeconds(8), 400, 0.1, 4, false, euOnly, region,
                new LlmProperties.Breaker(50, 10, Duration.ofSeconds(30)), new LlmProperties.Price(0, 0));
    }

    @Test
    void euOnlyRefusesAProviderOutsideTheEuAtStart() {
        assertThatThrownBy(() -> of(LlmProperties.Provider.OPENAI, null, true, null))
                .hasMessageContaining("helder.llm.eu-only").hasMessageContaining("https://api.openai.com/v1");
        assertThatThrownBy(() -> of(LlmProperties.Provider.OPENAI, "https://my-vllm.example/v1", true, "other"))
                .hasMessageContaining("not known to process data in the EU");
    }

    @Test
    void mistralsOwnApiAndADeclaredEuEndpointAreAccepted() {
        assertThat(of(LlmProperties.Provider.MISTRAL, null, true, null).inEu()).isTrue();
        assertThat(of(LlmProperties.Provider.OPENAI, "https://llm.internal.example/v1", true, "eu").inEu()).isTrue();
        assertThat(of(LlmProperties.Provider.MISTRAL, "https://proxy.example/v1", false, null).inEu()).as("not Mistral's own host").isFalse();
    }

    @Test
    void theKeyIsNeverInTheTextForm() {
        assertThat(of(LlmProperties.Provider.MISTRAL, null, false, null).toString()).doesNotContain("sk-secret-key").contains("******");
    }

    @Test
    void aModelIsRequiredAndLimitsAreChecked() {
        assertThatThrownBy(() -> new LlmProperties(LlmProperties.Provider.OPENAI, null, " ", null, Duration.ofSeconds(8), 400, 0.1, 4, false,
                false, null, new LlmProperties.Breaker(50, 10, Duration.ofSeconds(30)), new LlmProperties.Price(0, 0)))
                .hasMessageContaining("helder.llm.model is required");
        assertThatThrownBy(() -> new LlmProperties(LlmProperties.Provider.OPENAI, null, "m", null, Duration.ofMinutes(5), 400, 0.1, 4, false,
                false, null, new LlmProperties.Breaker(50, 10, Duration.ofSeconds(30)), new LlmProperties.Price(0, 0)))
                .hasMessageContaining("helder.llm.timeout");
    }
}
