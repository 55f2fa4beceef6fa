-- Audit entries are staged in the transaction of the change and chained moments later in batches, so audited
-- writes no longer wait for one another on the chain's head row. A staged entry names the node whose key sealed it
-- (an HMAC over its content with the node's checkpoint key, kept outside the database); only that node chains it.
ALTER TABLE audit_event ADD COLUMN staged_by VARCHAR(16);
ALTER TABLE audit_event ADD COLUMN staged_seal VARCHAR(64);
CREATE INDEX audit_event_staged ON audit_event (staged_by, seq);
