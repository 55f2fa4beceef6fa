-- Messages left for a person when nobody is available (the offline fallback of a hand-off).
CREATE TABLE ticket (
    id              UUID         PRIMARY KEY,
    reference       VARCHAR(16)  NOT NULL UNIQUE,
    conversation_id UUID         NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    contact         VARCHAR(320) NOT NULL,
    message         TEXT         NOT NULL,
    reason          VARCHAR(32)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ticket_created_at ON ticket (created_at);
