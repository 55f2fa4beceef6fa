package nl.helder.server.audit.internal;

import nl.helder.server.audit.AuditEvent;
import nl.helder.server.audit.ChainVerification;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The append-only, hash-chained {@code audit_event} table. An entry is first <em>staged</em>: inserted in the
 * transaction of the change, without a position, taking no lock. {@link #chainUnlinked()} then gives the staged
 * entries consecutive positions and hashes in one short transaction that locks the chain's head row, so audited
 * writes on every node commit side by side instead of one after the other behind that row.
 * {@link #append} stages and chains at once, for the rare writes that are not part of a turn.
 */
@Repository
class AuditRepository {

    private static final int PAGE = 1_000;
    static final int CHAIN_BATCH = 5_000;

    /** An entry with its place in the chain. */
    record Link(AuditEvent event, long seq, String previousHash, String hash) {
    }

    /** The newest link: its position and hash. */
    record Head(long seq, String hash) {
    }

    private static final RowMapper<AuditEvent> EVENT = (rs, row) -> new AuditEvent(rs.getObject("id", UUID.class),
            rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("event_type"), rs.getString("actor"),
            rs.getObject("conversation_id", UUID.class), rs.getString("details"));

    private static final RowMapper<Link> LINK = (rs, row) -> new Link(EVENT.mapRow(rs, row), rs.getLong("seq"),
            rs.getString("prev_hash"), rs.getString("entry_hash"));

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;
    private final AuditCheckpoints checkpoints;
    private final StagingSeal seal;

    AuditRepository(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch, AuditCheckpoints checkpoints) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.checkpoints = checkpoints;
        this.seal = checkpoints.stagingSeal();
    }

    /**
     * Calls {@code batch} (one of the chaining methods) until it returns less than a full batch, so a backlog is
     * chained in several short transactions; returns the total.
     */
    static int untilDone(java.util.function.IntSupplier batch) {
        int total = 0;
        int done;
        do {
            done = batch.getAsInt();
            total += done;
        } while (done == CHAIN_BATCH);
        return total;
    }

    /** Whether this node has staged entries not yet chained (a cheap look before taking the head's lock). */
    boolean hasStaged() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE seq IS NULL AND staged_by = :node")
                .param("node", seal.node()).query(Long.class).single() > 0;
    }

    /** The chain's recorded head. */
    Head head() {
        return jdbc.sql("SELECT seq, entry_hash FROM audit_head WHERE id = 1")
                .query((rs, row) -> new Head(rs.getLong("seq"), rs.getString("entry_hash"))).single();
    }

    /** Inserts the entry without a position, in the caller's transaction; {@link AuditChainer} chains it after the commit. */
    void stage(AuditEvent event) {
        AuditEvent stored = new AuditEvent(event.id(), AuditChain.storable(event.occurredAt()), event.type(), event.actor(),
                event.conversationId(), event.details());
        jdbc.sql("""
                INSERT INTO audit_event (id, occurred_at, event_type, actor, conversation_id, details, staged_by, staged_seal)
                VALUES (:id, :at, :type, :actor, :conversation, :details, :node, :seal)""")
                .param("id", stored.id()).param("at", stored.occurredAt().atOffset(ZoneOffset.UTC))
                .param("type", stored.type()).param("actor", stored.actor()).param("conversation", stored.conversationId())
                .param("details", stored.details()).param("node", seal.node()).param("seal", seal.seal(stored))
                .update();
    }

    /**
     * Chains the entries this node staged (sealed with its key) and that committed, oldest first, at most
     * {@value #CHAIN_BATCH} in one short transaction holding the head row; returns how many. A row whose seal this
     * node's key does not confirm stays outside the chain, and verify reports it.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    int chainStaged() {
        Head head = lockHead(); // first: entries read after it cannot be chained meanwhile by another call
        List<Map.Entry<AuditEvent, String>> staged = jdbc.sql("""
                SELECT * FROM audit_event WHERE seq IS NULL AND staged_by = :node ORDER BY occurred_at, id LIMIT :limit""")
                .param("node", seal.node()).param("limit", CHAIN_BATCH)
                .query((rs, row) -> Map.entry(EVENT.mapRow(rs, row), String.valueOf(rs.getString("staged_seal")))).list();
        Map<Boolean, List<AuditEvent>> bySeal = staged.stream().collect(java.util.stream.Collectors.partitioningBy(
                e -> seal.confirms(e.getKey(), e.getValue()), java.util.stream.Collectors.mapping(Map.Entry::getKey,
                        java.util.stream.Collectors.toList())));
        List<AuditEvent> confirmed = bySeal.get(true);
        // A row whose seal this node's key does not confirm was not staged by Helder: set aside (never chained, and
        // reported by verify), so it cannot hold up the rows behind it.
        bySeal.get(false).forEach(event -> jdbc.sql("UPDATE audit_event SET staged_by = 'rejected' WHERE id = :id AND seq IS NULL")
                .param("id", event.id()).update());
        if (confirmed.isEmpty()) {
            return staged.size();
        }
        long seq = head.seq();
        String hash = head.hash();
        List<Object[]> links = new java.util.ArrayList<>(confirmed.size());
        for (AuditEvent event : confirmed) {
            seq++;
            String next = AuditChain.hash(hash, seq, event);
            links.add(new Object[] {seq, hash, next, event.id()});
            hash = next;
        }
        // One batch: the head's lock, which every node's chainer needs, is held for as few round trips as possible.
        batch.batchUpdate("UPDATE audit_event SET seq = ?, prev_hash = ?, entry_hash = ? WHERE id = ? AND seq IS NULL", links);
        moveHead(seq, hash);
        return staged.size();
    }

    @Transactional
    void append(AuditEvent event) {
        Head head = lockHead();
        AuditEvent stored = new AuditEvent(event.id(), AuditChain.storable(event.occurredAt()), event.type(), event.actor(),
                event.conversationId(), event.details());
        long seq = head.seq() + 1;
        String hash = AuditChain.hash(head.hash(), seq, stored);
        jdbc.sql("""
                INSERT INTO audit_event (id, occurred_at, event_type, actor, conversation_id, details, seq, prev_hash, entry_hash)
                VALUES (:id, :at, :type, :actor, :conversation, :details, :seq, :prev, :hash)""")
                .param("id", stored.id()).param("at", stored.occurredAt().atOffset(ZoneOffset.UTC)).param("type", stored.type())
                .param("actor", stored.actor()).param("conversation", stored.conversationId()).param("details", stored.details())
                .param("seq", seq).param("prev", head.hash()).param("hash", hash)
                .update();
        moveHead(seq, hash);
    }

    /** Chains entries written before the chain existed (unsealed, no position), oldest first; at start, after an upgrade. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    int chainUnlinked() {
        Head head = lockHead();
        // Only rows from before the chain began (an upgrade from a trail without one): an unsealed row dated after the
        // first chained entry was slipped in, and stays out, where verify reports it.
        List<AuditEvent> unlinked = jdbc.sql("""
                SELECT * FROM audit_event WHERE seq IS NULL AND staged_by IS NULL
                AND (NOT EXISTS (SELECT 1 FROM audit_event WHERE seq = 1)
                     OR occurred_at < (SELECT occurred_at FROM audit_event WHERE seq = 1))
                ORDER BY occurred_at, id LIMIT :limit""")
                .param("limit", CHAIN_BATCH).query(EVENT).list();
        long seq = head.seq();
        String hash = head.hash();
        for (AuditEvent event : unlinked) {
            seq++;
            String next = AuditChain.hash(hash, seq, event);
            jdbc.sql("UPDATE audit_event SET seq = :seq, prev_hash = :prev, entry_hash = :hash WHERE id = :id")
                    .param("seq", seq).param("prev", hash).param("hash", next).param("id", event.id()).update();
            hash = next;
        }
        if (!unlinked.isEmpty()) {
            moveHead(seq, hash);
        }
        return unlinked.size();
    }

    /**
     * Walks the chain from the first entry, then holds it against the signed checkpoints kept outside the
     * database: an entry a checkpoint recorded must still be there with the hash it had, so a cut tail or a
     * restored older copy is reported with the first missing position.
     */
    // One snapshot for the head and the walk: entries appended meanwhile by other transactions are not half seen.
    @Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    ChainVerification verify() {
        AuditCheckpoints.Reading anchors = checkpoints.read();
        AuditCheckpoints.Checkpoint newest = anchors.newest();
        Long anchoredAt = newest == null ? null : newest.position();
        java.time.Instant anchoredWhen = newest == null ? null : newest.at();
        Map<Long, String> recorded = anchors.headsByPosition();
        Head head = head();
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
        // A sealed entry staged in the last minute may still be on its way into the chain (its node chains it within
        // moments); anything else outside the chain was slipped in, or its node never came back.
        long outside = jdbc.sql("""
                SELECT COUNT(*) FROM audit_event WHERE seq IS NULL
                AND NOT (staged_by IS NOT NULL AND occurred_at > :recent AND occurred_at < :future)""")
                .param("recent", Instant.now().minusSeconds(60).atOffset(ZoneOffset.UTC))
                .param("future", Instant.now().plusSeconds(60).atOffset(ZoneOffset.UTC)).query(Long.class).single();
        long expected = 1;
        String previous = AuditChain.GENESIS;
        while (true) {
            List<Link> page = page(expected - 1);
            for (Link link : page) {
                if (link.seq() != expected) {
                    return broken(total, expected, "entry " + expected + " is missing (the next one found is " + link.seq() + ")", newest);
                }
                if (!Objects.equals(link.previousHash(), previous)) {
                    return broken(total, link.seq(), "entry " + link.seq() + " does not follow entry " + (link.seq() - 1), newest);
                }
                if (!AuditChain.hash(previous, link.seq(), link.event()).equals(link.hash())) {
                    return broken(total, link.seq(), "entry " + link.seq() + " was changed after it was written", newest);
                }
                String anchored = recorded.get(link.seq());
                if (anchored != null && !anchored.equals(link.hash())) {
                    return broken(total, link.seq(), "entry " + link.seq() + " is not the one a checkpoint recorded: the trail was "
                            + "rewritten from there on, or an older copy of the database was restored", newest);
                }
                previous = link.hash();
                expected++;
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        long last = expected - 1;
        if (last != head.seq() || !previous.equals(head.hash())) {
            return broken(total, last + 1, "the chain ends at entry " + last + " but its recorded head is entry " + head.seq(), newest);
        }
        if (outside > 0) {
            return broken(total, null, outside + " entr" + (outside == 1 ? "y is" : "ies are") + " outside the chain", newest);
        }
        if (newest != null && newest.position() > last) {
            return broken(total, last + 1, "entries " + (last + 1) + " to " + newest.position() + " are missing: the checkpoint of "
                    + newest.at() + " recorded entry " + newest.position() + " but the trail ends at entry " + last
                    + " (its newest entries were cut, or an older copy of the database was restored)", newest);
        }
        if (anchors.problem() != null) {
            return broken(total, null, anchors.problem(), newest);
        }
        return new ChainVerification(true, total, null, null, anchoredAt, anchoredWhen);
    }

    /** Every chained entry from position {@code from} on, with its link, at most {@code limit}. */
    List<Link> links(long after, int limit) {
        return jdbc.sql("SELECT * FROM audit_event WHERE seq > :after ORDER BY seq LIMIT :limit")
                .param("after", after).param("limit", limit).query(LINK).list();
    }

    List<AuditEvent> forConversation(UUID conversationId) {
        return jdbc.sql("SELECT * FROM audit_event WHERE conversation_id = :id ORDER BY seq")
                .param("id", conversationId).query(EVENT).list();
    }

    List<AuditEvent> between(Instant from, Instant to, int limit) {
        return jdbc.sql("SELECT * FROM audit_event WHERE occurred_at >= :from AND occurred_at < :to ORDER BY seq LIMIT :limit")
                .param("from", from.atOffset(ZoneOffset.UTC)).param("to", to.atOffset(ZoneOffset.UTC)).param("limit", limit)
                .query(EVENT).list();
    }

    private List<Link> page(long after) {
        return links(after, PAGE);
    }

    private Head lockHead() {
        return jdbc.sql("SELECT seq, entry_hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .query((rs, row) -> new Head(rs.getLong("seq"), rs.getString("entry_hash"))).single();
    }

    private void moveHead(long seq, String hash) {
        jdbc.sql("UPDATE audit_head SET seq = :seq, entry_hash = :hash WHERE id = 1").param("seq", seq).param("hash", hash).update();
    }

    private static ChainVerification broken(long entries, Long at, String problem, AuditCheckpoints.Checkpoint newest) {
        return new ChainVerification(false, entries, at, problem, newest == null ? null : newest.position(),
                newest == null ? null : newest.at());
    }
}
