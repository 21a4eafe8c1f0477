"""Where the root secret comes from: the OS keyring, or the recovery key and the key file."""

from __future__ import annotations

from pathlib import Path

from clientsafe.vault import key_file, keyring_store
from clientsafe.vault.keys import RootSecret
from clientsafe.vault.recovery_key import RecoveryKey
from clientsafe.vault.vault import read_key_file


def root_from_keyring(path: Path) -> RootSecret:
    """VaultLocked when this keyring lacks the key, KeyringUnavailable when there is no keyring."""
    return keyring_store.load(read_key_file(path).vault_id)


def root_from_recovery_key(path: Path, recovery_key_text: str) -> RootSecret:
    """MalformedRecoveryKey for a typo, WrongRecoveryKey for another vault's key."""
    kf = read_key_file(path)
    return key_file.unwrap(kf, RecoveryKey.parse(recovery_key_text))
