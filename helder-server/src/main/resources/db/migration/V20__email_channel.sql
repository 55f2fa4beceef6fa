-- E-mail as a channel (issue 19). Portable SQL: H2 and PostgreSQL.

-- Which channel a conversation came in on: the widget's chat or a support mailbox.
ALTER TABLE conversation ADD COLUMN channel VARCHAR(16) DEFAULT 'CHAT' NOT NULL;

-- Every message a mailbox received or sent, by a SHA-256 of its Message-ID: a message is processed once
-- (the primary key refuses it a second time), later replies find their conversation through In-Reply-To and
-- References, and the loop guard counts replies per sender (also a hash: no address is needed for that).
CREATE TABLE email_message (
    mailbox         VARCHAR(200) NOT NULL,
    id_hash         VARCHAR(64)  NOT NULL,
    direction       VARCHAR(8)   NOT NULL,
    conversation_id UUID         REFERENCES conversation (id) ON DELETE CASCADE,
    outcome         VARCHAR(24)  NOT NULL,
    sender_hash     VARCHAR(64)  NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (mailbox, id_hash)
);
CREATE INDEX email_message_loop ON email_message (sender_hash, direction, occurred_at);
CREATE INDEX email_message_conversation ON email_message (conversation_id);

-- The e-mail side of a conversation: where replies go and what they refer to. The customer's address is kept
-- only to answer, and cleared when the conversation's content is erased.
CREATE TABLE email_thread (
    conversation_id  UUID          PRIMARY KEY REFERENCES conversation (id) ON DELETE CASCADE,
    mailbox          VARCHAR(200)  NOT NULL,
    customer_address VARCHAR(320),
    subject          VARCHAR(500)  NOT NULL,
    last_message_id  VARCHAR(998),
    refs             TEXT          NOT NULL,
    attachments      TEXT          NOT NULL,
    quoted           TEXT          NOT NULL
);

-- Replies: a draft waiting for a person, or a reply queued and then sent (the outbox, so a crash between the
-- commit and the SMTP hand-over sends it on the next run, with the same Message-ID). A sent reply's full text
-- is the disclosure evidence of that e-mail.
CREATE TABLE email_reply (
    id              UUID          PRIMARY KEY,
    conversation_id UUID          NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    mailbox         VARCHAR(200)  NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    author          VARCHAR(16)   NOT NULL,
    locale          VARCHAR(8)    NOT NULL,
    body            TEXT          NOT NULL,
    sources         TEXT          NOT NULL,
    message_id      VARCHAR(998)  NOT NULL,
    sent_text       TEXT,
    decided_by      VARCHAR(100),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX email_reply_state ON email_reply (state, created_at);
CREATE INDEX email_reply_conversation ON email_reply (conversation_id, state);
