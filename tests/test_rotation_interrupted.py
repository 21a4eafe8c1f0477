"""`clientsafe keys rotate` killed with SIGKILL at different moments: afterwards every value
still decrypts under exactly one existing key version, and a rerun completes the rotation.
Where the kill lands varies from run to run; what must hold does not."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from clientsafe.services import demo, vault_access
from clientsafe.vault import customer_repo, key_rotation
from tests.cli_runner import run_cli


def _values(path: Path) -> list[object]:
    vault = vault_access.open_with_keyring(path)
    try:
        state = key_rotation.state(vault.conn)
        ids = [r[0] for r in vault.conn.execute("SELECT id FROM customers ORDER BY id")]
        versions = {r[0] for r in vault.conn.execute(
            "SELECT DISTINCT key_version FROM customer_fields")}
        assert versions <= set(vault.conn.fields.keys)  # every value under a key that exists
        return [state.remaining, [customer_repo.get(vault.conn, i) for i in ids]]
    finally:
        vault.close()


def test_a_killed_rotation_loses_nothing_and_a_rerun_completes(tmp_path: Path) -> None:
    path = tmp_path / "demo" / "demo.csvault"
    demo.create_demo_vault(path, customers=1500, seed=3).vault.close()
    _, before = _values(path)
    env = dict(os.environ, CLIENTSAFE_PASSWORD="demo")
    for delay in (0.6, 0.9, 1.2, 1.5, 1.8):
        proc = subprocess.Popen(
            [sys.executable, "-m", "clientsafe", "keys", "rotate", "--vault", str(path),
             "--user", "officer", "--batch", "40"], env=env, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        _, now = _values(path)
        assert now == before
    result = run_cli("keys", "rotate", "--vault", str(path), "--user", "officer",
                     password="demo")
    assert result.status == 0, result.err
    remaining, after = _values(path)
    assert remaining == 0 and after == before
