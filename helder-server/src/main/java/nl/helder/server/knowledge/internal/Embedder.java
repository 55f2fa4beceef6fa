package nl.helder.server.knowledge.internal;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;

/**
 * Embeds passages (at an import) and questions (at each turn) through a LangChain4j {@link EmbeddingModel}, so
 * that the caller always has a result by the deadline: the call runs on a bounded pool and is abandoned when time
 * is up, and every failure (provider down, timeout, a malformed answer, a full pool) comes back as an empty result,
 * reported to {@code failures} (stage, reason), never as an exception. Retrieval then ranks lexically alone. After
 * repeated failures, questions are not sent for 30 s (a circuit breaker; reason {@code circuit_open}).
 * Vectors come back normalised to length 1, so a dot product is their cosine. Thread-safe.
 */
final class Embedder {

    private static final Logger log = LoggerFactory.getLogger(Embedder.class);
    /** Passages per request: small enough for every provider's batch limit. */
    private static final int BATCH = 32;
    /** A turn asks for the same question more than once (the best match, then suggestions): remember a few. */
    private static final int CACHED_QUESTIONS = 256;

    private final EmbeddingModel model;
    private final String description;
    private final Duration timeout;
    private final Duration indexTimeout;
    private final String queryPrefix;
    private final String passagePrefix;
    private final ExecutorService pool;
    private final BiConsumer<String, String> failures;
    /**
     * Questions stop being embedded for a while when the provider keeps failing: a turn may embed several queries
     * (the question, and with query rewriting one per language), and each would otherwise wait out the timeout.
     */
    private final CircuitBreaker breaker = CircuitBreaker.of("embedding", CircuitBreakerConfig.custom()
            .failureRateThreshold(50).slidingWindowSize(10).minimumNumberOfCalls(3)
            .waitDurationInOpenState(Duration.ofSeconds(30)).permittedNumberOfCallsInHalfOpenState(2).build());
    private final Map<String, float[]> cache = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHED_QUESTIONS;
        }
    });

    /**
     * @param description what to call the model in logs (never the key)
     * @param failures    told the stage ({@code index}, {@code query}) and reason ({@code timeout}, {@code error},
     *                    {@code overloaded}, {@code malformed}, {@code circuit_open}) of each failure
     */
    Embedder(EmbeddingModel model, String description, Duration timeout, Duration indexTimeout, String queryPrefix,
             String passagePrefix, ExecutorService pool, BiConsumer<String, String> failures) {
        this.model = model;
        this.description = description;
        this.timeout = timeout;
        this.indexTimeout = indexTimeout;
        this.queryPrefix = queryPrefix == null ? "" : queryPrefix;
        this.passagePrefix = passagePrefix == null ? "" : passagePrefix;
        this.pool = pool;
        this.failures = failures;
    }

    String description() {
        return description;
    }

    /** The passages' vectors in order, or empty when any batch failed or the whole took longer than the index timeout. */
    Optional<List<float[]>> passages(List<String> texts) {
        long deadline = System.nanoTime() + indexTimeout.toNanos();
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<TextSegment> batch = texts.subList(from, Math.min(texts.size(), from + BATCH)).stream()
                    .map(text -> TextSegment.from(passagePrefix + text)).toList();
            Optional<List<float[]>> embedded = call("index", batch, Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (embedded.isEmpty()) {
                return Optional.empty();
            }
            vectors.addAll(embedded.get());
        }
        return Optional.of(vectors);
    }

    /** The question's vector, or empty when the model failed or did not answer within the timeout. */
    Optional<float[]> question(String text) {
        float[] cached = cache.get(text);
        if (cached != null) {
            return Optional.of(cached);
        }
        if (!breaker.tryAcquirePermission()) {
            failures.accept("query", "circuit_open");
            return Optional.empty();
        }
        long start = System.nanoTime();
        Optional<float[]> vector = call("query", List.of(TextSegment.from(queryPrefix + text)), timeout).map(list -> list.get(0));
        if (vector.isPresent()) {
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            cache.put(text, vector.get());
        } else {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, new IllegalStateException("embedding failed"));
        }
        return vector;
    }

    private Optional<List<float[]>> call(String stage, List<TextSegment> segments, Duration remaining) {
        Future<List<Embedding>> future;
        try {
            future = pool.submit(() -> model.embedAll(segments).content());
        } catch (RejectedExecutionException e) {
            return failed(stage, "overloaded", e);
        }
        List<Embedding> embeddings;
        try {
            embeddings = future.get(remaining.toMillis() + 1, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return failed(stage, "timeout", e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return failed(stage, "timeout", e);
        } catch (ExecutionException e) {
            return failed(stage, "error", e.getCause());
        }
        if (embeddings == null || embeddings.size() != segments.size()) {
            return failed(stage, "malformed", null);
        }
        List<float[]> vectors = new ArrayList<>(embeddings.size());
        int dimension = -1;
        for (Embedding embedding : embeddings) {
            float[] vector = embedding == null ? null : normalised(embedding.vector());
            if (vector == null || (dimension != -1 && vector.length != dimension)) {
                return failed(stage, "malformed", null);
            }
            dimension = vector.length;
            vectors.add(vector);
        }
        return Optional.of(vectors);
    }

    private Optional<List<float[]>> failed(String stage, String reason, Throwable cause) {
        failures.accept(stage, reason);
        // Class names only: a provider's error text may quote the request.
        log.warn("Embedding by {} failed at {} ({}): {}; retrieval is lexical only for this {}", description, stage, reason,
                causes(cause), stage.equals("index") ? "import" : "question");
        return Optional.empty();
    }

    /** {@code vector} scaled to length 1; null when it is empty, zero or not finite. */
    static float[] normalised(float[] vector) {
        if (vector == null || vector.length == 0) {
            return null;
        }
        double sum = 0;
        for (float value : vector) {
            sum += (double) value * value;
        }
        if (!(sum > 0) || Double.isInfinite(sum)) {
            return null;
        }
        float norm = (float) Math.sqrt(sum);
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] / norm;
        }
        return unit;
    }

    private static String causes(Throwable cause) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = cause; t != null && chain.length() < 500; t = t.getCause()) {
            chain.append(chain.length() == 0 ? "" : " <- ").append(t.getClass().getName());
        }
        return chain.length() == 0 ? "unusable answer" : chain.toString();
    }
}
