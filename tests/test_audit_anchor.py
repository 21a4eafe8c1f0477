"""The audit anchor beside the vault: when it is written, what it holds, and that failing to
write it never costs work."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest

from clientsafe.core.audit_actions import Action
from clientsafe.services import audit_verify, auth, checks, setup, vault_access
from clientsafe.vault import audit_log
from clientsafe.vault.audit_anchor import AnchorState
from clientsafe.vault.vault import ANCHOR_EVERY, Vault
from tests.conftest import OFFICER, OFFICER_PASSWORD

ANCHOR_KEYS = {"format", "version", "vault_id", "seq", "hash", "written_at", "mac"}


def _anchor(vault: Vault) -> dict:
    return json.loads(vault.anchor_path.read_text("ascii"))


def _add(vault: Vault, n: int, *, per_transaction: int = 10) -> None:
    for start in range(0, n, per_transaction):
        with vault.transaction() as conn:
            for i in range(start, min(n, start + per_transaction)):
                audit_log.record(conn, at=vault.clock(), action="test.entry", detail=f"#{i}")


def test_a_new_vault_is_anchored_at_once(vault: Vault) -> None:
    anchor = _anchor(vault)
    assert set(anchor) == ANCHOR_KEYS
    assert anchor["vault_id"] == vault.vault_id
    assert (anchor["seq"], anchor["hash"]) == audit_log.head(vault.conn)
    assert vault.anchor_path == vault.path.with_name(vault.path.name + ".anchor")


def test_the_anchor_is_rewritten_on_close(new_vault: setup.SetupResult, clock) -> None:
    vault = new_vault.vault
    _add(vault, 20)
    head = audit_log.head(vault.conn)
    assert _anchor(vault)["seq"] < head[0]  # 20 entries do not reach the next multiple
    vault.close()
    assert (_anchor(vault)["seq"], _anchor(vault)["hash"]) == head


def test_the_anchor_follows_every_256_entries_without_closing(vault: Vault) -> None:
    _add(vault, 300)
    assert _anchor(vault)["seq"] >= ANCHOR_EVERY
    assert audit_log.hash_at(vault.conn, _anchor(vault)["seq"]) == _anchor(vault)["hash"]


def test_one_large_transaction_is_anchored_after_it_commits(vault: Vault) -> None:
    _add(vault, 300, per_transaction=300)
    assert (_anchor(vault)["seq"], _anchor(vault)["hash"]) == audit_log.head(vault.conn)


def test_a_rolled_back_transaction_is_never_anchored(vault: Vault) -> None:
    before = _anchor(vault)
    with pytest.raises(ZeroDivisionError), vault.transaction() as conn:
        for i in range(300):
            audit_log.record(conn, at=vault.clock(), action="test.entry", detail=f"#{i}")
        _ = 1 / 0
    assert _anchor(vault) == before


def test_the_anchor_holds_no_secret_or_value(vault: Vault) -> None:
    text = vault.anchor_path.read_text("ascii")
    assert vault._root.value.hex() not in text
    assert vault._root.audit_anchor_key(vault.vault_id).hex() not in text
    assert "Harbour" not in text and OFFICER not in text


def test_a_vault_without_an_anchor_verifies_and_gets_one_on_close(
        new_vault: setup.SetupResult) -> None:
    vault = new_vault.vault
    vault.anchor_path.unlink()  # as an older vault would be
    session = auth.login(vault, OFFICER, OFFICER_PASSWORD)
    result = audit_verify.verify_audit(vault, session)
    assert result.ok and result.anchor == AnchorState.MISSING
    assert checks.check_vault(vault, session).ok
    head = audit_log.head(vault.conn)
    vault.close()
    assert (_anchor(vault)["seq"], _anchor(vault)["hash"]) == head


def test_an_unwritable_anchor_never_stops_the_work(vault: Vault,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    vault.anchor_path.unlink()
    # A folder in the anchor's place: every write fails in the operating system, also for root
    # (for whom a read-only folder is still writable).
    vault.anchor_path.mkdir()
    before = audit_log.count(vault.conn)
    with caplog.at_level(logging.WARNING):
        _add(vault, 300)
    assert audit_log.count(vault.conn) == before + 300
    assert any("audit anchor" in r.getMessage() for r in caplog.records)
    assert all(str(vault.path.parent) not in r.getMessage() for r in caplog.records)
    session = auth.login(vault, OFFICER, OFFICER_PASSWORD)
    result = audit_verify.verify_audit(vault, session)
    assert result.ok and result.anchor == AnchorState.STALE
    assert "could not be updated" in result.anchor_note
    vault.close()  # fails to anchor again, quietly
    assert vault.anchor_path.is_dir()


def test_an_old_but_genuine_anchor_is_a_note_not_a_problem(new_vault: setup.SetupResult,
                                                           tmp_path: Path) -> None:
    vault = new_vault.vault
    shutil.copy(vault.anchor_path, tmp_path / "old.anchor")
    _add(vault, 3 * ANCHOR_EVERY)
    vault.close()
    shutil.copy(tmp_path / "old.anchor", vault.anchor_path)  # e.g. a later write was lost
    reopened = vault_access.open_with_keyring(vault.path)
    try:
        session = auth.login(reopened, OFFICER, OFFICER_PASSWORD)
        result = audit_verify.verify_audit(reopened, session)
        assert result.ok and result.anchor == AnchorState.STALE
        assert "behind the log" in result.anchor_note
    finally:
        reopened.close()


def test_another_vaults_anchor_is_rejected(vault: Vault, tmp_path: Path, clock) -> None:
    other = setup.create_vault(
        setup.SetupRequest(tmp_path / "other" / "other.csvault", "Other", "boss", "Boss",
                           OFFICER_PASSWORD), clock=clock).vault
    other.close()
    shutil.copy(other.anchor_path, vault.anchor_path)
    result = audit_verify.verify_audit(vault, auth.login(vault, OFFICER, OFFICER_PASSWORD))
    assert not result.ok and result.anchor == AnchorState.ALTERED
    assert result.first_bad_seq is None and "seal" in result.problem


def test_verification_is_audited_once(vault: Vault) -> None:
    session = auth.login(vault, OFFICER, OFFICER_PASSWORD)
    before = audit_log.count(vault.conn)
    result = audit_verify.verify_audit(vault, session)
    assert result.ok and result.entries == before
    assert result.head_hash == audit_log.hash_at(vault.conn, before)
    assert audit_log.count(vault.conn) == before + 1
    last = audit_log.page(vault.conn, 0, 1)[0]
    assert (last.action, last.actor, last.outcome) == (str(Action.AUDIT_VERIFIED), OFFICER,
                                                       "done")
