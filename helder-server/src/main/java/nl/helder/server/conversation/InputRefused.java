package nl.helder.server.conversation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published, in its transaction, when the injection guard blocked a customer message: the assistant did not
 * act on it and answered with a polite refusal. The message itself is stored redacted, like every message.
 *
 * @param score   the guard's injection score
 * @param reasons what the guard recognised, never the text
 */
public record InputRefused(UUID conversationId, double score, List<String> reasons, Instant at) {

    public InputRefused {
        reasons = List.copyOf(reasons);
    }
}
