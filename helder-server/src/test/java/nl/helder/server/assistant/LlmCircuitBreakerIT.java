package nl.helder.server.assistant;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider that keeps failing is not hammered: after enough failures in the window the circuit breaker opens,
 * later customers get the retrieval answer without a call, and the fallback reason says why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.llm.provider=openai",
        "helder.llm.model=gpt-test",
        "helder.llm.timeout=2s",
        "helder.llm.breaker.window=4",
        "helder.llm.breaker.failure-rate=50",
        "helder.llm.breaker.open-for=10m",
        "helder.conversation.starts-per-minute-per-client=1000"})
class LlmCircuitBreakerIT extends LlmStubIT {


    private String reasonOfAnswerTo(String question) {
        JsonNode conversation = client.startConversation("nl");
        JsonNode turn = client.say(conversation, question).json();
        assertThat(turn.get("messages").get(1).get("kind").asString()).isIn("ANSWER", "NO_ANSWER");
        return jdbc.sql("SELECT fallback_reason FROM llm_usage WHERE conversation_id = :id")
                .param("id", java.util.UUID.fromString(conversation.get("id").asString())).query(String.class).single();
    }

    @Test
    void opensAfterRepeatedFailuresAndStopsCallingTheProvider() {
        STUB.answer(OpenAiStub.error(503));
        for (int i = 0; i < 2; i++) {
            assertThat(reasonOfAnswerTo("Hoe lang duurt de bezorging?")).isEqualTo("PROVIDER_ERROR");
        }
        int callsWhenOpened = STUB.server.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions"))).size();

        for (int i = 0; i < 5; i++) {
            assertThat(reasonOfAnswerTo("Wat zijn de verzendkosten?")).isEqualTo("CIRCUIT_OPEN");
        }

        assertThat(callsWhenOpened).isEqualTo(2);
        assertThat(STUB.server.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions")))).as("no more calls").hasSize(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE event_type = 'LLM_FALLBACK'").query(Long.class).single()).isEqualTo(7);
    }
}
