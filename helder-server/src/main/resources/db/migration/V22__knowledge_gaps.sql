-- The knowledge base's gap list: customer questions (as stored, so redacted) the assistant could not answer, was
-- unsure about, or answered before the customer asked for a person. Deleted with the conversation's content
-- (erasure, retention) or after helder.knowledge.gaps.retention, whichever comes first.
CREATE TABLE kb_gap_question (
    id              UUID          PRIMARY KEY,
    conversation_id UUID          NOT NULL,
    asked_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    kind            VARCHAR(32)   NOT NULL,
    language        VARCHAR(8)    NOT NULL,
    question        TEXT          NOT NULL,
    confidence      DOUBLE PRECISION NOT NULL,
    -- the article the assistant answered with or the customer picked among suggestions, when there was one
    article_id      VARCHAR(200),
    -- the articles offered, one id per line (suggestions), for the administrator's choice
    offered         TEXT          NOT NULL DEFAULT '',
    -- OPEN, LINKED (to resolved_article) or OUT_OF_SCOPE
    status          VARCHAR(16)   NOT NULL DEFAULT 'OPEN',
    resolved_article VARCHAR(200),
    resolved_by     VARCHAR(100),
    resolved_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX kb_gap_question_status ON kb_gap_question (status, asked_at);
CREATE INDEX kb_gap_question_conversation ON kb_gap_question (conversation_id);

-- The latest question of a conversation the assistant answered, so that a hand-off right after it is listed as a
-- gap; replaced by every later reply, deleted with the conversation's content.
CREATE TABLE kb_gap_last_answer (
    conversation_id UUID          PRIMARY KEY,
    asked_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    language        VARCHAR(8)    NOT NULL,
    question        TEXT          NOT NULL,
    confidence      DOUBLE PRECISION NOT NULL,
    article_id      VARCHAR(200)
);

-- Counts, no text: how many customer questions in `language` were answered from (or picked, or linked to) an
-- article written in another language. Many of them flag an article that lacks a translation customers ask for.
CREATE TABLE kb_gap_translation (
    article_id  VARCHAR(200) NOT NULL,
    language    VARCHAR(8)   NOT NULL,
    questions   INTEGER      NOT NULL,
    last_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (article_id, language)
);

-- Example questions an administrator added to an article from the gap list: applied to the article whenever the
-- knowledge base is loaded or imported, while an article with that id exists; searched like front-matter questions.
CREATE TABLE kb_learned_question (
    id          UUID          PRIMARY KEY,
    article_id  VARCHAR(200)  NOT NULL,
    question    TEXT          NOT NULL,
    language    VARCHAR(8)    NOT NULL,
    linked_by   VARCHAR(100)  NOT NULL,
    linked_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX kb_learned_question_article ON kb_learned_question (article_id);
