"""Tampering with the audit trail in the real SQLCipher file, with raw SQL and the append-only
triggers dropped, as someone holding the database key could. Each kind of tampering is found and
located, through the service and through `clientsafe audit verify` / `clientsafe check`."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from clientsafe.core.session import Session
from clientsafe.services import audit_verify, auth, checks, setup, vault_access
from clientsafe.vault import audit_log
from clientsafe.vault.audit_anchor import AnchorState
from clientsafe.vault.vault import Vault
from tests.cli_runner import run_cli
from tests.conftest import OFFICER, OFFICER_PASSWORD

ENTRIES = 300
_OTHER_COLUMNS = ("at, actor_id, actor, action, customer_id, fields, purpose, outcome, detail,"
                  " prev_hash, hash")


@dataclass
class Opened:
    vault: Vault
    session: Session


@pytest.fixture
def opened(new_vault: setup.SetupResult, clock) -> Iterator[Opened]:
    """A vault with a few hundred entries, closed (so anchored at its head) and opened again,
    signed in, triggers dropped: ready to be tampered with."""
    vault = new_vault.vault
    for start in range(0, ENTRIES, 50):
        with vault.transaction() as conn:
            for i in range(start, start + 50):
                audit_log.record(conn, at=clock(), action="test.entry", actor="officer",
                                 customer_id=i % 7 or None, fields=("phone",), detail=f"#{i}")
    vault.close()
    reopened = vault_access.open_with_keyring(vault.path, clock=clock)
    session = auth.login(reopened, OFFICER, OFFICER_PASSWORD)
    reopened.conn.execute("DROP TRIGGER audit_log_no_update")
    reopened.conn.execute("DROP TRIGGER audit_log_no_delete")
    yield Opened(reopened, session)
    reopened.close()


def _head(vault: Vault) -> int:
    return audit_log.head(vault.conn)[0]


def _anchored_seq(vault: Vault) -> int:
    return int(json.loads(vault.anchor_path.read_text("ascii"))["seq"])


def edit_one_byte(vault: Vault) -> tuple[int | None, str]:
    target = 57
    detail = vault.conn.execute("SELECT detail FROM audit_log WHERE seq = ?",
                                (target,)).fetchone()[0]
    changed = detail[:-1] + chr(ord(detail[-1]) ^ 1) if detail else "x"
    vault.conn.execute("UPDATE audit_log SET detail = ? WHERE seq = ?", (changed, target))
    return target, f"entry {target} was changed after it was written"


def delete_one(vault: Vault) -> tuple[int | None, str]:
    vault.conn.execute("DELETE FROM audit_log WHERE seq = 120")
    return 120, "entry 120 is missing"


def swap_two(vault: Vault) -> tuple[int | None, str]:
    first, second = (vault.conn.execute(f"SELECT {_OTHER_COLUMNS} FROM audit_log WHERE seq = ?",
                                        (s,)).fetchone() for s in (200, 201))
    assignments = ", ".join(f"{c.strip()} = ?" for c in _OTHER_COLUMNS.split(","))
    vault.conn.execute(f"UPDATE audit_log SET {assignments} WHERE seq = 200", second)
    vault.conn.execute(f"UPDATE audit_log SET {assignments} WHERE seq = 201", first)
    return 200, "entry 200"


def cut_the_tail(vault: Vault) -> tuple[int | None, str]:
    end = _head(vault) - 10
    assert _anchored_seq(vault) > end  # the anchor knows the entries about to go
    vault.conn.execute("DELETE FROM audit_log WHERE seq > ?", (end,))
    return end + 1, (f"the audit log ends at entry {end} but the anchor beside the vault "
                     f"records entry {_anchored_seq(vault)}: entries were removed")


def rewrite_the_tail(vault: Vault) -> tuple[int | None, str]:
    """The last entries replaced by others with a chain that is consistent in itself."""
    last = _head(vault)
    first = last - 4
    anchored = _anchored_seq(vault)
    assert first <= anchored <= last
    rows = vault.conn.execute(
        "SELECT seq, at, actor_id, actor, action, customer_id, fields, purpose, outcome, detail"
        " FROM audit_log WHERE seq >= ? ORDER BY seq", (first,)).fetchall()
    prev = audit_log.hash_at(vault.conn, first - 1)
    vault.conn.execute("DELETE FROM audit_log WHERE seq >= ?", (first,))
    for seq, at, actor_id, actor, action, customer_id, fields, purpose, outcome, _ in rows:
        detail = "nothing to see"
        digest = audit_log.entry_hash(
            seq=seq, at=at, actor_id=actor_id, actor=actor, action=action,
            customer_id=customer_id, fields=fields, purpose=purpose, outcome=outcome,
            detail=detail, prev_hash=prev)
        vault.conn.execute(
            "INSERT INTO audit_log VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (seq, at, actor_id, actor, action, customer_id, fields, purpose, outcome, detail,
             prev, digest))
        prev = digest
    assert audit_log.verify(vault.conn).ok  # the chain alone cannot tell
    return anchored, f"entry {anchored} differs from the anchored one: the log was rewritten"


def edit_the_anchor(vault: Vault) -> tuple[int | None, str]:
    """Lowering the anchored seq would hide a cut tail; the seal breaks instead."""
    document = json.loads(vault.anchor_path.read_text("ascii"))
    document["seq"] -= 10
    vault.anchor_path.write_text(json.dumps(document), "ascii")
    return None, "fails its seal check"


TAMPERING: dict[str, Callable[[Vault], tuple[int | None, str]]] = {
    "edit one byte": edit_one_byte,
    "delete one": delete_one,
    "swap two": swap_two,
    "cut the tail": cut_the_tail,
    "rewrite the tail": rewrite_the_tail,
    "edit the anchor": edit_the_anchor,
}


@pytest.mark.parametrize("tamper", list(TAMPERING.values()), ids=list(TAMPERING))
def test_the_service_finds_and_names_it(opened: Opened, tamper) -> None:
    expected_seq, wording = tamper(opened.vault)
    result = audit_verify.verify_audit(opened.vault, opened.session)
    assert not result.ok
    assert result.first_bad_seq == expected_seq
    assert wording in result.problem
    if expected_seq is None:
        assert result.anchor == AnchorState.ALTERED
    else:
        assert f"entry {expected_seq}" in result.problem or "records entry" in result.problem
    # The vault check finds it too; the verification above appended its own entry since, which
    # moves the end of a cut log on by one.
    report = checks.check_vault(opened.vault, opened.session)
    moved = 1 if tamper is cut_the_tail else 0
    assert not report.ok
    assert report.audit.first_bad_seq == (None if expected_seq is None else expected_seq + moved)
    assert any((wording if not moved else "entries were removed") in p.text
               for p in report.problems)


@pytest.mark.parametrize("tamper", list(TAMPERING.values()), ids=list(TAMPERING))
def test_the_command_line_finds_and_names_it(opened: Opened, tamper) -> None:
    expected_seq, wording = tamper(opened.vault)
    path = opened.vault.path
    opened.vault.close()  # must not paper over the evidence by re-anchoring
    result = run_cli("audit", "verify", "--vault", str(path), "--user", OFFICER,
                     password=OFFICER_PASSWORD)
    assert result.status == 1, result
    lines = result.out.splitlines()
    assert len(lines) == 1, result.out
    if expected_seq is None:
        assert lines[0].startswith("audit anchor rejected: ") and wording in lines[0]
    else:
        match = re.fullmatch(r"audit chain broken at entry (\d+): (.+)", lines[0])
        assert match, lines[0]
        if tamper is cut_the_tail:
            # The command's own sign-in appended entries since; the anchor still names the cut.
            assert "entries were removed" in match.group(2)
            assert int(match.group(1)) > expected_seq - 1
        else:
            assert int(match.group(1)) == expected_seq and wording in match.group(2)
    errors = [line for line in result.err.splitlines() if line.strip()]
    assert len(errors) == 1 and errors[0].startswith("clientsafe: "), result.err
    assert "Traceback" not in result.err

    check = run_cli("check", "--vault", str(path), "--user", OFFICER, password=OFFICER_PASSWORD)
    assert check.status == 1
    assert "problem: audit" in check.out


def test_the_command_line_reports_an_intact_chain(new_vault: setup.SetupResult) -> None:
    path = new_vault.vault.path
    new_vault.vault.close()
    result = run_cli("audit", "verify", "--vault", str(path), "--user", OFFICER,
                     password=OFFICER_PASSWORD)
    assert result.status == 0, result.err
    assert re.fullmatch(r"audit chain OK: \d+ entries, head [0-9a-f]{64}\n", result.out)
    assert result.err == ""
    reopened = vault_access.open_with_keyring(path)
    try:
        entries = int(result.out.split()[3])
        head = result.out.split()[-1]
        assert audit_log.hash_at(reopened.conn, entries) == head
        last = audit_log.page(reopened.conn, 0, 1)[0]
        assert (last.action, last.detail) == ("audit.verified", f"ok: {entries} entries, "
                                                                f"head {entries}")
    finally:
        reopened.close()


def test_the_command_line_needs_the_permission(opened: Opened, tmp_path: Path) -> None:
    from clientsafe.core.roles import Role
    from clientsafe.services import staff

    staff.create_staff(opened.vault, opened.session, username="cashier", display_name="Cashier",
                       role=Role.FINANCE, temporary_password="Temporary-Pass-2026")
    path = opened.vault.path
    opened.vault.close()
    result = run_cli("audit", "verify", "--vault", str(path), "--user", "cashier",
                     password="Temporary-Pass-2026")
    assert result.status == 3, result
    assert result.out == ""


# --- the fast pass of audit_log.verify must agree with the exact one ---------------------------

UNUSUAL = ['quote " and \\ backslash', "line\nbreak\ttab\r", "nul \x00 and \x01\x1f\x7f",
           "\u2028\u2029\ufeff\xad", "海港沙龙 😀 é", "", " " * 500]


def _fill(vault: Vault, n: int) -> None:
    with vault.transaction() as conn:
        for i in range(n):
            audit_log.record(conn, at=vault.clock(), action="test.entry",
                             customer_id=i % 3 or None, fields=("name", "电话"),
                             purpose=UNUSUAL[i % len(UNUSUAL)], detail=UNUSUAL[-i % 7])


def _drop_triggers(vault: Vault) -> None:
    vault.conn.execute("DROP TRIGGER audit_log_no_update")
    vault.conn.execute("DROP TRIGGER audit_log_no_delete")


def test_unusual_text_is_vouched_for_by_the_fast_pass(vault: Vault) -> None:
    _fill(vault, 4500)
    last, head_hash = audit_log.head(vault.conn)
    assert audit_log._fast_scan(vault.conn, last) == (last + 1, head_hash)
    report = audit_log.verify(vault.conn)
    assert report.ok and (report.entries, report.head_hash) == (last, head_hash)


@pytest.mark.parametrize(("sql", "seq", "wording"), [
    ("UPDATE audit_log SET purpose = 'x' WHERE seq = 4321", 4321, "was changed"),
    ("DELETE FROM audit_log WHERE seq = 2001", 2001, "is missing"),
    ("UPDATE audit_log SET detail = x'00ff' WHERE seq = 30", 30, "was changed"),
    ("UPDATE audit_log SET actor_id = '1' WHERE seq = 2000", 2000, "was changed"),
    ("UPDATE audit_log SET hash = upper(hash) WHERE seq = 3999", 3999, "was changed"),
])
def test_tampering_anywhere_is_named(vault: Vault, sql: str, seq: int, wording: str) -> None:
    _fill(vault, 4500)
    _drop_triggers(vault)
    vault.conn.execute(sql)
    report = audit_log.verify(vault.conn)
    assert not report.ok and report.first_bad_seq == seq
    assert report.problem.startswith(f"entry {seq} ") and wording in report.problem
    assert report.entries == seq - 1


def test_an_entry_before_the_first_is_caught(vault: Vault) -> None:
    _drop_triggers(vault)
    row = vault.conn.execute("SELECT * FROM audit_log WHERE seq = 1").fetchone()
    vault.conn.execute("INSERT INTO audit_log VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", (0, *row[1:]))
    report = audit_log.verify(vault.conn)
    assert not report.ok and report.first_bad_seq == 1
