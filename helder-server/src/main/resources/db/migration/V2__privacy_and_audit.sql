-- Which personal-data notices a conversation has shown, so each type is explained once.
CREATE TABLE privacy_notice (
    conversation_id UUID        NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    data_type       VARCHAR(32) NOT NULL,
    shown_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (conversation_id, data_type)
);

-- When a conversation's content was erased (on request or by retention); the header stays as a tombstone.
ALTER TABLE conversation ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;

-- Append-only evidence of what the system decided, never with the personal data itself.
CREATE TABLE audit_event (
    id              UUID         PRIMARY KEY,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    event_type      VARCHAR(64)  NOT NULL,
    actor           VARCHAR(100) NOT NULL,
    conversation_id UUID,
    details         TEXT         NOT NULL
);
CREATE INDEX audit_event_occurred_at ON audit_event (occurred_at);
CREATE INDEX audit_event_conversation ON audit_event (conversation_id);
