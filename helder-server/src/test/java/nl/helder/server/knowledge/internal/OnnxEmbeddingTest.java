package nl.helder.server.knowledge.internal;

import nl.helder.server.knowledge.Article;
import nl.helder.server.knowledge.KnowledgeProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An in-process ONNX model loaded from files, the way {@code helder.knowledge.embedding.provider=onnx} loads the model
 * a company supplies: here the English all-MiniLM-L6-v2 from Maven Central ({@link MiniLm}).
 */
class OnnxEmbeddingTest {

    private static final List<Article> ARTICLES = List.of(
            new Article("password", "Resetting your password", "https://t.example/password", "en", List.of(),
                    "Choose 'Forgot password' on the sign-in page. We send a link to your e-mail address; it is valid for one hour."),
            new Article("invoice", "Your monthly invoice", "https://t.example/invoice", "en", List.of(),
                    "The invoice is sent on the first working day of the month and is collected by direct debit ten days later."),
            new Article("moving", "Moving house", "https://t.example/moving", "en", List.of(),
                    "Tell us your new address at least two weeks before you move, so that your connection moves with you."));

    private static ExecutorService pool;
    private static Embedder embedder;
    private static final List<String> failures = new ArrayList<>();

    @BeforeAll
    static void load() {
        pool = Embeddings.pool();
        embedder = Embeddings.embedder(MiniLm.settings(), pool, (stage, reason) -> failures.add(stage + "/" + reason));
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    @Test
    void loadsTheModelFromItsFilesAndEmbedsByMeaning() {
        float[] question = embedder.question("I can't log in, I lost my credentials").orElseThrow();
        List<float[]> passages = embedder.passages(List.of("How to reset a forgotten password",
                "When the monthly bill is paid")).orElseThrow();

        assertThat(question).hasSize(384);
        assertThat(dot(question, question)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(dot(question, passages.get(0))).isGreaterThan(dot(question, passages.get(1)) + 0.1);
        assertThat(failures).isEmpty();
    }

    @Test
    void aParaphraseWithoutTheArticlesWordsIsFoundByMeaning() {
        KnowledgeIndex lexical = KnowledgeIndex.build(ARTICLES, Map.of(), Map.of(), List.of(), ConfidenceModel.FITTED, 700);
        KnowledgeIndex fused = KnowledgeIndex.build(ARTICLES, Map.of(), Map.of(), List.of(), ConfidenceModel.FITTED, 700, embedder, 1.0, java.util.Set.of("en"));
        String question = "I am relocating to another city, what should I arrange?";

        assertThat(fused.semantic()).isTrue();
        assertThat(lexical.bestMatch(question, "en")).map(m -> m.article().id()).isNotEqualTo(java.util.Optional.of("moving"));
        assertThat(fused.bestMatch(question, "en")).map(m -> m.article().id()).contains("moving");
        assertThat(failures).isEmpty();
    }

    @Test
    void aMissingModelFileIsAConfigurationErrorAtStart() {
        KnowledgeProperties.Embedding settings = MiniLm.settings();

        assertThatThrownBy(() -> new KnowledgeProperties.Embedding(KnowledgeProperties.Embedding.Provider.ONNX,
                settings.modelPath().resolveSibling("absent.onnx"), settings.tokenizerPath(), settings.pooling(), null, null, null,
                settings.timeout(), settings.indexTimeout(), 1.0, null, null, java.util.List.of("en")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("model-path");
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
