"""Restoring a backup over a vault, and restore drills into a scratch folder.

Everything that can refuse (permission, authenticity, checksum, another vault, the typed
business name, a newer schema, the snapshot's own checks) happens before the current vault is
touched. The file steps themselves, and why a crash cannot leave a mix, are in
clientsafe/vault/restore_files.py.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import tempfile
import time
from pathlib import Path

from clientsafe.core.audit_actions import Action
from clientsafe.core.backup_errors import (
    BackupContentBad,
    BackupOfAnotherVault,
    BusinessNameMismatch,
    RestoreNeedsOfficer,
)
from clientsafe.core.backups import business_name_matches
from clientsafe.core.clock import Clock, system_clock
from clientsafe.core.errors import ClientSafeError, KeyringUnavailable, VaultTooNew
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services import auth
from clientsafe.services.backup_types import (
    CancelWatch,
    DrillRecord,
    OfficerCredentials,
    Progress,
    RestoreResult,
)
from clientsafe.services.policy import authorize
from clientsafe.vault import (
    audit_log,
    backup_io,
    backup_repo,
    backup_snapshot,
    key_file,
    migrate,
    restore_files,
)
from clientsafe.vault.backup_file import manifest_from_dict, manifest_to_dict
from clientsafe.vault.connection import classify
from clientsafe.vault.locations import key_file_for
from clientsafe.vault.vault import Vault


def restore(vault_path: Path, backup_path: Path, *, confirm_business_name: str | None,
            current: tuple[Vault, Session] | None = None,
            credentials: OfficerCredentials | None = None, recovery_key: str | None = None,
            progress: Progress | None = None, clock: Clock | None = None) -> RestoreResult:
    """See clientsafe/services/backup.py `restore`."""
    if (current is None) == (credentials is None):
        raise RestoreNeedsOfficer()
    if clock is None:  # the open vault's clock (tests inject one), else the system's
        clock = current[0].clock if current is not None else system_clock
    started = time.perf_counter()
    vault_path = vault_path.expanduser()
    backup_path = backup_path.expanduser()
    if current is not None:
        vault, session = current
        if vault.path.resolve() != vault_path.resolve():
            raise ValueError("`current` must be the vault open at vault_path")
        authorize(vault, session, Permission.BACKUP_RESTORE, Action.BACKUP_RESTORED)
        opened = backup_io.open_backup(backup_path, vault=vault)
    else:
        opened = backup_io.open_backup(backup_path, recovery_key=recovery_key)
        existing = _existing_vault_id(vault_path)
        if existing is not None and existing != opened.manifest.vault_id:
            raise BackupOfAnotherVault(business=opened.manifest.business_name)
    manifest = opened.manifest
    if confirm_business_name is not None and not business_name_matches(
            confirm_business_name, manifest.business_name):
        raise BusinessNameMismatch(business=manifest.business_name)
    if manifest.schema_version > migrate.LATEST:
        raise VaultTooNew(found=manifest.schema_version, supported=migrate.LATEST)

    actor_name = current[1].username if current is not None else ""
    try:
        vault_path.parent.mkdir(parents=True, exist_ok=True)
        restore_files.remove_stale_stages(vault_path)
        staged = restore_files.stage_path(vault_path)
        try:
            _stage(backup_path, opened, staged, progress)
            if credentials is not None:
                actor_name = _authenticate_in(staged, opened, credentials, clock)
            if current is not None:
                current[0].close()  # folds the WAL in; from here on the caller's vault is closed
            pre_restore = restore_files.keep_aside(vault_path, clock())
            restore_files.swap_in(vault_path, staged, opened.header.key_file)
        finally:
            restore_files.remove_staged(staged)  # after the swap only its companions are left
    except OSError as exc:  # a full disk or a read-only folder beside the vault
        raise classify(exc, vault_path) from None
    with contextlib.suppress(OSError):  # best effort: without it verification only notes it
        restore_files.write_anchor(vault_path, opened.root, manifest.vault_id,
                                   manifest.audit_head_seq, manifest.audit_head_hash, clock())
    restored = Vault.open(vault_path, opened.root, clock=clock)
    remembered = True
    try:
        restored.remember_in_keyring()
    except KeyringUnavailable:
        remembered = False
    with restored.transaction() as conn:
        audit_log.record(
            conn, at=clock(), action=str(Action.BACKUP_RESTORED), actor=actor_name,
            detail=f"{backup_path.name} (made {manifest.created_at:%Y-%m-%d %H:%M} UTC by "
                   f"{manifest.created_by}, audit head {manifest.audit_head_seq}); previous "
                   f"vault kept as {pre_restore.name if pre_restore else 'none'}")
        # The restored log ends before this backup was made; without it the status bar would
        # say "no backup yet" right after restoring one.
        with contextlib.suppress(OSError):
            backup_repo.add_attempt(conn, at=manifest.created_at, actor_id=None,
                                    actor=manifest.created_by, automatic=False, ok=True,
                                    path=str(backup_path),
                                    size=backup_path.stat().st_size)
    return RestoreResult(restored, manifest, pre_restore, remembered,
                         time.perf_counter() - started)


def _existing_vault_id(vault_path: Path) -> str | None:
    """The id in the key file beside an existing vault; None if none can be read (no vault,
    or one too damaged to say: a restore is exactly what it needs)."""
    try:
        return key_file.read(key_file_for(vault_path)).vault_id
    except ClientSafeError:
        return None


def _stage(backup_path: Path, opened: backup_io.Opened, staged: Path,
           progress: Progress | None) -> None:
    size = opened.manifest.payload_bytes
    total = 2 * size
    backup_io.extract(backup_path, opened, staged, progress=progress, done=0, total=total)

    def step(n: int) -> None:
        if progress is not None:
            progress(size + n * size // 3, total)

    _found, problems = backup_io.check_snapshot(staged, opened, full=True, step=step)
    if problems:
        raise BackupContentBad(path=str(backup_path), problem=problems[0])


def _authenticate_in(staged: Path, opened: backup_io.Opened, credentials: OfficerCredentials,
                     clock: Clock) -> str:
    """Sign in to the staged copy: the officer must exist in the backup. The sign-in (or its
    refusal) is recorded in that copy; the caller removes the copy's companions."""
    key_file.write(key_file_for(staged), opened.header.key_file)
    staged_vault = Vault.open(staged, opened.root, clock=clock)
    try:
        session = auth.login(staged_vault, credentials.username, credentials.password)
        authorize(staged_vault, session, Permission.BACKUP_RESTORE, Action.BACKUP_RESTORED)
        return session.username
    finally:
        staged_vault.close()


# --- drills ------------------------------------------------------------------------------------


def run_drill(vault: Vault, session: Session, backup_path: Path, *,
              progress: Progress | None = None) -> DrillRecord:
    authorize(vault, session, Permission.BACKUP_RESTORE, Action.BACKUP_DRILL)
    backup_path = backup_path.expanduser()
    started = time.perf_counter()
    now = vault.clock()
    manifest = None
    watch = CancelWatch(progress)
    try:
        opened = backup_io.open_backup(backup_path, vault=vault)
        manifest = opened.manifest
        if manifest.schema_version > migrate.LATEST:
            raise VaultTooNew(found=manifest.schema_version, supported=migrate.LATEST)
        problems = _drill_in_scratch(backup_path, opened, watch.report)
    except ClientSafeError as exc:
        if watch.cancelled:  # stopped by the user: there is no result to record
            raise
        problems = [str(exc)]
    except OSError:
        problems = ["the scratch copy could not be written to the temporary folder (is the disk "
                    "full?)"]
    seconds = time.perf_counter() - started
    ok = not problems
    detail = "ok" if ok else problems[0]
    manifest_json = json.dumps(manifest_to_dict(manifest)) if manifest else None
    with vault.transaction() as conn:
        drill_id = backup_repo.add_drill(
            conn, at=now, actor_id=session.staff_id, actor=session.username,
            backup_path=str(backup_path), ok=ok, seconds=seconds, detail=detail[:500],
            manifest_json=manifest_json)
        audit_log.record(conn, at=now, action=str(Action.BACKUP_DRILL),
                         actor_id=session.staff_id, actor=session.username,
                         detail=f"{'passed' if ok else 'failed'} in {seconds:.1f} s: "
                                f"{backup_path.name}")
    return DrillRecord(drill_id, now, session.username, str(backup_path), ok, seconds,
                       detail[:500], manifest)


def _drill_in_scratch(backup_path: Path, opened: backup_io.Opened,
                      progress: Progress | None) -> list[str]:
    """Restore into a private folder as a restore would (stage, check, open and migrate), then
    delete it. Returns the problems found."""
    scratch = Path(tempfile.mkdtemp(prefix="clientsafe-drill-"))  # 0700
    try:
        target = scratch / "drill.csvault"
        staged = restore_files.stage_path(target)
        try:
            _stage(backup_path, opened, staged, progress)
        except BackupContentBad as exc:
            return [str(exc.params.get("problem", exc))]
        restore_files.swap_in(target, staged, opened.header.key_file)
        drilled = Vault.open(target, opened.root, clock=system_clock)
        try:
            if opened.manifest.schema_version < migrate.LATEST:
                # Opening migrated the copy: check what the migration wrote. Otherwise these are
                # the bytes _stage has just checked in full, and opening changed nothing.
                return backup_snapshot.full_check(drilled.conn)
            return []
        finally:
            drilled.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def drills(vault: Vault, session: Session, limit: int = 50) -> list[DrillRecord]:
    authorize(vault, session, Permission.BACKUP_RESTORE, Action.BACKUP_DRILL)
    records = []
    for row in backup_repo.drills(vault.conn, max(1, min(limit, 1000))):
        manifest = None
        if row.manifest_json:
            with contextlib.suppress(ValueError, KeyError, TypeError):
                manifest = manifest_from_dict(json.loads(row.manifest_json))
        records.append(DrillRecord(row.id, row.at, row.actor, row.backup_path, row.ok,
                                   row.seconds, row.detail, manifest))
    return records
