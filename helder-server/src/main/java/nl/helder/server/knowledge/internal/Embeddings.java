package nl.helder.server.knowledge.internal;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.mistralai.MistralAiEmbeddingModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.helder.server.knowledge.KnowledgeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * The configured embedding model ({@code helder.knowledge.embedding.*}), or none. Its failures are counted in
 * {@code helder.knowledge.embedding.failures} (tags {@code stage}: index or query, {@code reason}).
 */
@Component
class Embeddings implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Embeddings.class);
    /** Questions embedded at once; more wait in a short queue, beyond that the question is answered lexically. */
    private static final int CONCURRENT_CALLS = 8;

    private final Embedder embedder;
    private final ExecutorService pool;

    Embeddings(KnowledgeProperties properties, MeterRegistry metrics) {
        KnowledgeProperties.Embedding settings = properties.embedding();
        if (!settings.enabled()) {
            embedder = null;
            pool = null;
            return;
        }
        log.info("Semantic retrieval: {}", settings);
        pool = pool();
        BiConsumer<String, String> failures = (stage, reason) -> Counter.builder("helder.knowledge.embedding.failures")
                .description("embedding calls that failed or timed out; retrieval fell back to lexical only")
                .tag("stage", stage).tag("reason", reason).register(metrics).increment();
        embedder = embedder(settings, pool, failures);
    }

    /** The embedder, or null when {@code helder.knowledge.embedding.provider} is {@code none}. */
    Embedder embedder() {
        return embedder;
    }

    /** An embedder for {@code settings} (not {@code none}) calling the model on {@code pool}. */
    static Embedder embedder(KnowledgeProperties.Embedding settings, ExecutorService pool, BiConsumer<String, String> failures) {
        String description = settings.provider() == KnowledgeProperties.Embedding.Provider.ONNX
                ? "onnx " + settings.modelPath().getFileName() : settings.provider().name().toLowerCase(java.util.Locale.ROOT) + " " + settings.model();
        return new Embedder(model(settings), description, settings.timeout(), settings.indexTimeout(), settings.queryPrefix(),
                settings.passagePrefix(), pool, failures);
    }

    /**
     * The LangChain4j model for {@code settings}: an ONNX model loaded in-process from the given files, or a client
     * of the provider's embeddings endpoint (no retries: the timeout is the question's whole budget).
     */
    static EmbeddingModel model(KnowledgeProperties.Embedding settings) {
        String key = settings.resolvedApiKey().isBlank() ? "none" : settings.resolvedApiKey();
        return switch (settings.provider()) {
            case ONNX -> new OnnxEmbeddingModel(settings.modelPath(), settings.tokenizerPath(),
                    settings.pooling() == KnowledgeProperties.Embedding.Pooling.CLS ? PoolingMode.CLS : PoolingMode.MEAN);
            case OPENAI -> OpenAiEmbeddingModel.builder().baseUrl(settings.endpoint()).apiKey(key).modelName(settings.model())
                    .timeout(settings.indexTimeout()).maxRetries(0).logRequests(false).logResponses(false).build();
            case MISTRAL -> MistralAiEmbeddingModel.builder().baseUrl(settings.endpoint()).apiKey(key).modelName(settings.model())
                    .timeout(settings.indexTimeout()).maxRetries(0).logRequests(false).logResponses(false).build();
            case NONE -> throw new IllegalStateException("no embedding model is configured");
        };
    }

    /** A small bounded pool of daemon threads for embedding calls. */
    static ExecutorService pool() {
        AtomicInteger threads = new AtomicInteger();
        return new ThreadPoolExecutor(CONCURRENT_CALLS, CONCURRENT_CALLS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(CONCURRENT_CALLS * 4),
                task -> {
                    Thread thread = new Thread(task, "helder-embedding-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    @Override
    public void destroy() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
