package nl.helder.server.conversation;

import nl.helder.server.handoff.Tickets;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the conversation feature holds about people, for data-subject rights and retention: export it
 * (GDPR Art. 15) and erase it (Art. 17). Erasure deletes every message and source, keeps the conversation's
 * header and disclosure evidence (no personal data) as a tombstone, and closes the conversation.
 */
public interface ConversationRecords {

    /** Everything stored about one conversation, or empty when there is no such conversation. */
    Optional<Export> export(UUID conversationId);

    /** Erases the content of one conversation on {@code actor}'s request; false when it does not exist. */
    boolean erase(UUID conversationId, String actor, Instant at);

    /** Erases the content of every conversation last active before {@code cutoff}; returns how many. */
    int eraseInactiveSince(Instant cutoff, Instant at);

    /** The conversations in which a kept contact value (e.g. an e-mail address) was given, oldest first. */
    List<UUID> conversationsWithContact(String value);

    /** Deletes kept originals whose retention has passed; returns how many. */
    int purgeExpiredKeptValues(Instant now);

    record Export(Conversation conversation, Instant erasedAt, Optional<DisclosureRecord> disclosure, List<Message> messages,
                  List<String> privacyNoticesShown, List<KeptValue> keptValues, List<Tickets.Ticket> tickets) {
    }

    /** An original kept on purpose (helder.privacy.keep), decrypted for the export. */
    record KeptValue(String type, String value, Instant storedAt, Instant expiresAt) {
    }
}
