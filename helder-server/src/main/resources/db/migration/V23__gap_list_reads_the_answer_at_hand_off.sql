-- A hand-off right after an answer is listed from the conversation's own messages at the hand-off (issue 18): the
-- gap list no longer keeps every answered turn's question in a table of its own, a write on every answered turn.
DROP TABLE kb_gap_last_answer;
