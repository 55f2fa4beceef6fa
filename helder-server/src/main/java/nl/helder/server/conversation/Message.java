package nl.helder.server.conversation;

import nl.helder.server.assistant.Source;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One stored message. Customer text is stored redacted; nothing else of it is kept. */
public record Message(UUID id, int sequence, MessageRole role, MessageKind kind, String text,
                      List<Source> sources, Instant createdAt) {

    public Message {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
