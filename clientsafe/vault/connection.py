"""Opening the SQLCipher file, and turning SQLite's errors into sentences a person can act on."""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlcipher3 import dbapi2

from clientsafe.core.errors import (
    DiskFull,
    NotAVault,
    VaultCorrupt,
    VaultError,
    VaultNotFound,
    VaultReadOnly,
    WrongVersionOfSQLCipher,
)
from clientsafe.vault.keys import sqlcipher_key_pragma

Connection = dbapi2.Connection
DatabaseError = dbapi2.DatabaseError
SQLITE_MAGIC = b"SQLite format 3\x00"


class _Cursor(dbapi2.Cursor):
    """A cursor whose storage failures arrive as VaultError sentences, wherever they happen:
    a damaged page can surface on any read, not only while opening."""

    def _translate(self, exc: dbapi2.Error) -> BaseException:
        if _is_storage_failure(exc):
            return classify(exc, self.connection.vault_path)
        return exc

    def execute(self, *args: Any) -> _Cursor:
        try:
            return super().execute(*args)
        except dbapi2.Error as exc:
            raise self._translate(exc) from None

    def executemany(self, *args: Any) -> _Cursor:
        try:
            return super().executemany(*args)
        except dbapi2.Error as exc:
            raise self._translate(exc) from None

    def executescript(self, *args: Any) -> _Cursor:
        try:
            return super().executescript(*args)
        except dbapi2.Error as exc:
            raise self._translate(exc) from None

    def fetchone(self) -> Any:
        try:
            return super().fetchone()
        except dbapi2.Error as exc:
            raise self._translate(exc) from None

    def fetchmany(self, *args: Any) -> list[Any]:
        try:
            return super().fetchmany(*args)
        except dbapi2.Error as exc:
            raise self._translate(exc) from None

    def fetchall(self) -> list[Any]:
        try:
            return super().fetchall()
        except dbapi2.Error as exc:
            raise self._translate(exc) from None

    def __next__(self) -> Any:
        try:
            return super().__next__()
        except dbapi2.Error as exc:
            raise self._translate(exc) from None


class _Connection(dbapi2.Connection):
    vault_path: Path
    # The vault's field cipher (clientsafe.vault.field_crypto), attached once the root secret
    # has opened the file: customer values are encrypted and decrypted in the repositories.
    fields: Any = None

    def cursor(self, factory: Any = _Cursor) -> Any:  # execute() goes through here too
        return super().cursor(factory)


def connect(path: Path, raw_key: bytes, *, create: bool = False) -> Connection:
    """Open (or create) the encrypted database and prove the key works with a first read."""
    if not create and not path.is_file():
        raise VaultNotFound(path=str(path))
    if not create and _starts_with(path, SQLITE_MAGIC):
        raise NotAVault(path=str(path))  # a plain, unencrypted SQLite file of some program
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise VaultReadOnly(path=str(path))
    try:
        # isolation_level=None: we issue BEGIN/COMMIT ourselves, so a transaction is exactly what
        # the service asked for.
        conn = sqlcipher3.connect(
            str(path), isolation_level=None, check_same_thread=False, factory=_Connection
        )
    except dbapi2.Error as exc:
        raise classify(exc, path) from None
    conn.vault_path = path
    try:
        # SQLCipher would print page errors to stderr; our sentences say what matters.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(sqlcipher_key_pragma(raw_key))
        version_row = conn.execute("PRAGMA cipher_version").fetchone()
        if not version_row or not str(version_row[0]).startswith("4."):
            raise WrongVersionOfSQLCipher(found=str(version_row[0] if version_row else "none"))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA synchronous = NORMAL")
    except dbapi2.Error as exc:
        conn.close()
        raise classify(exc, path) from None
    except VaultError:
        conn.close()
        raise
    return conn


def _starts_with(path: Path, magic: bytes) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(magic)) == magic
    except OSError:
        return False


def _writable(path: Path) -> bool:
    target = path if path.exists() else path.parent
    return os.access(target, os.W_OK) and os.access(path.parent, os.W_OK)


def classify(exc: BaseException, path: Path) -> VaultError:
    """Map a SQLite/OS error to the vault error a person can act on. No values leak: only the
    error's kind is inspected, and the message is ours."""
    text = str(exc).lower()
    if (isinstance(exc, OSError) and exc.errno == errno.ENOSPC) or "disk is full" in text:
        return DiskFull()
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        # SQLCipher also refuses writes after a page fails its HMAC; only a folder or file we
        # really cannot write to is "read-only".
        if _writable(path):
            return VaultCorrupt(path=str(path))
        return VaultReadOnly(path=str(path))
    if isinstance(exc, OSError):  # read-only, no permission, or a folder that cannot exist
        return VaultReadOnly(path=str(path))
    return VaultCorrupt(path=str(path))


_STORAGE_WORDS = ("disk", "readonly", "read-only", "malformed", "not a database", "i/o", "full")


def _is_storage_failure(exc: BaseException) -> bool:
    """True for failures of the file or the disk, as opposed to a mistake in our own SQL."""
    text = str(exc).lower()
    return any(word in text for word in _STORAGE_WORDS)


@contextmanager
def transaction(conn: Connection, path: Path) -> Iterator[Connection]:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error: all of it or none of it."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except dbapi2.Error as exc:
        raise classify(exc, path) from None
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            with contextlib.suppress(dbapi2.Error, VaultError):
                conn.execute("ROLLBACK")
        raise
