"""Rotating the field-encryption key: the security officer starts it, values are re-encrypted in
resumable batches (progress through a plain callable, so the GUI can run it in the background),
and the old key is deleted at the end. Audited at the start and at the end."""

from __future__ import annotations

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
    authorize(vault, session, Permission.KEYS_ROTATE, Action.KEYS_ROTATION_STARTED)
    return key_rotation.state(vault.conn)


def rotate(vault: Vault, session: Session, *, progress: Progress | None = None,
           batch: int = BATCH) -> RotationResult:
    """Make a new data key and re-encrypt every value under it; or, when an earlier rotation
    was interrupted, finish that one instead of starting another."""
    authorize(vault, session, Permission.KEYS_ROTATE, Action.KEYS_ROTATION_STARTED)
    with vault.transaction() as conn:
        before = key_rotation.state(conn)
        resumed = bool(before.remaining)
        if not resumed:
            version = key_rotation.begin(conn, vault.field_kek(), vault.vault_id,
                                         now=vault.clock())
            audit_log.record(conn, at=vault.clock(), action=str(Action.KEYS_ROTATION_STARTED),
                             actor_id=session.staff_id, actor=session.username,
                             detail=f"data key v{version}")
    vault.reload_field_keys()
    total = key_rotation.state(vault.conn).remaining
    done = 0
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
    with vault.transaction() as conn:
        retired = key_rotation.finish(conn)
        final = key_rotation.state(conn)
        audit_log.record(conn, at=vault.clock(), action=str(Action.KEYS_ROTATED),
                         actor_id=session.staff_id, actor=session.username,
                         detail=f"data key v{final.active_version}: {done} values re-encrypted"
                                + (", interrupted rotation completed" if resumed else "")
                                + (f"; v{', v'.join(map(str, retired))} deleted" if retired
                                   else ""))
    vault.reload_field_keys()
    return RotationResult(final.active_version, done, resumed, tuple(retired))


def rotate_root(vault: Vault, session: Session) -> RecoveryKey:
    """Replace the vault's root secret: new database key, new wrapping of the field keys, new
    recovery key (returned, to be shown once and printed on a fresh Recovery Kit). Audited in
    the vault itself. Old backups keep their own key files and recovery keys."""
    authorize(vault, session, Permission.KEYS_ROTATE, Action.ROOT_SECRET_ROTATED)
    return root_rotation.rotate(vault, actor_id=session.staff_id, actor=session.username)
