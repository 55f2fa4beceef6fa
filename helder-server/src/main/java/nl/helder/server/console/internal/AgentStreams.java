package nl.helder.server.console.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.helder.server.conversation.AgentAction;
import nl.helder.server.conversation.ConversationState;
import nl.helder.server.conversation.ConversationUpdated;
import nl.helder.server.handoff.AgentPresence;
import nl.helder.server.handoff.TicketClosed;
import nl.helder.server.web.EventStreams;
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

    AgentStreams(EventStreams<String> agentEventStreams, AgentPresence presence) {
        this.streams = agentEventStreams;
        this.presence = presence;
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

    /** Changes of conversations with (or waiting for) a person; the assistant's own turns are not the console's business. */
    @TransactionalEventListener
    void on(ConversationUpdated update) {
        if (update.state() != ConversationState.BOT) {
            changed(update.conversationId(), update.state());
        }
    }

    /** A hand-back leaves the conversation with the assistant, but the queue changed. */
    @TransactionalEventListener
    void on(AgentAction action) {
        if (action.kind() == AgentAction.Kind.HANDED_BACK) {
            changed(action.conversationId(), ConversationState.BOT);
        }
    }

    private void changed(UUID conversationId, ConversationState state) {
        streams.sendToAll(() -> SseEmitter.event().name("conversation").data(Map.of(
                "conversationId", conversationId.toString(), "state", state.name()), MediaType.APPLICATION_JSON));
    }

    @TransactionalEventListener
    void on(TicketClosed closed) {
        streams.sendToAll(() -> SseEmitter.event().name("tickets").data(Map.of("reference", closed.reference()), MediaType.APPLICATION_JSON));
    }
}
