package nl.helder.server.assistant.internal;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
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
    private final StreamingChatModel streamingModel;
    private final CircuitBreaker breaker;
    private final ExecutorService pool;

    /** {@code streamingModel} may be null: then {@link #stream} is not used. */
    ModelGateway(ChatModel model, StreamingChatModel streamingModel, CircuitBreaker breaker, ExecutorService pool) {
        this.model = model;
        this.streamingModel = streamingModel;
        this.breaker = breaker;
        this.pool = pool;
    }

    boolean streams() {
        return streamingModel != null;
    }

    /**
     * Streams the answer, handing each complete sentence (with the citation markers that follow it) to
     * {@code sentences} as it arrives; returns the whole answer like {@link #call}. The stream is cancelled at
     * the deadline, or as soon as {@code sentences} returns false (the caller stopped trusting it).
     */
    Result stream(List<ChatMessage> messages, Duration remaining, java.util.function.Predicate<String> sentences) {
        if (!breaker.tryAcquirePermission()) {
            return new Failed(LlmCall.Fallback.CIRCUIT_OPEN);
        }
        long start = System.nanoTime();
        java.util.concurrent.CompletableFuture<ChatResponse> done = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.atomic.AtomicReference<dev.langchain4j.model.chat.response.StreamingHandle> handle = new java.util.concurrent.atomic.AtomicReference<>();
        SentenceBuffer buffer = new SentenceBuffer();
        streamingModel.chat(ChatRequest.builder().messages(messages).build(), new dev.langchain4j.model.chat.response.StreamingChatResponseHandler() {
            private boolean listening = true;

            @Override
            public void onPartialResponse(dev.langchain4j.model.chat.response.PartialResponse partial,
                                          dev.langchain4j.model.chat.response.PartialResponseContext context) {
                handle.set(context.streamingHandle());
                for (String sentence : buffer.add(partial.text())) {
                    listening = listening && sentences.test(sentence);
                }
                if (!listening) {
                    context.streamingHandle().cancel();
                    done.complete(null);
                }
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                String rest = buffer.rest();
                if (listening && !rest.isBlank()) {
                    sentences.test(rest);
                }
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        try {
            ChatResponse response = done.get(Math.max(1, remaining.toMillis()), TimeUnit.MILLISECONDS);
            if (response == null) {
                // Cancelled by the caller: the provider is fine, the answer was not.
                breaker.onSuccess(elapsed(start), TimeUnit.NANOSECONDS);
                return new Failed(LlmCall.Fallback.GUARD);
            }
            return reply(response, start);
        } catch (TimeoutException e) {
            cancel(handle.get());
            breaker.onError(elapsed(start), TimeUnit.NANOSECONDS, e);
            return new Failed(LlmCall.Fallback.TIMEOUT);
        } catch (ExecutionException e) {
            return failed(e.getCause(), start);
        } catch (InterruptedException e) {
            cancel(handle.get());
            Thread.currentThread().interrupt();
            breaker.onError(elapsed(start), TimeUnit.NANOSECONDS, e);
            return new Failed(LlmCall.Fallback.TIMEOUT);
        }
    }

    private static void cancel(dev.langchain4j.model.chat.response.StreamingHandle handle) {
        if (handle != null) {
            handle.cancel();
        }
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
            return reply(future.get(Math.max(1, remaining.toMillis()), TimeUnit.MILLISECONDS), start);
        } catch (TimeoutException e) {
            future.cancel(true);
            breaker.onError(elapsed(start), TimeUnit.NANOSECONDS, e);
            return new Failed(LlmCall.Fallback.TIMEOUT);
        } catch (ExecutionException e) {
            return failed(e.getCause(), start);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            breaker.onError(elapsed(start), TimeUnit.NANOSECONDS, e);
            return new Failed(LlmCall.Fallback.TIMEOUT);
        }
    }

    private Result reply(ChatResponse response, long start) {
        String text = response == null || response.aiMessage() == null ? null : response.aiMessage().text();
        if (text == null || text.isBlank()) {
            breaker.onError(elapsed(start), TimeUnit.NANOSECONDS, new IllegalStateException("empty answer"));
            return new Failed(LlmCall.Fallback.MALFORMED);
        }
        breaker.onSuccess(elapsed(start), TimeUnit.NANOSECONDS);
        TokenUsage usage = response.tokenUsage();
        return new Reply(text, count(usage == null ? null : usage.inputTokenCount()), count(usage == null ? null : usage.outputTokenCount()));
    }

    private Result failed(Throwable cause, long start) {
        breaker.onError(elapsed(start), TimeUnit.NANOSECONDS, cause);
        LlmCall.Fallback reason = classify(cause);
        // Class names only: a provider's error text may quote the request.
        log.warn("Language model call failed ({}): {}", reason, causes(cause));
        return new Failed(reason);
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
