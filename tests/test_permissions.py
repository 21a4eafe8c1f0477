"""Every role against every service of the foundation, generated from the permission table."""

from __future__ import annotations

import pytest

from clientsafe.core.audit_filter import AuditFilter
from clientsafe.core.errors import PermissionDenied
from clientsafe.core.field_access import FieldClass
from clientsafe.core.field_catalog import Category, MaskRule
from clientsafe.core.field_validators import ValidatorKind
from clientsafe.core.import_rules import ImportPlan
from clientsafe.core.rights import RequestChannel, RightsKind
from clientsafe.core.roles import ROLE_PERMISSIONS, Permission, Role
from clientsafe.core.sharing import LegalBasis
from clientsafe.services import (
    access_report,
    alerts,
    audit_export,
    audit_query,
    audit_verify,
    auth,
    backup,
    catalog,
    checks,
    collection,
    consents,
    corrections,
    customer_export,
    customer_import,
    customer_records,
    customers,
    disclosure_settings,
    keys,
    marketing,
    retention,
    reveals,
    rights_requests,
    sharing,
    staff,
    transactions,
)
from clientsafe.vault import audit_log, backup_io
from clientsafe.vault.vault import Vault
from tests.consent_tools import MEMBERSHIP, member, register

USERS = {Role.FRONT_DESK: "frontdesk", Role.FINANCE: "finance", Role.MANAGER: "manager",
         Role.SECURITY_OFFICER: "officer"}

CALLS = {
    Permission.CUSTOMERS_VIEW: lambda v, s: customers.count(v, s),
    Permission.CUSTOMERS_CREATE: lambda v, s: register(v, s, member()),
    Permission.TRANSACTIONS_VIEW: lambda v, s: transactions.count(v, s),
    Permission.STAFF_VIEW: lambda v, s: staff.list_staff(v, s),
    Permission.STAFF_MANAGE: lambda v, s: staff.create_staff(
        v, s, username="newbie", display_name="New", role=Role.FINANCE,
        temporary_password="Temporary-Pass-2026"),
    Permission.VAULT_CHECK: lambda v, s: checks.check_vault(v, s),
    Permission.CUSTOMER_OPEN: lambda v, s: customer_records.open_record(
        v, s, _first_in_scope(v, s)),
    Permission.REVEAL_REQUEST: lambda v, s: reveals.request_reveal(
        v, s, customer_id=_first_in_scope(v, s), fields=["national_id"],
        reason_code="identity_check", reason_text=""),
    Permission.REVEAL_APPROVE: lambda v, s: reveals.pending_requests(v, s),
    Permission.ALERTS_VIEW: lambda v, s: alerts.login_alerts(v, s),
    Permission.CUSTOMERS_EXPORT: lambda v, s: customer_export.export_customers_csv(
        v, s, customer_ids=[_first_in_scope(v, s)], target=v.path.parent / "export.csv"),
    Permission.SETTINGS_MANAGE: lambda v, s: disclosure_settings.set_limits(
        v, s, disclosure_settings.limits(v.conn)),
    Permission.AUDIT_VERIFY: lambda v, s: audit_verify.verify_audit(v, s),
    Permission.AUDIT_VIEW: lambda v, s: audit_query.count(v, s, AuditFilter()),
    Permission.AUDIT_EXPORT: lambda v, s: audit_export.export_audit_pdf(
        v, s, flt=AuditFilter(), target=v.path.parent / "audit.pdf"),
    Permission.CUSTOMER_HISTORY: lambda v, s: audit_query.customer_history_count(
        v, s, _first_in_scope(v, s)),
    Permission.CATALOG_MANAGE: lambda v, s: catalog.add_custom_field(
        v, s, label_en="Shoe size", label_zh="鞋码", category=Category.OTHER,
        field_class=FieldClass.BASIC, validator=ValidatorKind.TEXT, mask_rule=MaskRule.FULL,
        blind_indexed=False),
    Permission.SERVICES_MANAGE: lambda v, s: collection.request_field(
        v, s, service_id=3, field_key="email", required=False,
        necessity_use="send locker rental receipts", necessity_without="printed receipts only"),
    Permission.COLLECTION_APPROVE: lambda v, s: collection.decide(
        v, s, _pending_request(v), approve=False, reason="Pay at the counter instead"),
    Permission.CONSENT_MANAGE: lambda v, s: consents.withdraw(
        v, s, _first_in_scope(v, s), MEMBERSHIP, "service"),
    Permission.CUSTOMERS_IMPORT: lambda v, s: customer_import.run(v, s, _import_plan(v)),
    Permission.KEYS_ROTATE: lambda v, s: keys.rotate(v, s),
    Permission.BACKUP_CREATE: lambda v, s: backup.create(v, s, _backup_folder(v)),
    Permission.BACKUP_RESTORE: lambda v, s: backup.run_drill(v, s, _unaudited_backup(v)),
    Permission.MARKETING_EXPORT: lambda v, s: marketing.export_marketing_list(
        v, s, fmt="csv", target=v.path.parent / "marketing.csv"),
    Permission.SHARING_RECORD: lambda v, s: sharing.record_sharing(
        v, s, _agreed_to_share(v, s), recipient_id=1, purpose="Insurance cover",
        fields=["full_name"], legal_basis=LegalBasis.CONSENT),
    Permission.RIGHTS_MANAGE: lambda v, s: rights_requests.register(
        v, s, _first_in_scope(v, s), kind=RightsKind.ACCESS, channel=RequestChannel.COUNTER),
    Permission.CUSTOMER_CORRECT: lambda v, s: corrections.correct(
        v, s, _first_in_scope(v, s), field_key="phone", new_value="+8613900009999",
        reason="Customer gave a new number"),
    Permission.ACCESS_REPORT: lambda v, s: access_report.export(
        v, s, _first_in_scope(v, s), fmt="json", target=v.path.parent / "access-report.json"),
    Permission.RETENTION_MANAGE: lambda v, s: retention.end_relationship(
        v, s, _first_in_scope(v, s), MEMBERSHIP, on=v.clock().date()),
    Permission.DESTRUCTION_APPROVE: lambda v, s: retention.due_queue(v, s),
}


def _agreed_to_share(vault: Vault, session) -> int:
    """A customer this session may open whose latest decision about recipient 1 is granted."""
    return vault.conn.execute(
        "SELECT d.customer_id FROM consent_decisions d JOIN customers c ON c.id = d.customer_id"
        " WHERE d.purpose = 'sharing' AND d.recipient_id = 1 AND d.decision = 'granted'"
        " AND (? = 0 OR c.assigned_staff_id = ?) AND d.id = (SELECT max(id) FROM"
        " consent_decisions WHERE customer_id = d.customer_id AND recipient_id = 1)",
        (int(session.sees_only_assigned_customers), session.staff_id)).fetchone()[0]


def _backup_folder(vault: Vault):
    folder = vault.path.parent / "backups"
    folder.mkdir(exist_ok=True)
    return folder


def _unaudited_backup(vault: Vault):
    """A backup file made below the service, so the drill's entry is the call's only one."""
    dest = _backup_folder(vault) / "for-drill.csbackup"
    backup_io.write_backup(vault, dest, created_by="test", app_version="test", now=vault.clock())
    return dest


def _first_in_scope(vault: Vault, session) -> int:
    """A customer this session would be allowed to open (the manager's view for the others)."""
    if session.can(Permission.CUSTOMERS_VIEW):
        return customers.page(vault, session, offset=0, limit=1)[0].id
    return vault.conn.execute("SELECT min(id) FROM customers").fetchone()[0]


def _import_plan(vault: Vault) -> ImportPlan:
    """A one-customer CSV file for the demo's Membership (phone and birth date required)."""
    path = vault.path.parent / "import.csv"
    path.write_text("Name,Phone,Date of birth\nImported Person,13900001234,1990-01-02\n",
                    encoding="utf-8")
    return ImportPlan(path, MEMBERSHIP, ("full_name", "phone", "date_of_birth"))


def _pending_request(vault: Vault) -> int:
    """The demo's pending collection request (asked for by the manager)."""
    return vault.conn.execute(
        "SELECT min(id) FROM collection_requests WHERE status = 'pending'").fetchone()[0]


def test_every_permission_has_a_call() -> None:
    assert set(CALLS) == set(Permission)


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("permission", list(Permission))
def test_role_against_service(demo_vault: Vault, role: Role, permission: Permission) -> None:
    session = auth.login(demo_vault, USERS[role], "demo")
    before = audit_log.count(demo_vault.conn)
    if permission in ROLE_PERMISSIONS[role]:
        CALLS[permission](demo_vault, session)
        last = audit_log.page(demo_vault.conn, 0, 1)[0]
        assert last.outcome == "done"
        # Exactly one entry per service call, written with the work.
        assert audit_log.count(demo_vault.conn) == before + 1
    else:
        with pytest.raises(PermissionDenied):
            CALLS[permission](demo_vault, session)
        last = audit_log.page(demo_vault.conn, 0, 1)[0]
        assert (last.outcome, last.actor) == ("denied", USERS[role])
        assert audit_log.count(demo_vault.conn) == before + 1


def test_front_desk_sees_only_their_customers(demo_vault: Vault) -> None:
    mine = auth.login(demo_vault, "frontdesk", "demo")
    other = auth.login(demo_vault, "frontdesk2", "demo")
    manager = auth.login(demo_vault, "manager", "demo")
    total = customers.count(demo_vault, manager)
    a, b = customers.count(demo_vault, mine), customers.count(demo_vault, other)
    assert 0 < a < total and 0 < b < total
    names_a = {r.id for r in customers.page(demo_vault, mine, offset=0, limit=1000)}
    names_b = {r.id for r in customers.page(demo_vault, other, offset=0, limit=1000)}
    assert len(names_a) == a and not names_a & names_b
    new_id = register(demo_vault, mine, member("新客户 New Customer"))
    assert new_id in {r.id for r in customers.page(demo_vault, mine, offset=0, limit=1000)}
    assert new_id not in {r.id for r in customers.page(demo_vault, other, offset=0, limit=1000)}


def test_a_session_from_another_vault_is_refused(demo_vault: Vault, vault: Vault) -> None:
    from clientsafe.core.errors import AuthenticationFailed

    session = auth.login(demo_vault, "manager", "demo")
    with pytest.raises(AuthenticationFailed):
        customers.count(vault, session)


SCOPED = {
    "open": lambda v, s, c: customer_records.open_record(v, s, c),
    "reveal": lambda v, s, c: reveals.request_reveal(
        v, s, customer_id=c, fields=["national_id"], reason_code="identity_check",
        reason_text=""),
    "export": lambda v, s, c: customer_export.export_customers_csv(
        v, s, customer_ids=[c], target=v.path.parent / "one.csv"),
}


@pytest.mark.parametrize("operation", list(SCOPED))
@pytest.mark.parametrize("whose", ["own", "other"])
@pytest.mark.parametrize("user", ["frontdesk", "manager"])
def test_customer_scoped_operations(demo_vault: Vault, operation: str, whose: str,
                                    user: str) -> None:
    """Front desk works only on their own customers; managers on all."""
    owner = "frontdesk" if whose == "own" else "frontdesk2"
    if user == "manager" and whose == "own":
        owner = "manager"
    customer_id = _first_in_scope(demo_vault, auth.login(demo_vault, owner, "demo"))
    session = auth.login(demo_vault, user, "demo")
    if user == "frontdesk" and whose == "other":
        before = audit_log.count(demo_vault.conn)
        with pytest.raises(PermissionDenied):
            SCOPED[operation](demo_vault, session, customer_id)
        last = audit_log.page(demo_vault.conn, 0, 1)[0]
        assert (last.outcome, last.customer_id) == ("denied", customer_id)
        assert audit_log.count(demo_vault.conn) == before + 1
    else:
        SCOPED[operation](demo_vault, session, customer_id)
        assert audit_log.page(demo_vault.conn, 0, 1)[0].outcome == "done"
