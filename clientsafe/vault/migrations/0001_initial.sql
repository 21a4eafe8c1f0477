-- Vault metadata: id, business name, creation time, demo flag.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE staff (
    id                   INTEGER PRIMARY KEY,
    username             TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name         TEXT NOT NULL,
    role                 TEXT NOT NULL
        CHECK (role IN ('front_desk', 'finance', 'manager', 'security_officer')),
    password_hash        TEXT NOT NULL,
    active               INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    failed_attempts      INTEGER NOT NULL DEFAULT 0,
    locked_until         TEXT,
    last_login_at        TEXT,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);

CREATE TABLE customers (
    id                INTEGER PRIMARY KEY,
    full_name         TEXT NOT NULL,
    phone             TEXT NOT NULL DEFAULT '',
    email             TEXT NOT NULL DEFAULT '',
    national_id       TEXT NOT NULL DEFAULT '',
    address           TEXT NOT NULL DEFAULT '',
    date_of_birth     TEXT,
    assigned_staff_id INTEGER REFERENCES staff(id),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX customers_by_name ON customers(full_name, id);
CREATE INDEX customers_by_created ON customers(created_at, id);
CREATE INDEX customers_by_assigned ON customers(assigned_staff_id, full_name, id);

CREATE TABLE transactions (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers(id),
    occurred_on  TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    currency     TEXT NOT NULL DEFAULT 'CNY',
    description  TEXT NOT NULL DEFAULT '',
    created_by   INTEGER REFERENCES staff(id),
    created_at   TEXT NOT NULL
);
CREATE INDEX transactions_by_date ON transactions(occurred_on, id);
CREATE INDEX transactions_by_customer ON transactions(customer_id, occurred_on);

-- Append-only, hash-chained. Holds ids and field names, never customer values or secrets.
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor_id    INTEGER,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    customer_id INTEGER,
    fields      TEXT NOT NULL DEFAULT '[]',
    purpose     TEXT NOT NULL DEFAULT '',
    outcome     TEXT NOT NULL CHECK (outcome IN ('done', 'denied')),
    detail      TEXT NOT NULL DEFAULT '',
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_by_customer ON audit_log(customer_id, seq);
CREATE INDEX audit_by_actor ON audit_log(actor_id, seq);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
