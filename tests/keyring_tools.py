"""Helpers for tests that run on the real Secret Service (see tests/with-secret-service.sh).

Plain functions, no pytest. Checked with keyring 25.7, SecretStorage 3.5, gnome-keyring 42.1:

- ``lock_default_collection()`` locks the "login" collection instantly, with no prompt.
- While it is locked, ``keyring.get_password`` / ``set_password`` / ``delete_password`` raise
  ``keyring.errors.KeyringLocked`` ("Failed to unlock the collection!") within milliseconds:
  keyring asks gnome-keyring to unlock, gnome-keyring asks its prompter, and the harness has
  replaced the prompter with /bin/false, so the prompt counts as dismissed. (dbus-daemon logs two
  "Activating service ... SystemPrompter ... failed" lines to stderr then; that is expected.)
  Outside the harness, with a DISPLAY, that same call would open a dialog and block.
- ``unlock_default_collection()`` unlocks without any prompt through gnome-keyring's private
  ``InternalUnsupportedGuiltRiddenInterface.UnlockWithMasterPassword`` (what seahorse uses),
  with the password the harness exports as ``CLIENTSAFE_TEST_KEYRING_PASSWORD``. The items are
  intact afterwards. A wrong password raises RuntimeError and leaves the collection locked.
"""

from __future__ import annotations

import os
import uuid
from contextlib import closing

_SS_PATH = "/org/freedesktop/secrets"
_SERVICE_IFACE = "org.freedesktop.Secret.Service"
_GNOME_IFACE = "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"


def secret_service_available() -> bool:
    """True if keyring's backend is SecretService and a set/get/delete round trip works.

    Writes (then deletes) a throw-away entry under the service "ClientSafe-test-probe".
    """
    try:
        import keyring
        from keyring.backends import SecretService

        backend = keyring.get_keyring()
        if not isinstance(backend, SecretService.Keyring):
            return False
        account, value = f"probe-{uuid.uuid4()}", uuid.uuid4().hex
        backend.set_password("ClientSafe-test-probe", account, value)
        try:
            return backend.get_password("ClientSafe-test-probe", account) == value
        finally:
            backend.delete_password("ClientSafe-test-probe", account)
    except Exception:
        return False


def default_collection_locked() -> bool:
    """Whether the Secret Service's default collection is locked right now."""
    import secretstorage

    with closing(secretstorage.dbus_init()) as bus:
        return secretstorage.get_default_collection(bus).is_locked()


def lock_default_collection() -> None:
    """Lock the default ("login") collection; keyring calls then raise KeyringLocked."""
    import secretstorage

    with closing(secretstorage.dbus_init()) as bus:
        collection = secretstorage.get_default_collection(bus)
        collection.lock()
        if not collection.is_locked():
            raise RuntimeError("the Secret Service did not lock its default collection")


def unlock_default_collection(password: str | None = None) -> None:
    """Unlock the default collection without a prompt (gnome-keyring only).

    ``password`` defaults to $CLIENTSAFE_TEST_KEYRING_PASSWORD, set by with-secret-service.sh.
    """
    import secretstorage
    from jeepney.wrappers import DBusErrorResponse
    from secretstorage.util import DBusAddressWrapper

    if password is None:
        password = os.environ["CLIENTSAFE_TEST_KEYRING_PASSWORD"]
    with closing(secretstorage.dbus_init()) as bus:
        service = DBusAddressWrapper(_SS_PATH, _SERVICE_IFACE, bus)
        (path,) = service.call("ReadAlias", "s", "default")  # e.g. .../collection/login
        # A "plain" session: the secret travels unencrypted, fine on a private test bus.
        _, session = service.call("OpenSession", "sv", "plain", ("s", ""))
        gnome = DBusAddressWrapper(_SS_PATH, _GNOME_IFACE, bus)
        try:
            gnome.call("UnlockWithMasterPassword", "o(oayays)", path,
                       (session, b"", password.encode("utf-8"), "text/plain"))
        except DBusErrorResponse as e:  # org.gnome.keyring.Error.Denied on a wrong password
            raise RuntimeError(f"gnome-keyring refused to unlock {path}: {e}") from None
        if secretstorage.Collection(bus, path).is_locked():
            raise RuntimeError(f"{path} is still locked")
