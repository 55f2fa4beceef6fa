package nl.helder.server.conversation.internal;

import nl.helder.server.storage.TimeOrderedIds;
import io.micrometer.core.instrument.MeterRegistry;
import nl.helder.server.conversation.HandoffRequested;
import nl.helder.server.conversation.Message;
import nl.helder.server.conversation.MessageKind;
import nl.helder.server.conversation.MessageRole;
import nl.helder.server.handoff.AgentAvailability;
import nl.helder.server.handoff.HandoffReason;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Puts a conversation in the queue for a person and writes the message that tells the customer what happens next. */
@Component
class HandoffMessages {

    private final ConversationRepository repository;
    private final AgentAvailability availability;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final MeterRegistry metrics;

    HandoffMessages(ConversationRepository repository, AgentAvailability availability, MessageSource messages,
                    ApplicationEventPublisher events, MeterRegistry metrics) {
        this.repository = repository;
        this.availability = availability;
        this.messages = messages;
        this.events = events;
        this.metrics = metrics;
    }

    /**
     * Queues the conversation for a person and stores the message that says how many wait before them, or, with
     * nobody available, that they can leave a message. Runs inside the caller's transaction, which holds the
     * conversation's lock. {@code afterAnswer}: the answer the customer had just been given, if the hand-off came
     * right after one (see {@link ConversationRepository#answerBefore}); {@code null} otherwise.
     */
    Message handOver(UUID id, String locale, HandoffReason reason, int sequence, Instant now,
                     HandoffRequested.AnsweredQuestion afterAnswer) {
        boolean available = availability.agentsAvailable(now);
        Locale language = Locale.forLanguageTag(locale);
        String text = messages.getMessage(available ? "handoff.available" : "handoff.offline", null, language);
        if (reason == HandoffReason.HIGH_RISK_TOPIC) {
            text = messages.getMessage("handoff.high-risk", null, language) + " " + text;
        }
        int ahead = available ? repository.waitingBefore(now) : 0;
        if (ahead > 0) {
            text = text + " " + messages.getMessage("handoff.queue", new Object[] {ahead}, language);
        }
        Message message = new Message(TimeOrderedIds.next(), sequence, MessageRole.ASSISTANT, MessageKind.HANDOFF, text, List.of(), now);
        repository.insert(id, message, null);
        repository.markWaiting(id, reason, now);
        events.publishEvent(new HandoffRequested(id, reason, available, now, afterAnswer));
        metrics.counter("helder.handoffs", "reason", reason.name(), "available", Boolean.toString(available)).increment();
        return message;
    }
}
