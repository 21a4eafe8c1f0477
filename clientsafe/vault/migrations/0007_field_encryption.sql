-- Field-level encryption. Customer values other than the name move out of plain columns into
-- customer_fields, each value AES-256-GCM encrypted under a versioned data key and bound to its
-- row and field; phone, ID number and e-mail get keyed blind indexes for exact look-up. The
-- move itself needs the keys, so it happens in Python right after this migration
-- (vault/field_migration.py), which then drops the old columns.

-- Data keys (purpose 'data', one per version) and the blind-index key (purpose 'index'), each
-- wrapped by a key derived from the root secret.
CREATE TABLE wrapped_keys (
    id         INTEGER PRIMARY KEY,
    purpose    TEXT NOT NULL CHECK (purpose IN ('data', 'index')),
    version    INTEGER NOT NULL,
    wrapped    BLOB NOT NULL,
    state      TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'retiring', 'retired')),
    created_at TEXT NOT NULL,
    UNIQUE (purpose, version)
);

CREATE TABLE customer_fields (
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    field_key   TEXT NOT NULL,
    key_version INTEGER NOT NULL,
    ciphertext  BLOB NOT NULL,
    PRIMARY KEY (customer_id, field_key)
) WITHOUT ROWID;
-- Rotation finds what is left to re-encrypt without a scan.
CREATE INDEX customer_fields_by_version ON customer_fields(key_version, customer_id);

-- Truncated HMAC of the normalised value: candidates for an exact look-up, decrypted and
-- compared before anything is shown.
CREATE TABLE blind_index (
    field_key   TEXT NOT NULL,
    digest      INTEGER NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    PRIMARY KEY (field_key, digest, customer_id)
) WITHOUT ROWID;
CREATE INDEX blind_index_by_customer ON blind_index(customer_id);

-- Name search by pinyin and by pinyin initials (张伟: zhangwei, zw), derived from the name.
ALTER TABLE customers ADD COLUMN name_pinyin TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN name_initials TEXT NOT NULL DEFAULT '';
-- Both cover a search arm (id and full_name for the page order, assigned_staff_id for the front
-- desk's scope), so a count or a first page reads no table rows (customer_repo._hits).
CREATE INDEX customers_by_pinyin ON customers(name_pinyin, assigned_staff_id, full_name, id);
CREATE INDEX customers_by_initials ON customers(name_initials, assigned_staff_id, full_name, id);
-- The front desk's list by date: without it, every one of their customers was sorted in a
-- temporary b-tree for each page (180 ms at 100,000 customers).
CREATE INDEX customers_by_assigned_created ON customers(assigned_staff_id, created_at, id);

DROP INDEX customers_by_phone;
DROP INDEX customers_by_national_id;
DROP INDEX customers_by_email;
