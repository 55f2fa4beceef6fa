package nl.helder.server.assistant.internal;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import nl.helder.server.assistant.LlmCall;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Calls the language model so that the caller always has a result by the deadline: the call runs on a bounded
 * pool and is abandoned (and interrupted) when time is up, a circuit breaker keeps a failing provider from being
 * hammered, and every failure comes back as a {@link LlmCall.Fallback} reason instead of an exception.
 */
final class ModelGateway {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ModelGateway.class);

    /** What the model said, or why there is nothing to use. */
    sealed interface Result permits Reply, Failed {
    }

    record Reply(String text, int inputTokens, int outputTokens) implements Result {
    }

    record Failed(LlmCall.Fallback reason) implements Result {
    }

    private final ChatModel model;
    private final CircuitBreaker breaker;
    private final ExecutorService pool;

    ModelGateway(ChatModel model, CircuitBreaker breaker, ExecutorService pool) {
        this.model = model;
        this.breaker = breaker;
        this.pool = pool;
    }

    Result call(List<ChatMessage> messages, Duration remaining) {
        if (!breaker.tryAcquirePermission()) {
            return new Failed(LlmCall.Fallback.CIRCUIT_OPEN);
        }
        long start = System.nanoTime();
        Future<ChatResponse> future;
        try {
            future = pool.submit(() -> model.chat(ChatRequest.builder().messages(messages).build()));
        } catch (RejectedExecutionException e) {
            breaker.releasePermission();
            return new Failed(LlmCall.Fallback.OVERLOADED);
        }
        try {
            ChatResponse response = future.get(Math.max(1, remaining.toMillis()), TimeUnit.MILLISECONDS);
            String text = response == null || response.aiMessage() == null ? null : response.aiMessage().text();
            if (text == null || text.isBlank()) {
                breaker.onError(elapsed(start), TimeUnit.NANOSECONDS, new IllegalStateException("empty answer"));
                return new Failed(LlmCall.Fallback.MALFORMED);
            }
            breaker.onSuccess(elapsed(start), TimeUnit.NANOSECONDS);
            TokenUsage usage = response.tokenUsage();
            return new Reply(text, count(usage == null ? null : usage.inputTokenCount()), count(usage == null ? null : usage.outputTokenCount()));
        } catch (TimeoutException e) {
            future.cancel(true);
            breaker.onError(elapsed(start), TimeUnit.NANOSECONDS, e);
            return new Failed(LlmCall.Fallback.TIMEOUT);
        } catch (ExecutionException e) {
            breaker.onError(elapsed(start), TimeUnit.NANOSECONDS, e.getCause());
            LlmCall.Fallback reason = classify(e.getCause());
            // Class names only: a provider's error text may quote the request.
            log.warn("Language model call failed ({}): {}", reason, causes(e.getCause()));
            return new Failed(reason);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            breaker.onError(elapsed(start), TimeUnit.NANOSECONDS, e);
            return new Failed(LlmCall.Fallback.TIMEOUT);
        }
    }

    CircuitBreaker.State state() {
        return breaker.getState();
    }

    private static String causes(Throwable cause) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = cause; t != null && chain.length() < 500; t = t.getCause()) {
            chain.append(chain.length() == 0 ? "" : " <- ").append(t.getClass().getName());
        }
        return chain.toString();
    }

    private static long elapsed(long start) {
        return System.nanoTime() - start;
    }

    private static int count(Integer tokens) {
        return tokens == null ? 0 : tokens;
    }

    /**
     * Why a call failed: the provider (an HTTP error status such as 429 or 5xx, or no connection), a timeout on
     * the client side, or otherwise a body that is not a usable chat completion (LangChain4j's JSON mapping
     * failed, or the answer had no choices: LangChain4j reports that without an HTTP status).
     */
    static LlmCall.Fallback classify(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t.getClass().getName().startsWith("com.fasterxml.jackson") || t instanceof NullPointerException
                    || t instanceof IndexOutOfBoundsException || t instanceof java.util.NoSuchElementException) {
                return LlmCall.Fallback.MALFORMED;
            }
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof dev.langchain4j.exception.TimeoutException || t instanceof java.net.http.HttpTimeoutException) {
                return LlmCall.Fallback.TIMEOUT;
            }
            if (t instanceof dev.langchain4j.exception.HttpException || t instanceof dev.langchain4j.exception.UnresolvedModelServerException
                    || t instanceof java.io.IOException) {
                return LlmCall.Fallback.PROVIDER_ERROR;
            }
        }
        return LlmCall.Fallback.MALFORMED;
    }
}
