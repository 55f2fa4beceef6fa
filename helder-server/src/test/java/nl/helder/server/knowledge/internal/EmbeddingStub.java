package nl.helder.server.knowledge.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * A local embeddings endpoint (WireMock) in the shape OpenAI and Mistral answer {@code POST /v1/embeddings}: one
 * vector per input, in order, with token usage. Its "model" knows a few concepts, each a set of words with the same
 * meaning, and puts each input on the axes of the concepts it mentions: so "credentials" lands next to "password",
 * which no lexicon of Helder's relates. Vectors have {@value #DIMENSIONS} dimensions, as OpenAI's
 * text-embedding-3-small.
 */
final class EmbeddingStub {

    static final int DIMENSIONS = 1536;
    private static final List<List<String>> CONCEPTS = List.of(
            List.of("password", "credentials", "log in", "sign-in", "login"),
            List.of("invoice", "bill", "charged", "direct debit"),
            List.of("moving", "move", "relocating", "new address"));
    private static final ObjectMapper JSON = new ObjectMapper();

    final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(20).jettyAcceptors(1)
            .extensions(new Concepts()));

    EmbeddingStub start() {
        server.start();
        return this;
    }

    String baseUrl() {
        return "http://localhost:" + server.port() + "/v1";
    }

    /** Embeds every request by its concepts. */
    void embedding() {
        answer(aResponse().withTransformers(Concepts.NAME));
    }

    /** Every request gets {@code response}. */
    void answer(ResponseDefinitionBuilder response) {
        server.resetAll();
        server.stubFor(post(urlPathEqualTo("/v1/embeddings")).willReturn(response));
    }

    static float[] vector(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        float[] vector = new float[DIMENSIONS];
        for (int concept = 0; concept < CONCEPTS.size(); concept++) {
            for (String word : CONCEPTS.get(concept)) {
                vector[concept] += lower.contains(word) ? 1 : 0;
            }
        }
        // Every text shares a little of one axis, as real embeddings are never orthogonal.
        vector[DIMENSIONS - 1] = 0.3f;
        return vector;
    }

    private static final class Concepts implements ResponseDefinitionTransformerV2 {
        static final String NAME = "concept-embeddings";

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            try {
                JsonNode request = JSON.readTree(serveEvent.getRequest().getBodyAsString());
                StringBuilder data = new StringBuilder();
                JsonNode input = request.get("input");
                for (int i = 0; i < input.size(); i++) {
                    data.append(i == 0 ? "" : ",").append("{\"object\":\"embedding\",\"index\":").append(i)
                            .append(",\"embedding\":").append(JSON.writeValueAsString(vector(input.get(i).asText()))).append('}');
                }
                return ResponseDefinitionBuilder.responseDefinition().withStatus(200).withHeader("Content-Type", "application/json")
                        .withFixedDelay(serveEvent.getResponseDefinition().getFixedDelayMilliseconds())
                        .withBody("{\"id\":\"emb-test\",\"object\":\"list\",\"data\":[" + data + "],\"model\":\""
                                + request.get("model").asText() + "\",\"usage\":{\"prompt_tokens\":" + 7 * input.size()
                                + ",\"total_tokens\":" + 7 * input.size() + ",\"completion_tokens\":0}}")
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }
}
