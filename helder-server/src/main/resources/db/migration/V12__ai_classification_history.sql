-- Every classification of an AI system, with the rules version it used: when the law changes and a system is
-- re-classified under a newer version, the earlier classification stays on record beside the new one.
CREATE TABLE ai_classification (
    system_id      UUID          NOT NULL REFERENCES ai_system (id) ON DELETE CASCADE,
    position       INTEGER       NOT NULL,
    classified_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    rules_version  VARCHAR(32)   NOT NULL,
    risk_class     VARCHAR(16)   NOT NULL,
    answers        TEXT          NOT NULL,
    classified_by  VARCHAR(100)  NOT NULL,
    PRIMARY KEY (system_id, position)
);

-- The classifications made before this table existed (one per system: the latest).
INSERT INTO ai_classification (system_id, position, classified_at, rules_version, risk_class, answers, classified_by)
SELECT id, 1, classified_at, rules_version, risk_class, answers, classified_by FROM ai_system
WHERE risk_class IS NOT NULL AND classified_at IS NOT NULL AND rules_version IS NOT NULL AND answers IS NOT NULL
  AND classified_by IS NOT NULL;
