"""`clientsafe backup create|verify|restore` as a scheduled job or an administrator uses them:
real subprocesses, the real keyring, the exit statuses of DESIGN.md."""

from __future__ import annotations

import json
import re
from pathlib import Path

import keyring
import pytest

from tests.backup_helpers import files_digest, flip
from tests.cli_runner import Result, run_cli


def _one_sentence(result: Result) -> str:
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert len(lines) == 1, result.err
    assert lines[0].startswith("clientsafe: ") and lines[0].endswith((".", ")")), lines[0]
    assert "Traceback" not in result.err
    return lines[0]


def _vault_id(vault: Path) -> str:
    return json.loads(vault.with_name(vault.name + ".key").read_text())["header"]["vault_id"]


@pytest.fixture
def demo(tmp_path: Path) -> tuple[Path, str]:
    vault = tmp_path / "shop" / "demo.csvault"
    result = run_cli("demo", "--vault", str(vault), "--customers", "40", "--seed", "5")
    assert result.status == 0, result.err
    key = re.search(r"^Recovery key: (\S+)$", result.out, re.M)
    assert key
    return vault, key.group(1)


def _create(vault: Path, out: Path, user: str = "officer") -> Result:
    out.mkdir(parents=True, exist_ok=True)
    return run_cli("backup", "create", "--vault", str(vault), "--out", str(out), "--user", user,
                   password="demo")


def test_create_prints_the_path_and_verify_summarises(demo, tmp_path: Path) -> None:
    vault, _ = demo
    made = _create(vault, tmp_path / "bk")
    assert made.status == 0, made.err
    path = Path(made.out.strip())
    assert path.parent == tmp_path / "bk" and path.is_file() and made.err == ""
    checked = run_cli("backup", "verify", str(path))
    assert checked.status == 0, checked.err
    assert re.fullmatch(r"backup OK: \S+\.csbackup: .+, made \d{4}-\d\d-\d\d [\d:]+ UTC by "
                        r"officer, schema \d+, 40 customers, \d+ audit entries, head \d+ "
                        r"[0-9a-f]{64}\n", checked.out), checked.out


def test_roles_are_enforced(demo, tmp_path: Path) -> None:
    vault, _ = demo
    for user in ("frontdesk", "finance"):
        refused = _create(vault, tmp_path / "bk", user)
        assert refused.status == 3 and "may not make backups" in _one_sentence(refused)
    assert not any((tmp_path / "bk").iterdir())
    made = _create(vault, tmp_path / "bk", "manager")
    assert made.status == 0, made.err
    restore = run_cli("backup", "restore", made.out.strip(), "--vault", str(vault), "--user",
                      "manager", "--yes", password="demo")
    assert restore.status == 3 and "may not restore backups" in _one_sentence(restore)


def test_restore_needs_a_confirmation(demo, tmp_path: Path) -> None:
    vault, _ = demo
    path = _create(vault, tmp_path / "bk").out.strip()
    before = files_digest(vault.parent)
    missing = run_cli("backup", "restore", path, "--vault", str(vault), "--user", "officer",
                      password="demo")
    assert missing.status == 2 and "--confirm-business" in _one_sentence(missing)
    wrong = run_cli("backup", "restore", path, "--vault", str(vault), "--user", "officer",
                    "--confirm-business", "Another Shop", password="demo")
    assert wrong.status == 2 and "type the business name" in _one_sentence(wrong)
    assert files_digest(vault.parent) == before


def test_restore_over_the_vault(demo, tmp_path: Path) -> None:
    vault, _ = demo
    path = _create(vault, tmp_path / "bk").out.strip()
    business = json.loads(run_cli("backup", "verify", path).out.split(": ", 2)[2]
                          .split(", made")[0].join(['"', '"']))
    restored = run_cli("backup", "restore", path, "--vault", str(vault), "--user", "officer",
                       "--confirm-business", business.lower(), password="demo")
    assert restored.status == 0, restored.err
    assert restored.out.startswith(f"Restored {Path(path).name} into {vault}")
    assert "The previous vault was kept as" in restored.out
    assert list(vault.parent.glob("demo.csvault.pre-restore-*"))
    check = run_cli("check", "--vault", str(vault), "--user", "officer", password="demo")
    assert check.status == 0 and "customers: 40" in check.out, check.out


def test_new_machine_with_the_recovery_key(demo, tmp_path: Path) -> None:
    vault, key = demo
    path = _create(vault, tmp_path / "bk").out.strip()
    keyring.delete_password("ClientSafe", _vault_id(vault))
    locked = run_cli("backup", "verify", path)
    assert locked.status == 4 and "recovery key" in _one_sentence(locked)
    wrong_key = run_cli("init", "--vault", str(tmp_path / "other.csvault"), "--business", "B",
                        "--admin", "boss", password="Other-Vault-Pass-1")
    other = re.search(r"Recovery key: (\S+)", wrong_key.out).group(1)
    wrong = run_cli("backup", "verify", path, "--recovery-key", other)
    assert wrong.status == 3 and "does not open" in _one_sentence(wrong)
    assert run_cli("backup", "verify", path, "--recovery-key", key).status == 0
    target = tmp_path / "new-pc" / "shop.csvault"
    restored = run_cli("backup", "restore", path, "--vault", str(target), "--user", "officer",
                       "--recovery-key", key, "--yes", password="demo")
    assert restored.status == 0, restored.err
    assert "previous vault" not in restored.out
    assert keyring.get_password("ClientSafe", _vault_id(target))
    check = run_cli("check", "--vault", str(target), "--user", "officer", password="demo")
    assert check.status == 0 and "check: OK" in check.out, check.out
    audit = run_cli("audit", "verify", "--vault", str(target), "--user", "officer",
                    password="demo")
    assert audit.status == 0 and audit.out.startswith("audit chain OK"), audit.err


def test_damaged_and_foreign_files(demo, tmp_path: Path) -> None:
    vault, _ = demo
    path = Path(_create(vault, tmp_path / "bk").out.strip())
    flip(path, path.stat().st_size // 2)
    damaged = run_cli("backup", "verify", str(path))
    assert damaged.status == 1, damaged.err
    assert damaged.out.startswith("problem: ") and "failed verification" in _one_sentence(damaged)
    key_file = vault.with_name(vault.name + ".key").read_bytes()
    restore = run_cli("backup", "restore", str(path), "--vault", str(vault), "--user",
                      "officer", "--yes", password="demo")
    assert restore.status == 1 and "damaged" in _one_sentence(restore)
    # Only the officer's sign-in was recorded: the data, the key file and the folder are as
    # they were (the payload's checksum is checked while unpacking, after the sign-in).
    assert vault.with_name(vault.name + ".key").read_bytes() == key_file
    assert sorted(p.name for p in vault.parent.iterdir()) == [
        "demo.csvault", "demo.csvault.anchor", "demo.csvault.key"]
    check = run_cli("check", "--vault", str(vault), "--user", "officer", password="demo")
    assert check.status == 0 and "customers: 40" in check.out
    flip(path, path.stat().st_size - 20)
    sealed = run_cli("backup", "verify", str(path))
    assert sealed.status == 1 and "cannot be trusted" in _one_sentence(sealed)
    notes = tmp_path / "notes.csbackup"
    notes.write_text("hello")
    foreign = run_cli("backup", "verify", str(notes))
    assert foreign.status == 2 and "not a ClientSafe backup" in _one_sentence(foreign)
    missing = run_cli("backup", "create", "--vault", str(vault), "--out",
                      str(tmp_path / "nowhere"), "--user", "officer", password="demo")
    assert missing.status == 2 and "cannot write to" in _one_sentence(missing)
