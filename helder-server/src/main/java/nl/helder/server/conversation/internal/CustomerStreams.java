package nl.helder.server.conversation.internal;

import nl.helder.server.cluster.BroadcastsInterrupted;
import nl.helder.server.conversation.ConversationState;
import nl.helder.server.conversation.ConversationUpdated;
import nl.helder.server.conversation.Message;
import nl.helder.server.web.EventStreams;
import nl.helder.server.web.StreamProperties;
import nl.helder.server.web.StreamSender;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Pushes a conversation's new messages and state to the customer's open event streams once they are
 * committed: {@code message} events carry a message as the API shows it (the widget skips ids it already
 * has), {@code state} events the new state and header text. While a language model writes an answer,
 * {@code draft} events carry its checked sentences so far. Message events carry the message id as the event id,
 * so a reconnecting client sends {@code Last-Event-ID} and gets what it missed.
 */
@Configuration(proxyBeanMethods = false)
class CustomerStreams {

    /** A few tabs per conversation; reconnects after the timeout are cheap. */
    @Bean
    EventStreams<UUID> customerEventStreams(StreamSender sender, StreamProperties properties) {
        return new EventStreams<>("customer", 3, properties.customerStreams(), Duration.ofMinutes(30), sender);
    }

    @Bean
    Pusher customerStreamPusher(EventStreams<UUID> customerEventStreams) {
        return new Pusher(customerEventStreams);
    }

    static final class Pusher {

        private final EventStreams<UUID> streams;

        Pusher(EventStreams<UUID> streams) {
            this.streams = streams;
        }

        /** The assistant's answer as far as it is written and checked; not stored, replaced by the final message. */
        @EventListener
        void on(ConversationUpdates.AnswerDrafted draft) {
            streams.send(draft.conversationId(), () -> SseEmitter.event().name("draft")
                    .data(Map.of("text", draft.text()), MediaType.APPLICATION_JSON));
        }

        /** From this node once committed, or from another node (outside a transaction) once it committed there. */
        @TransactionalEventListener(fallbackExecution = true)
        void on(ConversationUpdated update) {
            if (!streams.isOpen(update.conversationId())) {
                return; // nobody follows it here: nothing to build
            }
            update.messages().forEach(message -> streams.send(update.conversationId(), () -> message(message)));
            streams.send(update.conversationId(), () -> state(update.state(), update.banner()));
        }

        /** Updates from other nodes may have been missed: the widgets reconnect and catch up with Last-Event-ID. */
        @EventListener
        void on(BroadcastsInterrupted interrupted) {
            streams.completeAll();
        }
    }

    static SseEmitter.SseEventBuilder message(Message message) {
        return SseEmitter.event().name("message").id(message.id().toString()).data(MessageView.of(message), MediaType.APPLICATION_JSON);
    }

    static SseEmitter.SseEventBuilder state(ConversationState state, String banner) {
        return SseEmitter.event().name("state").data(Map.of("state", state.name(), "banner", banner), MediaType.APPLICATION_JSON);
    }
}
