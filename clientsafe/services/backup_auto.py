"""Automatic backups: settings, status, when one is due, retention, and the backup log.

The settings are per computer and per vault (a backup folder is a place on this computer, e.g. a
USB drive), so they live in the per-user settings file under "backups" → vault id.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path
from typing import Any

from clientsafe.core import backups
from clientsafe.core.audit_actions import Action
from clientsafe.core.backup_errors import BackupSettingOutOfRange, NoBackupFolder
from clientsafe.core.backups import BackupManifest
from clientsafe.core.errors import AuthenticationFailed, ClientSafeError
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services.backup_types import AutoBackupSettings, BackupStatus
from clientsafe.services.policy import authorize
from clientsafe.vault import audit_log, backup_io, backup_repo, settings_store
from clientsafe.vault.vault import Vault

_SETTINGS_KEY = "backups"
CANCELLED = "cancelled"


def same_vault(vault: Vault, session: Session) -> None:
    if session.vault_id != vault.vault_id:
        raise AuthenticationFailed()


def actor(session: Session, automatic: bool) -> dict[str, Any]:
    """Who an audit entry names: automatic work is the system's, whoever is signed in."""
    if automatic:
        return {"actor_id": None, "actor": audit_log.SYSTEM_ACTOR}
    return {"actor_id": session.staff_id, "actor": session.username}


def record_failure(vault: Vault, session: Session, *, automatic: bool, reason: str, path: Path,
                   seconds: float) -> None:
    """Log a failed attempt (and audit it, unless it was cancelled). Never hides the original
    error: if the vault itself cannot be written, the record is skipped."""
    with contextlib.suppress(ClientSafeError), vault.transaction() as conn:
        who = actor(session, automatic)
        backup_repo.add_attempt(conn, at=vault.clock(), actor_id=who["actor_id"],
                                actor=who["actor"], automatic=automatic, ok=False,
                                reason=reason, path=str(path), seconds=seconds)
        if reason != CANCELLED:
            audit_log.record(conn, at=vault.clock(), action=str(Action.BACKUP_FAILED), **who,
                             detail=f"{'automatic' if automatic else 'manual'}: {reason}")


# --- settings ----------------------------------------------------------------------------------


def settings_of(vault: Vault) -> AutoBackupSettings:
    """The stored settings, each value falling back to its default when missing or invalid."""
    stored = settings_store.load().get(_SETTINGS_KEY, {})
    mine = stored.get(vault.vault_id, {}) if isinstance(stored, dict) else {}
    if not isinstance(mine, dict):
        mine = {}
    defaults = AutoBackupSettings()

    def number(name: str, low: int, high: int) -> int:
        value = mine.get(name)
        ok = type(value) is int and low <= value <= high
        return value if ok else getattr(defaults, name)

    folder = mine.get("folder")
    return AutoBackupSettings(
        enabled=mine.get("enabled") is True and isinstance(folder, str) and bool(folder),
        folder=folder if isinstance(folder, str) else "",
        keep_daily=number("keep_daily", *backups.KEEP_RANGE),
        keep_weekly=number("keep_weekly", 0, backups.KEEP_RANGE[1]),
        remind_after_days=number("remind_after_days", *backups.REMIND_RANGE),
    )


def auto_settings(vault: Vault, session: Session) -> AutoBackupSettings:
    authorize(vault, session, Permission.BACKUP_CREATE, Action.BACKUP_SETTINGS_CHANGED)
    return settings_of(vault)


def save_auto_settings(vault: Vault, session: Session, new: AutoBackupSettings) -> None:
    authorize(vault, session, Permission.BACKUP_CREATE, Action.BACKUP_SETTINGS_CHANGED)
    for value, (low, high) in ((new.keep_daily, backups.KEEP_RANGE),
                               (new.keep_weekly, (0, backups.KEEP_RANGE[1])),
                               (new.remind_after_days, backups.REMIND_RANGE)):
        if type(value) is not int or not low <= value <= high:
            raise BackupSettingOutOfRange(low=low, high=high)
    folder = new.folder.strip()
    if new.enabled and (not folder or not Path(folder).expanduser().is_absolute()):
        raise NoBackupFolder()
    values = settings_store.load()
    stored = values.get(_SETTINGS_KEY)
    if not isinstance(stored, dict):
        stored = {}
    stored[vault.vault_id] = {"enabled": new.enabled, "folder": folder,
                              "keep_daily": new.keep_daily, "keep_weekly": new.keep_weekly,
                              "remind_after_days": new.remind_after_days}
    values[_SETTINGS_KEY] = stored
    settings_store.save(values)  # an OSError here is a real failure: the change was not kept
    with vault.transaction() as conn:
        audit_log.record(
            conn, at=vault.clock(), action=str(Action.BACKUP_SETTINGS_CHANGED),
            actor_id=session.staff_id, actor=session.username,
            detail=f"enabled={new.enabled}, keep_daily={new.keep_daily}, "
                   f"keep_weekly={new.keep_weekly}, remind_after_days={new.remind_after_days}")


# --- status and schedule -----------------------------------------------------------------------


def status(vault: Vault, session: Session, *, now: datetime | None = None) -> BackupStatus:
    same_vault(vault, session)
    now = now or vault.clock()
    good = backup_repo.last_attempt(vault.conn, ok=True)
    failed = backup_repo.last_attempt(vault.conn, ok=False, exclude_reason=CANCELLED)
    newest = backup_repo.last_attempt(vault.conn, exclude_reason=CANCELLED)
    drill = backup_repo.last_good_drill(vault.conn)
    settings = settings_of(vault)
    return BackupStatus(
        last_good_at=good.at if good else None,
        last_good_path=good.path if good else "",
        last_failed_at=failed.at if failed else None,
        last_failure=failed.reason if failed else "",
        last_drill_ok_at=drill.at if drill else None,
        reminder_due=backups.needs_reminder(good.at if good else None, now,
                                            settings.remind_after_days,
                                            since=vault.info.created_at),
        failed_since_good=newest is not None and not newest.ok,
    )


def due(vault: Vault, session: Session, *, now: datetime | None, on_close: bool) -> bool:
    same_vault(vault, session)
    settings = settings_of(vault)
    if not settings.enabled:
        return False
    good = backup_repo.last_attempt(vault.conn, ok=True)
    failed = backup_repo.last_attempt(vault.conn, ok=False, exclude_reason=CANCELLED)
    return backups.is_due(good.at if good else None, now or vault.clock(),
                          last_failed_at=failed.at if failed else None, on_close=on_close)


# --- retention ---------------------------------------------------------------------------------


def listing(vault: Vault, folder: Path) -> list[tuple[Path, BackupManifest]]:
    """This vault's sealed backups in `folder`, newest first."""
    found = []
    try:
        candidates = sorted(folder.glob(f"*{backups.BACKUP_SUFFIX}"))
    except OSError:
        return []
    for path in candidates:
        manifest = backup_io.authentic_manifest(path, vault)
        if manifest is not None:
            found.append((path, manifest))
    found.sort(key=lambda item: item[1].created_at, reverse=True)
    return found


def prune(vault: Vault, session: Session, folder: Path, *, automatic: bool) -> list[Path]:
    settings = settings_of(vault)
    mine = listing(vault, folder)
    keep = backups.retention_keep((m.created_at for _, m in mine), settings.keep_daily,
                                  settings.keep_weekly)
    deleted = []
    for path, manifest in mine:
        if manifest.created_at not in keep:
            try:
                path.unlink()
            except OSError:  # gone already, or a read-only drive: nothing to do about it here
                continue
            deleted.append(path)
    if deleted:
        with vault.transaction() as conn:
            audit_log.record(conn, at=vault.clock(), action=str(Action.BACKUP_PRUNED),
                             **actor(session, automatic),
                             detail=f"{len(deleted)} old backup(s) deleted, {len(keep)} kept")
    return deleted
