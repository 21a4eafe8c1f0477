"""A customer's access report, read back as the customer would read it: the JSON parsed, the PDF
through pypdf. Two customers with distinct values in every field; the report for the first holds
all of theirs and nothing of the second's. Real services on the demo vault (front desk
registers, the manager reports), a FakeClock for grant expiry."""

from __future__ import annotations

import hashlib
import io
import json
import re
import stat
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest

from clientsafe.core.access_report import ReportFormat, to_json
from clientsafe.core.audit_actions import Action
from clientsafe.core.consent import Decision
from clientsafe.core.errors import PermissionDenied, VaultError
from clientsafe.core.field_validators import national_id_check_char
from clientsafe.core.rights import RequestChannel, RightsKind
from clientsafe.core.session import Session
from clientsafe.core.sharing import LegalBasis
from clientsafe.services import (
    access_report,
    auth,
    consents,
    corrections,
    customer_export,
    customer_records,
    marketing,
    offerings,
    reveals,
    rights_requests,
    sharing,
)
from clientsafe.services.access_report import NotAnAccessRequest
from clientsafe.vault import audit_log, consent_repo, customer_repo
from clientsafe.vault.vault import Vault
from tests.conftest import FakeClock
from tests.consent_tools import make_service, register

FIELDS = [("phone", True), ("email", False), ("address", False), ("national_id", False),
          ("date_of_birth", False), ("bank_account", False), ("custom_health_conditions", False)]
SENSITIVE = ("national_id", "date_of_birth", "bank_account", "custom_health_conditions")
PERSONAL = ("full_name", "phone", "email", "national_id", "address")


def resident_id(first17: str) -> str:
    return first17 + national_id_check_char(first17)


ALICE = {
    "full_name": "欧阳明月 Ouyang Mingyue", "phone": "13911112222",
    "email": "mingyue.ouyang@example.org", "address": "上海市浦东新区世纪大道100号 Apt 7",
    "national_id": resident_id("11010119900307123"), "date_of_birth": "1990-03-07",
    "bank_account": "6222020200112233445", "custom_health_conditions": "Mild asthma, inhaler",
}
BOB = {
    "full_name": "司徒白雪 Situ Baixue", "phone": "13733334444",
    "email": "baixue.situ@example.net", "address": "广州市天河区体育西路55号",
    "national_id": resident_id("44010619851120987"), "date_of_birth": "1985-11-20",
    "bank_account": "6217000011119999888", "custom_health_conditions": "Peanut allergy",
}
STAFF_NOTE = "Caller sounded upset about the gym manager"


@dataclass
class World:
    vault: Vault
    manager: Session
    frontdesk: Session
    service_id: int
    recipient_id: int
    alice: int
    bob: int
    held: dict[int, dict[str, str]]  # the stored (normalised) values, read with the key


def held_values(vault: Vault, customer_id: int) -> dict[str, str]:
    customer = customer_repo.get(vault.conn, customer_id)
    assert customer is not None
    values = {k: customer_records.field_value(customer, k) for k in
              ("full_name", "phone", "email", "address", "national_id", "date_of_birth")}
    values.update(customer_repo.extra_values(vault.conn, customer_id))
    return values


@pytest.fixture
def world(demo_vault: Vault) -> World:
    manager = auth.login(demo_vault, "manager", "demo")
    officer = auth.login(demo_vault, "officer", "demo")
    frontdesk = auth.login(demo_vault, "frontdesk", "demo")
    frontdesk2 = auth.login(demo_vault, "frontdesk2", "demo")
    service_id = make_service(demo_vault, manager, officer, FIELDS, name="Wellness 健康评估")
    recipient_id = offerings.add_recipient(demo_vault, manager, service_id,
                                           name="Mercy Lab 仁心检验所",
                                           what_for="analyse blood samples for the check")
    alice = register(demo_vault, frontdesk, ALICE, service_id=service_id)
    bob = register(demo_vault, frontdesk2, BOB, service_id=service_id,
                   granted={"service", "sensitive"})
    # Alice changes her mind about marketing; shares with the lab; corrects her address.
    consents.withdraw(demo_vault, frontdesk, alice, service_id, "marketing")
    sharing.record_sharing(demo_vault, frontdesk, alice, recipient_id=recipient_id,
                           purpose="Blood test for the wellness check",
                           fields=["phone", "custom_health_conditions"],
                           legal_basis=LegalBasis.CONSENT)
    corrections.correct(demo_vault, frontdesk, alice, field_key="address",
                        new_value="上海市徐汇区衡山路8号 Flat 2", reason="Customer moved house")
    for who in (alice, bob):
        customer_records.open_record(demo_vault, manager, who)
    return World(demo_vault, manager, frontdesk, service_id, recipient_id, alice, bob,
                 {alice: held_values(demo_vault, alice), bob: held_values(demo_vault, bob)})


def pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def squash(text: str) -> str:
    """Without whitespace: a value wrapped over two lines of a table cell reads as one."""
    return re.sub(r"\s+", "", text)


def export(world: World, tmp_path: Path, fmt: str, *, language: str = "en",
           request_id: int | None = None, name: str = "report") -> bytes:
    target = tmp_path / f"{name}-{language}.{fmt}"
    result = access_report.export(world.vault, world.manager, world.alice, fmt=fmt,
                                  target=target, language=language, request_id=request_id)
    data = target.read_bytes()
    assert result.path == target and result.sha256 == hashlib.sha256(data).hexdigest()
    return data


def test_the_json_holds_every_field_and_consent_of_its_customer(world: World,
                                                                tmp_path: Path) -> None:
    body = json.loads(export(world, tmp_path, "json"))
    alice = world.held[world.alice]
    assert body["schema"] == "clientsafe.access_report" and body["schema_version"] == 1
    assert body["customer_id"] == world.alice
    fields = {f["key"]: f for f in body["fields"]}
    assert set(fields) == set(alice)
    for key, value in alice.items():
        if key in SENSITIVE:  # no grant: masked, and flagged as masked
            assert fields[key]["masked"] and fields[key]["value"] != value
        else:
            assert (fields[key]["value"], fields[key]["masked"]) == (value, False)
    assert set(body["masked_fields"]) == set(SENSITIVE)

    history = consent_repo.history(world.vault.conn, world.alice)
    events = {e["id"]: e for e in body["consents"]}
    assert set(events) == {e.id for e in history} and len(history) == 2
    for event in history:
        got = events[event.id]
        assert {d["key"]: d["decision"] for d in got["decisions"]} == {
            k: d.value for k, d in event.decisions.items()}
        assert (got["kind"], got["text_sha256"]) == (event.kind.value, event.text_sha256)
    assert [e["kind"] for e in body["consents"]] == ["collection", "withdrawal"]  # oldest first
    assert events[history[-1].id]["signature_sha256"]  # signed on screen: hash, no image
    state = {d["key"]: d["decision"] for s in body["services"] for d in s["purposes"]
             if s["service_id"] == world.service_id}
    assert state["marketing"] == Decision.WITHDRAWN.value
    assert state[f"sharing:{world.recipient_id}"] == Decision.GRANTED.value

    [shared] = body["sharing"]
    assert (shared["recipient_id"], shared["fields"]) == (
        world.recipient_id, ["phone", "custom_health_conditions"])
    [fix] = body["corrections"]
    assert (fix["field_key"], fix["reason"]) == ("address", "Customer moved house")
    assert [r["service_id"] for r in body["retention"]] == [world.service_id]


def test_nothing_of_the_other_customer_appears(world: World, tmp_path: Path) -> None:
    bob = world.held[world.bob]
    pdf = squash(pdf_text(export(world, tmp_path, "pdf")))
    zh_pdf = squash(pdf_text(export(world, tmp_path, "pdf", language="zh_CN")))
    text = export(world, tmp_path, "json").decode("utf-8")
    for key in PERSONAL:
        for document in (text, pdf, zh_pdf):
            assert squash(bob[key]) not in document, key
    body = json.loads(text)
    assert all(e["seq"] not in _seqs(world, world.bob) for e in body["access_log"])


def _seqs(world: World, customer_id: int) -> set[int]:
    rows = world.vault.conn.execute("SELECT seq FROM audit_log WHERE customer_id = ?",
                                    (customer_id,)).fetchall()
    return {int(r[0]) for r in rows}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_pdf_holds_every_field_and_consent(world: World, tmp_path: Path,
                                               language: str) -> None:
    data = export(world, tmp_path, "pdf", language=language)
    text = squash(pdf_text(data))
    report = access_report.build(world.vault, world.manager, world.alice)
    for field in report.fields:
        assert squash(field.value) in text, field.key
    assert "欧阳明月" in text  # Chinese renders (and reads back)
    for event in report.consents:
        assert event.text_sha256 in text
    for label in (("Withdrawn", "Agreed", "Consentwithdrawn") if language == "en"
                  else ("已撤回", "同意", "撤回同意")):
        assert label in text
    assert "MercyLab仁心检验所" in text and "Customermovedhouse" in text
    # The clear sensitive values are not printed without a grant.
    for key in SENSITIVE:
        assert squash(world.held[world.alice][key]) not in text
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert reader.metadata.title == "ClientSafe access report"  # no name in the metadata
    first = reader.pages[0].extract_text()
    assert "李强 Li Qiang" in first  # the watermark footer: who made it


def test_sensitive_values_only_with_a_live_grant(world: World, clock: FakeClock,
                                                 tmp_path: Path) -> None:
    alice = world.held[world.alice]
    request_id = reveals.request_reveal(
        world.vault, world.manager, customer_id=world.alice, fields=SENSITIVE,
        reason_code="customer_request", reason_text="Full copy asked for", minutes=10)
    grant = reveals.self_approve(world.vault, world.manager, request_id=request_id)
    summary = access_report.summary(world.vault, world.manager, world.alice)
    assert summary.masked_fields == () and summary.revealed_until == grant.expires_at

    body = json.loads(export(world, tmp_path, "json", name="granted"))
    fields = {f["key"]: f for f in body["fields"]}
    for key in SENSITIVE:
        assert (fields[key]["value"], fields[key]["masked"]) == (alice[key], False)
    pdf = squash(pdf_text(export(world, tmp_path, "pdf", name="granted")))
    for key in SENSITIVE:
        assert squash(alice[key]) in pdf
    entry = audit_log.page(world.vault.conn, 0, 1)[0]
    assert f"grant #{grant.id}" in entry.detail and "masked" not in entry.detail

    # Someone else's grant does not count.
    other = access_report.summary(world.vault, auth.login(world.vault, "manager", "demo"),
                                  world.bob)
    assert set(other.masked_fields) == set(SENSITIVE)

    clock.advance(minutes=10)  # the grant has just expired
    body = json.loads(export(world, tmp_path, "json", name="expired"))
    fields = {f["key"]: f for f in body["fields"]}
    assert all(fields[k]["masked"] and fields[k]["value"] != alice[k] for k in SENSITIVE)


def test_the_access_log_lists_this_customers_entries_only(world: World) -> None:
    customer_records.open_record(world.vault, world.frontdesk, world.alice)
    report = access_report.build(world.vault, world.manager, world.alice)
    seqs = [e.seq for e in report.access_log]
    assert seqs == sorted(_seqs(world, world.alice) - {max(_seqs(world, world.alice))})
    opened = [e for e in report.access_log if e.action == str(Action.CUSTOMER_VIEWED)]
    assert [(e.staff_name, e.staff_role.value) for e in opened] == [
        ("李强 Li Qiang", "manager"), ("王芳 Wang Fang", "front_desk")]
    assert opened[0].action_label == "Customer record opened"
    withdrawal = next(e for e in report.access_log
                      if e.action == str(Action.CONSENT_WITHDRAWN))
    assert withdrawal.outcome == "done"
    assert not hasattr(withdrawal, "detail")  # the staff-facing detail is never copied


def test_each_export_writes_one_entry_with_the_files_hash(world: World,
                                                          tmp_path: Path) -> None:
    before = audit_log.count(world.vault.conn)
    target = tmp_path / "alice.pdf"
    result = access_report.export(world.vault, world.manager, world.alice, fmt=ReportFormat.PDF,
                                  target=target)
    assert audit_log.count(world.vault.conn) == before + 1
    entry = audit_log.page(world.vault.conn, 0, 1)[0]
    assert (entry.action, entry.outcome, entry.customer_id, entry.purpose) == (
        str(Action.ACCESS_REPORT_CREATED), "done", world.alice, "rights")
    assert f"sha256 {result.sha256}" in entry.detail
    assert set(entry.fields) == set(world.held[world.alice])
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    for value in world.held[world.alice].values():
        assert value not in entry.detail


def test_a_file_that_cannot_be_written_leaves_no_entry(world: World, tmp_path: Path) -> None:
    before = audit_log.count(world.vault.conn)
    target = tmp_path / "missing-folder" / "alice.json"
    with pytest.raises(VaultError):
        access_report.export(world.vault, world.manager, world.alice, fmt="json", target=target)
    assert audit_log.count(world.vault.conn) == before and not target.exists()


@pytest.mark.parametrize("user", ["frontdesk", "finance", "officer"])
def test_only_managers_make_reports(world: World, tmp_path: Path, user: str) -> None:
    session = auth.login(world.vault, user, "demo")
    before = audit_log.count(world.vault.conn)
    target = tmp_path / "nope.json"
    with pytest.raises(PermissionDenied):
        access_report.export(world.vault, session, world.alice, fmt="json", target=target)
    entry = audit_log.page(world.vault.conn, 0, 1)[0]
    assert (entry.outcome, entry.actor, entry.action) == (
        "denied", user, str(Action.ACCESS_REPORT_CREATED))
    assert audit_log.count(world.vault.conn) == before + 1 and not target.exists()
    with pytest.raises(PermissionDenied):
        access_report.summary(world.vault, session, world.alice)


def test_a_request_must_be_this_customers_access_or_copy_request(world: World,
                                                                 tmp_path: Path) -> None:
    theirs = rights_requests.register(world.vault, world.manager, world.bob,
                                      kind=RightsKind.ACCESS, channel=RequestChannel.COUNTER)
    correction = rights_requests.register(world.vault, world.manager, world.alice,
                                          kind=RightsKind.CORRECTION,
                                          channel=RequestChannel.PHONE)
    for wrong in (theirs, correction, 999_999):
        before = audit_log.count(world.vault.conn)
        with pytest.raises(NotAnAccessRequest):
            access_report.export(world.vault, world.manager, world.alice, fmt="json",
                                 target=tmp_path / "x.json", request_id=wrong)
        entry = audit_log.page(world.vault.conn, 0, 1)[0]
        assert (entry.outcome, entry.customer_id) == ("denied", world.alice)
        assert audit_log.count(world.vault.conn) == before + 1
    assert not (tmp_path / "x.json").exists()

    mine = rights_requests.register(world.vault, world.manager, world.alice,
                                    kind=RightsKind.COPY, channel=RequestChannel.EMAIL,
                                    details=STAFF_NOTE)
    data = export(world, tmp_path, "json", request_id=mine)
    body = json.loads(data)
    assert (body["request"]["id"], body["request"]["kind"]) == (mine, "copy")
    assert {r["id"] for r in body["requests"]} == {correction, mine}
    assert STAFF_NOTE not in data.decode("utf-8")  # the staff's own note stays internal
    pdf = pdf_text(export(world, tmp_path, "pdf", request_id=mine))
    assert f"request #{mine} (copy)" in pdf and squash(STAFF_NOTE) not in squash(pdf)
    assert f"request #{mine}" in audit_log.page(world.vault.conn, 0, 1)[0].detail


def test_a_long_access_log_runs_over_pages(world: World, tmp_path: Path) -> None:
    with world.vault.transaction() as conn:
        for _ in range(400):
            audit_log.record(conn, at=world.vault.clock(), action=str(Action.CUSTOMER_VIEWED),
                             actor_id=world.manager.staff_id, actor=world.manager.username,
                             customer_id=world.alice, fields=("phone",))
    data = export(world, tmp_path, "pdf")
    pages = [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages]
    assert len(pages) >= 8
    assert all("What they did" in page for page in pages[3:])  # headings repeat
    assert sum(page.count("Customer record opened") for page in pages) == 401
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


def test_json_is_stable_and_sorted(world: World) -> None:
    report = access_report.build(world.vault, world.manager, world.alice)
    data = to_json(report)
    assert data == to_json(report)
    body = json.loads(data)
    assert data.decode("utf-8") == json.dumps(body, ensure_ascii=False, sort_keys=True,
                                              indent=2) + "\n"
    assert "欧阳明月" in data.decode("utf-8")  # not \\u-escaped


def test_exports_and_marketing_lists_show_in_the_access_log_of_who_was_in_them(
        world: World, tmp_path: Path) -> None:
    # Both agreed to the service, so the service export holds both; Alice withdrew marketing
    # and Bob never agreed to it, so the marketing list holds neither.
    customer_export.export_customers_csv(world.vault, world.manager,
                                         customer_ids=[world.alice, world.bob],
                                         target=tmp_path / "service.csv")
    marketing.export_marketing_list(world.vault, world.manager, fmt="csv",
                                    target=tmp_path / "marketing.csv")
    for who in (world.alice, world.bob):
        report = access_report.build(world.vault, world.manager, who)
        actions = [e.action for e in report.access_log]
        assert actions.count(str(Action.CUSTOMERS_EXPORTED)) == 1
        assert str(Action.MARKETING_LIST_EXPORTED) not in actions
    # A customer who agreed to marketing is in the list, and the list is in their log.
    opted_in = world.vault.conn.execute(
        "SELECT s.customer_id FROM audit_subjects s JOIN audit_log a ON a.seq = s.seq"
        " WHERE a.action = ? LIMIT 1", (str(Action.MARKETING_LIST_EXPORTED),)).fetchone()[0]
    report = access_report.build(world.vault, world.manager, opted_in)
    assert str(Action.MARKETING_LIST_EXPORTED) in [e.action for e in report.access_log]
