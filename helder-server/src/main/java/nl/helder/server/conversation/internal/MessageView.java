package nl.helder.server.conversation.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.helder.server.assistant.Source;
import nl.helder.server.conversation.Message;
import nl.helder.server.conversation.MessageKind;
import nl.helder.server.conversation.MessageRole;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A message as the customer API shows it; {@code author} is the first name of a person who wrote it. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record MessageView(UUID id, MessageRole role, MessageKind kind, String text, List<Source> sources, Instant createdAt,
                   String author) {

    static MessageView of(Message message) {
        return new MessageView(message.id(), message.role(), message.kind(), message.text(), message.sources(),
                message.createdAt(), message.author());
    }

    static List<MessageView> of(List<Message> messages) {
        return messages.stream().map(MessageView::of).toList();
    }
}
