"""Rotating the field-encryption key: the security officer starts it, values are re-encrypted in
resumable batches (progress through a plain callable, so the GUI can run it in the background),
and the old key is deleted at the end. Audited at the start and at the end."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass

from clientsafe.core.audit_actions import Action
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services.policy import authorize
from clientsafe.vault import audit_log, key_rotation, root_rotation
from clientsafe.vault.recovery_key import RecoveryKey
from clientsafe.vault.vault import Vault

BATCH = 2000
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class RotationResult:
    version: int
    reencrypted: int
    resumed: bool  # an earlier, interrupted rotation was completed
    retired: tuple[int, ...]


def status(vault: Vault, session: Session) -> key_rotation.RotationState:
    authorize(vault, session, Permission.KEYS_ROTATE, Action.KEYS_ROTATED)
    return key_rotation.state(vault.conn)


def rotate(vault: Vault, session: Session, *, progress: Progress | None = None,
           batch: int = BATCH) -> RotationResult:
    """Make a new data key and re-encrypt every value under it; or, when an earlier rotation
    was interrupted, finish that one instead of starting another. One audit entry when it
    completes; a cancelled run records what it left (a crash leaves the key table to show it,
    and the next run's entry says it completed an interrupted rotation)."""
    authorize(vault, session, Permission.KEYS_ROTATE, Action.KEYS_ROTATED)
    with vault.transaction() as conn:
        total = key_rotation.remaining(conn)
        resumed = bool(total)
        if not resumed:
            key_rotation.begin(conn, vault.field_kek(), vault.vault_id, now=vault.clock())
            total = key_rotation.remaining(conn)  # the new key leaves every value to do
    vault.reload_field_keys()
    done = 0
    try:
        if progress is not None:
            progress(0, total)
        while True:
            with vault.transaction() as conn:
                count = key_rotation.reencrypt_batch(conn, batch)
            if not count:
                break
            done += count
            if progress is not None:
                progress(done, total)
    except BaseException:
        with contextlib.suppress(Exception), vault.transaction() as conn:
            audit_log.record(conn, at=vault.clock(), action=str(Action.KEYS_ROTATION_STOPPED),
                             actor_id=session.staff_id, actor=session.username,
                             detail=f"stopped after {done} of {total} values; run it again "
                                    "to complete")
        raise
    with vault.transaction() as conn:
        retired = key_rotation.finish(conn)
        version = key_rotation.active_version(conn)
        audit_log.record(conn, at=vault.clock(), action=str(Action.KEYS_ROTATED),
                         actor_id=session.staff_id, actor=session.username,
                         detail=f"data key v{version}: {done} values re-encrypted"
                                + (", interrupted rotation completed" if resumed else "")
                                + (f"; v{', v'.join(map(str, retired))} deleted" if retired
                                   else ""))
    vault.reload_field_keys()
    return RotationResult(version, done, resumed, tuple(retired))


def rotate_root(vault: Vault, session: Session) -> RecoveryKey:
    """Replace the vault's root secret: new database key, new wrapping of the field keys, new
    recovery key (returned, to be shown once and printed on a fresh Recovery Kit). Audited in
    the vault itself. Old backups keep their own key files and recovery keys."""
    authorize(vault, session, Permission.KEYS_ROTATE, Action.ROOT_SECRET_ROTATED)
    return root_rotation.rotate(vault, actor_id=session.staff_id, actor=session.username)
