"""The root secret in the OS keyring (service "ClientSafe", account = vault id).

keyring's `fail` backend raises and its `null` backend silently drops writes; both count as "no
usable keyring", as does a locked or broken Secret Service. We never fall back to a plain file.
"""

from __future__ import annotations

import base64
import binascii
import contextlib

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from clientsafe import APP_NAME
from clientsafe.core.errors import KeyringUnavailable, VaultLocked
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.vault.keys import ROOT_SECRET_BYTES, RootSecret

SERVICE = APP_NAME
# Why no keyring is usable, in words a person understands (translated by the UI, "keyring").
NO_SERVICE = QT_TRANSLATE_NOOP("keyring", "no keyring service is installed or running")
SWITCHED_OFF = QT_TRANSLATE_NOOP("keyring", "the keyring is switched off")
LOCKED = QT_TRANSLATE_NOOP("keyring", "the keyring is locked")
NOT_KEPT = QT_TRANSLATE_NOOP("keyring", "the keyring did not keep the key")
FAILED = QT_TRANSLATE_NOOP("keyring", "the keyring service did not answer")
_UNUSABLE_BACKENDS = {"keyring.backends.fail": NO_SERVICE, "keyring.backends.null": SWITCHED_OFF}


def _backend() -> KeyringBackend:
    backend = keyring.get_keyring()
    if type(backend).__module__ in _UNUSABLE_BACKENDS:
        raise KeyringUnavailable(reason=_UNUSABLE_BACKENDS[type(backend).__module__])
    # The chainer with nothing behind it behaves like the fail backend.
    inner = getattr(backend, "backends", None)
    if inner is not None and not inner:
        raise KeyringUnavailable(reason=NO_SERVICE)
    return backend


def _describe(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def backend_name() -> str:
    return _describe(keyring.get_keyring())


def load(vault_id: str) -> RootSecret:
    """The vault's root secret; VaultLocked if this keyring lacks it, KeyringUnavailable if no
    usable keyring exists."""
    backend = _backend()
    try:
        stored = backend.get_password(SERVICE, vault_id)
    except keyring.errors.KeyringLocked:
        raise KeyringUnavailable(reason=LOCKED) from None
    except (keyring.errors.KeyringError, OSError):
        raise KeyringUnavailable(reason=FAILED) from None
    except Exception:  # D-Bus and backend errors come in many types.
        raise KeyringUnavailable(reason=FAILED) from None
    if stored is None:
        raise VaultLocked()
    try:
        value = base64.b64decode(stored, validate=True)
    except (binascii.Error, ValueError):
        raise VaultLocked() from None
    if len(value) != ROOT_SECRET_BYTES:
        raise VaultLocked()
    return RootSecret(value)


def store(vault_id: str, root: RootSecret) -> None:
    """Store and read back; a backend that accepts a write but forgets it is not usable."""
    backend = _backend()
    encoded = base64.b64encode(root.value).decode("ascii")
    try:
        backend.set_password(SERVICE, vault_id, encoded)
        readback = backend.get_password(SERVICE, vault_id)
    except keyring.errors.KeyringLocked:
        raise KeyringUnavailable(reason=LOCKED) from None
    except Exception:
        raise KeyringUnavailable(reason=FAILED) from None
    if readback != encoded:
        raise KeyringUnavailable(reason=NOT_KEPT)


def forget(vault_id: str) -> None:
    with contextlib.suppress(keyring.errors.PasswordDeleteError, KeyringUnavailable):
        _backend().delete_password(SERVICE, vault_id)
