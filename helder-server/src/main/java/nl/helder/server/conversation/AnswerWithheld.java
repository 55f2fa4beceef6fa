package nl.helder.server.conversation;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Published, in its transaction, when the output guard withheld an answer (manipulation, a claim to be human, a
 * leak, or something its sources do not support); the customer got "I don't know" and the offer of a person.
 *
 * @param checks the kinds of findings, never the withheld text
 */
public record AnswerWithheld(UUID conversationId, Set<String> checks, Instant at) {
}
