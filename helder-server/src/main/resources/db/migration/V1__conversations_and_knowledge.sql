-- Portable SQL: runs unchanged on H2 (embedded default) and PostgreSQL (production).

CREATE TABLE conversation (
    id           UUID         PRIMARY KEY,
    token_hash   VARCHAR(64)  NOT NULL,
    locale       VARCHAR(8)   NOT NULL,
    state        VARCHAR(24)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX conversation_created_at ON conversation (created_at);

CREATE TABLE message (
    id              UUID         PRIMARY KEY,
    conversation_id UUID         NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    seq             INTEGER      NOT NULL,
    role            VARCHAR(16)  NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    text            TEXT         NOT NULL,
    confidence      DOUBLE PRECISION,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT message_seq_unique UNIQUE (conversation_id, seq)
);

CREATE TABLE message_source (
    message_id UUID          NOT NULL REFERENCES message (id) ON DELETE CASCADE,
    position   INTEGER       NOT NULL,
    title      VARCHAR(300)  NOT NULL,
    url        VARCHAR(2000) NOT NULL,
    PRIMARY KEY (message_id, position)
);

-- Evidence of the AI disclosure (AI Act Art. 50(1)); kept as long as the conversation.
CREATE TABLE disclosure (
    conversation_id UUID         PRIMARY KEY REFERENCES conversation (id) ON DELETE CASCADE,
    locale          VARCHAR(8)   NOT NULL,
    message         TEXT         NOT NULL,
    banner          TEXT         NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    displayed_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX disclosure_sent_at ON disclosure (sent_at);

CREATE TABLE kb_article (
    id       VARCHAR(200)  PRIMARY KEY,
    position INTEGER       NOT NULL,
    title    VARCHAR(300)  NOT NULL,
    url      VARCHAR(2000) NOT NULL,
    locale   VARCHAR(8)    NOT NULL,
    tags     TEXT          NOT NULL,
    body     TEXT          NOT NULL
);

-- Spring Security's JDBC user schema, so JdbcUserDetailsManager manages staff accounts.
CREATE TABLE users (
    username VARCHAR(100) PRIMARY KEY,
    password VARCHAR(500) NOT NULL,
    enabled  BOOLEAN      NOT NULL
);
CREATE TABLE authorities (
    username  VARCHAR(100) NOT NULL REFERENCES users (username) ON DELETE CASCADE,
    authority VARCHAR(50)  NOT NULL,
    CONSTRAINT authorities_unique UNIQUE (username, authority)
);
