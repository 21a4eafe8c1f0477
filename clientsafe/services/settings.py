"""Which vault to open and in which language; where files live by default."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

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
    with contextlib.suppress(OSError):
        settings_store.save(
            {
                "vault_path": str(settings.vault_path) if settings.vault_path else None,
                "language": settings.language,
            }
        )


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
