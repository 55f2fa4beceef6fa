-- The audit trail becomes a hash chain: every entry carries its position and the hash of the entry before,
-- so a changed, removed or reordered entry breaks the chain. audit_head holds the newest link (one row); it
-- is locked while an entry is appended, which also puts concurrent appends in one order.
ALTER TABLE audit_event ADD COLUMN seq BIGINT;
ALTER TABLE audit_event ADD COLUMN prev_hash VARCHAR(64);
ALTER TABLE audit_event ADD COLUMN entry_hash VARCHAR(64);
CREATE UNIQUE INDEX audit_event_seq ON audit_event (seq);

CREATE TABLE audit_head (
    id         INTEGER     PRIMARY KEY,
    seq        BIGINT      NOT NULL,
    entry_hash VARCHAR(64) NOT NULL
);
-- seq 0 and 64 zeros: the genesis before the first entry. Entries from before this migration are chained at start.
INSERT INTO audit_head (id, seq, entry_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
