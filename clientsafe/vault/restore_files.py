"""Putting a restored database in place of a vault, so that a crash leaves the old vault or the
complete new one, never a mix.

The order matters:
1. the new database is staged (written, fsynced, checked) beside the vault, on the same disk;
2. the current vault (closed, its WAL folded in) is copied aside as `<vault>.pre-restore-<time>`
   with its key file, anchor and any WAL;
3. the old vault's WAL and shared-memory files go (SQLite would apply an old WAL to the new
   file), and so does the old anchor (it describes the old log; a missing anchor is only a note);
4. the backup's key file is written (atomically; it wraps the same root secret as the old one,
   since a restore is refused across vaults, so either opens either database);
5. one `os.replace` swaps the database in; the folder is fsynced;
6. a new anchor records the restored audit head.
A kill before 5 leaves the old vault (without anchor); after 5, the new one (anchor or not).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from datetime import UTC, datetime
from pathlib import Path

from clientsafe.core.clock import to_iso
from clientsafe.vault import audit_anchor, key_file
from clientsafe.vault.atomic_file import _fsync_dir
from clientsafe.vault.keys import RootSecret
from clientsafe.vault.locations import anchor_file_for, key_file_for
from clientsafe.vault.vault import SIDE_FILES

STAGE_PREFIX = "restore-"


def stage_path(vault_path: Path) -> Path:
    """A fresh, hidden name beside the vault for the database being restored."""
    token = secrets.token_hex(6)
    return vault_path.with_name(f".{vault_path.name}.{STAGE_PREFIX}{token}.tmp")


def remove_staged(staged: Path) -> None:
    """The staged file and everything SQLite or the vault may have put beside it."""
    companions = [staged, key_file_for(staged), anchor_file_for(staged),
                  *(staged.with_name(staged.name + s) for s in SIDE_FILES)]
    companions += list(staged.parent.glob(f"{staged.name}.pre-migration-*"))
    for path in companions:
        with contextlib.suppress(OSError):
            path.unlink()


def remove_stale_stages(vault_path: Path) -> None:
    """Leftovers of a restore that was killed (encrypted, but useless and large)."""
    with contextlib.suppress(OSError):
        for stale in vault_path.parent.glob(f".{vault_path.name}.{STAGE_PREFIX}*.tmp"):
            remove_staged(stale)


def _copy_durably(source: Path, target: Path) -> None:
    with source.open("rb") as src, target.open("xb") as dst:
        shutil.copyfileobj(src, dst, 1024 * 1024)
        dst.flush()
        os.fsync(dst.fileno())
    with contextlib.suppress(OSError):
        os.chmod(target, 0o600)


def keep_aside(vault_path: Path, now: datetime) -> Path | None:
    """Copy the current vault (and its key file, anchor, WAL) to `<vault>.pre-restore-<time>`;
    None when there is no vault file. Copies, not moves: until the swap the vault stays whole."""
    if not vault_path.exists():
        return None
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = vault_path.with_name(f"{vault_path.name}.pre-restore-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = vault_path.with_name(f"{vault_path.name}.pre-restore-{stamp}-{n}")
    wal, target_wal = (p.with_name(p.name + "-wal") for p in (vault_path, target))
    pairs = [(vault_path, target), (key_file_for(vault_path), key_file_for(target)),
             (anchor_file_for(vault_path), anchor_file_for(target)), (wal, target_wal)]
    done: list[Path] = []
    try:
        for source, copy in pairs:
            if source.exists():
                _copy_durably(source, copy)
                done.append(copy)
    except BaseException:
        for copy in done:
            with contextlib.suppress(OSError):
                copy.unlink()
        raise
    _fsync_dir(vault_path.parent)
    _crash_point("after-keep-aside")
    return target


def swap_in(vault_path: Path, staged: Path, key_file_bytes: bytes) -> None:
    """Steps 3 to 5 of the module docstring. The vault must be closed by every connection."""
    for suffix in SIDE_FILES:
        with contextlib.suppress(FileNotFoundError):
            vault_path.with_name(vault_path.name + suffix).unlink()
    with contextlib.suppress(FileNotFoundError):
        anchor_file_for(vault_path).unlink()
    _crash_point("before-key")
    key_file.write(key_file_for(vault_path), key_file_bytes)
    _crash_point("before-swap")
    os.replace(staged, vault_path)
    _fsync_dir(vault_path.parent)
    _crash_point("after-swap")


def write_anchor(vault_path: Path, root: RootSecret, vault_id: str, head_seq: int,
                 head_hash: str, now: datetime) -> None:
    if head_seq < 1:
        return
    audit_anchor.write(anchor_file_for(vault_path),
                       audit_anchor.Anchor(vault_id, head_seq, head_hash, to_iso(now)),
                       root.audit_anchor_key(vault_id))


# Fault tests stop the process here with SIGKILL (`kill -9`) to prove each point is safe.
CRASH_ENV = "CLIENTSAFE_TEST_CRASH_AT"


def _crash_point(name: str) -> None:
    if os.environ.get(CRASH_ENV) == name:
        os.kill(os.getpid(), 9)
