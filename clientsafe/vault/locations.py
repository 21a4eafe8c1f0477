"""Where vaults, settings and logs live: platform user folders, or $CLIENTSAFE_HOME."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from clientsafe import APP_NAME

VAULT_SUFFIX = ".csvault"
KEY_FILE_SUFFIX = ".key"
ANCHOR_SUFFIX = ".anchor"


def home() -> Path:
    """Root of ClientSafe's own files; tests and the demo move it with CLIENTSAFE_HOME."""
    override = os.environ.get("CLIENTSAFE_HOME")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_vault_path() -> Path:
    return home() / "vaults" / f"vault{VAULT_SUFFIX}"


def demo_vault_path() -> Path:
    return home() / "demo" / f"demo{VAULT_SUFFIX}"


def settings_path() -> Path:
    override = os.environ.get("CLIENTSAFE_HOME")
    base = Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, False))
    return base / "settings.json"


def key_file_for(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + KEY_FILE_SUFFIX)


def anchor_file_for(vault_path: Path) -> Path:
    """The audit anchor: the chain head kept outside the database (see audit_anchor)."""
    return vault_path.with_name(vault_path.name + ANCHOR_SUFFIX)


def log_path() -> Path:
    """The application log: technical events only, never secrets or customer values."""
    override = os.environ.get("CLIENTSAFE_HOME")
    base = Path(override) if override else Path(platformdirs.user_log_dir(APP_NAME, False))
    return base / "logs" / "clientsafe.log" if override else base / "clientsafe.log"
