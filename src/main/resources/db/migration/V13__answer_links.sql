-- The cards an answer links (the place or object it is about, then the incident it used), as a JSON array kept in
-- the answer's own row like its citations: history gives them back with the answer.
ALTER TABLE chat_turns ADD COLUMN links VARCHAR;
