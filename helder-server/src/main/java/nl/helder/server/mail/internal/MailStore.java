package nl.helder.server.mail.internal;

import nl.helder.server.assistant.Source;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The mail feature's tables: which messages a mailbox processed or sent (by a hash of their Message-ID), the e-mail
 * side of each conversation, and replies (drafts and the outbox). Portable SQL, H2 and PostgreSQL.
 */
@Repository
class MailStore {

    enum Direction { IN, OUT }

    enum ReplyState { DRAFT, QUEUED, SENDING, SENT, DISCARDED, FAILED }

    /** Who wrote a reply: the assistant alone, the assistant with a person's approval, or a person. */
    enum Author { AI, AI_CHECKED, PERSON }

    /**
     * @param attachments one line per attachment: name, type, size (redacted names)
     * @param quoted      the latest e-mail's quoted history and signature, redacted
     */
    record Thread(UUID conversationId, String mailbox, String customerAddress, String subject, String lastMessageId,
                  String references, String attachments, String quoted) {
    }

    /** @param signature the name under a person's reply; {@code null} for the assistant's */
    record Reply(UUID id, UUID conversationId, String mailbox, ReplyState state, Author author, String locale, String body,
                 List<Source> sources, String messageId, String sentText, String decidedBy, Instant createdAt, Instant sentAt) {
    }

    private final JdbcClient jdbc;

    MailStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A SHA-256 of a Message-ID or an address, lower-cased: fixed-length keys that hold no address. */
    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean seen(String mailbox, String messageId) {
        return jdbc.sql("SELECT COUNT(*) FROM email_message WHERE mailbox = :mailbox AND id_hash = :hash")
                .param("mailbox", mailbox).param("hash", hash(messageId)).query(Long.class).single() > 0;
    }

    void record(String mailbox, String messageId, Direction direction, UUID conversationId, String outcome, String party, Instant at) {
        jdbc.sql("""
                INSERT INTO email_message (mailbox, id_hash, direction, conversation_id, outcome, sender_hash, occurred_at)
                VALUES (:mailbox, :hash, :direction, :conversation, :outcome, :sender, :at)""")
                .param("mailbox", mailbox).param("hash", hash(messageId)).param("direction", direction.name())
                .param("conversation", conversationId).param("outcome", outcome)
                .param("sender", party == null ? "" : hash(party)).param("at", utc(at))
                .update();
    }

    /** The conversation of the newest known message among {@code messageIds} (a thread's In-Reply-To and References). */
    Optional<UUID> conversationOf(String mailbox, List<String> messageIds) {
        if (messageIds.isEmpty()) {
            return Optional.empty();
        }
        List<String> hashes = messageIds.stream().map(MailStore::hash).toList();
        return jdbc.sql("""
                SELECT conversation_id FROM email_message WHERE mailbox = :mailbox AND id_hash IN (:hashes)
                AND conversation_id IS NOT NULL ORDER BY occurred_at DESC LIMIT 1""")
                .param("mailbox", mailbox).param("hashes", hashes).query(UUID.class).optional();
    }

    /** How many replies went (or are queued) to {@code address} since {@code since}: the loop guard's count. */
    int repliesTo(String address, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM email_message WHERE sender_hash = :sender AND direction = 'OUT' AND occurred_at >= :since")
                .param("sender", hash(address)).param("since", utc(since)).query(Integer.class).single();
    }

    void saveThread(Thread thread) {
        int updated = jdbc.sql("""
                UPDATE email_thread SET customer_address = :address, last_message_id = :last, refs = :refs,
                       attachments = :attachments, quoted = :quoted WHERE conversation_id = :id""")
                .param("address", thread.customerAddress()).param("last", thread.lastMessageId()).param("refs", thread.references())
                .param("attachments", thread.attachments()).param("quoted", thread.quoted()).param("id", thread.conversationId())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO email_thread (conversation_id, mailbox, customer_address, subject, last_message_id, refs, attachments, quoted)
                    VALUES (:id, :mailbox, :address, :subject, :last, :refs, :attachments, :quoted)""")
                    .param("id", thread.conversationId()).param("mailbox", thread.mailbox()).param("address", thread.customerAddress())
                    .param("subject", thread.subject()).param("last", thread.lastMessageId()).param("refs", thread.references())
                    .param("attachments", thread.attachments()).param("quoted", thread.quoted())
                    .update();
        }
    }

    Optional<Thread> thread(UUID conversationId) {
        return jdbc.sql("SELECT * FROM email_thread WHERE conversation_id = :id").param("id", conversationId)
                .query((rs, row) -> new Thread(conversationId, rs.getString("mailbox"), rs.getString("customer_address"),
                        rs.getString("subject"), rs.getString("last_message_id"), rs.getString("refs"), rs.getString("attachments"),
                        rs.getString("quoted")))
                .optional();
    }

    /** The customer's address is only kept to answer: erased with the conversation's content. */
    void forgetAddress(UUID conversationId) {
        jdbc.sql("UPDATE email_thread SET customer_address = NULL, quoted = '', attachments = '' WHERE conversation_id = :id")
                .param("id", conversationId).update();
        jdbc.sql("UPDATE email_reply SET state = 'DISCARDED' WHERE conversation_id = :id AND state IN ('DRAFT', 'QUEUED')")
                .param("id", conversationId).update();
    }

    void insert(Reply reply) {
        jdbc.sql("""
                INSERT INTO email_reply (id, conversation_id, mailbox, state, author, locale, body, sources, message_id, decided_by, created_at)
                VALUES (:id, :conversation, :mailbox, :state, :author, :locale, :body, :sources, :messageId, :decidedBy, :createdAt)""")
                .param("id", reply.id()).param("conversation", reply.conversationId()).param("mailbox", reply.mailbox())
                .param("state", reply.state().name()).param("author", reply.author().name()).param("locale", reply.locale())
                .param("body", reply.body()).param("sources", sources(reply.sources())).param("messageId", reply.messageId())
                .param("decidedBy", reply.decidedBy()).param("createdAt", utc(reply.createdAt()))
                .update();
    }

    Optional<Reply> reply(UUID id) {
        return jdbc.sql("SELECT * FROM email_reply WHERE id = :id").param("id", id).query(this::toReply).optional();
    }

    /** Locks the reply's row, so two people cannot approve one draft twice. */
    Optional<Reply> replyForUpdate(UUID id) {
        return jdbc.sql("SELECT * FROM email_reply WHERE id = :id FOR UPDATE").param("id", id).query(this::toReply).optional();
    }

    List<Reply> replies(UUID conversationId) {
        return jdbc.sql("SELECT * FROM email_reply WHERE conversation_id = :id ORDER BY created_at, id")
                .param("id", conversationId).query(this::toReply).list();
    }

    List<Reply> queued(int limit) {
        return jdbc.sql("SELECT * FROM email_reply WHERE state = 'QUEUED' ORDER BY created_at LIMIT :limit")
                .param("limit", limit).query(this::toReply).list();
    }

    /** The draft still waiting in this conversation, if any (the newest). */
    Optional<Reply> openDraft(UUID conversationId) {
        return jdbc.sql("SELECT * FROM email_reply WHERE conversation_id = :id AND state = 'DRAFT' ORDER BY created_at DESC LIMIT 1")
                .param("id", conversationId).query(this::toReply).optional();
    }

    void decide(UUID id, ReplyState state, Author author, String body, String decidedBy) {
        jdbc.sql("UPDATE email_reply SET state = :state, author = :author, body = :body, decided_by = :by WHERE id = :id")
                .param("state", state.name()).param("author", author.name()).param("body", body).param("by", decidedBy)
                .param("id", id).update();
    }

    /** Sent: the full text as sent is kept as the disclosure evidence of that e-mail. */
    void sent(UUID id, String sentText, Instant at) {
        jdbc.sql("UPDATE email_reply SET state = 'SENT', sent_text = :text, sent_at = :at WHERE id = :id AND state = 'SENDING'")
                .param("text", sentText).param("at", utc(at)).param("id", id).update();
    }

    /**
     * Takes a queued reply for sending: only one node (or thread) gets it. Returns whether this caller did. A reply
     * left {@code SENDING} by a crash is queued again by {@link #requeueStale}.
     */
    boolean claim(UUID id, Instant at) {
        return jdbc.sql("UPDATE email_reply SET state = 'SENDING', sent_at = :at WHERE id = :id AND state = 'QUEUED'")
                .param("at", utc(at)).param("id", id).update() == 1;
    }

    /** A reply whose sender died while sending goes back to the queue (sent again, with the same Message-ID). */
    int requeueStale(Instant before) {
        return jdbc.sql("UPDATE email_reply SET state = 'QUEUED', sent_at = NULL WHERE state = 'SENDING' AND sent_at < :before")
                .param("before", utc(before)).update();
    }

    /** Back to the queue after a failed SMTP hand-over. */
    void unclaim(UUID id) {
        jdbc.sql("UPDATE email_reply SET state = 'QUEUED', sent_at = NULL WHERE id = :id AND state = 'SENDING'").param("id", id).update();
    }

    void failed(UUID id) {
        jdbc.sql("UPDATE email_reply SET state = 'FAILED' WHERE id = :id AND state IN ('QUEUED', 'SENDING')").param("id", id).update();
    }

    private Reply toReply(ResultSet rs, int row) throws SQLException {
        return new Reply(rs.getObject("id", UUID.class), rs.getObject("conversation_id", UUID.class), rs.getString("mailbox"),
                ReplyState.valueOf(rs.getString("state")), Author.valueOf(rs.getString("author")), rs.getString("locale"),
                rs.getString("body"), sources(rs.getString("sources")), rs.getString("message_id"), rs.getString("sent_text"),
                rs.getString("decided_by"), instant(rs, "created_at"), instant(rs, "sent_at"));
    }

    /** Sources as lines of "title TAB url": titles and URLs hold neither tabs nor line breaks once flattened. */
    private static String sources(List<Source> sources) {
        StringBuilder text = new StringBuilder();
        for (Source source : sources) {
            text.append(flat(source.title())).append('\t').append(flat(source.url())).append('\n');
        }
        return text.toString();
    }

    private static List<Source> sources(String text) {
        List<Source> sources = new ArrayList<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                sources.add(new Source(line.substring(0, tab), line.substring(tab + 1)));
            }
        }
        return sources;
    }

    private static String flat(String text) {
        return text == null ? "" : text.replaceAll("[\\t\\r\\n]+", " ");
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
