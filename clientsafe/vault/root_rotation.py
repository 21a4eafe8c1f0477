"""Replacing a vault's root secret (and with it the database key, the key-encryption key, the
anchor key and the recovery key), without a moment where no key opens the vault.

1. The new root goes into the keyring first, as a pending entry beside the current one.
2. The new key file (the new root wrapped by the new recovery key) is written as `.key.next`.
3. A complete copy of the database is exported under the new database key, and in that copy the
   field keys are re-wrapped by the new key-encryption key and the rotation is audited.
4. The copy replaces the vault file, `.key.next` replaces the key file, the keyring entry is
   promoted. Each step is an atomic rename or a keyring write.

A crash before step 4 leaves the old vault, which the old key opens; the leftovers are removed
the next time. A crash inside step 4 leaves the new file with the new root in the pending
keyring entry: `finish_pending` completes the swap when the vault is next opened. Old backups
keep their own key files, so each still opens with the recovery key printed when it was made.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from clientsafe.core.audit_actions import Action
from clientsafe.core.clock import to_iso
from clientsafe.core.errors import ClientSafeError, KeyringUnavailable
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.vault import audit_anchor, audit_log, field_crypto, key_file, keyring_store
from clientsafe.vault.atomic_file import write_atomically
from clientsafe.vault.connection import connect, transaction
from clientsafe.vault.keys import RootSecret
from clientsafe.vault.locations import anchor_file_for, key_file_for
from clientsafe.vault.recovery_key import RecoveryKey
from clientsafe.vault.vault import SIDE_FILES, Vault


class AnchorDisagrees(ClientSafeError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The audit anchor beside the vault disagrees with the audit trail; verify the audit "
        "trail and settle that before replacing the vault key.")


class RootRotationNeedsKeyring(ClientSafeError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Replacing the vault key needs this computer's keyring, so that no moment passes "
        "without a stored key; unlock the keyring and try again.")
    exit_status = 4


def pending_account(vault_id: str) -> str:
    return f"{vault_id}#next"


def _paths(path: Path) -> tuple[Path, Path]:
    return (path.with_name(path.name + ".rekey"),
            key_file_for(path).with_name(key_file_for(path).name + ".next"))


def _remove(*paths: Path) -> None:
    for p in paths:
        for leftover in (p, *(p.with_name(p.name + s) for s in SIDE_FILES)):
            with contextlib.suppress(OSError):
                leftover.unlink()


def rotate(vault: Vault, *, actor_id: int, actor: str) -> RecoveryKey:
    """Give the vault a new root secret; returns the new recovery key (shown once)."""
    vault_id, path = vault.vault_id, vault.path
    # The anchor is sealed with a key derived from the root, so it is re-sealed afterwards;
    # evidence against the log must not be re-sealed away.
    if vault.check_anchor().contradicts_log:
        raise AnchorDisagrees()
    new_root, recovery = RootSecret.generate(), RecoveryKey.generate()
    copy, next_key = _paths(path)
    _remove(copy, next_key)
    try:
        keyring_store.store(pending_account(vault_id), new_root)
    except KeyringUnavailable:
        raise RootRotationNeedsKeyring() from None
    now = vault.clock()
    write_atomically(next_key, key_file.wrap(new_root, recovery, vault_id=vault_id,
                                             created_at=to_iso(now)))
    new_db_key = new_root.sqlcipher_key(vault_id)
    with vault.exclusive():
        try:
            _export_copy(vault, copy, new_db_key)
            _rewrap_and_audit(vault, copy, new_root, new_db_key, actor_id, actor)
        except BaseException:
            _remove(copy, next_key)
            keyring_store.forget(pending_account(vault_id))
            raise
        vault.conn.close()
        os.replace(copy, path)
        _remove(copy)
        os.replace(next_key, key_file_for(path))
        vault._root = new_root
        vault.conn = connect(path, new_db_key)
        field_crypto.attach(vault.conn, new_root.field_kek(vault_id), vault_id)
        _promote(vault_id, new_root)
        with contextlib.suppress(OSError):
            vault.anchor_path.unlink()  # checked above; re-sealed under the new key now
        vault._update_anchor()
    return recovery


def _export_copy(vault: Vault, copy: Path, new_db_key: bytes) -> None:
    conn = vault.conn
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    conn.execute(f"ATTACH DATABASE ? AS rekeyed KEY \"x'{new_db_key.hex()}'\"", (str(copy),))
    try:
        conn.execute("SELECT sqlcipher_export('rekeyed')").fetchone()
        conn.execute(f"PRAGMA rekeyed.user_version = {version}")
    finally:
        conn.execute("DETACH DATABASE rekeyed")


def _rewrap_and_audit(vault: Vault, copy: Path, new_root: RootSecret, new_db_key: bytes,
                      actor_id: int, actor: str) -> None:
    conn = connect(copy, new_db_key)
    try:
        with transaction(conn, copy):
            field_crypto.rewrap_all(conn, vault.field_kek(), new_root.field_kek(vault.vault_id),
                                    vault.vault_id)
            audit_log.record(conn, at=vault.clock(), action=str(Action.ROOT_SECRET_ROTATED),
                             actor_id=actor_id, actor=actor,
                             detail="database key, field-key wrapping and recovery key replaced")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.close()


def _promote(vault_id: str, new_root: RootSecret) -> None:
    keyring_store.store(vault_id, new_root)
    keyring_store.forget(pending_account(vault_id))


def finish_pending(path: Path, vault_id: str) -> RootSecret | None:
    """At opening, after the current key failed: a rotation interrupted during its swap left
    the new root pending. Complete the swap and return it; None if nothing is pending."""
    try:
        pending = keyring_store.load(pending_account(vault_id))
    except ClientSafeError:
        return None
    try:
        connect(path, pending.sqlcipher_key(vault_id)).close()
    except ClientSafeError:
        return None
    _, next_key = _paths(path)
    if next_key.exists():
        os.replace(next_key, key_file_for(path))
    _reseal_anchor(path, vault_id, pending)
    _promote(vault_id, pending)
    return pending


def _reseal_anchor(path: Path, vault_id: str, new_root: RootSecret) -> None:
    """The anchor still carries the old root's seal; if that seal holds, carry it over."""
    with contextlib.suppress(ClientSafeError, audit_anchor.AnchorAltered, OSError):
        old_root = keyring_store.load(vault_id)
        anchor = audit_anchor.read(anchor_file_for(path), old_root.audit_anchor_key(vault_id),
                                   vault_id)
        if anchor is not None:
            audit_anchor.write(anchor_file_for(path), anchor,
                               new_root.audit_anchor_key(vault_id))


def clean_leftovers(path: Path, vault_id: str) -> None:
    """At opening with the current key: an interrupted rotation that never swapped leaves only
    files and a pending entry nobody needs."""
    copy, next_key = _paths(path)
    if copy.exists() or next_key.exists():
        _remove(copy, next_key)
        keyring_store.forget(pending_account(vault_id))

