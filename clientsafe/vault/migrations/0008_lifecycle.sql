-- Purpose-limited use and end of life: the sharing register, rights requests, corrections,
-- relationship end dates, legal holds, and tombstones of destroyed customers.
--
-- Rows that hold personal data reference customers(id) and are removed by a destruction
-- (vault/erasure.py). Rows that must outlive the customer as proof (rights requests, tombstones)
-- hold a plain customer_id and lose their free text when the customer is destroyed.

-- Data handed to a third party: who received what, for what, on which basis and relying on
-- which consent decision. Field names only; the values themselves are never copied here.
CREATE TABLE sharing_records (
    id                  INTEGER PRIMARY KEY,
    customer_id         INTEGER NOT NULL REFERENCES customers(id),
    service_id          INTEGER NOT NULL REFERENCES services(id),
    recipient_id        INTEGER NOT NULL REFERENCES service_recipients(id),
    purpose             TEXT NOT NULL,
    fields              TEXT NOT NULL,          -- JSON list of field keys
    legal_basis         TEXT NOT NULL
        CHECK (legal_basis IN ('consent', 'contract', 'legal_obligation')),
    consent_decision_id INTEGER NOT NULL REFERENCES consent_decisions(id),
    shared_by           INTEGER NOT NULL REFERENCES staff(id),
    shared_at           TEXT NOT NULL
);
CREATE INDEX sharing_records_by_customer ON sharing_records(customer_id, id);
CREATE INDEX sharing_records_by_recipient ON sharing_records(recipient_id, shared_at);

-- The marketing list (vault/marketing_repo.py): granted marketing decisions of one service, or
-- of all, read from the index alone (count at 100,000 customers: 125 ms → 45 ms for a service).
CREATE INDEX consent_decisions_by_purpose_service
    ON consent_decisions(purpose, decision, service_id, customer_id);

-- The customers an audit entry about many at once covers (a customer export, a marketing list),
-- so each one's access report can say which lists they were in. Ids only; append-only like the
-- log it belongs to, and kept after a destruction, as the log is.
CREATE TABLE audit_subjects (
    customer_id INTEGER NOT NULL,
    seq         INTEGER NOT NULL REFERENCES audit_log(seq),
    PRIMARY KEY (customer_id, seq)
) WITHOUT ROWID;
CREATE TRIGGER audit_subjects_no_update BEFORE UPDATE ON audit_subjects
BEGIN
    SELECT RAISE(ABORT, 'audit_subjects is append-only');
END;
CREATE TRIGGER audit_subjects_no_delete BEFORE DELETE ON audit_subjects
BEGIN
    SELECT RAISE(ABORT, 'audit_subjects is append-only');
END;

-- Customers' requests under their rights. The deadline is fixed when the request is received.
CREATE TABLE rights_requests (
    id            INTEGER PRIMARY KEY,
    customer_id   INTEGER NOT NULL,             -- no foreign key: outlives a destruction
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
    closed_at     TEXT
);
CREATE INDEX rights_requests_by_status ON rights_requests(status, due_at);
CREATE INDEX rights_requests_by_customer ON rights_requests(customer_id, id);

-- Which field changed, when, by whom and why. Old and new values only masked, never in clear.
CREATE TABLE corrections (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers(id),
    field_key    TEXT NOT NULL,
    old_masked   TEXT NOT NULL,
    new_masked   TEXT NOT NULL,
    reason       TEXT NOT NULL,
    request_id   INTEGER REFERENCES rights_requests(id),
    corrected_by INTEGER NOT NULL REFERENCES staff(id),
    corrected_at TEXT NOT NULL
);
CREATE INDEX corrections_by_customer ON corrections(customer_id, id);

-- The day a customer's relationship with a service ended (services whose retention starts at
-- the end of the relationship); NULL while it goes on.
ALTER TABLE customer_services ADD COLUMN ended_on TEXT;

-- A legal hold suspends destruction of one customer's data; at most one active hold each.
CREATE TABLE legal_holds (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    reason      TEXT NOT NULL,
    placed_by   INTEGER NOT NULL REFERENCES staff(id),
    placed_at   TEXT NOT NULL,
    released_by INTEGER REFERENCES staff(id),
    released_at TEXT
);
CREATE UNIQUE INDEX legal_holds_active ON legal_holds(customer_id) WHERE released_at IS NULL;

-- What remains of a destroyed customer: ids, dates, basis and approver, no personal data.
-- Its id is never given to a new customer (customer_repo and import_repo skip past these).
CREATE TABLE tombstones (
    customer_id        INTEGER PRIMARY KEY,
    created_at         TEXT NOT NULL,
    destroyed_at       TEXT NOT NULL,
    basis              TEXT NOT NULL CHECK (basis IN ('retention', 'deletion_request')),
    basis_detail       TEXT NOT NULL,           -- services and dates, or the request number
    request_id         INTEGER,
    approved_by        INTEGER NOT NULL REFERENCES staff(id),
    approved_by_name   TEXT NOT NULL,
    destroyed          TEXT NOT NULL,           -- JSON: field keys and counts, never values
    certificate_sha256 TEXT NOT NULL DEFAULT ''
);
CREATE INDEX tombstones_by_date ON tombstones(destroyed_at);

-- A destroyed customer's id stays retired.
CREATE TRIGGER customers_no_reused_id BEFORE INSERT ON customers
WHEN NEW.id IN (SELECT customer_id FROM tombstones)
BEGIN
    SELECT RAISE(ABORT, 'customer id belongs to a destroyed customer');
END;
