"""Which vault to open, in which language, after how many idle minutes the window locks; where
files live by default."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from clientsafe.core import session_lock
from clientsafe.core.errors import ValidationError
from clientsafe.vault import locations, settings_store


@dataclass(frozen=True, slots=True)
class Settings:
    vault_path: Path | None = None
    language: str | None = None


def load() -> Settings:
    values = settings_store.load()
    vault = values.get("vault_path")
    language = values.get("language")
    return Settings(
        Path(vault) if isinstance(vault, str) and vault else None,
        language if isinstance(language, str) else None,
    )


def save(settings: Settings) -> None:
    """Best effort: failing to remember a preference must not stop anyone working."""
    values = settings_store.load()  # keeps the values this dataclass does not carry
    values["vault_path"] = str(settings.vault_path) if settings.vault_path else None
    values["language"] = settings.language
    with contextlib.suppress(OSError):
        settings_store.save(values)


def idle_minutes() -> int:
    """Minutes without input before the window locks: the saved value if valid, else 5."""
    try:
        return session_lock.idle_minutes(settings_store.load().get("idle_minutes"))
    except ValidationError:
        return session_lock.DEFAULT_IDLE_MINUTES


def save_idle_minutes(minutes: int) -> None:
    """InvalidIdleMinutes outside 1 to 120; otherwise best effort, like `save`."""
    values = settings_store.load()
    values["idle_minutes"] = session_lock.idle_minutes(minutes)
    with contextlib.suppress(OSError):
        settings_store.save(values)


def last_backup_folder() -> Path | None:
    """Where the backup wizard last wrote a backup on this computer (a preference, no secret)."""
    value = settings_store.load().get("last_backup_folder")
    return Path(value) if isinstance(value, str) and value else None


def save_last_backup_folder(folder: Path) -> None:
    """Best effort, like `save`."""
    values = settings_store.load()
    values["last_backup_folder"] = str(folder)
    with contextlib.suppress(OSError):
        settings_store.save(values)


def default_vault_path() -> Path:
    return locations.default_vault_path()


def demo_vault_path() -> Path:
    return locations.demo_vault_path()


def log_path() -> Path:
    return locations.log_path()


def vault_to_open(explicit: Path | None) -> Path:
    """--vault wins, then the last vault used, then the default location."""
    if explicit is not None:
        return explicit.expanduser()
    return load().vault_path or default_vault_path()
