package nl.helder.server.assistant;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Published after every call of the language model, answered or not: the cost and privacy report and the
 * audit trail are built from these. Carries no message text.
 *
 * @param conversationId the conversation, or {@code null} outside one
 * @param provider       {@code openai} or {@code mistral}
 * @param inEu           whether the endpoint processes data in the EU
 * @param fallback       why the customer got the retrieval answer instead, or {@code null} when the model's
 *                       answer was used
 */
public record LlmCall(UUID conversationId, String provider, String model, boolean inEu, int inputTokens, int outputTokens,
                      Fallback fallback, Duration latency, Instant at) {

    /** Why a model answer was not used. */
    public enum Fallback {
        /** No answer within the deadline (a slow or hanging provider). */
        TIMEOUT,
        /** The provider answered with an error (HTTP 429, 5xx) or could not be reached. */
        PROVIDER_ERROR,
        /** The response was empty or not a chat completion. */
        MALFORMED,
        /** The circuit breaker is open: the provider failed too often recently and is not called. */
        CIRCUIT_OPEN,
        /** Too many model calls are waiting already. */
        OVERLOADED,
        /** The model said the passages do not answer the question. */
        MODEL_ABSTAINED,
        /** The answer cites no passage. */
        NO_CITATION,
        /** The answer cites a passage it was not given. */
        UNKNOWN_CITATION,
        /** The output guard withheld the answer (unsupported claims, manipulation, a claim to be human, a leak). */
        GUARD
    }

    public boolean answered() {
        return fallback == null;
    }
}
