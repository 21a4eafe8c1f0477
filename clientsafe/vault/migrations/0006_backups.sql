-- Every backup attempt (manual or automatic), so the app can say "last good backup" and "the last
-- backup failed". Paths and sizes only; no secret, no customer value.
CREATE TABLE backup_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor_id  INTEGER,                -- NULL for automatic backups
    actor     TEXT NOT NULL,
    automatic INTEGER NOT NULL CHECK (automatic IN (0, 1)),
    ok        INTEGER NOT NULL CHECK (ok IN (0, 1)),
    reason    TEXT NOT NULL DEFAULT '',   -- short code when not ok: disk_full, cancelled, ...
    path      TEXT NOT NULL DEFAULT '',
    bytes     INTEGER NOT NULL DEFAULT 0,
    seconds   REAL NOT NULL DEFAULT 0
);
CREATE INDEX backup_log_by_outcome ON backup_log(ok, at);

-- Restore drills: a backup restored into a scratch place and verified fully.
CREATE TABLE drill_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor_id    INTEGER NOT NULL REFERENCES staff(id),
    actor       TEXT NOT NULL,
    backup_path TEXT NOT NULL,
    ok          INTEGER NOT NULL CHECK (ok IN (0, 1)),
    seconds     REAL NOT NULL,
    detail      TEXT NOT NULL DEFAULT '',
    manifest    TEXT                    -- the backup's manifest as JSON; NULL if unreadable
);
CREATE INDEX drill_log_by_at ON drill_log(at);
