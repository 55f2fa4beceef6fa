-- Originals of personal data that an administrator chose to keep (helder.privacy.keep), encrypted, with an expiry.
CREATE TABLE kept_value (
    id              UUID         PRIMARY KEY,
    conversation_id UUID         NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    data_type       VARCHAR(32)  NOT NULL,
    lookup_hash     VARCHAR(64)  NOT NULL,
    ciphertext      VARCHAR(4000) NOT NULL,
    stored_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX kept_value_lookup ON kept_value (lookup_hash);
CREATE INDEX kept_value_expires ON kept_value (expires_at);
