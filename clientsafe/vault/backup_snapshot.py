"""Taking a consistent snapshot of a running vault and checking a snapshot's content.

The snapshot is read on its own connection, so the app's shared connection keeps working. The
fast way copies the encrypted file as it is: after a TRUNCATE checkpoint empties the WAL, a read
transaction that starts on an empty WAL reads the main file only, and while it lasts SQLite
cannot copy any WAL frame back into the main file (a checkpoint needs the read lock such readers
hold). So the main file is frozen, and its bytes are exactly the snapshot: copying them costs a
plain file copy and no re-encryption. Writers meanwhile append to the WAL as usual.

If the WAL cannot be emptied (another program keeps reading), `sqlcipher_export()` writes the
snapshot into an attached database with the same key, in one read transaction — slower (every
row and index is rebuilt), but just as consistent.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from clientsafe.vault import audit_log, customer_repo, meta_repo, migrate
from clientsafe.vault.connection import Connection, connect

FREEZE_ATTEMPTS = 5
BUSY_MS = 200


@dataclass(frozen=True, slots=True)
class Inspection:
    """A snapshot's identity, counts and audit head; `problems` only when checked fully."""

    vault_id: str
    business_name: str
    schema_version: int
    customer_count: int
    audit_count: int
    head_seq: int
    head_hash: str
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Frozen:
    conn: Connection  # in a read transaction on the snapshot
    source: Path  # a file whose bytes are the snapshot, unchanging while the context lasts
    size: int
    exported: bool  # True: made by sqlcipher_export (the fallback)


def summary(conn: Connection) -> Inspection:
    """Identity, counts and head: cheap look-ups, no full scan beyond two count(*)."""
    head_seq, head_hash = audit_log.head(conn)
    return Inspection(
        vault_id=meta_repo.get(conn, "vault_id") or "",
        business_name=meta_repo.get(conn, "business_name") or "",
        schema_version=migrate.current_version(conn),
        customer_count=customer_repo.count(conn),
        audit_count=audit_log.count(conn),
        head_seq=head_seq,
        head_hash=head_hash,
    )


def full_check(conn: Connection, step: Callable[[int], None] | None = None) -> list[str]:
    """SQLCipher's page check, SQLite's structure check and the audit chain, in that order;
    `step(n)` after each of the three parts (progress, and where a cancel takes effect)."""
    problems = [f"storage: {r[0]}" for r in conn.execute("PRAGMA cipher_integrity_check")]
    if step is not None:
        step(1)
    structure = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
    if structure != ["ok"]:
        problems.extend(f"structure: {r}" for r in structure)
    if step is not None:
        step(2)
    chain = audit_log.verify(conn)
    if not chain.ok:
        problems.append(f"audit chain: {chain.problem}")
    if step is not None:
        step(3)
    return problems


def compare(found: Inspection, *, vault_id: str, customer_count: int, audit_count: int,
            head_seq: int, head_hash: str) -> list[str]:
    """What differs between a snapshot and what its manifest promised."""
    problems = []
    if found.vault_id != vault_id:
        problems.append("the snapshot belongs to another vault than its manifest says")
    if found.customer_count != customer_count:
        problems.append(f"{found.customer_count} customers where the manifest says "
                        f"{customer_count}")
    if found.audit_count != audit_count:
        problems.append(f"{found.audit_count} audit entries where the manifest says "
                        f"{audit_count}")
    if (found.head_seq, found.head_hash) != (head_seq, head_hash):
        problems.append(f"the audit head is entry {found.head_seq}, the manifest says "
                        f"entry {head_seq}")
    return problems


@contextmanager
def frozen(path: Path, raw_key: bytes, *, scratch_dir: Path,
           force_export: bool = False) -> Iterator[Frozen]:
    """A snapshot of the vault at `path`, held still until the context ends. The fallback's
    temporary file goes into `scratch_dir` (encrypted like the vault) and is removed after."""
    conn = connect(path, raw_key)
    try:
        # A checkpoint waits this long for readers; a busy vault goes to the export instead of
        # keeping the person waiting.
        conn.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
        if not force_export:
            for attempt in range(FREEZE_ATTEMPTS):
                if _try_freeze(conn, path):
                    try:
                        yield Frozen(conn, path, path.stat().st_size, exported=False)
                    finally:
                        _end_read(conn)
                    return
                time.sleep(0.02 * (attempt + 1))
        with _exported(conn, raw_key, scratch_dir) as snapshot:
            yield snapshot
    finally:
        conn.close()


def _try_freeze(conn: Connection, path: Path) -> bool:
    """Empty the WAL, start a read transaction, and check it started on the empty WAL."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    conn.execute("BEGIN")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    wal = path.with_name(path.name + "-wal")
    try:
        empty = wal.stat().st_size == 0
    except FileNotFoundError:
        empty = True
    if not empty:  # a writer got in between: this read transaction may use WAL frames
        _end_read(conn)
    return empty


def _end_read(conn: Connection) -> None:
    with contextlib.suppress(Exception):
        if conn.in_transaction:
            conn.execute("ROLLBACK")


@contextmanager
def _exported(conn: Connection, raw_key: bytes, scratch_dir: Path) -> Iterator[Frozen]:
    fd, name = tempfile.mkstemp(prefix=".clientsafe-snapshot-", suffix=".tmp", dir=scratch_dir)
    os.close(fd)
    target = Path(name)
    target.unlink()  # SQLCipher creates it; an empty file would be taken for a database
    attached = False
    try:
        # The file name is ours (no customer value); the key is a hex literal, as for PRAGMA key.
        conn.execute(f"ATTACH DATABASE '{target}' AS snap KEY \"x'{raw_key.hex()}'\"")
        attached = True
        conn.execute("PRAGMA busy_timeout = 5000")  # the export itself may wait for a writer
        conn.execute("BEGIN")
        version = migrate.current_version(conn)
        conn.execute("SELECT sqlcipher_export('snap')").fetchall()
        # sqlcipher_export copies tables and indexes, not the schema version.
        conn.execute(f"PRAGMA snap.user_version = {int(version)}")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE snap")
        attached = False
        # Checks and streaming read the exported file itself, on its own connection.
        snap_conn = connect(target, raw_key)
        try:
            snap_conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            snap_conn.execute("BEGIN")
            snap_conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            yield Frozen(snap_conn, target, target.stat().st_size, exported=True)
        finally:
            _end_read(snap_conn)
            snap_conn.close()
    finally:
        _end_read(conn)
        if attached:
            with contextlib.suppress(Exception):
                conn.execute("DETACH DATABASE snap")
        for leftover in (target, *(target.with_name(target.name + s)
                                   for s in ("-journal", "-wal", "-shm"))):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def open_snapshot(path: Path, raw_key: bytes) -> Connection:
    """Open a restored or extracted snapshot for checking (its own connection)."""
    return connect(path, raw_key)
