-- Example questions customers ask that an article answers (front matter `questions:`), one per line; searched as
-- phrasings of the article's topic. Existing articles have none.
ALTER TABLE kb_article ADD COLUMN questions TEXT NOT NULL DEFAULT '';
