-- The register of the company's AI systems (AI Act: know what you deploy), with the latest classification.
CREATE TABLE ai_system (
    id                     UUID          PRIMARY KEY,
    builtin                VARCHAR(32)   UNIQUE,
    name                   VARCHAR(200)  NOT NULL,
    purpose                TEXT          NOT NULL,
    owner                  VARCHAR(200)  NOT NULL,
    vendor                 VARCHAR(200),
    interacts_with_persons BOOLEAN       NOT NULL,
    data_categories        TEXT          NOT NULL,
    deployed_on            DATE,
    status                 VARCHAR(16)   NOT NULL,
    answers                TEXT,
    risk_class             VARCHAR(16),
    rules_version          VARCHAR(32),
    classified_at          TIMESTAMP WITH TIME ZONE,
    classified_by          VARCHAR(100),
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Progress on each obligation that follows from a system's class.
CREATE TABLE ai_obligation_status (
    system_id     UUID          NOT NULL REFERENCES ai_system (id) ON DELETE CASCADE,
    obligation_id VARCHAR(64)   NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    owner         VARCHAR(200),
    evidence      VARCHAR(2000),
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(100)  NOT NULL,
    PRIMARY KEY (system_id, obligation_id)
);
