-- The audit viewer's filters at a million entries: each filter finds its first page (newest
-- first, by seq) and its count through an index instead of reading the whole log. By user and
-- by customer already have theirs (0001); by user and action too (0002).
CREATE INDEX audit_by_action ON audit_log(action, seq);
CREATE INDEX audit_by_outcome ON audit_log(outcome, seq);
CREATE INDEX audit_by_at ON audit_log(at);
