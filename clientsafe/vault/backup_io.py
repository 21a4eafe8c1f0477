"""Writing a backup of an open vault, and opening, authenticating and unpacking a backup file.

Every file this writes is first a temporary file beside its destination (so the final rename is
atomic), fsynced, read back from the disk, and only then renamed; on any error it is removed.
Temporary names are random and say nothing about the data.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from clientsafe.core.backup_errors import (
    BackupCheckFailed,
    BackupDamaged,
    BackupDiskFull,
    BackupFolderNotWritable,
    BackupOfAnotherVault,
    BackupWriteFailed,
)
from clientsafe.core.backups import BackupManifest
from clientsafe.core.errors import ClientSafeError, DiskFull, VaultReadOnly
from clientsafe.vault import backup_file, backup_snapshot, key_file, keyring_store
from clientsafe.vault.atomic_file import _fsync_dir
from clientsafe.vault.backup_file import BackupHeader, PayloadWriter
from clientsafe.vault.backup_snapshot import Inspection
from clientsafe.vault.keys import RootSecret
from clientsafe.vault.locations import key_file_for
from clientsafe.vault.recovery_key import RecoveryKey
from clientsafe.vault.vault import Vault

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Written:
    manifest: BackupManifest
    problems: list[str]  # from the full check of the snapshot; [] when not checked or clean
    exported: bool  # the snapshot came from sqlcipher_export (WAL could not be emptied)


def _root(vault: Vault) -> RootSecret:
    # The vault package keeps the root secret to itself; backups are part of that package.
    return vault._root


def write_backup(vault: Vault, dest: Path, *, created_by: str, app_version: str,
                 now: datetime, progress: Progress | None = None, full_check: bool = True,
                 force_export: bool = False, read_back_from_disk: bool = True) -> Written:
    """Write a backup of `vault` to `dest` (must not exist yet).

    Progress is in bytes over 3 × the vault's size: the snapshot copied into the file, the
    full check of the snapshot (in three steps; skipped without `full_check`), and the payload
    read back from the disk and compared with the snapshot; the sealed header and trailer are
    then read back too. Raises BackupDiskFull, BackupFolderNotWritable, BackupWriteFailed or
    BackupCheckFailed; whatever `progress` raises passes through. Nothing is left behind.
    """
    folder = dest.parent
    if not folder.is_dir():
        raise BackupFolderNotWritable(folder=str(folder))
    root = _root(vault)
    key_bytes = key_file_for(vault.path).read_bytes()
    tmp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=".clientsafe-backup-", suffix=".tmp", dir=folder)
        tmp = Path(name)
        with os.fdopen(fd, "wb") as handle, backup_snapshot.frozen(
                vault.path, root.sqlcipher_key(vault.vault_id), scratch_dir=folder,
                force_export=force_export) as snap:
            size = snap.size
            total = 3 * size
            found = backup_snapshot.summary(snap.conn)
            writer = PayloadWriter(handle, size)
            try:
                writer.copy_from(snap.source, progress, total)
                problems: list[str] = []
                if full_check:
                    def step(n: int) -> None:
                        if progress is not None:
                            progress(size + n * size // 3, total)

                    problems = backup_snapshot.full_check(snap.conn, step)
                writer.confirm_on_disk(tmp, snap.source, progress=progress, done=2 * size,
                                       total=total, from_disk=read_back_from_disk)
                payload_sha256 = writer.sha256
            finally:
                writer.abort()
            manifest = BackupManifest(
                vault_id=vault.vault_id, business_name=found.business_name, created_at=now,
                created_by=created_by, app_version=app_version,
                schema_version=found.schema_version, customer_count=found.customer_count,
                audit_count=found.audit_count, audit_head_seq=found.head_seq,
                audit_head_hash=found.head_hash, payload_sha256=payload_sha256,
                payload_bytes=size)
            writer.finish(manifest, key_bytes, root)
            handle.flush()
            os.fsync(handle.fileno())
            backup_file.drop_from_cache(handle)
            exported = snap.exported
        _check_seal_on_disk(tmp, root, folder, size)
        os.replace(tmp, dest)
        tmp = None
        _fsync_dir(folder)
        return Written(manifest, problems, exported)
    except backup_file.PayloadMismatch:
        raise BackupCheckFailed(folder=str(folder)) from None
    except OSError as exc:
        raise _classify(exc, folder) from None
    except DiskFull:
        raise BackupDiskFull(folder=str(folder)) from None
    except VaultReadOnly:
        # Raised by SQLCipher for the fallback's scratch file in the destination folder.
        raise BackupFolderNotWritable(folder=str(folder)) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()


def _check_seal_on_disk(path: Path, root: RootSecret, folder: Path, size: int) -> None:
    """The header and trailer as they are on the disk now (the payload was compared already)."""
    try:
        header = backup_file.read_header(path)
        backup_file.check_seal(header, root, path)
        if header.manifest.payload_bytes != size:
            raise BackupDamaged(path=str(path))
    except BackupDamaged:
        raise BackupCheckFailed(folder=str(folder)) from None


def _classify(exc: OSError, folder: Path) -> Exception:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return BackupDiskFull(folder=str(folder))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOENT, errno.ENOTDIR):
        return BackupFolderNotWritable(folder=str(folder))
    return BackupWriteFailed(folder=str(folder))


# --- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Opened:
    header: BackupHeader
    root: RootSecret
    from_recovery_key: bool

    @property
    def manifest(self) -> BackupManifest:
        return self.header.manifest


def open_backup(path: Path, *, recovery_key: str | None = None,
                vault: Vault | None = None) -> Opened:
    """Read and authenticate a backup's manifest. The key: `vault`'s (the backup must be of that
    vault: BackupOfAnotherVault otherwise), else the recovery key unwrapping the embedded key
    file, else this computer's keyring.

    NotABackup, BackupNotFound, BackupDamaged; MalformedRecoveryKey, WrongRecoveryKey;
    VaultLocked or KeyringUnavailable when the keyring has no key and no recovery key is given.
    """
    header = backup_file.read_header(path)
    vault_id = header.manifest.vault_id
    root: RootSecret | None = None
    if vault is not None:
        if vault_id != vault.vault_id:
            raise BackupOfAnotherVault(business=header.manifest.business_name)
        root = _root(vault)
    used_recovery = False
    if root is None:
        if recovery_key is not None:
            parsed = RecoveryKey.parse(recovery_key)  # a typo is refused before the KDF
            kf = backup_file.embedded_key_file(header, path)
            root = key_file.unwrap(kf, parsed)
            used_recovery = True
        else:
            root = keyring_store.load(vault_id)
    backup_file.check_seal(header, root, path)
    # The embedded key file must parse too: a restore writes it beside the vault.
    backup_file.embedded_key_file(header, path)
    return Opened(header, root, used_recovery)


def extract(path: Path, opened: Opened, target: Path, *, progress: Progress | None = None,
            done: int = 0, total: int = 0) -> None:
    """Write the payload to `target` (a new file, 0600, fsynced), checking its SHA-256.
    Removes `target` on any failure."""
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            backup_file.copy_payload(path, opened.header, handle, progress=progress, done=done,
                                     total=total)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise


def check_snapshot(db_path: Path, opened: Opened, *, full: bool = True,
                   step: Callable[[int], None] | None = None) -> tuple[Inspection, list[str]]:
    """Open an extracted payload and compare it with the manifest; with `full`, also the page,
    structure and audit chain checks. Returns what was found and the problems (sentences)."""
    manifest = opened.manifest
    conn = backup_snapshot.open_snapshot(db_path, opened.root.sqlcipher_key(manifest.vault_id))
    try:
        found = backup_snapshot.summary(conn)
        problems = backup_snapshot.compare(
            found, vault_id=manifest.vault_id, customer_count=manifest.customer_count,
            audit_count=manifest.audit_count, head_seq=manifest.audit_head_seq,
            head_hash=manifest.audit_head_hash)
        if found.schema_version != manifest.schema_version:
            problems.append(f"schema {found.schema_version} where the manifest says "
                            f"{manifest.schema_version}")
        if full:
            problems.extend(backup_snapshot.full_check(conn, step))
        return found, problems
    finally:
        conn.close()


def authentic_manifest(path: Path, vault: Vault) -> BackupManifest | None:
    """The manifest of `path` if it is a sealed backup of `vault` (payload not hashed); None
    for anything else: another vault's backup, a damaged or foreign file."""
    try:
        header = backup_file.read_header(path)
        if header.manifest.vault_id != vault.vault_id:
            return None
        backup_file.check_seal(header, _root(vault), path)
    except (ClientSafeError, OSError):
        return None
    return header.manifest
