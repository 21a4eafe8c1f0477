-- migrate: foreign_keys=off
-- Rights requests from people the vault does not hold. Someone may ask "what do you hold about
-- me?" or "delete me" and be found nowhere; the answer is still due by the deadline, so the
-- request is registered with the requester's name and how to reach them instead of a customer.
-- The contact is needed only to answer: it is erased when the request is closed; the name
-- and notes stay as proof of the answer for the business's default retention period, then go
-- too (vault/rights_repo.py). customer_id becomes nullable,
-- which SQLite can only do by rebuilding the table; corrections(request_id) points at it, hence
-- the marker above (vault/migrate.py). Ids are kept.
CREATE TABLE rights_requests_new (
    id                INTEGER PRIMARY KEY,
    customer_id       INTEGER,                  -- no foreign key: outlives a destruction
    requester_name    TEXT NOT NULL DEFAULT '', -- only when customer_id is NULL
    requester_contact TEXT NOT NULL DEFAULT '', -- likewise; erased when the request is closed
    kind          TEXT NOT NULL CHECK (kind IN
        ('access', 'copy', 'correction', 'deletion', 'withdrawal', 'objection')),
    received_at   TEXT NOT NULL,
    channel       TEXT NOT NULL CHECK (channel IN ('counter', 'phone', 'email', 'letter', 'other')),
    details       TEXT NOT NULL DEFAULT '',     -- staff's note of the request; erased with the customer
    verified_by   INTEGER REFERENCES staff(id),
    verified_how  TEXT NOT NULL DEFAULT '',     -- a code: id_document, known_contact, in_person
    verified_at   TEXT,
    due_at        TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'in_progress', 'completed', 'refused')),
    response      TEXT NOT NULL DEFAULT '',     -- erased with the customer
    registered_by INTEGER NOT NULL REFERENCES staff(id),
    closed_by     INTEGER REFERENCES staff(id),
    closed_at     TEXT,
    -- A name until the answer has been kept as long as the business keeps records.
    CHECK (customer_id IS NOT NULL OR requester_name <> '' OR closed_at IS NOT NULL),
    CHECK (customer_id IS NULL OR (requester_name = '' AND requester_contact = ''))
);
INSERT INTO rights_requests_new (id, customer_id, kind, received_at, channel, details,
                                 verified_by, verified_how, verified_at, due_at, status,
                                 response, registered_by, closed_by, closed_at)
    SELECT id, customer_id, kind, received_at, channel, details, verified_by, verified_how,
           verified_at, due_at, status, response, registered_by, closed_by, closed_at
    FROM rights_requests;
DROP TABLE rights_requests;
ALTER TABLE rights_requests_new RENAME TO rights_requests;
CREATE INDEX rights_requests_by_status ON rights_requests(status, due_at);
CREATE INDEX rights_requests_by_customer ON rights_requests(customer_id, id);
