"""Faults during backup and restore: a full disk, a failing writer, a read-only destination, and
kill -9 at every step of a restore. Real files, real subprocesses, real mount namespaces."""

from __future__ import annotations

import errno
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from clientsafe.core.backup_errors import BackupWriteFailed
from clientsafe.core.roles import Role
from clientsafe.services import auth, backup, checks, staff, vault_access
from clientsafe.services.vault_access import Vault
from clientsafe.vault import audit_log, backup_file
from tests.backup_helpers import files_digest, officer
from tests.cli_runner import run_cli


def _can_mount() -> bool:
    if os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    return subprocess.run(["unshare", "-m", "true"], capture_output=True).returncode == 0


needs_mount = pytest.mark.skipif(not _can_mount(), reason="needs root and mount namespaces")


def _rows(vault: Vault) -> list[tuple]:
    return vault.conn.execute("SELECT * FROM customers ORDER BY id").fetchall()


def test_a_failing_writer_leaves_nothing(demo_vault: Vault, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    session = officer(demo_vault)
    rows = _rows(demo_vault)
    key_file = demo_vault.path.with_name(demo_vault.path.name + ".key").read_bytes()
    real_copy = backup_file._kernel_copy
    calls = []

    def failing(fd_in: int, fd_out: int, count: int) -> int:
        calls.append(count)
        if len(calls) > 1:  # the drive goes away after the first piece
            raise OSError(errno.EIO, "Input/output error")
        return real_copy(fd_in, fd_out, count)

    monkeypatch.setattr(backup_file, "COPY_CHUNK", 64 * 1024)
    monkeypatch.setattr(backup_file, "_kernel_copy", failing)
    with pytest.raises(BackupWriteFailed) as caught:
        backup.create(demo_vault, session, folder)
    assert str(folder) in str(caught.value) and "nothing was kept" in str(caught.value)
    assert not any(folder.iterdir())
    assert _rows(demo_vault) == rows
    assert demo_vault.path.with_name(demo_vault.path.name + ".key").read_bytes() == key_file
    state = backup.status(demo_vault, session)
    assert state.failed_since_good and state.last_failure == "write_error"
    last = audit_log.page(demo_vault.conn, 0, 1)[0]
    assert (last.action, last.detail) == ("backup.failed", "manual: write_error")
    assert checks.check_vault(demo_vault, session).ok


@pytest.fixture
def cli_vault(tmp_path: Path) -> tuple[Path, str]:
    vault = tmp_path / "shop" / "demo.csvault"
    made = run_cli("demo", "--vault", str(vault), "--customers", "300", "--seed", "2")
    assert made.status == 0, made.err
    return vault, re.search(r"^Recovery key: (\S+)$", made.out, re.M).group(1)


@needs_mount
def test_full_disk_during_backup(cli_vault, tmp_path: Path) -> None:
    vault, _ = cli_vault
    folder = tmp_path / "tiny"
    folder.mkdir()
    size_k = max(64, vault.stat().st_size // 1024 // 2)
    key_file = vault.with_name(vault.name + ".key").read_bytes()
    script = (f"mount -t tmpfs -o size={size_k}k tmpfs {folder} && \"$@\"; s=$?; "
              f"ls -A {folder}; exit $s")
    result = run_cli("backup", "create", "--vault", str(vault), "--out", str(folder), "--user",
                     "officer", password="demo",
                     prefix=("unshare", "-m", "sh", "-c", script, "sh"))
    assert result.status == 1, (result.out, result.err)
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert len(lines) == 1 and "is full, so no backup was kept" in lines[0], result.err
    assert result.out.strip() == "", "no partial file may be left on the full disk"
    assert vault.with_name(vault.name + ".key").read_bytes() == key_file
    opened = vault_access.open_with_keyring(vault)
    try:
        session = auth.login(opened, "officer", "demo")
        assert checks.check_vault(opened, session).ok
        assert backup.status(opened, session).last_failure == "disk_full"
        assert [e.action for e in audit_log.page(opened.conn, 0, 4)][2] == "backup.failed"
    finally:
        opened.close()


@needs_mount
def test_read_only_destination(cli_vault, tmp_path: Path) -> None:
    vault, _ = cli_vault
    folder = tmp_path / "ro"
    folder.mkdir()
    script = f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} && exec \"$@\""
    result = run_cli("backup", "create", "--vault", str(vault), "--out", str(folder), "--user",
                     "officer", password="demo",
                     prefix=("unshare", "-m", "sh", "-c", script, "sh"))
    assert result.status == 2, (result.out, result.err)
    assert "cannot write to" in result.err and result.err.count("\n") == 1
    assert not any(folder.iterdir())


@needs_mount
def test_full_disk_during_restore_leaves_nothing(cli_vault, tmp_path: Path) -> None:
    vault, key = cli_vault
    out = tmp_path / "bk"
    out.mkdir()
    made = run_cli("backup", "create", "--vault", str(vault), "--out", str(out), "--user",
                   "officer", password="demo")
    assert made.status == 0, made.err
    folder = tmp_path / "tiny"
    folder.mkdir()
    size_k = max(64, vault.stat().st_size // 1024 // 2)
    script = (f"mount -t tmpfs -o size={size_k}k tmpfs {folder} && \"$@\"; s=$?; "
              f"ls -A {folder}; exit $s")
    result = run_cli("backup", "restore", made.out.strip(), "--vault", str(folder / "v.csvault"),
                     "--user", "officer", "--recovery-key", key, "--yes", password="demo",
                     prefix=("unshare", "-m", "sh", "-c", script, "sh"))
    assert result.status == 1, (result.out, result.err)
    assert "disk is full" in result.err and result.err.count("\n") == 1, result.err
    assert result.out.strip() == "", "nothing may be left on the full disk"


# --- kill -9 during a restore --------------------------------------------------------------------


def _prepare(cli_vault, tmp_path: Path) -> tuple[Path, Path, Path]:
    """A backup, then a change after it: the old vault has staff member 'later', the backup
    does not. Returns the vault, the backup and a pristine copy of the old vault's folder."""
    vault, _ = cli_vault
    out = tmp_path / "bk"
    out.mkdir()
    made = run_cli("backup", "create", "--vault", str(vault), "--out", str(out), "--user",
                   "officer", password="demo")
    assert made.status == 0, made.err
    opened = vault_access.open_with_keyring(vault)
    try:
        staff.create_staff(opened, auth.login(opened, "officer", "demo"), username="later",
                           display_name="Later", role=Role.FINANCE,
                           temporary_password="Temporary-Pass-2026")
    finally:
        opened.close()
    pristine = tmp_path / "pristine"
    shutil.copytree(vault.parent, pristine)
    return vault, Path(made.out.strip()), pristine


def _reset(vault: Path, pristine: Path) -> None:
    shutil.rmtree(vault.parent)
    shutil.copytree(pristine, vault.parent)


def _state_after_kill(vault: Path) -> str:
    """Open the vault as the app would; it must be whole: the old one or the new one."""
    opened = vault_access.open_with_keyring(vault)
    try:
        session = auth.login(opened, "officer", "demo")
        report = checks.check_vault(opened, session)
        assert report.ok, report.problems
        assert report.customers == 300
        later = opened.conn.execute("SELECT count(*) FROM staff WHERE username = 'later'")
        return "old" if later.fetchone()[0] else "new"
    finally:
        opened.close()


def _restore_args(vault: Path, path: Path) -> list[str]:
    return [sys.executable, "-m", "clientsafe", "backup", "restore", str(path), "--vault",
            str(vault), "--user", "officer", "--yes"]


@pytest.mark.slow
@pytest.mark.parametrize("point, expected", [("after-keep-aside", "old"), ("before-key", "old"),
                                             ("before-swap", "old"), ("after-swap", "new")])
def test_kill_at_each_step_of_a_restore(cli_vault, tmp_path: Path, point: str,
                                        expected: str) -> None:
    vault, path, _ = _prepare(cli_vault, tmp_path)
    env = dict(os.environ, CLIENTSAFE_PASSWORD="demo", CLIENTSAFE_TEST_CRASH_AT=point)
    proc = subprocess.run(_restore_args(vault, path), env=env, capture_output=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert _state_after_kill(vault) == expected
    # A later restore cleans up what the killed one left and completes.
    again = run_cli("backup", "restore", str(path), "--vault", str(vault), "--user", "officer",
                    "--yes", password="demo")
    assert again.status == 0, again.err
    assert _state_after_kill(vault) == "new"
    assert not list(vault.parent.glob(".*.tmp"))


@pytest.mark.slow
def test_kill_at_random_moments_of_a_restore(cli_vault, tmp_path: Path) -> None:
    vault, path, pristine = _prepare(cli_vault, tmp_path)
    env = dict(os.environ, CLIENTSAFE_PASSWORD="demo")
    started = time.perf_counter()
    subprocess.run(_restore_args(vault, path), env=env, capture_output=True, timeout=120,
                   check=True)
    full = time.perf_counter() - started
    _reset(vault, pristine)
    seen = set()
    for i in range(12):
        delay = full * (0.3 + 0.7 * i / 11)  # from start-up to just past the end
        proc = subprocess.Popen(_restore_args(vault, path), env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        seen.add(_state_after_kill(vault))
        _reset(vault, pristine)
    assert seen <= {"old", "new"} and seen, seen
    assert files_digest(pristine)  # the pristine copy itself was never touched


def test_a_disk_that_returns_other_bytes_is_caught(demo_vault: Vault, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading the payload back from the disk finds a changed byte (a failing USB stick): the
    file is removed and the attempt logged as failed verification."""
    from clientsafe.core.backup_errors import BackupCheckFailed

    real = backup_file.read_ahead

    def corrupted(path: Path, offset: int, length: int):
        for i, chunk in enumerate(real(path, offset, length)):
            yield (bytes([chunk[0] ^ 1]) + chunk[1:]) if i == 0 else chunk

    monkeypatch.setattr(backup_file, "read_ahead", corrupted)
    folder = tmp_path / "usb"
    folder.mkdir()
    session = officer(demo_vault)
    with pytest.raises(BackupCheckFailed):
        backup.create(demo_vault, session, folder)
    assert not any(folder.iterdir())
    assert backup.status(demo_vault, session).last_failure == "verify_failed"
