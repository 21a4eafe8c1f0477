"""The command line as a script or an administrator uses it: real subprocesses, real keyring.

Each fault gives one sentence on stderr, the exit status of DESIGN.md, and leaves files as they
were."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

import keyring
import pytest

from tests.cli_runner import Result, run_cli, snapshot

PASSWORD = "Front-Door-Key-2026"


def _one_sentence(result: Result) -> str:
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert len(lines) == 1, result.err
    assert lines[0].startswith("clientsafe: ") and lines[0].endswith((".", ")")), lines[0]
    assert "Traceback" not in result.err
    return lines[0]


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, str]:
    vault = tmp_path / "shop" / "shop.csvault"
    result = run_cli("init", "--vault", str(vault), "--business", "Lotus Clinic 莲花诊所",
                     "--admin", "boss", "--recovery-kit", str(tmp_path / "kit.pdf"),
                     password=PASSWORD)
    assert result.status == 0, result.err
    match = re.search(r"^Recovery key: ([0-9A-Z-]+)$", result.out, re.M)
    assert match, result.out
    return vault, match.group(1)


def _vault_id(vault: Path) -> str:
    import json

    return json.loads(vault.with_name(vault.name + ".key").read_text())["header"]["vault_id"]


def test_init_prints_the_key_once_and_writes_the_kit(made, tmp_path: Path) -> None:
    vault, key = made
    assert (tmp_path / "kit.pdf").read_bytes().startswith(b"%PDF")
    assert len(key.replace("-", "")) == 36
    assert keyring.get_password("ClientSafe", _vault_id(vault))


def test_check_reports_counts(made) -> None:
    vault, _ = made
    result = run_cli("check", "--vault", str(vault), "--user", "boss", password=PASSWORD)
    assert result.status == 0, result.err
    assert "customers: 0" in result.out
    assert re.search(r"^audit entries: \d+$", result.out, re.M)
    assert "check: OK" in result.out


def test_init_with_a_weak_password_creates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "work"
    result = run_cli("init", "--vault", str(folder / "v.csvault"), "--business", "B",
                     "--admin", "boss", password="1234")
    assert result.status == 2
    assert "password" in _one_sentence(result)
    assert not folder.exists()


def test_init_without_a_password_source_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("init", "--vault", str(tmp_path / "v.csvault"), "--business", "B",
                     "--admin", "boss")
    assert result.status == 2
    assert "CLIENTSAFE_PASSWORD" in _one_sentence(result)


def test_wrong_password_exits_3(made) -> None:
    vault, _ = made
    result = run_cli("check", "--vault", str(vault), "--user", "boss", password="nope")
    assert result.status == 3
    _one_sentence(result)


def test_five_wrong_passwords_lock_the_account(made) -> None:
    vault, _ = made
    for _ in range(5):
        result = run_cli("check", "--vault", str(vault), "--user", "boss", password="nope")
        assert result.status == 3
    assert "locked" in _one_sentence(result)
    result = run_cli("check", "--vault", str(vault), "--user", "boss", password=PASSWORD)
    assert result.status == 3 and "locked" in result.err


def test_not_in_keyring_exits_4_then_unlock_restores_it(made) -> None:
    vault, key = made
    keyring.delete_password("ClientSafe", _vault_id(vault))
    before = snapshot(vault.parent)
    result = run_cli("check", "--vault", str(vault), "--user", "boss", password=PASSWORD)
    assert result.status == 4
    assert "recovery key" in _one_sentence(result)
    assert snapshot(vault.parent) == before
    result = run_cli("unlock", "--vault", str(vault), "--recovery-key", key.lower())
    assert result.status == 0, result.err
    assert keyring.get_password("ClientSafe", _vault_id(vault))
    assert run_cli("check", "--vault", str(vault), "--user", "boss",
                   password=PASSWORD).status == 0


def test_wrong_and_malformed_recovery_keys(made, tmp_path: Path) -> None:
    vault, key = made
    other = tmp_path / "other.csvault"
    other_key = re.search(r"Recovery key: (\S+)", run_cli(
        "init", "--vault", str(other), "--business", "Other", "--admin", "boss",
        password=PASSWORD).out).group(1)
    before = snapshot(vault.parent)
    wrong = run_cli("unlock", "--vault", str(vault), "--recovery-key", other_key)
    assert wrong.status == 3 and "does not open this vault" in _one_sentence(wrong)
    typo = key[:-1] + ("0" if key[-1] != "0" else "1")
    malformed = run_cli("unlock", "--vault", str(vault), "--recovery-key", typo)
    assert malformed.status == 2 and "recovery key" in _one_sentence(malformed)
    assert snapshot(vault.parent) == before


@pytest.mark.parametrize("backend", ["keyring.backends.fail.Keyring",
                                     "keyring.backends.null.Keyring"])
def test_no_usable_keyring(made, backend: str) -> None:
    vault, key = made
    env = {"PYTHON_KEYRING_BACKEND": backend}
    result = run_cli("check", "--vault", str(vault), "--user", "boss", password=PASSWORD, env=env)
    assert result.status == 4
    assert "No usable keyring" in _one_sentence(result)
    # The recovery key still opens it for this run, and nothing is written in plain text.
    before = {p.name for p in vault.parent.iterdir()}
    result = run_cli("check", "--vault", str(vault), "--user", "boss", "--recovery-key", key,
                     password=PASSWORD, env=env)
    assert result.status == 0, result.err
    assert {p.name for p in vault.parent.iterdir()} <= before | {vault.name + "-wal",
                                                                 vault.name + "-shm"}
    unlock = run_cli("unlock", "--vault", str(vault), "--recovery-key", key, env=env)
    assert unlock.status == 4 and "No usable keyring" in _one_sentence(unlock)


def test_locked_keyring_is_no_usable_keyring(made) -> None:
    from tests.keyring_tools import lock_default_collection, unlock_default_collection

    vault, _ = made
    lock_default_collection()
    try:
        result = run_cli("check", "--vault", str(vault), "--user", "boss", password=PASSWORD)
    finally:
        unlock_default_collection()
    assert result.status == 4
    assert "locked" in _one_sentence(result)


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def _fold_wal(vault: Path, key: str) -> None:
    """Fold the WAL into the main file so damage to the file is damage to the data."""
    result = run_cli("check", "--vault", str(vault), "--user", "boss", "--recovery-key", key,
                     password=PASSWORD)
    assert result.status == 0
    for suffix in ("-wal", "-shm"):
        vault.with_name(vault.name + suffix).unlink(missing_ok=True)


def test_a_flipped_byte_is_found_and_named(made) -> None:
    vault, key = made
    _fold_wal(vault, key)
    size = vault.stat().st_size
    assert size >= 3 * 4096
    page = _root_page(vault, key, "customers")
    _flip(vault, (page - 1) * 4096 + 100)
    for _ in range(2):  # checking must neither repair nor hide the damage
        result = run_cli("check", "--vault", str(vault), "--user", "boss", password=PASSWORD)
        assert result.status == 1, (result.out, result.err)
        assert re.search(rf"^problem: storage: .*page {page}$", result.out, re.M), result.out


def _root_page(vault: Path, key: str, table: str) -> int:
    from clientsafe.vault.connection import connect
    from clientsafe.vault.unlock import root_from_recovery_key
    from clientsafe.vault.vault import Vault

    root = root_from_recovery_key(vault, key)
    conn = connect(vault, root.sqlcipher_key(Vault.vault_id_of(vault)))
    try:
        return int(conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                                (table,)).fetchone()[0])
    finally:
        conn.close()


def test_a_damaged_first_page_cannot_be_opened(made) -> None:
    vault, key = made
    _fold_wal(vault, key)
    _flip(vault, 200)
    result = run_cli("check", "--vault", str(vault), "--user", "boss", password=PASSWORD)
    assert result.status == 1
    assert "damaged or incomplete" in _one_sentence(result)


def test_a_truncated_vault(made) -> None:
    vault, key = made
    _fold_wal(vault, key)
    data = vault.read_bytes()
    vault.write_bytes(data[: len(data) // 2 + 17])
    before = snapshot(vault.parent)
    result = run_cli("check", "--vault", str(vault), "--user", "boss", password=PASSWORD)
    assert result.status == 1
    assert "damaged or incomplete" in _one_sentence(result)
    assert snapshot(vault.parent) == before


def test_another_programs_file(tmp_path: Path) -> None:
    plain = tmp_path / "contacts.db"
    db = sqlite3.connect(plain)
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()
    document = tmp_path / "notes.csvault"
    document.write_text("Meeting notes\n" * 100)
    for path in (plain, document):
        before = snapshot(tmp_path)
        result = run_cli("check", "--vault", str(path), "--user", "boss", password=PASSWORD)
        assert result.status == 2
        assert "not a ClientSafe vault" in _one_sentence(result)
        assert snapshot(tmp_path) == before


def test_key_file_missing(made) -> None:
    vault, key = made
    _fold_wal(vault, key)
    vault.with_name(vault.name + ".key").unlink()
    before = snapshot(vault.parent)
    result = run_cli("check", "--vault", str(vault), "--user", "boss", password=PASSWORD)
    assert result.status == 2
    assert "key file" in _one_sentence(result)
    assert snapshot(vault.parent) == before


def test_missing_vault(tmp_path: Path) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    result = run_cli("check", "--vault", str(folder / "nope.csvault"), "--user", "boss",
                     password=PASSWORD)
    assert result.status == 2
    assert "There is no vault" in _one_sentence(result)
    assert not any(folder.iterdir())


def test_a_newer_schema_is_refused(made) -> None:
    vault, key = made
    _fold_wal(vault, key)
    # Bump user_version through the real library, as a future release would.
    from clientsafe.vault.connection import connect
    from clientsafe.vault.unlock import root_from_keyring

    vault_id = _vault_id(vault)
    conn = connect(vault, root_from_keyring(vault).sqlcipher_key(vault_id))
    conn.execute("PRAGMA user_version = 99")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = snapshot(vault.parent)
    result = run_cli("check", "--vault", str(vault), "--user", "boss", password=PASSWORD)
    assert result.status == 2
    assert "newer version of ClientSafe" in _one_sentence(result)
    assert snapshot(vault.parent) == before


def _can_mount() -> bool:
    if os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    return probe.returncode == 0


needs_mount = pytest.mark.skipif(not _can_mount(), reason="needs root and mount namespaces")


@needs_mount
def test_read_only_disk(made) -> None:
    vault, key = made
    _fold_wal(vault, key)
    folder = vault.parent
    before = snapshot(folder)
    script = f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} && exec \"$@\""
    result = run_cli("check", "--vault", str(vault), "--user", "boss", password=PASSWORD,
                     prefix=("unshare", "-m", "sh", "-c", script, "sh"))
    assert result.status == 2, (result.out, result.err)
    assert "cannot write" in _one_sentence(result)
    assert snapshot(folder) == before


@needs_mount
def test_full_disk_during_init_leaves_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "tiny"
    folder.mkdir()
    script = f"mount -t tmpfs -o size=40k tmpfs {folder} && \"$@\"; s=$?; ls -A {folder}; exit $s"
    result = run_cli("init", "--vault", str(folder / "v.csvault"), "--business", "B",
                     "--admin", "boss", password=PASSWORD,
                     prefix=("unshare", "-m", "sh", "-c", script, "sh"))
    assert result.status == 1, (result.out, result.err)
    assert "disk is full" in _one_sentence(result)
    assert "Recovery key" not in result.out
    assert result.out.strip() == "", "no files may be left on the full disk"


def test_demo_command_needs_no_login(tmp_path: Path) -> None:
    vault = tmp_path / "demo.csvault"
    result = run_cli("demo", "--vault", str(vault), "--customers", "12")
    assert result.status == 0, result.err
    check = run_cli("check", "--vault", str(vault), "--user", "officer", password="demo")
    assert check.status == 0 and "customers: 12" in check.out


def test_usage_errors_exit_2() -> None:
    assert run_cli("check").status == 2
    assert run_cli("frobnicate").status == 2


def test_export_is_held_to_the_limit_through_the_cli_too(tmp_path: Path) -> None:
    vault = tmp_path / "demo.csvault"
    assert run_cli("demo", "--vault", str(vault), "--customers", "30", "--seed", "3").status == 0
    out = tmp_path / "all.csv"
    args = ("export", "customers", "--vault", str(vault), "--user", "manager", "--out", str(out))
    refused = run_cli(*args, password="demo")
    assert refused.status == 3
    assert "needs a manager's approval" in _one_sentence(refused)
    assert not out.exists()
    self_approved = run_cli(*args, "--approver", "manager", password="demo",
                            env={"CLIENTSAFE_APPROVER_PASSWORD": "demo"})
    assert self_approved.status == 3 and not out.exists()
    finance = run_cli("export", "customers", "--vault", str(vault), "--user", "finance",
                      "--out", str(out), password="demo")
    assert finance.status == 3 and "may not" in _one_sentence(finance)
    desk = run_cli("export", "customers", "--vault", str(vault), "--user", "frontdesk",
                   "--out", str(out), "--approver", "manager", password="demo",
                   env={"CLIENTSAFE_APPROVER_PASSWORD": "demo"})
    assert desk.status == 0, desk.err
    assert re.search(r"^Exported \d+ customers to ", desk.out, re.M)
    assert out.read_text("utf-8-sig").startswith("# ClientSafe export by")
