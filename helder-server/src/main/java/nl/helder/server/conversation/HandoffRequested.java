package nl.helder.server.conversation;

import nl.helder.server.assistant.Source;
import nl.helder.server.handoff.HandoffReason;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published, in its transaction, when a conversation is handed to a person; {@code agentsAvailable} false means the
 * offline fallback was offered.
 *
 * @param afterAnswer the assistant's answer the customer had just been given when the hand-off came (the customer's
 *                    words, a signal or the button right after it), material for the knowledge base's gap list: that
 *                    answer did not do; {@code null} when the newest reply before it was no answer
 */
public record HandoffRequested(UUID conversationId, HandoffReason reason, boolean agentsAvailable, Instant at,
                               AnsweredQuestion afterAnswer) {

    /** A hand-off that follows no answer. */
    public HandoffRequested(UUID conversationId, HandoffReason reason, boolean agentsAvailable, Instant at) {
        this(conversationId, reason, agentsAvailable, at, null);
    }

    /**
     * A question the assistant answered, as the conversation holds it.
     *
     * @param question   the customer's text as stored, so redacted
     * @param locale     the conversation's language (the question may be written in another)
     * @param confidence the calibrated confidence the answer was given with
     * @param sources    the article answered from
     * @param askedAt    when the customer asked
     */
    public record AnsweredQuestion(String question, String locale, double confidence, List<Source> sources, Instant askedAt) {

        public AnsweredQuestion {
            sources = List.copyOf(sources);
        }
    }
}
