-- AI literacy (AI Act Art. 4): who completed which training, when, with what score.
CREATE TABLE literacy_record (
    id             UUID         PRIMARY KEY,
    username       VARCHAR(100) NOT NULL,
    module_id      VARCHAR(64)  NOT NULL,
    module_version VARCHAR(32)  NOT NULL,
    score          INTEGER      NOT NULL,
    questions      INTEGER      NOT NULL,
    passed         BOOLEAN      NOT NULL,
    completed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX literacy_record_user ON literacy_record (username, completed_at);

-- Vendors of AI systems: the deployer stays responsible, so it asks them and keeps the answers.
CREATE TABLE vendor (
    id         UUID          PRIMARY KEY,
    name       VARCHAR(200)  NOT NULL UNIQUE,
    contact    VARCHAR(320),
    status     VARCHAR(16)   NOT NULL,
    answers    TEXT          NOT NULL,
    documents  TEXT          NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by VARCHAR(100)  NOT NULL
);
