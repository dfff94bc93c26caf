-- The situation model follows the knowledge base by change number, as a node's search index does: derived_seq is the
-- last knowledge change (kb_state.change_seq) the model holds. Until now the model was derived while sources were
-- stored, so it holds every change made so far. Of several processes on one database, the one holding the lease
-- (lease_holder, until lease_until) derives.
ALTER TABLE sit_state ADD COLUMN derived_seq BIGINT NOT NULL DEFAULT 0;
ALTER TABLE sit_state ADD COLUMN lease_holder VARCHAR(64);
ALTER TABLE sit_state ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
UPDATE sit_state SET derived_seq = (SELECT change_seq FROM kb_state WHERE id = 1) WHERE id = 1;
