"""Opening a vault at start-up: from the keyring, or once with the recovery key.

`probe` tells the UI which screen comes first, without asking the user anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from clientsafe.core.audit_actions import Action
from clientsafe.core.clock import Clock, system_clock
from clientsafe.core.errors import ClientSafeError, KeyringUnavailable, VaultError, VaultLocked
from clientsafe.vault import audit_log, root_rotation
from clientsafe.vault.unlock import root_from_keyring, root_from_recovery_key
from clientsafe.vault.vault import Vault

__all__ = [
    "Probe",
    "RecoveryUnlock",
    "StartState",
    "Vault",
    "open_with_keyring",
    "open_with_recovery_key",
    "probe",
]


class StartState(StrEnum):
    NO_VAULT = "no_vault"  # first run: the setup wizard
    OPEN = "open"  # key came from the keyring: straight to login
    NOT_IN_KEYRING = "not_in_keyring"  # new PC, restored backup, wiped profile
    NO_KEYRING = "no_keyring"  # headless, locked or disabled keyring
    BROKEN = "broken"  # damaged or foreign file, missing key file, too new


@dataclass(slots=True)
class Probe:
    state: StartState
    vault: Vault | None = None
    error: ClientSafeError | None = None


def probe(path: Path, *, clock: Clock = system_clock) -> Probe:
    if not path.exists():
        return Probe(StartState.NO_VAULT)
    try:
        return Probe(StartState.OPEN, vault=open_with_keyring(path, clock=clock))
    except KeyringUnavailable as exc:
        return Probe(StartState.NO_KEYRING, error=exc)
    except VaultLocked as exc:
        return Probe(StartState.NOT_IN_KEYRING, error=exc)
    except ClientSafeError as exc:
        return Probe(StartState.BROKEN, error=exc)


def open_with_keyring(path: Path, *, clock: Clock = system_clock) -> Vault:
    root = root_from_keyring(path)
    try:
        vault = Vault.open(path, root, clock=clock)
    except VaultLocked:
        raise
    except VaultError:
        # A root-secret rotation interrupted while swapping files: its new key is pending.
        pending = root_rotation.finish_pending(path, Vault.vault_id_of(path))
        if pending is None:
            raise
        vault = Vault.open(path, pending, clock=clock)
    root_rotation.clean_leftovers(path, vault.vault_id)
    return vault


@dataclass(frozen=True, slots=True)
class RecoveryUnlock:
    vault: Vault
    remembered: bool  # False: this session only, because no usable keyring exists
    keyring_error: KeyringUnavailable | None = None


def open_with_recovery_key(
    path: Path, recovery_key: str, *, remember: bool = True, clock: Clock = system_clock
) -> RecoveryUnlock:
    """Unwrap the root secret with the recovery key, open, and (if a keyring is usable) store
    the key there so the next start needs nothing typed. Audited either way."""
    vault = Vault.open(path, root_from_recovery_key(path, recovery_key), clock=clock)
    remembered, problem = False, None
    if remember:
        try:
            vault.remember_in_keyring()
            remembered = True
        except KeyringUnavailable as exc:
            problem = exc
    with vault.transaction() as conn:
        audit_log.record(
            conn,
            at=clock(),
            action=str(Action.VAULT_UNLOCKED_WITH_RECOVERY_KEY),
            detail="key stored in this computer's keyring"
            if remembered
            else "for this session only",
        )
    return RecoveryUnlock(vault, remembered, problem)
