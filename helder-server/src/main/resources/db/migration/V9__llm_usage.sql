-- One row per call of the optional language model: which provider and model, tokens in and out, and whether the
-- customer got the model's answer or the retrieval fallback (with the reason). No message text is stored here.
CREATE TABLE llm_usage (
    id              UUID PRIMARY KEY,
    conversation_id UUID,
    provider        VARCHAR(20)  NOT NULL,
    model           VARCHAR(200) NOT NULL,
    in_eu           BOOLEAN      NOT NULL,
    input_tokens    INTEGER      NOT NULL,
    output_tokens   INTEGER      NOT NULL,
    outcome         VARCHAR(20)  NOT NULL,
    fallback_reason VARCHAR(40),
    latency_ms      INTEGER      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX llm_usage_conversation ON llm_usage (conversation_id);
CREATE INDEX llm_usage_created ON llm_usage (created_at);
