package nl.helder.server.assistant;

import nl.helder.server.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Mistral, the EU provider, through LangChain4j's Mistral client, with the EU-only setting on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.llm.provider=mistral",
        "helder.llm.model=mistral-small-latest",
        "helder.llm.api-key=mistral-test-key-0123456789",
        "helder.llm.eu-only=true",
        "helder.llm.region=eu"})
class MistralProviderIT extends LlmStubIT {


    @Autowired
    KnowledgeBase knowledge;

    @Test
    void answersThroughMistralsApi() {
        String passage = knowledge.topMatches("Hoe lang duurt de bezorging?", "nl", 4).get(0).passage();
        String sentence = passage.substring(0, passage.indexOf('.') + 1);
        STUB.answer(OpenAiStub.completion(sentence + " [1]"));

        JsonNode conversation = client.startConversation("nl");
        JsonNode reply = client.say(conversation, "Hoe lang duurt de bezorging?").json().get("messages").get(1);

        assertThat(reply.get("kind").asString()).isEqualTo("ANSWER");
        assertThat(reply.get("text").asString()).isEqualTo(sentence);
        var request = STUB.server.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions"))).get(0);
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer mistral-test-key-0123456789");
        assertThat(request.getBodyAsString()).contains("mistral-small-latest");
        assertThat(jdbc.sql("SELECT provider || '/' || in_eu FROM llm_usage").query(String.class).single()).isEqualToIgnoringCase("mistral/true");
    }
}
