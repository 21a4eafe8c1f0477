"""The vault: one SQLCipher file plus its key file, opened with a root secret.

Creating is all-or-nothing: if any step fails, every file written so far is removed. Opening
never writes before the key is proven and the schema version is known to be supported.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from clientsafe.core.audit_actions import Action
from clientsafe.core.clock import Clock, system_clock, to_iso
from clientsafe.core.entities import VaultInfo
from clientsafe.core.errors import NotAVault, VaultError, VaultExists, VaultNotFound
from clientsafe.vault import (
    audit_anchor,
    audit_log,
    field_crypto,
    field_migration,
    key_file,
    keyring_store,
    meta_repo,
    migrate,
)
from clientsafe.vault.connection import (
    SQLITE_MAGIC,
    Connection,
    classify,
    connect,
    transaction,
)
from clientsafe.vault.keys import RootSecret
from clientsafe.vault.locations import anchor_file_for, key_file_for
from clientsafe.vault.recovery_key import RecoveryKey

SIDE_FILES = ("-wal", "-shm")
# The anchor is rewritten when the log's head crosses a multiple of this, and on close: often
# enough that little can be cut unnoticed after a crash, rare enough to cost nothing.
ANCHOR_EVERY = 256

log = logging.getLogger(__name__)


class Vault:
    """An open vault. Reads use `conn`; every change goes through `transaction()`."""

    def __init__(self, path: Path, conn: Connection, root: RootSecret, clock: Clock) -> None:
        self.path = path
        self.conn = conn
        self.clock = clock
        self._root = root
        # One connection is shared by the GUI thread and background work; transactions must not
        # interleave on it.
        self._lock = threading.RLock()
        self.info: VaultInfo = meta_repo.info(conn)
        # Where the head stood at the last anchor (or at opening): the next anchor is due when
        # the head passes the next multiple of ANCHOR_EVERY.
        self._anchored_seq = audit_log.head(conn)[0]
        self._anchor_failed = False
        self._closed = False

    # --- opening ---------------------------------------------------------------------------

    @staticmethod
    def vault_id_of(path: Path) -> str:
        """The vault's id from its key file, after checking the vault file itself is there."""
        return read_key_file(path).vault_id

    @classmethod
    def open(cls, path: Path, root: RootSecret, *, clock: Clock = system_clock) -> Vault:
        vault_id = cls.vault_id_of(path)
        conn = connect(path, root.sqlcipher_key(vault_id))
        try:
            migrate.ensure_supported(conn)
            migrate.migrate(conn, path, now=clock(), after_each=_audit_upgrade(clock))
            field_migration.prepare(conn, root.field_kek(vault_id), vault_id, now=clock())
            return cls(path, conn, root, clock)
        except BaseException:
            conn.close()
            raise

    @classmethod
    def create(
        cls,
        path: Path,
        *,
        business_name: str,
        is_demo: bool = False,
        clock: Clock = system_clock,
        populate: Callable[[Connection], None] | None = None,
    ) -> CreatedVault:
        """Make a new vault. `populate` runs inside the creating transaction (first accounts,
        demo data), so a failure there leaves no vault behind."""
        key_path = key_file_for(path)
        for existing in (path, key_path):
            if existing.exists():
                raise VaultExists(path=str(existing))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise classify(exc, path) from None
        vault_id = str(uuid.uuid4())
        root = RootSecret.generate()
        recovery = RecoveryKey.generate()
        now = clock()
        created: list[Path] = []
        conn: Connection | None = None
        try:
            key_file.write(
                key_path, key_file.wrap(root, recovery, vault_id=vault_id, created_at=to_iso(now))
            )
            created.append(key_path)
            created.extend([path, *(path.with_name(path.name + s) for s in SIDE_FILES)])
            conn = connect(path, root.sqlcipher_key(vault_id), create=True)
            migrate.migrate(conn, path, now=now)
            field_migration.prepare(conn, root.field_kek(vault_id), vault_id, now=now)
            with transaction(conn, path):
                meta_repo.put(conn, "vault_id", vault_id)
                meta_repo.put(conn, "business_name", business_name)
                meta_repo.put(conn, "created_at", to_iso(now))
                meta_repo.put(conn, "is_demo", "1" if is_demo else "0")
                audit_log.record(
                    conn,
                    at=now,
                    action=str(Action.VAULT_CREATED),
                    detail="demo vault" if is_demo else "",
                )
                if populate is not None:
                    populate(conn)
            with contextlib.suppress(OSError):
                os.chmod(path, 0o600)
            # An anchor left here by an earlier vault at this path would look like evidence
            # against the new one; no vault or key file exists here, so it is an orphan.
            with contextlib.suppress(OSError):
                anchor_file_for(path).unlink()
            vault = cls(path, conn, root, clock)
            vault._update_anchor()
        except BaseException as exc:
            if conn is not None:
                conn.close()
            for leftover in created:
                with contextlib.suppress(OSError):
                    leftover.unlink()
            if isinstance(exc, OSError):
                raise classify(exc, path) from None
            raise
        return CreatedVault(vault, recovery)

    # --- using -----------------------------------------------------------------------------

    @property
    def vault_id(self) -> str:
        return self.info.vault_id

    @property
    def anchor_path(self) -> Path:
        return anchor_file_for(self.path)

    @contextmanager
    def exclusive(self) -> Iterator[Connection]:
        """The connection with no other thread's transaction open on it, outside any
        transaction: for work SQLite cannot do inside one (rebuilding or re-keying the file)."""
        with self._lock:
            yield self.conn

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        with self._lock:
            with transaction(self.conn, self.path) as conn:
                yield conn
            # After COMMIT only: an anchor must never name an entry that could still roll back.
            self._anchor_if_due()

    def check_anchor(self) -> audit_anchor.AnchorCheck:
        """Compare the anchor beside the vault with the log; the sealing key stays in here."""
        with self._lock:
            found = audit_anchor.check(self.conn, self.anchor_path, self._anchor_key(),
                                       self.vault_id)
            head_seq = audit_log.head(self.conn)[0]
        if found.contradicts_log:
            return found
        if self._anchor_failed:
            return audit_anchor.AnchorCheck(
                audit_anchor.AnchorState.STALE, found.anchor_seq, None,
                "the anchor beside the vault could not be updated (is the folder read-only or "
                "the disk full?), so the newest entries are not anchored yet")
        # Normally it lags by less than one interval plus one transaction; far more means updates
        # were missed in an earlier session (another computer, a failed write).
        if found.anchor_seq is not None and head_seq - found.anchor_seq >= 2 * ANCHOR_EVERY:
            return audit_anchor.AnchorCheck(
                audit_anchor.AnchorState.STALE, found.anchor_seq, None,
                f"the anchor beside the vault is at entry {found.anchor_seq}, "
                f"{head_seq - found.anchor_seq} entries behind the log: it was not kept up to "
                "date")
        return found

    def field_kek(self) -> bytes:
        return self._root.field_kek(self.vault_id)

    def reload_field_keys(self) -> None:
        """After a new data key: the connection's cipher learns it."""
        field_crypto.attach(self.conn, self.field_kek(), self.vault_id)

    def consent_code_key(self) -> bytes:
        return self._root.consent_code_key(self.vault_id)

    def _anchor_key(self) -> bytes:
        return self._root.audit_anchor_key(self.vault_id)

    def _anchor_if_due(self) -> None:
        try:
            seq = audit_log.head(self.conn)[0]  # one primary-key look-up per transaction
        except Exception:  # the work is committed; a failing read here must not undo that
            return
        if seq // ANCHOR_EVERY > self._anchored_seq // ANCHOR_EVERY:
            self._update_anchor()

    def _update_anchor(self) -> None:
        """Best effort by design: failing to write the anchor must never lose or refuse work."""
        try:
            self._anchored_seq = audit_anchor.refresh(
                self.conn, self.anchor_path, self._anchor_key(), self.vault_id,
                at=to_iso(self.clock()))
            self._anchor_failed = False
        except audit_anchor.AnchorHeld:
            # Kept as evidence; verification and the vault check report it. Info, not warning:
            # a warning would repeat that report as a second line on the command line's stderr.
            log.info("The audit anchor disagrees with the audit log and was left unchanged.")
            self._anchored_seq = self._head_or_last()
        except Exception as exc:
            log.warning("Could not update the audit anchor beside the vault (%s); verification "
                        "will report it as stale.", type(exc).__name__)
            self._anchor_failed = True
            # Try again at the next multiple or on close, not after every transaction.
            self._anchored_seq = self._head_or_last()

    def _head_or_last(self) -> int:
        try:
            return audit_log.head(self.conn)[0]
        except Exception:
            return self._anchored_seq

    def remember_in_keyring(self) -> None:
        """Put this vault's root secret into the OS keyring (KeyringUnavailable if none)."""
        keyring_store.store(self.vault_id, self._root)

    def page_problems(self) -> list[str]:
        """SQLCipher's check of every page's HMAC; names each damaged page."""
        return [str(r[0]) for r in self.conn.execute("PRAGMA cipher_integrity_check")]

    def structure_problems(self) -> list[str]:
        """SQLite's structural check (indexes, free list, b-trees)."""
        rows = [str(r[0]) for r in self.conn.execute("PRAGMA integrity_check")]
        return [] if rows == ["ok"] else rows

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._update_anchor()
            with contextlib.suppress(Exception):
                self.conn.execute("PRAGMA optimize")
            self.conn.close()


@dataclass(frozen=True, slots=True)
class CreatedVault:
    vault: Vault
    recovery_key: RecoveryKey


def read_key_file(path: Path) -> key_file.KeyFile:
    if not path.is_file():
        raise VaultNotFound(path=str(path))
    key_path = key_file_for(path)
    if not key_path.exists() and not _looks_like_sqlcipher(path):
        raise NotAVault(path=str(path))
    kf = key_file.read(key_path)
    if _starts_with_sqlite_magic(path):
        raise NotAVault(path=str(path))
    return kf


def _starts_with_sqlite_magic(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC


def _looks_like_sqlcipher(path: Path) -> bool:
    """An encrypted SQLCipher file is whole pages of random-looking bytes; documents, archives
    and plain SQLite files are not. Used only to word the error when the key file is missing."""
    size = path.stat().st_size
    if size == 0 or size % 1024:
        return False
    with path.open("rb") as handle:
        head = handle.read(64)
    return len(set(head)) > 40 and not head.startswith(SQLITE_MAGIC)


def _audit_upgrade(clock: Clock) -> Callable[[Connection, migrate.Migration], None]:
    def record(conn: Connection, migration: migrate.Migration) -> None:
        if migration.number > 1:
            audit_log.record(
                conn,
                at=clock(),
                action=str(Action.VAULT_MIGRATED),
                detail=f"schema {migration.number}: {migration.name}",
            )

    return record


def damaged_pages(path: Path, root: RootSecret) -> list[str]:
    """SQLCipher's page check on a vault too damaged to open normally. Page numbers only."""
    try:
        conn = connect(path, root.sqlcipher_key(read_key_file(path).vault_id))
    except VaultError:
        return []  # the first page itself is unreadable: nothing more to name
    try:
        return [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    except VaultError:
        return []
    finally:
        conn.close()


def remove_vault_files(path: Path) -> None:
    """Used by the demo to start over; never called on a real vault."""
    for candidate in (
        path,
        key_file_for(path),
        anchor_file_for(path),
        *(path.with_name(path.name + s) for s in SIDE_FILES),
    ):
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()
