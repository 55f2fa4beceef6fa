package nl.helder.server.conversation;

import nl.helder.server.assistant.Source;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One stored message. Customer text is stored redacted; nothing else of it is kept.
 *
 * @param author the name a customer sees for a person's message ("Sanne"); {@code null} for the others
 */
public record Message(UUID id, int sequence, MessageRole role, MessageKind kind, String text,
                      List<Source> sources, Instant createdAt, String author) {

    public Message {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** A message without an author: the customer's, or the assistant's. */
    public Message(UUID id, int sequence, MessageRole role, MessageKind kind, String text, List<Source> sources, Instant createdAt) {
        this(id, sequence, role, kind, text, sources, createdAt, null);
    }
}
