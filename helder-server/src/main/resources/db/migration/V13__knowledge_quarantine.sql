-- Articles of the latest import that the indirect-injection check suspected: kept out of the index, with the
-- check's score and reasons, until an administrator releases or removes them. An import replaces them all.
CREATE TABLE kb_quarantine (
    id             VARCHAR(200)  PRIMARY KEY,
    position       INTEGER       NOT NULL,
    title          VARCHAR(300)  NOT NULL,
    url            VARCHAR(2000) NOT NULL,
    locale         VARCHAR(8)    NOT NULL,
    tags           TEXT          NOT NULL,
    body           TEXT          NOT NULL,
    score          DOUBLE PRECISION NOT NULL,
    reasons        TEXT          NOT NULL,
    source         VARCHAR(2000) NOT NULL,
    quarantined_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- An administrator's release of one version of an article (its content hash): the same, unchanged article is
-- not quarantined again by the next import or restart; a changed one is checked afresh.
CREATE TABLE kb_release (
    article_id   VARCHAR(200) NOT NULL,
    content_hash CHAR(64)     NOT NULL,
    released_by  VARCHAR(100) NOT NULL,
    released_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (article_id, content_hash)
);
