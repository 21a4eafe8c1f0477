"""Exact look-up without disclosure, and exports held to the disclosure limit."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest

from clientsafe.core.errors import (
    AuthenticationFailed,
    PermissionDenied,
    SelfApprovalRefused,
    ValidationError,
)
from clientsafe.core.validators import exact_lookup_key
from clientsafe.services import auth, customer_export, customers
from clientsafe.services.disclosure_settings import limits, set_limits
from clientsafe.vault import audit_log, customer_repo
from clientsafe.vault.vault import Vault


def _login(vault: Vault, name: str):
    return auth.login(vault, name, "demo")


def _row(vault: Vault, customer_id: int) -> tuple[str, str, str, str]:
    """As stored (values are encrypted per field, so read through the repository)."""
    held = customer_repo.get(vault.conn, customer_id)
    assert held is not None
    return held.full_name, held.phone, held.national_id, held.email


@pytest.mark.parametrize(("text", "key"), [
    ("138 1234 5678", ("phone", "+8613812345678")),
    ("+86 138-1234-5678", ("phone", "+8613812345678")),
    ("008613812345678", ("phone", "+8613812345678")),
    ("11010519491231002x", ("national_id", "11010519491231002X")),
    (" Zhang@Example.COM ", ("email", "zhang@example.com")),
])
def test_lookup_keys_are_normalised(text: str, key: tuple[str, str]) -> None:
    assert exact_lookup_key(text) == key


@pytest.mark.parametrize("text", ["", "zhang", "12345", "a@b", "x" * 300, "1381234567",
                                  "'; DROP TABLE customers; --"])
def test_vague_lookups_are_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        exact_lookup_key(text)


def test_own_customer_is_found_in_full(demo_vault: Vault) -> None:
    desk = _login(demo_vault, "frontdesk")
    mine = customers.page(demo_vault, desk, offset=0, limit=1)[0]
    name, phone, national_id, _ = _row(demo_vault, mine.id)
    for text in (phone[3:], national_id.lower()):
        [match] = customers.find_exact(demo_vault, desk, text)
        assert (match.own, match.customer_id, match.display_name) == (True, mine.id, name)
    assert phone not in repr(audit_log.page(demo_vault.conn, 0, 5))


def test_someone_elses_customer_is_only_named_as_existing(demo_vault: Vault) -> None:
    other = customers.page(demo_vault, _login(demo_vault, "frontdesk2"), offset=0, limit=1)[0]
    name, phone, _, _ = _row(demo_vault, other.id)
    [match] = customers.find_exact(demo_vault, _login(demo_vault, "frontdesk"), phone)
    assert match.own is False and match.customer_id is None
    assert match.display_name != name and match.display_name[0] == name[0]
    assert match.assigned_staff_name == "Emily Carter"
    entry = audit_log.page(demo_vault.conn, 0, 1)[0]
    assert entry.action == "customer.looked_up" and f"#{other.id}" in entry.detail


def test_no_match(demo_vault: Vault) -> None:
    assert customers.find_exact(demo_vault, _login(demo_vault, "manager"), "13000000000") == []


def _export(vault: Vault, session, ids, target: Path, approval_id=None):
    return customer_export.export_customers_csv(vault, session, customer_ids=ids, target=target,
                                                approval_id=approval_id)


def test_export_within_the_limit(demo_vault: Vault, tmp_path: Path) -> None:
    desk = _login(demo_vault, "frontdesk")
    ids = [r.id for r in customers.page(demo_vault, desk, offset=0, limit=5)]
    target = tmp_path / "out.csv"
    result = _export(demo_vault, desk, ids, target)
    data = target.read_bytes()
    assert result.count == 5 and result.sha256 == hashlib.sha256(data).hexdigest()
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("# ClientSafe export by 王芳 Wang Fang (frontdesk)")
    rows = list(csv.DictReader(lines[1:]))
    assert len(rows) == 5
    for row, customer_id in zip(rows, ids, strict=True):
        name, phone, national_id, _ = _row(demo_vault, customer_id)
        assert row["full_name"] == name and row["phone"] == phone
        assert row["national_id"] != national_id and "*" in row["national_id"]
    entry = audit_log.page(demo_vault.conn, 0, 1)[0]
    assert entry.action == "customers.exported" and result.sha256 in entry.detail
    assert target.stat().st_mode & 0o777 == 0o600


def test_the_export_is_for_service_delivery(demo_vault: Vault, tmp_path: Path) -> None:
    """Customers without an active service consent are left out, and counted; with none left
    the export is refused and the refusal audited."""
    from clientsafe.services import consents

    desk = _login(demo_vault, "frontdesk")
    ids = [r.id for r in customers.page(demo_vault, desk, offset=0, limit=3)]
    consents.withdraw(demo_vault, desk, ids[0], 1, "service")
    target = tmp_path / "out.csv"
    result = _export(demo_vault, desk, ids, target)
    assert (result.count, result.left_out) == (2, 1)
    rows = list(csv.DictReader(target.read_text("utf-8-sig").splitlines()[1:]))
    assert [r["full_name"] for r in rows] == [_row(demo_vault, i)[0] for i in ids[1:]]
    entry = audit_log.page(demo_vault.conn, 0, 1)[0]
    assert (entry.purpose, entry.outcome) == ("service", "done")
    assert "2 records, 1 left out without service consent" in entry.detail
    target.unlink()
    with pytest.raises(customer_export.NoServiceConsent):
        _export(demo_vault, desk, ids[:1], target)
    entry = audit_log.page(demo_vault.conn, 0, 1)[0]
    assert (entry.action, entry.outcome) == ("customers.exported", "denied")
    assert not target.exists()


def test_front_desk_cannot_export_others_customers(demo_vault: Vault, tmp_path: Path) -> None:
    other = customers.page(demo_vault, _login(demo_vault, "frontdesk2"), offset=0, limit=1)[0]
    with pytest.raises(PermissionDenied):
        _export(demo_vault, _login(demo_vault, "frontdesk"), [other.id], tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()


def test_over_the_limit_needs_another_managers_approval(demo_vault: Vault, tmp_path: Path,
                                                       clock) -> None:
    set_limits(demo_vault, _login(demo_vault, "officer"),
               type(limits(demo_vault.conn))(export_limit=3))
    desk = _login(demo_vault, "frontdesk")
    ids = [r.id for r in customers.page(demo_vault, desk, offset=0, limit=4)]
    target = tmp_path / "big.csv"
    with pytest.raises(customer_export.ExportLimitExceeded) as info:
        _export(demo_vault, desk, ids, target)
    assert "3" in str(info.value) and not target.exists()
    assert audit_log.page(demo_vault.conn, 0, 1)[0].outcome == "denied"
    with pytest.raises(AuthenticationFailed):
        customer_export.approve_export(demo_vault, desk, count=4, manager_username="manager",
                                       manager_password="wrong")
    with pytest.raises(PermissionDenied):
        customer_export.approve_export(demo_vault, desk, count=4,
                                       manager_username="frontdesk2", manager_password="demo")
    small = customer_export.approve_export(demo_vault, desk, count=3,
                                           manager_username="manager", manager_password="demo")
    with pytest.raises(customer_export.ExportLimitExceeded):  # approved for fewer records
        _export(demo_vault, desk, ids, target, small)
    approval = customer_export.approve_export(demo_vault, desk, count=4,
                                              manager_username="manager",
                                              manager_password="demo")
    with pytest.raises(customer_export.ExportLimitExceeded):  # someone else's approval
        _export(demo_vault, _login(demo_vault, "manager"),
                [r.id for r in customers.page(demo_vault, _login(demo_vault, "manager"),
                                              offset=0, limit=4)], target, approval)
    assert _export(demo_vault, desk, ids, target, approval).count == 4
    with pytest.raises(customer_export.ExportLimitExceeded):  # single use
        _export(demo_vault, desk, ids, target, approval)
    late = customer_export.approve_export(demo_vault, desk, count=4,
                                          manager_username="manager", manager_password="demo")
    clock.advance(minutes=11)
    with pytest.raises(customer_export.ExportLimitExceeded):  # expired
        _export(demo_vault, desk, ids, target, late)


def test_managers_cannot_approve_their_own_export(demo_vault: Vault) -> None:
    manager = _login(demo_vault, "manager")
    with pytest.raises(SelfApprovalRefused):
        customer_export.approve_export(demo_vault, manager, count=50,
                                       manager_username="manager", manager_password="demo")


def test_formula_cells_are_neutralised() -> None:
    from datetime import UTC, datetime

    from clientsafe.core.roles import Role
    from clientsafe.core.session import Session
    from clientsafe.services.customer_export import _cell

    session = Session(1, "m", "M", Role.MANAGER, "v", datetime.now(UTC))
    assert _cell(session, "full_name", "=HYPERLINK(\"x\")").startswith("'=")
    assert _cell(session, "address", "@SUM(A1)").startswith("'@")
    assert _cell(session, "phone", "+8613812345678") == "+8613812345678"
