package nl.helder.server.conversation.internal;

import nl.helder.server.assistant.Question;

import nl.helder.server.assistant.Source;
import nl.helder.server.conversation.AgentDesk;
import nl.helder.server.conversation.Channel;
import nl.helder.server.handoff.HandoffReason;
import nl.helder.server.conversation.Conversation;
import nl.helder.server.conversation.ConversationState;
import nl.helder.server.conversation.DisclosureRecord;
import nl.helder.server.conversation.HandoffRequested;
import nl.helder.server.conversation.Message;
import nl.helder.server.conversation.MessageKind;
import nl.helder.server.conversation.MessageRole;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Conversations, their messages and disclosure evidence, in portable SQL (H2 and PostgreSQL).
 * <p>
 * The newest messages of a conversation are read {@code ORDER BY conversation_id DESC, seq DESC} (and its newest
 * sequence number that way rather than with {@code MAX(seq)}), although {@code conversation_id} is fixed by the
 * {@code WHERE}: only an order over every column of the {@code (conversation_id, seq)} index lets H2 walk that index
 * backwards and stop after the rows it needs; ordered by {@code seq} alone it reads every message of the conversation
 * and sorts them, three times per turn (issue 18: {@code EXPLAIN ANALYZE} counts 61 rows against 6 for the newest
 * six of a 60-message conversation). PostgreSQL walks the index backwards either way.
 * <p>
 * The statements every customer turn runs ({@link #find}, {@link #lockForTurn}, {@link #insert(UUID, Message, Double)})
 * take positional parameters: Spring's named parameters are parsed, substituted and looked up on every call, some 4 %
 * of a turn's CPU in issue 18's profile; the rest keep names, which read better.
 */
@Repository
class ConversationRepository {

    private final JdbcClient jdbc;

    ConversationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StoredConversation(Conversation conversation, String tokenHash, Handling handling) {
    }

    /** Who has or had the conversation: why it was handed over, since when, to whom, how it ended. */
    record Handling(HandoffReason reason, Instant waitingSince, String agentUsername, String agentName,
                    AgentDesk.Outcome outcome) {
    }

    void insert(Conversation conversation, String tokenHash) {
        insert(conversation, tokenHash, Channel.CHAT);
    }

    void insert(Conversation conversation, String tokenHash, Channel channel) {
        jdbc.sql("""
                INSERT INTO conversation (id, token_hash, locale, state, created_at, updated_at, channel)
                VALUES (:id, :tokenHash, :locale, :state, :createdAt, :updatedAt, :channel)""")
                .param("id", conversation.id())
                .param("channel", channel.name())
                .param("tokenHash", tokenHash)
                .param("locale", conversation.locale())
                .param("state", conversation.state().name())
                .param("createdAt", utc(conversation.createdAt()))
                .param("updatedAt", utc(conversation.updatedAt()))
                .update();
    }

    /** The channel a conversation came in on; empty when there is no such conversation. */
    Optional<Channel> channel(UUID id) {
        return jdbc.sql("SELECT channel FROM conversation WHERE id = :id").param("id", id)
                .query((rs, row) -> Channel.valueOf(rs.getString("channel"))).optional();
    }

    Optional<StoredConversation> find(UUID id) {
        return jdbc.sql("SELECT * FROM conversation WHERE id = ?").param(id)
                .query(this::storedConversation).optional();
    }

    /** Reads the conversation and locks its row until the transaction ends, so turns append in order. */
    Optional<StoredConversation> findForUpdate(UUID id) {
        return jdbc.sql("SELECT * FROM conversation WHERE id = :id FOR UPDATE").param("id", id)
                .query(this::storedConversation).optional();
    }

    /**
     * What a customer turn reads under the conversation's lock: the conversation, the next message sequence number,
     * the privacy notices already shown and the kinds of the newest assistant messages (newest first, notices aside,
     * at most five, for {@link #trailingNoAnswers(List)}).
     */
    record TurnStart(StoredConversation stored, int nextSequence, java.util.Set<String> noticesShown, List<String> recentAssistantKinds) {
    }

    /**
     * The turn's start: the conversation's row is locked by setting its activity time to {@code at} (which the turn
     * writes anyway), then everything the turn needs is read in one query. Two statements, not one locking read:
     * <ul>
     * <li>H2 never caches the parsed plan of a {@code SELECT … FOR UPDATE}, so a locking read was parsed and planned
     * anew on every turn (3.7 % of a turn's request-thread samples in issue 18's profile); an {@code UPDATE} and a
     * {@code SELECT} are cached;</li>
     * <li>PostgreSQL evaluates a locking query's subqueries with the snapshot taken before it waited for the lock, so a
     * turn that waited behind another would miss that turn's messages (and reuse its sequence numbers); the read here
     * is a statement of its own that starts after the lock is held, so it sees them.</li>
     * </ul>
     * Either way the row stays locked until the transaction ends. (The conversation was read by a query of its own
     * between the two until issue 18's second round: one round trip per turn more.)
     */
    Optional<TurnStart> lockForTurn(UUID id, Instant at) {
        // GREATEST: a turn that waited for the lock never moves the activity time back past what the holder wrote
        int locked = jdbc.sql("UPDATE conversation SET updated_at = GREATEST(updated_at, ?) WHERE id = ?")
                .param(utc(at)).param(id).update();
        if (locked == 0) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("""
                SELECT c.*,
                       (SELECT m.seq FROM message m WHERE m.conversation_id = c.id ORDER BY m.conversation_id DESC, m.seq DESC LIMIT 1) AS last_seq,
                       (SELECT ARRAY_AGG(n.data_type) FROM privacy_notice n WHERE n.conversation_id = c.id) AS notices_shown,
                       (SELECT ARRAY_AGG(t.kind ORDER BY t.seq DESC) FROM (SELECT m.kind, m.seq FROM message m
                            WHERE m.conversation_id = ? AND m.role = 'ASSISTANT' AND m.kind <> 'NOTICE'
                            ORDER BY m.conversation_id DESC, m.seq DESC LIMIT 5) t) AS recent_kinds
                FROM conversation c WHERE c.id = ?""")
                .param(id).param(id)
                .query((rs, row) -> new TurnStart(storedConversation(rs, row), rs.getInt("last_seq") + 1, // 0 when there is no message yet
                        new java.util.TreeSet<>(strings(rs, "notices_shown")), strings(rs, "recent_kinds")))
                .single());
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        try {
            List<String> values = new ArrayList<>();
            for (Object value : (Object[]) array.getArray()) {
                values.add(String.valueOf(value));
            }
            return values;
        } finally {
            array.free();
        }
    }

    void updateState(UUID id, ConversationState state, Instant at) {
        jdbc.sql("UPDATE conversation SET state = :state, updated_at = :at WHERE id = :id")
                .param("state", state.name()).param("at", utc(at)).param("id", id).update();
    }

    /** Puts the conversation in the queue for a person. */
    void markWaiting(UUID id, HandoffReason reason, Instant at) {
        jdbc.sql("""
                UPDATE conversation SET state = 'WAITING_FOR_AGENT', handoff_reason = :reason, waiting_since = :at,
                       agent_username = NULL, agent_name = NULL, updated_at = :at WHERE id = :id""")
                .param("reason", reason.name()).param("at", utc(at)).param("id", id).update();
    }

    void assign(UUID id, String username, String name, Instant at) {
        jdbc.sql("""
                UPDATE conversation SET state = 'WITH_AGENT', agent_username = :username, agent_name = :name, updated_at = :at
                WHERE id = :id""")
                .param("username", username).param("name", name).param("at", utc(at)).param("id", id).update();
    }

    /** Back to the assistant: out of the queue, no person assigned. */
    void release(UUID id, Instant at) {
        jdbc.sql("""
                UPDATE conversation SET state = 'BOT', handoff_reason = NULL, waiting_since = NULL, agent_username = NULL,
                       agent_name = NULL, updated_at = :at WHERE id = :id""")
                .param("at", utc(at)).param("id", id).update();
    }

    void close(UUID id, AgentDesk.Outcome outcome, Instant at) {
        jdbc.sql("UPDATE conversation SET state = 'CLOSED', outcome = :outcome, updated_at = :at WHERE id = :id")
                .param("outcome", outcome.name()).param("at", utc(at)).param("id", id).update();
    }

    /** How many conversations have waited longer than one that started waiting at {@code since}. */
    int waitingBefore(Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM conversation WHERE state = 'WAITING_FOR_AGENT' AND waiting_since < :since")
                .param("since", utc(since)).query(Integer.class).single();
    }

    /** Waiting conversations, longest waiting first, then those with a person; with the newest customer text. */
    List<AgentDesk.QueueEntry> queue(int limit) {
        return jdbc.sql("""
                SELECT c.*, (SELECT m.text FROM message m WHERE m.conversation_id = c.id AND m.role = 'CUSTOMER'
                             ORDER BY m.conversation_id DESC, m.seq DESC LIMIT 1) AS last_customer_text
                FROM conversation c
                WHERE c.state IN ('WAITING_FOR_AGENT', 'WITH_AGENT') AND c.erased_at IS NULL
                ORDER BY CASE WHEN c.state = 'WAITING_FOR_AGENT' THEN 0 ELSE 1 END, c.waiting_since, c.id
                LIMIT :limit""")
                .param("limit", limit)
                .query((rs, row) -> {
                    StoredConversation stored = storedConversation(rs, row);
                    Handling handling = stored.handling();
                    return new AgentDesk.QueueEntry(stored.conversation().id(), stored.conversation().state(),
                            stored.conversation().locale(), handling.reason(), handling.waitingSince(),
                            handling.agentUsername(), rs.getString("last_customer_text"), stored.conversation().updatedAt(),
                            Channel.valueOf(rs.getString("channel")));
                })
                .list();
    }

    /**
     * How many of the newest assistant messages in a row left the question unanswered: NO_ANSWERs and SUGGESTIONS
     * (the privacy notices between them aside).
     */
    int trailingNoAnswers(UUID conversationId) {
        return trailingNoAnswers(jdbc.sql("""
                SELECT kind FROM message WHERE conversation_id = :id AND role = 'ASSISTANT' AND kind <> 'NOTICE'
                ORDER BY conversation_id DESC, seq DESC LIMIT 5""")
                .param("id", conversationId).query(String.class).list());
    }

    /** How many of {@code kinds} (newest first) in a row left the question unanswered: NO_ANSWERs and SUGGESTIONS. */
    static int trailingNoAnswers(List<String> kinds) {
        int count = 0;
        while (count < kinds.size() && (kinds.get(count).equals(MessageKind.NO_ANSWER.name())
                || kinds.get(count).equals(MessageKind.SUGGESTIONS.name()))) {
            count++;
        }
        return count;
    }

    void touch(UUID id, Instant at) {
        jdbc.sql("UPDATE conversation SET updated_at = :at WHERE id = :id").param("at", utc(at)).param("id", id).update();
    }

    int nextSequence(UUID conversationId) {
        return jdbc.sql("SELECT seq FROM message WHERE conversation_id = :id ORDER BY conversation_id DESC, seq DESC LIMIT 1")
                .param("id", conversationId).query(Integer.class).optional().map(last -> last + 1).orElse(1);
    }

    void insert(UUID conversationId, Message message, Double confidence) {
        jdbc.sql("""
                INSERT INTO message (id, conversation_id, seq, role, kind, text, confidence, created_at, author)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .param(message.id())
                .param(conversationId)
                .param(message.sequence())
                .param(message.role().name())
                .param(message.kind().name())
                .param(message.text())
                .param(confidence)
                .param(utc(message.createdAt()))
                .param(message.author())
                .update();
        int position = 0;
        for (Source source : message.sources()) {
            jdbc.sql("INSERT INTO message_source (message_id, position, title, url) VALUES (?, ?, ?, ?)")
                    .param(message.id()).param(position++).param(source.title()).param(source.url())
                    .update();
        }
    }

    /**
     * The newest assistant reply before sequence number {@code before} (privacy notices aside), when it was an answer:
     * with the customer's question before it and the article it came from; empty when that reply was anything else
     * (no answer, suggestions, a refusal, a hand-off) or there was none. Read only when a hand-off happens, for the
     * gap list, instead of keeping every answered turn's question in a table of its own.
     */
    Optional<HandoffRequested.AnsweredQuestion> answerBefore(UUID conversationId, int before, String locale) {
        record Reply(UUID id, int seq, String kind, double confidence) {
        }
        Optional<Reply> newest = jdbc.sql("""
                SELECT id, seq, kind, confidence FROM message
                WHERE conversation_id = :id AND role = 'ASSISTANT' AND kind <> 'NOTICE' AND seq < :before
                ORDER BY conversation_id DESC, seq DESC LIMIT 1""")
                .param("id", conversationId).param("before", before)
                .query((rs, row) -> new Reply(rs.getObject("id", UUID.class), rs.getInt("seq"), rs.getString("kind"),
                        rs.getDouble("confidence")))
                .optional()
                .filter(reply -> reply.kind().equals(MessageKind.ANSWER.name()));
        return newest.flatMap(answer -> customerMessageBefore(conversationId, answer.seq())
                .map(question -> new HandoffRequested.AnsweredQuestion(question.text(), locale, answer.confidence(),
                        sources(answer.id()), question.at())));
    }

    /** A customer's message as stored (redacted), with when it was sent. */
    private record CustomerText(String text, Instant at) {
    }

    /** The customer's newest message before sequence number {@code seq}: the question a reply answered. */
    private Optional<CustomerText> customerMessageBefore(UUID conversationId, int seq) {
        return jdbc.sql("""
                SELECT text, created_at FROM message
                WHERE conversation_id = :id AND role = 'CUSTOMER' AND seq < :seq ORDER BY conversation_id DESC, seq DESC LIMIT 1""")
                .param("id", conversationId).param("seq", seq)
                .query((rs, row) -> new CustomerText(rs.getString("text"), instant(rs, "created_at")))
                .optional();
    }

    private List<Source> sources(UUID messageId) {
        return jdbc.sql("SELECT title, url FROM message_source WHERE message_id = :id ORDER BY position")
                .param("id", messageId)
                .query((rs, row) -> new Source(rs.getString("title"), rs.getString("url"))).list();
    }

    /** An assistant's suggestions, with the articles offered and the customer's (redacted) question they answered. */
    record Offered(Message suggestions, String question) {
    }

    Optional<Offered> suggestions(UUID conversationId, UUID messageId) {
        Optional<Integer> seq = jdbc.sql("SELECT seq FROM message WHERE id = :message AND conversation_id = :id AND kind = 'SUGGESTIONS'")
                .param("message", messageId).param("id", conversationId).query(Integer.class).optional();
        if (seq.isEmpty()) {
            return Optional.empty();
        }
        Message suggestions = messages(conversationId).stream().filter(m -> m.id().equals(messageId)).findFirst().orElseThrow();
        String question = customerMessageBefore(conversationId, seq.get()).map(CustomerText::text).orElse("");
        return Optional.of(new Offered(suggestions, question));
    }

    /** The last {@code limit} customer messages and replies (no notices or hand-offs), oldest first, as stored. */
    List<Question.Turn> recentTurns(UUID conversationId, int limit) {
        List<Question.Turn> newestFirst = jdbc.sql("""
                SELECT role, text FROM message WHERE conversation_id = :id AND kind IN ('TEXT', 'ANSWER', 'NO_ANSWER', 'AGENT')
                ORDER BY conversation_id DESC, seq DESC LIMIT :limit""")
                .param("id", conversationId).param("limit", limit)
                .query((rs, row) -> new Question.Turn(MessageRole.CUSTOMER.name().equals(rs.getString("role")), rs.getString("text")))
                .list();
        List<Question.Turn> oldestFirst = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    List<Message> messages(UUID conversationId) {
        Map<UUID, List<Source>> sources = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT s.message_id, s.title, s.url FROM message_source s JOIN message m ON m.id = s.message_id
                WHERE m.conversation_id = :id ORDER BY s.message_id, s.position""")
                .param("id", conversationId)
                .query((ResultSet rs) -> {
                    sources.computeIfAbsent(rs.getObject("message_id", UUID.class), k -> new ArrayList<>())
                            .add(new Source(rs.getString("title"), rs.getString("url")));
                });
        return jdbc.sql("SELECT * FROM message WHERE conversation_id = :id ORDER BY seq")
                .param("id", conversationId)
                .query((rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Message(id, rs.getInt("seq"), MessageRole.valueOf(rs.getString("role")),
                            MessageKind.valueOf(rs.getString("kind")), rs.getString("text"),
                            sources.getOrDefault(id, List.of()), instant(rs, "created_at"), rs.getString("author"));
                })
                .list();
    }

    void insertDisclosure(DisclosureRecord record) {
        jdbc.sql("""
                INSERT INTO disclosure (conversation_id, locale, message, banner, sent_at)
                VALUES (:id, :locale, :message, :banner, :sentAt)""")
                .param("id", record.conversationId())
                .param("locale", record.locale())
                .param("message", record.message())
                .param("banner", record.banner())
                .param("sentAt", utc(record.sentAt()))
                .update();
    }

    /** Records the first confirmation only: evidence is not overwritten. */
    int confirmDisplayed(UUID conversationId, Instant at) {
        return jdbc.sql("UPDATE disclosure SET displayed_at = :at WHERE conversation_id = :id AND displayed_at IS NULL")
                .param("at", utc(at)).param("id", conversationId).update();
    }

    Optional<DisclosureRecord> disclosure(UUID conversationId) {
        return jdbc.sql("SELECT * FROM disclosure WHERE conversation_id = :id").param("id", conversationId)
                .query(DISCLOSURE).optional();
    }

    List<DisclosureRecord> disclosuresBetween(Instant from, Instant to, int limit) {
        return jdbc.sql("SELECT * FROM disclosure WHERE sent_at >= :from AND sent_at < :to ORDER BY sent_at LIMIT :limit")
                .param("from", utc(from)).param("to", utc(to)).param("limit", limit).query(DISCLOSURE).list();
    }

    long[] coverageBetween(Instant from, Instant to) {
        return jdbc.sql("""
                SELECT COUNT(*) AS conversations, COUNT(d.conversation_id) AS disclosed, COUNT(d.displayed_at) AS displayed
                FROM conversation c LEFT JOIN disclosure d ON d.conversation_id = c.id
                WHERE c.created_at >= :from AND c.created_at < :to""")
                .param("from", utc(from)).param("to", utc(to))
                .query((rs, row) -> new long[] {rs.getLong("conversations"), rs.getLong("disclosed"), rs.getLong("displayed")})
                .single();
    }

    long[] timingBetween(Instant from, Instant to) {
        return jdbc.sql("""
                SELECT COUNT(*) AS conversations,
                       SUM(CASE WHEN EXISTS (SELECT 1 FROM message m WHERE m.conversation_id = c.id AND m.kind = 'DISCLOSURE'
                                   AND m.seq = (SELECT MIN(f.seq) FROM message f WHERE f.conversation_id = c.id)) THEN 1 ELSE 0 END) AS first_,
                       SUM(CASE WHEN EXISTS (SELECT 1 FROM disclosure d WHERE d.conversation_id = c.id AND d.locale = c.locale)
                                THEN 1 ELSE 0 END) AS same_language
                FROM conversation c WHERE c.created_at >= :from AND c.created_at < :to""")
                .param("from", utc(from)).param("to", utc(to))
                .query((rs, row) -> new long[] {rs.getLong("conversations"), rs.getLong("first_"), rs.getLong("same_language")})
                .single();
    }

    boolean disclosedSince(UUID conversationId, Instant at) {
        return jdbc.sql("SELECT COUNT(*) FROM message WHERE conversation_id = :id AND kind = 'DISCLOSURE' AND created_at >= :at")
                .param("id", conversationId).param("at", utc(at)).query(Long.class).single() > 0;
    }

    java.util.Set<String> noticesShown(UUID conversationId) {
        return new java.util.TreeSet<>(jdbc.sql("SELECT data_type FROM privacy_notice WHERE conversation_id = :id")
                .param("id", conversationId).query(String.class).list());
    }

    void insertNotice(UUID conversationId, String type, Instant at) {
        jdbc.sql("INSERT INTO privacy_notice (conversation_id, data_type, shown_at) VALUES (:id, :type, :at)")
                .param("id", conversationId).param("type", type).param("at", utc(at)).update();
    }

    Optional<Instant> erasedAt(UUID conversationId) {
        return jdbc.sql("SELECT erased_at FROM conversation WHERE id = :id").param("id", conversationId)
                .query((rs, row) -> Optional.ofNullable(instant(rs, "erased_at"))).optional().flatMap(o -> o);
    }

    /** Deletes every message (their sources cascade) and notice, and marks the conversation erased and closed. */
    void eraseContent(UUID conversationId, Instant at) {
        jdbc.sql("DELETE FROM message WHERE conversation_id = :id").param("id", conversationId).update();
        jdbc.sql("DELETE FROM privacy_notice WHERE conversation_id = :id").param("id", conversationId).update();
        jdbc.sql("UPDATE conversation SET erased_at = :at, state = 'CLOSED', updated_at = :at WHERE id = :id")
                .param("at", utc(at)).param("id", conversationId).update();
    }

    List<UUID> inactiveSince(Instant cutoff, int limit) {
        return jdbc.sql("SELECT id FROM conversation WHERE updated_at < :cutoff AND erased_at IS NULL ORDER BY updated_at LIMIT :limit")
                .param("cutoff", utc(cutoff)).param("limit", limit).query(UUID.class).list();
    }

    /** NO_ANSWER timestamps in {@code [from, to)}, for counting per day (bounded by {@code limit}). */
    List<Instant> noAnswersBetween(Instant from, Instant to, int limit) {
        return jdbc.sql("SELECT created_at FROM message WHERE kind = 'NO_ANSWER' AND created_at >= :from AND created_at < :to LIMIT :limit")
                .param("from", utc(from)).param("to", utc(to)).param("limit", limit)
                .query((rs, row) -> instant(rs, "created_at")).list();
    }

    /** The customer messages directly before the newest NO_ANSWERs. */
    List<String> questionsBeforeNoAnswers(int limit) {
        return jdbc.sql("""
                SELECT q.text FROM message a JOIN message q ON q.conversation_id = a.conversation_id AND q.seq = a.seq - 1
                WHERE a.kind = 'NO_ANSWER' AND q.role = 'CUSTOMER' ORDER BY a.created_at DESC LIMIT :limit""")
                .param("limit", limit).query(String.class).list();
    }

    private static final RowMapper<DisclosureRecord> DISCLOSURE = (rs, row) -> new DisclosureRecord(
            rs.getObject("conversation_id", UUID.class), rs.getString("locale"), rs.getString("message"),
            rs.getString("banner"), instant(rs, "sent_at"), instant(rs, "displayed_at"));

    private StoredConversation storedConversation(ResultSet rs, int row) throws SQLException {
        String reason = rs.getString("handoff_reason");
        String outcome = rs.getString("outcome");
        Handling handling = new Handling(reason == null ? null : HandoffReason.valueOf(reason), instant(rs, "waiting_since"),
                rs.getString("agent_username"), rs.getString("agent_name"),
                outcome == null ? null : AgentDesk.Outcome.valueOf(outcome));
        return new StoredConversation(new Conversation(rs.getObject("id", UUID.class),
                ConversationState.valueOf(rs.getString("state")), rs.getString("locale"),
                instant(rs, "created_at"), instant(rs, "updated_at")), rs.getString("token_hash"), handling);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

}
