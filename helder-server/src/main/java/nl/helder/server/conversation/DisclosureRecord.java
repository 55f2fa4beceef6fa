package nl.helder.server.conversation;

import java.time.Instant;
import java.util.UUID;

/**
 * Evidence that a conversation opened with the AI disclosure (AI Act Art. 50(1)).
 *
 * @param sentAt      when the server sent the disclosure, with the first response of the conversation
 * @param displayedAt when the widget confirmed it had rendered the banner and the message; null when no
 *                    widget confirmed (API clients)
 */
public record DisclosureRecord(UUID conversationId, String locale, String message, String banner,
                               Instant sentAt, Instant displayedAt) {
}
