"""The audit primitive: append-only, hash-chained, written in the same transaction as the work."""

from __future__ import annotations

import pytest

from clientsafe.vault import audit_log
from clientsafe.vault.connection import DatabaseError
from clientsafe.vault.vault import Vault


def _add(vault: Vault, n: int) -> None:
    with vault.transaction() as conn:
        for i in range(n):
            audit_log.record(conn, at=vault.clock(), action="test.entry", detail=f"#{i}")


def test_chain_verifies_and_has_a_head(vault: Vault) -> None:
    _add(vault, 20)
    report = audit_log.verify(vault.conn)
    assert report.ok and report.entries == audit_log.count(vault.conn)
    assert report.head_hash == audit_log.head(vault.conn)[1]


def test_update_and_delete_are_refused_by_triggers(vault: Vault) -> None:
    with pytest.raises(DatabaseError, match="append-only"):
        vault.conn.execute("UPDATE audit_log SET detail = 'x' WHERE seq = 1")
    with pytest.raises(DatabaseError, match="append-only"):
        vault.conn.execute("DELETE FROM audit_log")


def test_record_outside_a_transaction_is_a_bug(vault: Vault) -> None:
    with pytest.raises(RuntimeError):
        audit_log.record(vault.conn, at=vault.clock(), action="x")


def test_entry_rolls_back_with_the_work(vault: Vault) -> None:
    before = audit_log.count(vault.conn)
    with pytest.raises(ZeroDivisionError), vault.transaction() as conn:
        audit_log.record(conn, at=vault.clock(), action="test.entry")
        _ = 1 / 0
    assert audit_log.count(vault.conn) == before


def _drop_triggers(vault: Vault) -> None:
    vault.conn.execute("DROP TRIGGER audit_log_no_update")
    vault.conn.execute("DROP TRIGGER audit_log_no_delete")


def test_an_edited_entry_is_named(vault: Vault) -> None:
    _add(vault, 10)
    _drop_triggers(vault)
    vault.conn.execute("UPDATE audit_log SET detail = 'edited' WHERE seq = 5")
    report = audit_log.verify(vault.conn)
    assert not report.ok and report.first_bad_seq == 5


def test_a_deleted_entry_is_named(vault: Vault) -> None:
    _add(vault, 10)
    _drop_triggers(vault)
    vault.conn.execute("DELETE FROM audit_log WHERE seq = 4")
    report = audit_log.verify(vault.conn)
    assert not report.ok and report.first_bad_seq == 4


def test_swapped_entries_are_caught(vault: Vault) -> None:
    _add(vault, 10)
    _drop_triggers(vault)
    a, b = (vault.conn.execute("SELECT detail FROM audit_log WHERE seq = ?", (s,)).fetchone()[0]
            for s in (6, 7))
    vault.conn.execute("UPDATE audit_log SET detail = ? WHERE seq = 6", (b,))
    vault.conn.execute("UPDATE audit_log SET detail = ? WHERE seq = 7", (a,))
    report = audit_log.verify(vault.conn)
    assert not report.ok and report.first_bad_seq == 6
