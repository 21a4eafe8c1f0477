-- Requests to see masked fields, and the time-limited grants that approve them.
CREATE TABLE reveal_requests (
    id              INTEGER PRIMARY KEY,
    requester_id    INTEGER NOT NULL REFERENCES staff(id),
    customer_id     INTEGER NOT NULL REFERENCES customers(id),
    fields          TEXT NOT NULL,                 -- JSON list of field keys
    reason_code     TEXT NOT NULL,
    reason_text     TEXT NOT NULL DEFAULT '',      -- kept here, never in the audit log
    minutes         INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 60),
    status          TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'approved', 'denied')),
    created_at      TEXT NOT NULL,
    decided_by      INTEGER REFERENCES staff(id),
    decided_at      TEXT,
    decision_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reveal_requests_by_status ON reveal_requests(status, created_at);
CREATE INDEX reveal_requests_by_requester ON reveal_requests(requester_id, created_at);

CREATE TABLE reveal_grants (
    id           INTEGER PRIMARY KEY,
    request_id   INTEGER NOT NULL UNIQUE REFERENCES reveal_requests(id),
    requester_id INTEGER NOT NULL REFERENCES staff(id),
    customer_id  INTEGER NOT NULL REFERENCES customers(id),
    fields       TEXT NOT NULL,
    granted_at   TEXT NOT NULL,
    expires_at   TEXT NOT NULL,
    approved_by  INTEGER NOT NULL REFERENCES staff(id),
    flagged      INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1))
);

-- Counting a user's recent record views (bulk-viewing guard) without scanning their history.
CREATE INDEX audit_by_actor_action ON audit_log(actor_id, action, at);
