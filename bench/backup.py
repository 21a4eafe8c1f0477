"""Backup speed on a vault with 100,000 customers and 1,000,000 audit entries.

backup_s: `services.backup.create(..., full_check=False)`: the consistent snapshot streamed into
the .csbackup file with its SHA-256, sealed, fsynced, dropped from the OS cache and read back
from the disk (seal and checksum) before the rename. Median of 3.
copy_s: a plain `shutil.copy` of the vault file in the same run (median of 3; not fsynced,
so it ends with the data in the OS cache, where the backup ends with it on the disk and read
back from there). `os.sync()` runs before each timing.
backup_vs_copy_ratio: backup_s / copy_s (target ≤ 3).
backup_checked_s: `create()` as the app calls it, i.e. also SQLCipher's page check, SQLite's
integrity check and the audit chain on the snapshot before sealing it.
copy_fsync_s, backup_vs_copy_fsync_ratio: the same against a copy that is fsynced, as a backup
must be.
backup_no_disk_read_back_s: the vault layer's write without dropping the file from the OS cache
before the comparison (shows what reading back from the disk costs; the app always reads back).
verify_s: `services.backup.verify` from the file alone: unpack into a private temporary folder,
all checks, counts and head against the manifest.
restore_s: `services.backup.restore` over the open vault: unpack beside it, all checks, keep the
old vault aside, swap, open.

The vault is built once and cached under $TMPDIR/clientsafe-bench-backup (delete it to rebuild;
CLIENTSAFE_BENCH_AUDIT_ENTRIES and CLIENTSAFE_BENCH_CUSTOMERS make it smaller for a quick run).
Run through `make bench`, which provides a real Secret Service.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from clientsafe.core.entities import NewCustomer

ENTRIES = int(os.environ.get("CLIENTSAFE_BENCH_AUDIT_ENTRIES", "1000000"))
CUSTOMERS = int(os.environ.get("CLIENTSAFE_BENCH_CUSTOMERS", "100000"))
RUNS = 3
CACHE = Path(tempfile.gettempdir()) / f"clientsafe-bench-backup-{CUSTOMERS}-{ENTRIES}"
PASSWORD = "Bench-Officer-2026!"


def _customers(first: int, count: int) -> Iterator[tuple[NewCustomer, datetime]]:
    start = datetime(2024, 1, 1, tzinfo=UTC)
    for i in range(first, first + count):
        yield (NewCustomer(f"Customer {i:06d} 客户", f"+86138{i:08d}", f"c{i}@example.com",
                           f"11010119900101{i % 10000:04d}", f"{i} Bench Road",
                           date(1990, 1, 1)),
               start + timedelta(minutes=i))


def build(path: Path) -> str:
    """Create the vault (unless cached) and return its recovery key."""
    import audit as audit_bench

    from clientsafe.services import setup
    from clientsafe.vault import customer_repo

    marker = path.with_name("ready.txt")
    if marker.exists() and path.exists():
        return marker.read_text().strip()
    shutil.rmtree(path.parent, ignore_errors=True)
    path.parent.mkdir(parents=True)
    result = setup.create_vault(setup.SetupRequest(path, "Bench Clinic", "officer", "Officer",
                                                   PASSWORD))
    vault = result.vault
    try:
        # Real rows through the repository: every value encrypted, with its blind index.
        for first in range(0, CUSTOMERS, 10_000):
            with vault.transaction() as conn:
                for customer, at in _customers(first, min(10_000, CUSTOMERS - first)):
                    customer_repo.insert(conn, customer, now=at)
        audit_bench.build(vault, ENTRIES)
        vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        vault.close()
    marker.write_text(result.recovery_key)
    return result.recovery_key


def _median(values: list[float]) -> float:
    return statistics.median(values)


def main() -> None:
    from clientsafe.services import auth, backup, vault_access
    from clientsafe.vault import backup_io

    os.environ["CLIENTSAFE_HOME"] = str(CACHE / "home")
    path = CACHE / "vault" / "bench.csvault"
    key = build(path)
    # The keyring of this run may be a fresh one: put the key in (as `clientsafe unlock`).
    vault = vault_access.open_with_recovery_key(path, key).vault
    out = CACHE / "out"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    try:
        session = auth.login(vault, "officer", PASSWORD)
        size = path.stat().st_size
        copies, backups = [], []
        for i in range(RUNS):
            # Each timing starts with no dirty pages waiting for the disk, so neither pays
            # for the other's writeback.
            os.sync()
            started = time.perf_counter()
            shutil.copy(path, out / f"copy-{i}")
            copies.append(time.perf_counter() - started)
            (out / f"copy-{i}").unlink()
            os.sync()
            result = backup.create(vault, session, out, full_check=False)
            backups.append(result.seconds)
        copy_s, backup_s = _median(copies), _median(backups)
        durable, cached = [], []
        for i in range(RUNS):
            os.sync()
            started = time.perf_counter()
            shutil.copy(path, out / f"copy-{i}")
            with (out / f"copy-{i}").open("rb") as handle:
                os.fsync(handle.fileno())
            durable.append(time.perf_counter() - started)
            (out / f"copy-{i}").unlink()
            os.sync()
            started = time.perf_counter()
            backup_io.write_backup(vault, out / f"cached-{i}.csbackup", created_by="bench",
                                   app_version="bench", now=vault.clock(), full_check=False,
                                   read_back_from_disk=False)
            cached.append(time.perf_counter() - started)
            (out / f"cached-{i}.csbackup").unlink()
        os.sync()
        checked = backup.create(vault, session, out)
        started = time.perf_counter()
        verified = backup.verify(checked.path)
        verify_s = time.perf_counter() - started
        if not verified.ok:
            sys.exit(f"verification failed: {verified.problems}")
        started = time.perf_counter()
        restored = backup.restore(path, checked.path, confirm_business_name="Bench Clinic",
                                  current=(vault, session))
        restore_s = time.perf_counter() - started
        vault = restored.vault
        print(f"vault_mb: {size / 1e6:.0f}  ({CUSTOMERS} customers, "
              f"{checked.manifest.audit_count} audit entries)")
        print(f"backup_s: {backup_s:.2f}  (median of {RUNS}; min {min(backups):.2f})")
        print(f"copy_s: {copy_s:.2f}  (median of {RUNS})")
        print(f"backup_vs_copy_ratio: {backup_s / copy_s:.2f}  (target <= 3)")
        print(f"copy_fsync_s: {_median(durable):.2f}  (shutil.copy + fsync, median of {RUNS})")
        print(f"backup_vs_copy_fsync_ratio: {backup_s / _median(durable):.2f}")
        print(f"backup_no_disk_read_back_s: {_median(cached):.2f}  (the same without dropping "
              "the file from the OS cache before comparing)")
        print(f"backup_checked_s: {checked.seconds:.2f}")
        print(f"verify_s: {verify_s:.2f}")
        print(f"restore_s: {restore_s:.2f}")
        if restored.pre_restore_path is not None:  # the bench's own leftovers, not a user's
            for leftover in path.parent.glob(f"{path.name}.pre-restore-*"):
                leftover.unlink()
    finally:
        vault.close()
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
