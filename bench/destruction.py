"""Destruction and the destruction queue at 100,000 customers.

    bash tests/with-secret-service.sh .venv/bin/python bench/destruction.py [--customers N]

Starts from the search benchmark's cached vault (real encrypted customers, built by
bench/search.py if missing), copied once and prepared as a realistic shop: every customer in the
membership (24 months after the relationship ends) with a consent record (three decisions) and
two transactions; one in ten also in a drop-in service kept 12 months after the last visit;
one in fifty left a day after joining. The clock stands 30 months after the customers joined, so
about 2,000 are due. Each timed run works on a fresh copy of that prepared vault. Prints:

due_queue_ms        services.retention.due_queue (the candidate query, the rule on the
                    candidates, names, one audit entry); median of 5
destroy_1_s         services.destruction.destroy of 1 customer: password check (Argon2id), the
                    erasure, tombstone and audit entry, then the file rebuilt (VACUUM)
destroy_20_s        the same for 20 customers (one transaction each, one rebuild at the end)
vacuum_s            erasure.reclaim_vault alone on the same file (checkpoint, VACUUM, checkpoint)
file_mb             the vault file's size
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from clientsafe.core.clock import from_iso
from clientsafe.services import auth, demo, destruction, retention, vault_access
from clientsafe.vault import erasure
from clientsafe.vault.vault import Vault

FILES = ("bench.csvault", "bench.csvault.key")


def _copy(source: Path, target: Path) -> None:
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for name in (*FILES, "recovery-key.txt"):
        shutil.copy2(source / name, target / name)


def _open(folder: Path, clock_offset: timedelta | None = None) -> Vault:
    os.environ["CLIENTSAFE_HOME"] = str(folder / "home")
    key = (folder / "recovery-key.txt").read_text().strip()
    vault = vault_access.open_with_recovery_key(folder / FILES[0], key, remember=False).vault
    if clock_offset is not None:
        latest = from_iso(vault.conn.execute("SELECT max(created_at) FROM customers")
                          .fetchone()[0])
        vault.clock = lambda: latest + clock_offset
    return vault


def prepare(count: int) -> tuple[Path, timedelta]:
    """The prepared shop (cached); returns its folder and the clock's offset."""
    offset = timedelta(days=913)  # 30 months after the last customer joined
    base = Path(tempfile.gettempdir()) / f"clientsafe-bench-destruction-{count}"
    if (base / "ready.txt").exists():
        return base, offset
    import search

    search.open_cached(count).close()
    _copy(Path(tempfile.gettempdir()) / f"clientsafe-bench-search-{count}", base)
    vault = _open(base)
    try:
        with vault.transaction() as conn:
            conn.execute("INSERT INTO services (name, description, retention_months,"
                         " retention_start, created_at, updated_at) VALUES ('Drop-in',"
                         " 'Single visits', 12, 'last_visit', '2024-01-01', '2024-01-01')")
            dropin = int(conn.execute("SELECT max(id) FROM services").fetchone()[0])
            conn.execute("INSERT INTO customer_services (customer_id, service_id, enrolled_at,"
                         " ended_on) SELECT id, 1, created_at, CASE WHEN id % 50 = 0 THEN"
                         " date(created_at, '+1 day') END FROM customers")
            conn.execute("INSERT INTO customer_services (customer_id, service_id, enrolled_at)"
                         " SELECT id, ?, created_at FROM customers WHERE id % 10 = 3", (dropin,))
            conn.execute("INSERT INTO consent_events (customer_id, service_id, kind, channel,"
                         " at) SELECT id, 1, 'collection', 'paper', created_at FROM customers")
            for purpose in ("service", "marketing", "sensitive"):
                conn.execute("INSERT INTO consent_decisions (event_id, customer_id, service_id,"
                             " purpose, decision, at) SELECT id, customer_id, 1, ?, 'granted',"
                             " at FROM consent_events", (purpose,))
            for days in (3, 40):
                conn.execute("INSERT INTO transactions (customer_id, occurred_on, amount_cents,"
                             " description, created_at) SELECT id, date(created_at, ?), 19900,"
                             " 'Membership fee 会员费', created_at FROM customers",
                             (f"+{days + 0} days",))
        vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        vault.close()
    (base / "ready.txt").write_text("prepared\n")
    return base, offset


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    args = parser.parse_args()
    base, offset = prepare(args.customers)
    work = base.with_name(base.name + "-run")

    _copy(base, work)
    vault = _open(work, offset)
    try:
        manager = auth.login(vault, "manager", demo.DEMO_PASSWORD)
        timings, queue = [], []
        for _ in range(5):
            started = time.perf_counter()
            queue = retention.due_queue(vault, manager)
            timings.append((time.perf_counter() - started) * 1000)
        due = [e.customer_id for e in queue if e.destroyable]
        print(f"customers: {vault.conn.execute('SELECT count(*) FROM customers').fetchone()[0]}"
              f", due: {len(due)}")
        print(f"due_queue_ms: {statistics.median(timings):.0f}  (median of 5)")
        print(f"file_mb: {(work / FILES[0]).stat().st_size / 2**20:.0f}")
        for size, ids in ((1, due[:1]), (20, due[1:21])):
            started = time.perf_counter()
            stones = destruction.destroy(vault, manager, ids, password=demo.DEMO_PASSWORD)
            seconds = time.perf_counter() - started
            assert len(stones) == size and all(s.destroyed.reclaimed_at for s in stones)
            print(f"destroy_{size}_s: {seconds:.2f}  (password check, {size} transaction(s), "
                  "one rebuild)")
        started = time.perf_counter()
        reclaimed = erasure.reclaim_vault(vault)
        print(f"vacuum_s: {time.perf_counter() - started:.2f}  (ok={reclaimed.ok}, "
              f"{reclaimed.pages_after} pages of 4 KiB)")
    finally:
        vault.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
