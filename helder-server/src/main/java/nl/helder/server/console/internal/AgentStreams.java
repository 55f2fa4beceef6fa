package nl.helder.server.console.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.helder.server.cluster.Broadcast;
import nl.helder.server.cluster.BroadcastsInterrupted;
import nl.helder.server.conversation.AgentAction;
import nl.helder.server.conversation.ConversationState;
import nl.helder.server.conversation.ConversationUpdated;
import nl.helder.server.handoff.AgentPresence;
import nl.helder.server.handoff.TicketClosed;
import nl.helder.server.web.EventStreams;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.Map;
import java.util.UUID;

/**
 * The console's live connection. While it is open the agent counts as signed in (so customers are offered
 * a person instead of the offline fallback); it carries a {@code conversation} event whenever a conversation
 * in the queue changed, so the console refreshes the queue and the open transcript without reloading.
 */
@RestController
@Tag(name = "Agent console")
class AgentStreams {

    private final EventStreams<String> streams;
    private final AgentPresence presence;
    private final ApplicationEventPublisher events;

    AgentStreams(EventStreams<String> agentEventStreams, AgentPresence presence, ApplicationEventPublisher events) {
        this.streams = agentEventStreams;
        this.presence = presence;
        this.events = events;
    }

    @GetMapping(path = "/api/v1/agent/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Live updates for the console", description = "Server-Sent Events. 'conversation' events name "
            + "a conversation that changed (new message, new state); 'tickets' events say the ticket list changed. "
            + "While connected, the agent counts as available.")
    SseEmitter events(@AuthenticationPrincipal UserDetails user) {
        AgentPresence.Presence present = presence.signIn(user.getUsername());
        try {
            return streams.open(user.getUsername(), present::close);
        } catch (RuntimeException refused) {
            present.close();
            throw refused;
        }
    }

    /**
     * Changes of conversations with (or waiting for) a person, from this node or another; the assistant's own
     * turns are not the console's business.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ConversationUpdated update) {
        if (update.state() != ConversationState.BOT) {
            changed(update.conversationId(), update.state());
        }
    }

    /** A hand-back leaves the conversation with the assistant, but the queue changed: on every node. */
    @EventListener
    void on(AgentAction action) {
        if (action.kind() == AgentAction.Kind.HANDED_BACK) {
            events.publishEvent(new QueueChanged(action.conversationId(), ConversationState.BOT));
        }
    }

    @EventListener
    void on(TicketClosed closed) {
        events.publishEvent(new TicketsChanged(closed.reference()));
    }

    /** The console's queue changed other than by a conversation update. */
    public record QueueChanged(UUID conversationId, ConversationState state) implements Broadcast {
    }

    /** The list of tickets changed. */
    public record TicketsChanged(String reference) implements Broadcast {
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(QueueChanged changed) {
        changed(changed.conversationId(), changed.state());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TicketsChanged changed) {
        streams.sendToAll(() -> SseEmitter.event().name("tickets").data(Map.of("reference", changed.reference()), MediaType.APPLICATION_JSON));
    }

    /** Updates from other nodes may have been missed: the consoles reconnect and reload their queue. */
    @EventListener
    void on(BroadcastsInterrupted interrupted) {
        streams.completeAll();
    }

    private void changed(UUID conversationId, ConversationState state) {
        streams.sendToAll(() -> SseEmitter.event().name("conversation").data(Map.of(
                "conversationId", conversationId.toString(), "state", state.name()), MediaType.APPLICATION_JSON));
    }
}
