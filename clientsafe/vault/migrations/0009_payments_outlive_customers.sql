-- Payments outlive the customer. The accounts must still add up after a destruction, so a
-- destroyed customer's payments keep their date, amount and currency, while the link to the
-- customer and the free-text description (which may name them) are erased
-- (vault/erasure.py). SQLite cannot drop NOT NULL from a column, so the table is rebuilt;
-- nothing references transactions(id), and the ids are kept.
CREATE TABLE transactions_new (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER REFERENCES customers(id),   -- NULL once the customer was destroyed
    occurred_on  TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    currency     TEXT NOT NULL DEFAULT 'CNY',
    description  TEXT NOT NULL DEFAULT '',
    created_by   INTEGER REFERENCES staff(id),
    created_at   TEXT NOT NULL,
    CHECK (customer_id IS NOT NULL OR description = '')
);
INSERT INTO transactions_new (id, customer_id, occurred_on, amount_cents, currency, description,
                              created_by, created_at)
    SELECT id, customer_id, occurred_on, amount_cents, currency, description, created_by,
           created_at FROM transactions;
DROP TABLE transactions;
ALTER TABLE transactions_new RENAME TO transactions;
CREATE INDEX transactions_by_date ON transactions(occurred_on, id);
CREATE INDEX transactions_by_customer ON transactions(customer_id, occurred_on);
