package nl.helder.server.knowledge.internal;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micrometer.core.instrument.MeterRegistry;
import nl.helder.server.ApplicationIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server with {@code helder.knowledge.embedding.provider=openai} pointed at a local embeddings endpoint: the
 * articles are embedded at the start's import, a customer's question (redacted) at its turn, and the figures of a
 * failing provider are counted, never shown to the customer.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.knowledge.embedding.provider=openai",
        "helder.knowledge.embedding.model=text-embedding-3-small",
        "helder.knowledge.embedding.api-key=embedding-it-key-0123",
        "helder.knowledge.embedding.timeout=1s",
        "helder.conversation.starts-per-minute-per-client=1000"})
class SemanticRetrievalIT extends ApplicationIT {

    static final EmbeddingStub STUB = new EmbeddingStub().start();

    static {
        STUB.embedding();
    }

    @DynamicPropertySource
    static void endpoint(DynamicPropertyRegistry registry) {
        registry.add("helder.knowledge.embedding.base-url", STUB::baseUrl);
    }

    @AfterAll
    static void stop() {
        STUB.server.stop();
    }

    @Autowired
    KnowledgeService knowledge;

    @Autowired
    MeterRegistry metrics;

    private static List<LoggedRequest> requests() {
        return STUB.server.findAll(postRequestedFor(urlPathEqualTo("/v1/embeddings")));
    }

    private double failures(String stage) {
        return metrics.find("helder.knowledge.embedding.failures").tag("stage", stage).counters().stream()
                .mapToDouble(io.micrometer.core.instrument.Counter::count).sum();
    }

    @Test
    @Order(1)
    void theArticlesWereEmbeddedAtStartAndAQuestionIsEmbeddedRedacted() {
        String lastTitle = knowledge.articles().get(knowledge.articles().size() - 1).title();
        assertThat(failures("index")).isZero();
        assertThat(requests()).as("the start's import").anySatisfy(request -> assertThat(request.getBodyAsString()).contains(lastTitle));
        STUB.embedding();

        JsonNode conversation = client.startConversation("en");
        JsonNode messages = client.say(conversation, "How long does delivery take? My IBAN is NL91ABNA0417164300").json().get("messages");

        assertThat(messages.toString()).contains("\"kind\":\"ANSWER\"");
        assertThat(requests()).singleElement().satisfies(request -> {
            assertThat(request.getHeader("Authorization")).isEqualTo("Bearer embedding-it-key-0123");
            assertThat(request.getBodyAsString()).contains("How long does delivery take?").doesNotContain("0417164300");
        });
        assertThat(failures("query")).isZero();
    }

    @Test
    @Order(2)
    void aProviderThatStopsAnsweringCostsTheCustomerNothing() {
        STUB.answer(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503));
        double before = failures("query");

        JsonNode conversation = client.startConversation("en");
        JsonNode reply = client.say(conversation, "What are the shipping costs?").json().get("messages").get(1);

        assertThat(reply.get("kind").asString()).isIn("ANSWER", "SUGGESTIONS");
        assertThat(failures("query")).isEqualTo(before + 1);
    }
}
