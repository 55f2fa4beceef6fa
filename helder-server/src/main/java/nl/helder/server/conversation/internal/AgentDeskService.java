package nl.helder.server.conversation.internal;

import nl.helder.server.conversation.AgentAction;
import nl.helder.server.conversation.AgentDesk;
import nl.helder.server.conversation.AgentDeskException;
import nl.helder.server.conversation.Channel;
import nl.helder.server.conversation.ConversationProperties;
import nl.helder.server.conversation.ConversationState;
import nl.helder.server.conversation.Message;
import nl.helder.server.conversation.MessageKind;
import nl.helder.server.conversation.MessageRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * The agent console's side of a conversation. Each action locks the conversation's row, checks state and
 * claim, and stores the change, the customer-facing message and its {@link AgentAction} in one transaction.
 */
@Service
class AgentDeskService implements AgentDesk {

    private static final int QUEUE_LIMIT = 200;

    private final ConversationRepository repository;
    private final Disclosures disclosures;
    private final ConversationUpdates updates;
    private final ConversationProperties properties;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgentDeskService(ConversationRepository repository, Disclosures disclosures, ConversationUpdates updates,
                     ConversationProperties properties, MessageSource messages, TransactionTemplate transaction,
                     ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.disclosures = disclosures;
        this.updates = updates;
        this.properties = properties;
        this.messages = messages;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<QueueEntry> queue() {
        return repository.queue(QUEUE_LIMIT);
    }

    @Override
    public Transcript transcript(UUID conversationId) {
        return transcript(repository.find(conversationId).orElseThrow(() -> notFound(conversationId)));
    }

    @Override
    public Transcript claim(UUID conversationId, Agent agent) {
        return transaction.execute(status -> {
            ConversationRepository.StoredConversation locked = lock(conversationId);
            ConversationState state = locked.conversation().state();
            String holder = locked.handling().agentUsername();
            if (state == ConversationState.WITH_AGENT && agent.username().equals(holder)) {
                return transcript(locked);
            }
            if (state == ConversationState.WITH_AGENT) {
                throw new AgentDeskException(AgentDeskException.Reason.CLAIMED_BY_OTHER, conversationId,
                        "This conversation was claimed by " + holder + ".");
            }
            if (state != ConversationState.WAITING_FOR_AGENT) {
                throw wrongState(conversationId, state, "Only conversations waiting for a person can be claimed.");
            }
            Instant now = clock.instant();
            String locale = locked.conversation().locale();
            repository.assign(conversationId, agent.username(), agent.displayName(), now);
            Message joined = notice(conversationId, locale, "agent.joined", agent.displayName(), now);
            events.publishEvent(new AgentAction(conversationId, AgentAction.Kind.CLAIMED, agent.username(), null, now));
            updates.publish(conversationId, ConversationState.WITH_AGENT, locale, agent.displayName(), List.of(joined));
            return transcript(repository.find(conversationId).orElseThrow());
        });
    }

    @Override
    public Message reply(UUID conversationId, Agent agent, String text) {
        String checked = MessageText.validate(text, properties.maxMessageChars());
        return transaction.execute(status -> {
            ConversationRepository.StoredConversation locked = lockClaimed(conversationId, agent);
            Instant now = clock.instant();
            Message reply = new Message(UUID.randomUUID(), repository.nextSequence(conversationId), MessageRole.AGENT,
                    MessageKind.AGENT, checked, List.of(), now, agent.displayName());
            repository.insert(conversationId, reply, null);
            repository.touch(conversationId, now);
            events.publishEvent(new AgentAction(conversationId, AgentAction.Kind.REPLIED, agent.username(), null, now));
            updates.publish(conversationId, ConversationState.WITH_AGENT, locked.conversation().locale(),
                    agent.displayName(), List.of(reply));
            return reply;
        });
    }

    @Override
    public void handBack(UUID conversationId, Agent agent) {
        transaction.executeWithoutResult(status -> {
            ConversationRepository.StoredConversation locked = lockClaimed(conversationId, agent);
            Instant now = clock.instant();
            String locale = locked.conversation().locale();
            repository.release(conversationId, now);
            // The customer talks to the AI again, so it is told so again (AI Act Art. 50(1)).
            Message disclosure = new Message(UUID.randomUUID(), repository.nextSequence(conversationId), MessageRole.ASSISTANT,
                    MessageKind.DISCLOSURE, disclosures.message(locale), List.of(), now);
            repository.insert(conversationId, disclosure, null);
            events.publishEvent(new AgentAction(conversationId, AgentAction.Kind.HANDED_BACK, agent.username(), null, now));
            updates.publish(conversationId, ConversationState.BOT, locale, null, List.of(disclosure));
        });
    }

    @Override
    public void close(UUID conversationId, Agent agent, Outcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        transaction.executeWithoutResult(status -> {
            ConversationRepository.StoredConversation locked = lockClaimed(conversationId, agent);
            Instant now = clock.instant();
            String locale = locked.conversation().locale();
            Message closed = notice(conversationId, locale, "agent.closed", agent.displayName(), now);
            repository.close(conversationId, outcome, now);
            events.publishEvent(new AgentAction(conversationId, AgentAction.Kind.CLOSED, agent.username(), outcome, now));
            updates.publish(conversationId, ConversationState.CLOSED, locale, null, List.of(closed));
        });
    }

    private Message notice(UUID conversationId, String locale, String key, String agentName, Instant now) {
        String text = messages.getMessage(key, new Object[] {agentName}, Locale.forLanguageTag(locale));
        Message notice = new Message(UUID.randomUUID(), repository.nextSequence(conversationId), MessageRole.ASSISTANT,
                MessageKind.NOTICE, text, List.of(), now);
        repository.insert(conversationId, notice, null);
        return notice;
    }

    private ConversationRepository.StoredConversation lock(UUID conversationId) {
        return repository.findForUpdate(conversationId).orElseThrow(() -> notFound(conversationId));
    }

    /** Locks the conversation and checks that this agent has it: an agent acts only on what it claimed. */
    private ConversationRepository.StoredConversation lockClaimed(UUID conversationId, Agent agent) {
        ConversationRepository.StoredConversation locked = lock(conversationId);
        ConversationState state = locked.conversation().state();
        String holder = locked.handling().agentUsername();
        if (state != ConversationState.WITH_AGENT) {
            throw wrongState(conversationId, state, "Claim the conversation first.");
        }
        if (!agent.username().equals(holder)) {
            throw new AgentDeskException(AgentDeskException.Reason.NOT_CLAIMED, conversationId,
                    "Only " + holder + ", who claimed this conversation, can act on it.");
        }
        return locked;
    }

    private Transcript transcript(ConversationRepository.StoredConversation stored) {
        ConversationRepository.Handling handling = stored.handling();
        UUID id = stored.conversation().id();
        return new Transcript(id, stored.conversation().state(), stored.conversation().locale(), handling.reason(),
                handling.waitingSince(), handling.agentUsername(), handling.agentName(), handling.outcome(), repository.messages(id),
                repository.channel(id).orElse(Channel.CHAT));
    }

    private static AgentDeskException notFound(UUID conversationId) {
        return new AgentDeskException(AgentDeskException.Reason.NOT_FOUND, conversationId, "No conversation with id " + conversationId + ".");
    }

    private static AgentDeskException wrongState(UUID conversationId, ConversationState state, String what) {
        return new AgentDeskException(AgentDeskException.Reason.WRONG_STATE, conversationId,
                "The conversation is " + state + ". " + what);
    }
}
