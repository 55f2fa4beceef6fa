package nl.helder.server.knowledge.internal;

import nl.helder.server.knowledge.Article;
import nl.helder.server.knowledge.KnowledgeProperties;
import nl.helder.server.knowledge.KnowledgeProperties.Embedding.Provider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provider options ({@code openai}: any OpenAI-compatible endpoint; {@code mistral}) through LangChain4j's
 * clients against a local embeddings endpoint ({@link EmbeddingStub}); and what happens when the provider fails.
 */
class EmbeddingProviderTest {

    private static final List<Article> ARTICLES = List.of(
            new Article("password", "Resetting your password", "https://t.example/password", "en", List.of(),
                    "Choose 'Forgot password' on the sign-in page. We send a link to your e-mail address."),
            new Article("invoice", "Your monthly invoice", "https://t.example/invoice", "en", List.of(),
                    "The invoice is sent on the first working day and collected by direct debit ten days later."),
            new Article("moving", "Moving house", "https://t.example/moving", "en", List.of(),
                    "Tell us your new address two weeks before you move, so that your connection moves with you."));
    /** Shares no word (nor synonym) with any article. */
    private static final String QUESTION = "My credentials are refused";

    private static final EmbeddingStub STUB = new EmbeddingStub().start();
    private static final ExecutorService POOL = Embeddings.pool();
    private final List<String> failures = new CopyOnWriteArrayList<>();

    @BeforeEach
    void embedByConcepts() {
        STUB.embedding();
    }

    @AfterAll
    static void stop() {
        STUB.server.stop();
        POOL.shutdownNow();
    }

    private Embedder embedder(Provider provider, Duration timeout) {
        KnowledgeProperties.Embedding settings = new KnowledgeProperties.Embedding(provider, null, null,
                KnowledgeProperties.Embedding.Pooling.MEAN, STUB.baseUrl(), provider == Provider.MISTRAL ? "mistral-embed" : "text-embedding-3-small",
                "embedding-test-key-0123", timeout, Duration.ofSeconds(20), 1.0, null, null, null);
        return Embeddings.embedder(settings, POOL, (stage, reason) -> failures.add(stage + "/" + reason));
    }

    private static KnowledgeIndex index(Embedder embedder) {
        return KnowledgeIndex.build(ARTICLES, Map.of(), Map.of(), List.of(), ConfidenceModel.FITTED, 700, embedder, 1.0, Set.of());
    }

    @ParameterizedTest
    @EnumSource(value = Provider.class, names = {"OPENAI", "MISTRAL"})
    void theProvidersEmbeddingsFindWhatTheWordsDoNot(Provider provider) {
        KnowledgeIndex fused = index(embedder(provider, Duration.ofSeconds(5)));

        assertThat(fused.semantic()).isTrue();
        assertThat(index(null).bestMatch(QUESTION, "en")).isEmpty();
        assertThat(fused.bestMatch(QUESTION, "en")).map(m -> m.article().id()).contains("password");
        var requests = STUB.server.findAll(postRequestedFor(urlPathEqualTo("/v1/embeddings")));
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).getHeader("Authorization")).isEqualTo("Bearer embedding-test-key-0123");
        assertThat(requests.get(0).getBodyAsString()).contains(provider == Provider.MISTRAL ? "mistral-embed" : "text-embedding-3-small")
                .contains("Resetting your password");
        assertThat(requests.get(1).getBodyAsString()).contains("credentials");
        assertThat(failures).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Provider.class, names = {"OPENAI", "MISTRAL"})
    void aProviderDownAtImportLeavesTheIndexLexical(Provider provider) {
        STUB.answer(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"overloaded\",\"type\":\"server_error\"}}"));

        KnowledgeIndex index = index(embedder(provider, Duration.ofSeconds(5)));

        assertThat(index.semantic()).isFalse();
        assertThat(index.bestMatch(QUESTION, "en")).isEmpty();
        assertThat(index.bestMatch("When is the invoice collected?", "en")).map(m -> m.article().id()).contains("invoice");
        assertThat(failures).containsExactly("index/error");
    }

    @ParameterizedTest
    @EnumSource(value = Provider.class, names = {"OPENAI", "MISTRAL"})
    void aSlowOrFailingProviderAtQuestionTimeFallsBackToTheLexicalRanking(Provider provider) {
        KnowledgeIndex fused = index(embedder(provider, Duration.ofMillis(300)));
        STUB.answer(aResponse().withTransformers("concept-embeddings").withFixedDelay(3000));

        long start = System.nanoTime();
        var match = fused.bestMatch(QUESTION, "en");
        long millis = (System.nanoTime() - start) / 1_000_000;
        STUB.answer(aResponse().withStatus(500));
        var afterError = fused.bestMatch("When is the invoice collected?", "en");

        assertThat(match).isEmpty();
        assertThat(millis).isLessThan(2000);
        assertThat(afterError).map(m -> m.article().id()).contains("invoice");
        assertThat(failures).containsExactly("query/timeout", "query/error");
    }

    @Test
    void aProviderThatKeepsFailingIsLeftAloneForAWhile() {
        KnowledgeIndex fused = index(embedder(Provider.OPENAI, Duration.ofMillis(200)));
        STUB.answer(aResponse().withTransformers("concept-embeddings").withFixedDelay(2000));

        for (String question : List.of("first question", "second question", "third question")) {
            fused.bestMatch(question, "en");
        }
        STUB.embedding();
        var skipped = fused.bestMatch(QUESTION, "en");

        assertThat(failures).containsExactly("query/timeout", "query/timeout", "query/timeout", "query/circuit_open");
        assertThat(skipped).as("lexical only, so nothing shares a word").isEmpty();
        assertThat(STUB.server.findAll(postRequestedFor(urlPathEqualTo("/v1/embeddings")))).as("not asked").isEmpty();
    }
}
