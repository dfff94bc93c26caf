-- Every ask sets its session's last_activity_at. With that column in two indexes, every ask also rewrote both: in H2
-- two more B-tree paths per commit, in PostgreSQL no HOT update (a new entry in every index of the table). The
-- owner's list and the idle sweep now find rows by user and by status and sort or filter the few they get.
CREATE INDEX ix_sessions_user ON chat_sessions (user_id);
DROP INDEX ix_sessions_owner;
CREATE INDEX ix_sessions_status ON chat_sessions (status);
DROP INDEX ix_sessions_idle;
