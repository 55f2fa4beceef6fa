package nl.helder.server.assistant;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What the assistant is asked.
 *
 * @param text           the customer's message, already redacted by the privacy guard
 * @param locale         the conversation's language
 * @param conversationId the conversation it is asked in; {@code null} outside one (tests, evaluations)
 * @param history        the conversation's recent messages before this one, oldest first, as stored (redacted)
 * @param askedAt        when the customer's message arrived: deadlines for the answer count from here
 * @param scope          knowledge-base tags the answer must come from (e.g. one mailbox's); empty: the whole base
 */
public record Question(String text, String locale, UUID conversationId, List<Turn> history, Instant askedAt, Set<String> scope) {

    public Question {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(locale, "locale");
        history = List.copyOf(history);
        Objects.requireNonNull(askedAt, "askedAt");
        scope = scope == null ? Set.of() : Set.copyOf(scope);
    }

    /** A question that may be answered from the whole knowledge base. */
    public Question(String text, String locale, UUID conversationId, List<Turn> history, Instant askedAt) {
        this(text, locale, conversationId, history, askedAt, Set.of());
    }

    /** A question outside a conversation, asked now. */
    public Question(String text, String locale) {
        this(text, locale, null, List.of(), Instant.now());
    }

    /** An earlier message: the customer's, or the assistant's or an agent's reply. */
    public record Turn(boolean fromCustomer, String text) {
    }
}
