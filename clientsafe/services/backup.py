"""Backups, restores and restore drills: the one module the UI and the CLI call.

A backup is one `.csbackup` file: an authenticated manifest, the vault's key file (the root
secret wrapped by the recovery key) and a consistent encrypted snapshot of the vault, taken on
its own connection while the app keeps working. Opening one needs this computer's keyring
entry for the vault, or the recovery key. Any changed byte is detected before anything is used.

Progress and cancelling: every long call takes `progress(done, total)` (plain callable, may be
None). `total` is a fixed amount for the whole call, `done` grows to it. If the callable raises
(the UI's `Cancelled`), the work stops, every partial file is removed, nothing changes, and that
same exception propagates.

Permissions: creating backups, the automatic-backup settings and listing backups need
BACKUP_CREATE (security officer, manager); restoring and drills need BACKUP_RESTORE (security
officer). A refusal is audited and raises PermissionDenied. `verify` and `read_manifest` need no
sign-in: they read only the file (the key proves the right to read it).

Errors are ClientSafeError subclasses (see clientsafe/core/backup_errors.py); their text says
what to do. The dataclasses live in clientsafe/services/backup_types.py and are re-exported here;
the pure rules (file names, retention, when a backup is due) in clientsafe/core/backups.py.
"""

from __future__ import annotations

import contextlib
import tempfile
import time
from datetime import datetime
from pathlib import Path

from clientsafe import __version__
from clientsafe.core.audit_actions import Action
from clientsafe.core.backup_errors import (
    BackupCheckFailed,
    BackupDamaged,
    BackupDiskFull,
    BackupFolderNotWritable,
    BackupWriteFailed,
    VaultFailedCheck,
)
from clientsafe.core.backups import BackupManifest, backup_file_name
from clientsafe.core.clock import Clock
from clientsafe.core.errors import ClientSafeError
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services import backup_auto, backup_restore
from clientsafe.services.backup_types import (
    AutoBackupSettings,
    BackupResult,
    BackupStatus,
    CancelWatch,
    DrillRecord,
    OfficerCredentials,
    Progress,
    RestoreResult,
    VerifyResult,
)
from clientsafe.services.policy import authorize
from clientsafe.vault import audit_log, backup_io, backup_repo, migrate
from clientsafe.vault.vault import Vault

__all__ = [
    "AutoBackupSettings",
    "BackupManifest",
    "BackupResult",
    "BackupStatus",
    "DrillRecord",
    "OfficerCredentials",
    "Progress",
    "RestoreResult",
    "VerifyResult",
    "apply_retention",
    "auto_settings",
    "backup_file_name",
    "create",
    "drills",
    "list_backups",
    "read_manifest",
    "restore",
    "run_automatic_if_due",
    "run_drill",
    "save_auto_settings",
    "status",
    "verify",
]

AUTOMATIC = "automatic"  # created_by of automatic backups

# backup_log reason codes (also in BackupStatus.last_failure).
REASONS: dict[type[ClientSafeError], str] = {
    BackupDiskFull: "disk_full",
    BackupFolderNotWritable: "not_writable",
    BackupWriteFailed: "write_error",
    BackupCheckFailed: "verify_failed",
    VaultFailedCheck: "verify_failed",
}


def create(vault: Vault, session: Session, out_dir: Path, *, progress: Progress | None = None,
           automatic: bool = False, full_check: bool = True) -> BackupResult:
    """Write a backup of `vault` into `out_dir` (file name from `backup_file_name`), read it
    back and verify it, then record it (backup_log + audit `backup.created`).

    BACKUP_CREATE unless `automatic` (automatic backups run whoever is signed in; they are
    recorded with the actor "system"). The payload is always fsynced, dropped from the OS
    cache, read back from the disk and compared byte for byte with the snapshot, and the sealed
    header read back, before the file gets its name. `full_check` (default) also runs
    SQLCipher's page check, SQLite's integrity check and the audit chain on the snapshot (the
    same bytes), so a backup that returns is known good; `verify()` repeats all of it from the
    file alone. Without `full_check` a 486 MB vault takes about 1 s; with it about 15 s.

    Progress: bytes over 3 × the vault file's size (copy, checks in three steps, read-back).

    On any failure (full disk, removed drive, read-only folder, a vault failing its check,
    cancel) the partial file is removed, the vault is untouched, the attempt is logged
    in backup_log (failure reason code) and audited as `backup.failed` (a cancel is logged as
    "cancelled" and not audited), and the error is raised.
    """
    if automatic:
        backup_auto.same_vault(vault, session)
    else:
        authorize(vault, session, Permission.BACKUP_CREATE, Action.BACKUP_CREATED)
    now = vault.clock()
    started = time.perf_counter()
    out_dir = out_dir.expanduser()
    dest = _free_name(out_dir, backup_file_name(vault.info.business_name, now))
    watch = CancelWatch(progress)
    try:
        written = backup_io.write_backup(
            vault, dest, created_by=AUTOMATIC if automatic else session.username,
            app_version=__version__, now=now, progress=watch.report,
            full_check=full_check)
        if written.problems:
            with contextlib.suppress(OSError):
                dest.unlink()
            raise VaultFailedCheck(problem=written.problems[0])
    except BaseException as exc:
        reason = backup_auto.CANCELLED if watch.cancelled else _reason(exc)
        backup_auto.record_failure(vault, session, automatic=automatic, reason=reason,
                                   path=dest, seconds=time.perf_counter() - started)
        raise
    seconds = time.perf_counter() - started
    manifest = written.manifest
    with vault.transaction() as conn:
        backup_repo.add_attempt(conn, at=now, actor_id=None if automatic else session.staff_id,
                                actor=audit_log.SYSTEM_ACTOR if automatic else session.username,
                                automatic=automatic, ok=True, path=str(dest),
                                size=dest.stat().st_size, seconds=seconds)
        audit_log.record(conn, at=now, action=str(Action.BACKUP_CREATED),
                         **backup_auto.actor(session, automatic),
                         detail=f"{'automatic' if automatic else 'manual'}: {dest.name}, "
                                f"{manifest.customer_count} customers, audit head "
                                f"{manifest.audit_head_seq}")
    return BackupResult(dest, manifest, seconds)


def read_manifest(path: Path, *, recovery_key: str | None = None) -> BackupManifest:
    """The file's manifest after checking its seal (cheap: does not hash the payload).

    Uses this computer's keyring entry for the backup's vault, or `recovery_key` when given.
    Raises NotABackup (2), BackupDamaged (1), VaultLocked/KeyringUnavailable (4: no key here,
    ask for the recovery key), WrongRecoveryKey (3), MalformedRecoveryKey (2).
    """
    return backup_io.open_backup(path.expanduser(), recovery_key=recovery_key).manifest


def verify(path: Path, *, recovery_key: str | None = None,
           progress: Progress | None = None) -> VerifyResult:
    """Full check of a backup file: seal, payload checksum, then the snapshot itself opened in a
    private temporary folder (SQLCipher page check, SQLite integrity check, customer and audit
    counts and the audit head against the manifest, the audit chain recomputed).

    Problems with the *content* come back as `ok=False` with sentences; a file that cannot be
    authenticated at all raises like `read_manifest`. No sign-in, not audited (there is no vault
    to write to); `run_drill` is the audited form.
    """
    started = time.perf_counter()
    path = path.expanduser()
    opened = backup_io.open_backup(path, recovery_key=recovery_key)
    manifest = opened.manifest

    def result(problems: list[str]) -> VerifyResult:
        return VerifyResult(path, manifest, not problems, tuple(problems),
                            time.perf_counter() - started)

    if manifest.schema_version > migrate.LATEST:
        return result([f"written by a newer version of ClientSafe (schema "
                       f"{manifest.schema_version}; this version knows up to {migrate.LATEST})"])
    size = manifest.payload_bytes
    total = 2 * size
    watch = CancelWatch(progress)
    report = watch.report
    # A private folder (0700), removed afterwards; the payload stays encrypted in it.
    with tempfile.TemporaryDirectory(prefix="clientsafe-verify-") as scratch:
        db = Path(scratch) / "snapshot.csvault"
        try:
            backup_io.extract(path, opened, db, progress=report, done=0, total=total)
        except BackupDamaged:
            return result(["the snapshot inside does not match its sealed checksum: the file "
                           "is damaged"])
        except OSError:
            return result(["the snapshot could not be unpacked into a temporary folder (is "
                           "the disk full?)"])

        def step(n: int) -> None:
            if report is not None:
                report(size + n * size // 3, total)

        try:
            _found, problems = backup_io.check_snapshot(db, opened, full=True, step=step)
        except ClientSafeError as exc:  # e.g. VaultCorrupt: the snapshot cannot be read at all
            if watch.cancelled:
                raise
            problems = [str(exc)]
    return result(problems)


def restore(vault_path: Path, backup_path: Path, *, confirm_business_name: str | None,
            current: tuple[Vault, Session] | None = None,
            credentials: OfficerCredentials | None = None, recovery_key: str | None = None,
            progress: Progress | None = None, clock: Clock | None = None) -> RestoreResult:
    """Replace the vault at `vault_path` with the backup's content.

    Who may: either `current=(vault, session)` — the vault open at `vault_path` and a security
    officer signed in to it (the GUI; a refusal is audited in that vault) — or `credentials` of a
    security officer found in the backup's own staff list (new computer, or a vault too damaged
    to open; the sign-in is recorded in the restored vault). Pass exactly one.

    `confirm_business_name` must match the backup's business name (`business_name_matches`);
    None means the caller confirmed otherwise (the CLI's `--yes`).

    Steps: authenticate and fully verify the backup (refused before anything changes: damaged,
    truncated, another vault's backup, wrong key, newer schema → VaultTooNew) → stage the
    restored database beside the vault → keep the current vault aside as
    `<vault>.pre-restore-<UTC time>` (plus `.key`/`.anchor` copies) → swap in with one atomic
    rename → write the backup's key file and an anchor for its audit head → open (migrating an
    older schema) → audit `backup.restored`. `current`'s vault is closed by this call once
    everything that can refuse has passed (just before the copy aside); use the returned one. If
    a later step fails (e.g. the disk fills while copying aside), it stays closed and unchanged
    on disk: reopen it. A crash at any point leaves either the old vault or the complete new one.
    Progress: bytes over 2 × the snapshot's size (unpacking, then the checks in three steps).
    `clock` defaults to `current`'s vault clock, else the system clock.

    With `recovery_key` the root secret is put into this computer's keyring (like `unlock`);
    if no usable keyring exists the returned vault is open for this session only.
    """
    return backup_restore.restore(
        vault_path, backup_path, confirm_business_name=confirm_business_name, current=current,
        credentials=credentials, recovery_key=recovery_key, progress=progress, clock=clock)


def run_drill(vault: Vault, session: Session, backup_path: Path, *,
              progress: Progress | None = None) -> DrillRecord:
    """"Test a restore": restore the backup into a private scratch folder, verify it fully,
    time it, record the result in the drill log and the audit trail (`backup.drill`), and delete
    the scratch copy. BACKUP_RESTORE. A failed drill is a result (ok=False), not an exception;
    only a refusal, a lock (no key) or a cancel raise. The backup must be of this vault."""
    return backup_restore.run_drill(vault, session, backup_path, progress=progress)


def drills(vault: Vault, session: Session, limit: int = 50) -> list[DrillRecord]:
    """The newest drills first. BACKUP_RESTORE; not audited (results only, no customer data)."""
    return backup_restore.drills(vault, session, limit)


def status(vault: Vault, session: Session, *, now: datetime | None = None) -> BackupStatus:
    """For the status bar and the main window. Any signed-in user; not audited (no customer
    data). The UI decides whom to show it to."""
    return backup_auto.status(vault, session, now=now)


def auto_settings(vault: Vault, session: Session) -> AutoBackupSettings:
    """This vault's automatic-backup settings on this computer (per-user settings file, keyed
    by vault id; defaults when none). BACKUP_CREATE; not audited."""
    return backup_auto.auto_settings(vault, session)


def save_auto_settings(vault: Vault, session: Session, settings: AutoBackupSettings) -> None:
    """BACKUP_CREATE; audited `backup.settings_changed`. Raises a ValidationError for keep/remind
    values out of range or, when enabled, a folder that is empty or not an absolute path."""
    backup_auto.save_auto_settings(vault, session, settings)


def run_automatic_if_due(vault: Vault, session: Session, *, now: datetime | None = None,
                         progress: Progress | None = None,
                         on_close: bool = False) -> BackupResult | None:
    """If automatic backups are enabled and one is due (`core.backups.is_due`), make one into the
    configured folder and apply retention there; None when nothing was due. Runs whoever is
    signed in (recorded as "system"). A failure is logged and audited, then raised, so the UI
    can show it; `status()` reports it afterwards too."""
    if not backup_auto.due(vault, session, now=now, on_close=on_close):
        return None
    settings = backup_auto.settings_of(vault)
    result = create(vault, session, Path(settings.folder), progress=progress, automatic=True)
    backup_auto.prune(vault, session, Path(settings.folder), automatic=True)
    return result


def apply_retention(vault: Vault, session: Session, folder: Path) -> list[Path]:
    """Delete this vault's backups in `folder` that the configured retention does not keep
    (`core.backups.retention_keep`); returns the deleted paths. Files of other vaults, files that
    fail their seal and other files are never touched. BACKUP_CREATE (or automatic); audited
    `backup.pruned` when something was deleted."""
    authorize(vault, session, Permission.BACKUP_CREATE, Action.BACKUP_PRUNED)
    return backup_auto.prune(vault, session, folder.expanduser(), automatic=False)


def list_backups(vault: Vault, session: Session, folder: Path) -> list[tuple[Path, BackupManifest]]:
    """This vault's authentic backups in `folder`, newest first (seals checked, payloads not).
    BACKUP_CREATE; not audited."""
    authorize(vault, session, Permission.BACKUP_CREATE, Action.BACKUP_CREATED)
    return backup_auto.listing(vault, folder.expanduser())


def _free_name(folder: Path, name: str) -> Path:
    """`name` in `folder`, or name-2, name-3, … when two backups fall in the same second."""
    candidate = folder / name
    n = 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{name.removesuffix('.csbackup')}-{n}.csbackup"
    return candidate


def _reason(exc: BaseException) -> str:
    for kind, code in REASONS.items():
        if isinstance(exc, kind):
            return code
    return "error"

