package nl.helder.server.conversation.internal;

import nl.helder.guard.InputGuard;
import nl.helder.server.conversation.Conversation;
import nl.helder.server.conversation.ConversationState;
import nl.helder.server.conversation.Message;
import nl.helder.server.conversation.MessageKind;
import nl.helder.server.conversation.MessageRole;
import nl.helder.server.conversation.TicketOpened;
import nl.helder.server.handoff.AgentAvailability;
import nl.helder.server.handoff.HandoffReason;
import nl.helder.server.handoff.Tickets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The customer asks for a person (the button), and, with nobody available, leaves a message for one. */
@Service
class CustomerHandoffs {

    private final ConversationAccess access;
    private final ConversationRepository repository;
    private final HandoffMessages handoffs;
    private final InputGuard inputGuard;
    private final AgentAvailability availability;
    private final Tickets tickets;
    private final ConversationUpdates updates;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CustomerHandoffs(ConversationAccess access, ConversationRepository repository, HandoffMessages handoffs, InputGuard inputGuard,
                     AgentAvailability availability, Tickets tickets, ConversationUpdates updates, MessageSource messages,
                     TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.repository = repository;
        this.handoffs = handoffs;
        this.inputGuard = inputGuard;
        this.availability = availability;
        this.tickets = tickets;
        this.updates = updates;
        this.messages = messages;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    record TicketReceipt(String reference, Turn turn) {
    }

    /** The customer asks for a person (the button, or the API). */
    Turn requestHandoff(UUID id, String token) {
        access.authorize(id, token);
        return transaction.execute(status -> {
            Conversation locked = access.lockOpen(id).conversation();
            if (locked.state() != ConversationState.BOT) {
                return new Turn(locked.state(), List.of());
            }
            int sequence = repository.nextSequence(id);
            Message handoff = handoffs.handOver(id, locked.locale(), HandoffReason.CUSTOMER_BUTTON, sequence, clock.instant(),
                    repository.answerBefore(id, sequence, locked.locale()).orElse(null));
            updates.publish(id, ConversationState.WAITING_FOR_AGENT, locked.locale(), null, List.of(handoff));
            return new Turn(ConversationState.WAITING_FOR_AGENT, List.of(handoff));
        });
    }

    /** Whether the customer should be offered to leave a message: waiting, nobody available, no ticket yet. */
    boolean offersTicket(UUID id, ConversationState state) {
        return state == ConversationState.WAITING_FOR_AGENT && !availability.agentsAvailable(clock.instant())
                && tickets.forConversation(id).isEmpty();
    }

    /** The offline fallback: a message for a person, with a contact address for the reply. */
    TicketReceipt leaveMessage(UUID id, String token, String contact, String rawText) {
        Conversation conversation = access.authorize(id, token);
        String address = ContactAddress.validate(contact);
        String text = access.acceptText(id, rawText);
        String redacted = inputGuard.scan(text).redacted();
        return transaction.execute(status -> {
            ConversationRepository.StoredConversation locked = access.lockOpen(id);
            // A person is already on it, or a message was already left: a ticket would only pull the conversation
            // back into the queue, or pile up duplicates.
            if (locked.conversation().state() == ConversationState.WITH_AGENT || !tickets.forConversation(id).isEmpty()) {
                throw ConversationProblem.ticketNotOffered();
            }
            Instant now = clock.instant();
            HandoffReason reason = locked.handling().reason() == null ? HandoffReason.CUSTOMER_BUTTON : locked.handling().reason();
            Tickets.Ticket ticket = tickets.open(id, address, redacted, reason, now);
            int sequence = repository.nextSequence(id);
            Message customer = new Message(UUID.randomUUID(), sequence, MessageRole.CUSTOMER, MessageKind.TEXT, redacted, List.of(), now);
            repository.insert(id, customer, null);
            String receipt = messages.getMessage("handoff.ticket", new Object[] {ticket.reference()},
                    Locale.forLanguageTag(conversation.locale()));
            Message notice = new Message(UUID.randomUUID(), sequence + 1, MessageRole.ASSISTANT, MessageKind.NOTICE, receipt, List.of(), now);
            repository.insert(id, notice, null);
            if (locked.conversation().state() != ConversationState.WAITING_FOR_AGENT) {
                repository.markWaiting(id, reason, now);
            }
            events.publishEvent(new TicketOpened(id, ticket.reference(), now));
            updates.publish(id, ConversationState.WAITING_FOR_AGENT, conversation.locale(), null, List.of(customer, notice));
            return new TicketReceipt(ticket.reference(), new Turn(ConversationState.WAITING_FOR_AGENT, List.of(customer, notice)));
        });
    }
}
