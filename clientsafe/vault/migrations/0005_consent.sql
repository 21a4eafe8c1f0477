-- Collection and consent: the business's services, custom catalog fields, collection requests
-- (a field joins a service only once approved), versioned consent notices, append-only consent
-- records, and customer values beyond the built-in columns.

CREATE TABLE services (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL UNIQUE COLLATE NOCASE,
    description      TEXT NOT NULL,
    retention_months INTEGER NOT NULL CHECK (retention_months BETWEEN 1 AND 1200),
    retention_start  TEXT NOT NULL
        CHECK (retention_start IN ('end_of_relationship', 'last_visit')),
    offers_marketing INTEGER NOT NULL DEFAULT 1 CHECK (offers_marketing IN (0, 1)),
    active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_by       INTEGER REFERENCES staff(id),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

CREATE TABLE service_recipients (
    id         INTEGER PRIMARY KEY,
    service_id INTEGER NOT NULL REFERENCES services(id),
    name       TEXT NOT NULL,
    what_for   TEXT NOT NULL,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL
);
CREATE INDEX service_recipients_by_service ON service_recipients(service_id, id);

CREATE TABLE custom_fields (
    key           TEXT PRIMARY KEY,
    label_en      TEXT NOT NULL,
    label_zh      TEXT NOT NULL,
    category      TEXT NOT NULL,
    field_class   TEXT NOT NULL CHECK (field_class IN ('basic', 'contact', 'sensitive')),
    validator     TEXT NOT NULL,
    mask_rule     TEXT NOT NULL,
    encrypted     INTEGER NOT NULL CHECK (encrypted IN (0, 1)),
    blind_indexed INTEGER NOT NULL CHECK (blind_indexed IN (0, 1)),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_by    INTEGER REFERENCES staff(id),
    created_at    TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE collection_requests (
    id                INTEGER PRIMARY KEY,
    service_id        INTEGER NOT NULL REFERENCES services(id),
    field_key         TEXT NOT NULL,
    required          INTEGER NOT NULL CHECK (required IN (0, 1)),
    necessity_use     TEXT NOT NULL,
    necessity_without TEXT NOT NULL,
    status            TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'approved', 'rejected', 'retired')),
    requested_by      INTEGER NOT NULL REFERENCES staff(id),
    requested_at      TEXT NOT NULL,
    decided_by        INTEGER REFERENCES staff(id),
    decided_at        TEXT,
    decision_reason   TEXT NOT NULL DEFAULT ''
);
-- At most one live (pending or approved) request per field and service.
CREATE UNIQUE INDEX collection_requests_live
    ON collection_requests(service_id, field_key) WHERE status IN ('pending', 'approved');
CREATE INDEX collection_requests_by_status ON collection_requests(status, requested_at);

-- Each version of a service's notice, per language, exactly as shown; never changed.
CREATE TABLE consent_notices (
    id         INTEGER PRIMARY KEY,
    service_id INTEGER NOT NULL REFERENCES services(id),
    version    INTEGER NOT NULL CHECK (version >= 1),
    language   TEXT NOT NULL,
    body       TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    purposes   TEXT NOT NULL,   -- JSON: the choices of this version
    created_at TEXT NOT NULL,
    UNIQUE (service_id, version, language)
);

-- Which services a customer is registered for.
CREATE TABLE customer_services (
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    service_id  INTEGER NOT NULL REFERENCES services(id),
    enrolled_at TEXT NOT NULL,
    PRIMARY KEY (customer_id, service_id)
) WITHOUT ROWID;
CREATE INDEX customer_services_by_service ON customer_services(service_id, customer_id);

-- Values of fields without their own column (bank account, custom fields).
CREATE TABLE customer_values (
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    field_key   TEXT NOT NULL,
    value       TEXT NOT NULL,
    PRIMARY KEY (customer_id, field_key)
) WITHOUT ROWID;

-- One consent event: a collection, a renewal, a withdrawal or an import. Append-only.
CREATE TABLE consent_events (
    id                 INTEGER PRIMARY KEY,
    customer_id        INTEGER NOT NULL REFERENCES customers(id),
    service_id         INTEGER NOT NULL REFERENCES services(id),
    kind               TEXT NOT NULL
        CHECK (kind IN ('collection', 'reconsent', 'withdrawal', 'unknown')),
    notice_id          INTEGER REFERENCES consent_notices(id),
    notice_version     INTEGER NOT NULL DEFAULT 0,
    text_sha256        TEXT NOT NULL DEFAULT '',
    language           TEXT NOT NULL DEFAULT '',
    channel            TEXT NOT NULL CHECK (channel IN ('screen', 'paper', 'counter', 'import')),
    staff_id           INTEGER REFERENCES staff(id),
    at                 TEXT NOT NULL,
    signature          BLOB,
    signature_sha256   TEXT NOT NULL DEFAULT '',
    paper_scan         BLOB,
    paper_scan_sha256  TEXT NOT NULL DEFAULT '',
    guardian_name      TEXT NOT NULL DEFAULT '',
    guardian_relation  TEXT NOT NULL DEFAULT '',
    guardian_signature BLOB,
    guardian_sha256    TEXT NOT NULL DEFAULT '',
    verification_code  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX consent_events_by_customer ON consent_events(customer_id, id);

-- One decision per purpose of an event; a purpose's current state is its latest decision.
CREATE TABLE consent_decisions (
    id           INTEGER PRIMARY KEY,
    event_id     INTEGER NOT NULL REFERENCES consent_events(id),
    customer_id  INTEGER NOT NULL REFERENCES customers(id),
    service_id   INTEGER NOT NULL REFERENCES services(id),
    purpose      TEXT NOT NULL CHECK (purpose IN ('service', 'marketing', 'sharing', 'sensitive')),
    recipient_id INTEGER REFERENCES service_recipients(id),
    decision     TEXT NOT NULL CHECK (decision IN ('granted', 'declined', 'withdrawn')),
    at           TEXT NOT NULL
);
CREATE INDEX consent_decisions_by_customer
    ON consent_decisions(customer_id, service_id, purpose, recipient_id, id);
CREATE INDEX consent_decisions_by_purpose ON consent_decisions(purpose, decision, customer_id);

-- Consent records are never changed or removed, except inside a destruction of the customer's
-- personal data (a later issue), which lists the customer here within its own transaction.
CREATE TABLE erasure_in_progress (customer_id INTEGER PRIMARY KEY);

CREATE TRIGGER consent_events_no_update BEFORE UPDATE ON consent_events
WHEN OLD.customer_id NOT IN (SELECT customer_id FROM erasure_in_progress)
BEGIN
    SELECT RAISE(ABORT, 'consent records are append-only');
END;
CREATE TRIGGER consent_events_no_delete BEFORE DELETE ON consent_events
WHEN OLD.customer_id NOT IN (SELECT customer_id FROM erasure_in_progress)
BEGIN
    SELECT RAISE(ABORT, 'consent records are append-only');
END;
CREATE TRIGGER consent_decisions_no_update BEFORE UPDATE ON consent_decisions
WHEN OLD.customer_id NOT IN (SELECT customer_id FROM erasure_in_progress)
BEGIN
    SELECT RAISE(ABORT, 'consent records are append-only');
END;
CREATE TRIGGER consent_decisions_no_delete BEFORE DELETE ON consent_decisions
WHEN OLD.customer_id NOT IN (SELECT customer_id FROM erasure_in_progress)
BEGIN
    SELECT RAISE(ABORT, 'consent records are append-only');
END;
