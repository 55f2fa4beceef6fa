-- The agent console: who took a conversation over, why it was handed over, how it ended.
ALTER TABLE conversation ADD COLUMN handoff_reason VARCHAR(32);
ALTER TABLE conversation ADD COLUMN waiting_since  TIMESTAMP WITH TIME ZONE;
ALTER TABLE conversation ADD COLUMN agent_username VARCHAR(100);
ALTER TABLE conversation ADD COLUMN agent_name     VARCHAR(100);
ALTER TABLE conversation ADD COLUMN outcome        VARCHAR(32);
CREATE INDEX conversation_state ON conversation (state, waiting_since);

-- The name a customer sees for a person's message ("Sanne").
ALTER TABLE message ADD COLUMN author VARCHAR(100);

-- The first name staff show to customers; the username stays internal.
ALTER TABLE users ADD COLUMN display_name VARCHAR(100);

-- Personal API tokens for scripts; only a SHA-256 hash of the token is stored.
CREATE TABLE api_token (
    id           UUID         PRIMARY KEY,
    username     VARCHAR(100) NOT NULL REFERENCES users (username) ON DELETE CASCADE,
    name         VARCHAR(100) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL UNIQUE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_token_username ON api_token (username);

-- Who handled a ticket, and when.
ALTER TABLE ticket ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE ticket ADD COLUMN closed_by VARCHAR(100);
