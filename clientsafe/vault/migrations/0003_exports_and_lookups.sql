-- A manager's approval for one export above the limit: single use, bound to requester and count.
CREATE TABLE export_approvals (
    id           INTEGER PRIMARY KEY,
    requester_id INTEGER NOT NULL REFERENCES staff(id),
    approver_id  INTEGER NOT NULL REFERENCES staff(id),
    max_count    INTEGER NOT NULL CHECK (max_count > 0),
    created_at   TEXT NOT NULL,
    used_at      TEXT
);

-- Exact look-up of an existing customer (duplicate check). A later issue replaces these with
-- keyed blind indexes once the values are encrypted per field.
CREATE INDEX customers_by_phone ON customers(phone) WHERE phone != '';
CREATE INDEX customers_by_national_id ON customers(national_id) WHERE national_id != '';
CREATE INDEX customers_by_email ON customers(email) WHERE email != '';
