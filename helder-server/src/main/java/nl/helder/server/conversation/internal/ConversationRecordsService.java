package nl.helder.server.conversation.internal;

import nl.helder.server.conversation.ConversationErased;
import nl.helder.server.conversation.ConversationRecords;
import nl.helder.server.handoff.Tickets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Export and erasure of what conversations hold; each erasure is one transaction with its event. */
@Service
class ConversationRecordsService implements ConversationRecords {

    private static final int RETENTION_BATCH = 500;

    private final ConversationRepository repository;
    private final KeptValues keptValues;
    private final Tickets tickets;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    ConversationRecordsService(ConversationRepository repository, KeptValues keptValues, Tickets tickets,
                               TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.repository = repository;
        this.keptValues = keptValues;
        this.tickets = tickets;
        this.transaction = transaction;
        this.events = events;
    }

    @Override
    public Optional<Export> export(UUID conversationId) {
        return repository.find(conversationId).map(stored -> new Export(stored.conversation(),
                repository.erasedAt(conversationId).orElse(null), repository.disclosure(conversationId),
                repository.messages(conversationId), List.copyOf(repository.noticesShown(conversationId)),
                keptValues.forConversation(conversationId), tickets.forConversation(conversationId)));
    }

    @Override
    public boolean erase(UUID conversationId, String actor, Instant at) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            if (repository.findForUpdate(conversationId).isEmpty()) {
                return false;
            }
            repository.eraseContent(conversationId, at);
            keptValues.deleteFor(conversationId);
            tickets.deleteFor(conversationId);
            events.publishEvent(new ConversationErased(conversationId, "request", actor, at));
            return true;
        }));
    }

    @Override
    public List<UUID> conversationsWithContact(String value) {
        return keptValues.conversationsWith(value);
    }

    @Override
    public int purgeExpiredKeptValues(Instant now) {
        return keptValues.deleteExpired(now);
    }

    @Override
    public int eraseInactiveSince(Instant cutoff, Instant at) {
        int erased = 0;
        List<UUID> batch;
        do {
            batch = repository.inactiveSince(cutoff, RETENTION_BATCH);
            for (UUID id : batch) {
                boolean done = Boolean.TRUE.equals(transaction.execute(status -> {
                    // Checked again under the conversation's lock: the batch was read without it, and a turn that
                    // committed since (or was waiting for the lock) made the conversation active again.
                    boolean stillInactive = repository.findForUpdate(id)
                            .filter(locked -> locked.conversation().updatedAt().isBefore(cutoff)).isPresent()
                            && repository.erasedAt(id).isEmpty();
                    if (!stillInactive) {
                        return false;
                    }
                    repository.eraseContent(id, at);
                    keptValues.deleteFor(id);
                    tickets.deleteFor(id);
                    events.publishEvent(new ConversationErased(id, "retention", "system", at));
                    return true;
                }));
                if (done) {
                    erased++;
                }
            }
        } while (batch.size() == RETENTION_BATCH);
        return erased;
    }
}
