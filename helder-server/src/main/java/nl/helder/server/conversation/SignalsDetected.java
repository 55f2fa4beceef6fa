package nl.helder.server.conversation;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Published, in the turn's transaction, when a customer message carries conversation signals
 * (HUMAN_REQUEST, COMPLAINT, HIGH_RISK_TOPIC, FRUSTRATION). The hand-off to a person will act on these.
 */
public record SignalsDetected(UUID conversationId, Set<String> signals, Instant at) {
}
