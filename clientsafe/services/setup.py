"""First-run setup: a new vault, its first security officer, and the recovery key shown once."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from clientsafe.core import passwords, validators
from clientsafe.core.clock import Clock, system_clock
from clientsafe.core.errors import KeyringUnavailable
from clientsafe.core.roles import Role
from clientsafe.services.staff import add_account
from clientsafe.vault.atomic_file import write_atomically
from clientsafe.vault.connection import Connection
from clientsafe.vault.password_hash import hash_password
from clientsafe.vault.vault import Vault


@dataclass(frozen=True, slots=True)
class SetupRequest:
    vault_path: Path
    business_name: str
    admin_username: str
    admin_display_name: str
    admin_password: str = field(repr=False)  # never in logs or tracebacks


@dataclass(frozen=True, slots=True)
class SetupResult:
    vault: Vault
    recovery_key: str = field(repr=False)  # formatted; shown once, never stored in clear
    in_keyring: bool  # False: no usable keyring, the vault is open for this session only
    keyring_error: KeyringUnavailable | None = None


def validate(request: SetupRequest) -> SetupRequest:
    """Every check that can fail before anything is written."""
    passwords.check_new_password(request.admin_password)
    return SetupRequest(
        vault_path=request.vault_path.expanduser(),
        business_name=validators.display_text(request.business_name, what=validators.BUSINESS_NAME),
        admin_username=validators.username(request.admin_username),
        admin_display_name=validators.display_text(
            request.admin_display_name or request.admin_username, what=validators.DISPLAY_NAME
        ),
        admin_password=request.admin_password,
    )


def create_vault(request: SetupRequest, *, clock: Clock = system_clock) -> SetupResult:
    request = validate(request)
    encoded = hash_password(request.admin_password)

    def first_officer(conn: Connection) -> None:
        add_account(
            conn,
            now=clock(),
            username=request.admin_username,
            display_name=request.admin_display_name,
            role=Role.SECURITY_OFFICER,
            password_hash=encoded,
        )

    created = Vault.create(
        request.vault_path, business_name=request.business_name, clock=clock, populate=first_officer
    )
    return offer_to_keyring(created.vault, created.recovery_key.formatted())


def offer_to_keyring(vault: Vault, recovery_key: str) -> SetupResult:
    """Store the root secret in the OS keyring if one is usable; otherwise say why."""
    try:
        vault.remember_in_keyring()
    except KeyringUnavailable as exc:
        return SetupResult(vault, recovery_key, in_keyring=False, keyring_error=exc)
    return SetupResult(vault, recovery_key, in_keyring=True)


def recovery_kit_pdf(vault: Vault, recovery_key: str) -> bytes:
    # reportlab loads only when a kit is made, not with every start of the app.
    from clientsafe.reports.recovery_kit import RecoveryKit, render_recovery_kit

    return render_recovery_kit(
        RecoveryKit(
            business_name=vault.info.business_name,
            vault_id=vault.vault_id,
            created_at=vault.info.created_at,
            recovery_key=recovery_key,
            vault_location=str(vault.path),
        )
    )


def save_recovery_kit(vault: Vault, recovery_key: str, target: Path) -> None:
    """Writes the PDF atomically; a failed write leaves no partial file."""
    write_atomically(target, recovery_kit_pdf(vault, recovery_key), mode=0o600)
