package nl.helder.server.conversation.internal;

import nl.helder.server.cluster.RateLimit;
import nl.helder.server.cluster.RateLimits;
import nl.helder.server.conversation.Conversation;
import nl.helder.server.conversation.ConversationProperties;
import nl.helder.server.conversation.ConversationState;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The checks every customer action starts with: the bearer token, the conversation's lock for writers, and the
 * message text with its rate limit.
 */
@Component
class ConversationAccess {

    private final ConversationRepository repository;
    private final ConversationProperties properties;
    private final RateLimit turnLimiter;

    ConversationAccess(ConversationRepository repository, ConversationProperties properties, RateLimits limits) {
        this.repository = repository;
        this.properties = properties;
        this.turnLimiter = limits.perMinute("turns", properties.turnsPerMinute());
    }

    /** Checks the customer's token: a missing one is 401, a wrong one looks like an unknown conversation. */
    Conversation authorize(UUID id, String token) {
        return authorizeStored(id, token).conversation();
    }

    ConversationRepository.StoredConversation authorizeStored(UUID id, String token) {
        if (token == null || token.isBlank()) {
            throw ConversationProblem.missingToken();
        }
        return repository.find(id)
                .filter(stored -> CustomerTokens.matches(token, stored.tokenHash()))
                .orElseThrow(ConversationProblem::notFound);
    }

    /**
     * Locks the conversation's row until the transaction ends, so writers append in order, and refuses a closed
     * one: its state may have changed since it was read outside the transaction.
     */
    ConversationRepository.StoredConversation lockOpen(UUID id) {
        ConversationRepository.StoredConversation locked = repository.findForUpdate(id).orElseThrow(ConversationProblem::notFound);
        if (locked.conversation().state() == ConversationState.CLOSED) {
            throw ConversationProblem.closed();
        }
        return locked;
    }

    /**
     * As {@link #lockOpen(UUID)}, with what a customer turn reads under the lock; the lock is taken by setting the
     * conversation's activity time to {@code at} (see {@link ConversationRepository#lockForTurn}).
     */
    ConversationRepository.TurnStart lockOpenForTurn(UUID id, java.time.Instant at) {
        ConversationRepository.TurnStart start = repository.lockForTurn(id, at).orElseThrow(ConversationProblem::notFound);
        if (start.stored().conversation().state() == ConversationState.CLOSED) {
            throw ConversationProblem.closed();
        }
        return start;
    }

    /** Checks a customer text at the edge and takes a turn from the conversation's rate limit. */
    String acceptText(UUID id, String rawText) {
        String text = MessageText.validate(rawText, properties.maxMessageChars());
        takeTurn(id);
        return text;
    }

    /** Takes a turn from the conversation's rate limit, or refuses with 429. */
    void takeTurn(UUID id) {
        long wait = turnLimiter.acquire(id.toString());
        if (wait > 0) {
            throw ConversationProblem.tooManyRequests("messages in this conversation", wait);
        }
    }
}
