"""Destroying a customer: nothing of them is left in the vault's tables or in its decrypted
pages, the audit chain still verifies, and every refusal and failure leaves them whole.

Assertions name what was found by its label, never by its value, so no seeded value reaches
the test output.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, replace
from datetime import timedelta

import pytest

from clientsafe.core.audit_actions import Action
from clientsafe.core.consent import Guardian
from clientsafe.core.entities import NewTransaction
from clientsafe.core.errors import AuthenticationFailed, PermissionDenied
from clientsafe.core.field_access import FieldClass
from clientsafe.core.field_catalog import Category, MaskRule
from clientsafe.core.field_validators import ValidatorKind, national_id_check_char
from clientsafe.core.name_search import name_keys
from clientsafe.core.retention import DestructionBasis
from clientsafe.core.rights import RequestChannel, RightsKind, RightsStatus, Verification
from clientsafe.core.session import Session
from clientsafe.core.sharing import LegalBasis
from clientsafe.core.validators import TextHasControlCharacters
from clientsafe.services import (
    access_report,
    auth,
    catalog,
    corrections,
    destruction,
    intake,
    offerings,
    retention,
    reveals,
    rights_requests,
    sharing,
)
from clientsafe.vault import audit_log, customer_repo, keyring_store, transaction_repo
from clientsafe.vault.connection import DatabaseError
from clientsafe.vault.vault import Vault
from tests import page_decrypt
from tests.conftest import FakeClock
from tests.consent_tools import consent_for, make_service, staff_pair, tiny_png

MANAGER_PASSWORD = "Temporary-Pass-2026"  # staff_pair's manager
YEARS = timedelta(days=3 * 366)
# Labels of values held only as AES-GCM ciphertexts (customer_fields).
ENCRYPTED = {"phone", "email", "national_id", "address", "bank_account", "new_email",
             "custom_emergency_contact"}


@dataclass
class Shop:
    vault: Vault
    clock: FakeClock
    manager: Session
    officer: Session
    service_id: int
    custom_key: str
    recipient_id: int


@dataclass
class Seeded:
    customer_id: int
    texts: dict[str, str]  # label -> a value that must be gone
    blobs: dict[str, bytes]  # label -> bytes that must be gone

    @property
    def in_clear(self) -> set[str]:
        """What the vault stores readable with the database key (the rest is encrypted per
        field): the positive control for the table search."""
        return {k for k in self.texts if k not in ENCRYPTED} | set(self.blobs)


def open_shop(vault: Vault, clock: FakeClock) -> Shop:
    manager, officer = staff_pair(vault)
    field = catalog.add_custom_field(
        vault, officer, label_en="Emergency contact", label_zh="紧急联系人",
        category=Category.CONTACT, field_class=FieldClass.CONTACT, validator=ValidatorKind.TEXT,
        mask_rule=MaskRule.FULL, blind_indexed=False)
    service_id = make_service(vault, manager, officer, [
        ("phone", True), ("date_of_birth", True), ("national_id", False), ("email", False),
        ("address", False), ("bank_account", False), (field.key, False)])
    recipient_id = offerings.add_recipient(vault, manager, service_id, name="Harbour Lab 海港化验",
                                           what_for="blood tests before training plans")
    return Shop(vault, clock, manager, officer, service_id, field.key, recipient_id)


def national_id(born: str, serial: str) -> str:
    first = "110105" + born.replace("-", "") + serial
    return first + national_id_check_char(first)


def seed(shop: Shop, tag: str, *, born: str = "2016-04-12", full: bool = True) -> Seeded:
    """A customer with a distinctive value in every place personal data can be. `tag` makes
    each customer's values their own; a minor (the default birth date) has a guardian."""
    v, m = shop.vault, shop.manager
    name = f"欧阳{tag}娜 Xylophia{tag} Quenby"
    digits = f"{zlib.crc32(tag.encode()) % 10**8:08d}"
    values = {"full_name": name, "phone": f"+86139{digits}", "date_of_birth": born}
    if full:
        values |= {"national_id": national_id(born, digits[:3]),
                   "email": f"xylo.{tag.lower()}@quenby.example.org",
                   "address": f"{tag} Zhuquan Lane 竹泉巷{tag}号",
                   "bank_account": f"62220204{digits}5",
                   shop.custom_key: f"Zebulon{tag} Quaxley 1390{digits}"}
    draft = intake.prepare(v, m, shop.service_id, values)
    guardian = Guardian(f"Guardian{tag} Ophelia", "mother", tiny_png(9, 5)) if draft.minor \
        else None
    signature = tiny_png(11 + len(tag), 7)
    given = replace(consent_for(draft.notices["en"], guardian=guardian), signature_png=signature)
    customer_id = intake.complete(v, m, draft, given)
    held = customer_repo.get(v.conn, customer_id)
    assert held is not None
    stored = {"name": held.full_name, "phone": held.phone, "email": held.email,
              "national_id": held.national_id, "address": held.address,
              **customer_repo.extra_values(v.conn, customer_id)}
    pinyin, initials = name_keys(name)
    texts = {k: val for k, val in stored.items() if val}
    texts |= {"name_latin": f"Xylophia{tag}", "name_chinese": f"欧阳{tag}娜",
              "pinyin": pinyin, "initials": initials}
    blobs = {"signature": signature}
    if guardian is not None:
        texts["guardian"] = guardian.name
        blobs["guardian_signature"] = guardian.signature_png
    if not full:
        return _with_ciphertexts(v, customer_id, texts, blobs)
    with v.transaction() as conn:
        transaction_repo.insert(conn, NewTransaction(customer_id, v.clock().date(), 12800,
                                                     f"Quokka{tag} protein bundle 袋鼠蛋白"),
                                created_by=m.staff_id, now=v.clock())
    texts["transaction"] = f"Quokka{tag} protein bundle"
    request_id = reveals.request_reveal(v, m, customer_id=customer_id, fields=["national_id"],
                                        reason_code="identity_check",
                                        reason_text=f"Zanzibar{tag} passport mismatch")
    reveals.self_approve(v, m, request_id=request_id)
    texts["reveal_reason"] = f"Zanzibar{tag} passport mismatch"
    sharing.record_sharing(v, m, customer_id, recipient_id=shop.recipient_id,
                           purpose=f"Xanthippe{tag} blood test referral", fields=["phone"],
                           legal_basis=LegalBasis.CONSENT)
    texts["sharing_purpose"] = f"Xanthippe{tag} blood test referral"
    new_email = f"new.{tag.lower()}@quenby.example.org"
    corrections.correct(v, m, customer_id, field_key="email", new_value=new_email,
                        reason=f"Customer Yggdrasil{tag} spelled it wrong")
    texts |= {"new_email": new_email, "correction_reason": f"Yggdrasil{tag} spelled"}
    access = rights_requests.register(v, m, customer_id, kind=RightsKind.ACCESS,
                                      channel=RequestChannel.EMAIL,
                                      details=f"Wants a copy, Mrs Quenby{tag} 要副本")
    texts["rights_details"] = f"Mrs Quenby{tag}"
    rights_requests.verify_identity(v, m, access, Verification.KNOWN_CONTACT)
    rights_requests.close(v, m, access, status=RightsStatus.COMPLETED,
                          response=f"Sent to Vortigern{tag} by e-mail")
    texts["rights_response"] = f"Vortigern{tag}"
    retention.place_hold(v, m, customer_id, reason=f"Dispute Quasimodo{tag} 纠纷")
    retention.release_hold(v, m, customer_id)
    texts["hold_reason"] = f"Quasimodo{tag}"
    return _with_ciphertexts(v, customer_id, texts, blobs)


def _with_ciphertexts(v: Vault, customer_id: int, texts: dict[str, str],
                      blobs: dict[str, bytes]) -> Seeded:
    for key, blob in v.conn.execute("SELECT field_key, ciphertext FROM customer_fields"
                                    " WHERE customer_id = ?", (customer_id,)).fetchall():
        blobs[f"ciphertext:{key}"] = bytes(blob)
    return Seeded(customer_id, texts, blobs)


def make_due(shop: Shop, *customer_ids: int) -> None:
    """End each relationship today, then move the clock past every retention period."""
    for customer_id in customer_ids:
        retention.end_relationship(shop.vault, shop.manager, customer_id, shop.service_id,
                                   on=shop.clock().date())
    shop.clock.advance(days=YEARS.days)


def ask_deletion(shop: Shop, customer_id: int) -> int:
    request_id = rights_requests.register(shop.vault, shop.manager, customer_id,
                                          kind=RightsKind.DELETION, channel=RequestChannel.COUNTER,
                                          details="Please delete everything Wolfram 全部删除")
    rights_requests.verify_identity(shop.vault, shop.manager, request_id,
                                    Verification.ID_DOCUMENT)
    return request_id


def table_hits(v: Vault, seeded: Seeded) -> set[str]:
    """Labels of seeded values found in any column of any table, read through SQLCipher."""
    found: set[str] = set()
    tables = [r[0] for r in v.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        for row in v.conn.execute(f'SELECT * FROM "{table}"').fetchall():
            for cell in row:
                if isinstance(cell, str):
                    found |= {k for k, val in seeded.texts.items() if val in cell}
                elif isinstance(cell, bytes | memoryview):
                    data = bytes(cell)
                    found |= {k for k, val in seeded.texts.items() if val.encode() in data}
                    found |= {k for k, blob in seeded.blobs.items() if blob in data}
    return found


def page_hits(v: Vault, seeded: Seeded) -> set[str]:
    """Labels of seeded values found in the decrypted pages of the file and its log."""
    key = keyring_store.load(v.vault_id).sqlcipher_key(v.vault_id)
    plain = page_decrypt.everything(v.path, key)
    return ({k for k, val in seeded.texts.items() if val.encode() in plain}
            | {k for k, blob in seeded.blobs.items() if blob in plain})


def test_destruction_leaves_nothing_in_tables_or_pages(vault: Vault, clock: FakeClock) -> None:
    shop = open_shop(vault, clock)
    other = seed(shop, "CTRL", born="1985-02-03")
    target = seed(shop, "QZX")
    request_id = ask_deletion(shop, target.customer_id)
    vault.conn.execute("ANALYZE")  # statistics samples copy index keys: names, unless rebuilt
    entries_before = {r[0] for r in vault.conn.execute(
        "SELECT seq FROM audit_log WHERE customer_id = ?", (target.customer_id,))}
    # Positive controls: the searches find the customer while they exist.
    assert table_hits(vault, target) == target.in_clear
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    assert {"name_latin", "pinyin", "transaction", "rights_details"} <= page_hits(vault, target)

    (stone,) = destruction.destroy(vault, shop.manager, [target.customer_id],
                                   password=MANAGER_PASSWORD)

    assert stone.basis is DestructionBasis.DELETION_REQUEST and stone.request is not None
    assert stone.request.id == request_id and stone.destroyed.reclaimed_at is not None
    assert table_hits(vault, target) == set()
    assert page_hits(vault, target) == set()
    assert audit_log.verify(vault.conn).ok
    entries_after = {r[0] for r in vault.conn.execute(
        "SELECT seq FROM audit_log WHERE customer_id = ?", (target.customer_id,))}
    assert entries_before < entries_after  # kept, and the destruction added to them
    # The other customer is whole, in the tables and in the pages.
    assert table_hits(vault, other) == other.in_clear
    # Closed: the file alone (the log folded into it) holds nothing either.
    vault.close()
    assert page_hits(vault, target) == set()
    assert {"name_latin", "pinyin"} <= page_hits(vault, other)


def test_tombstone_request_and_audit_entry(vault: Vault, clock: FakeClock) -> None:
    shop = open_shop(vault, clock)
    target = seed(shop, "TMB", full=False)
    request_id = ask_deletion(shop, target.customer_id)
    (stone,) = destruction.destroy(vault, shop.manager, [target.customer_id],
                                   password=MANAGER_PASSWORD)
    assert destruction.tombstones(vault, shop.manager) == [stone]
    assert stone.approved_by == shop.manager.staff_id
    assert stone.approved_by_name == "Manager Ma" and stone.destroyed.approver_role == "manager"
    assert stone.destroyed.counts["customers"] == 1 and stone.destroyed.counts["consent_events"]
    assert "full_name" in stone.destroyed.fields and "phone" in stone.destroyed.fields
    entry = audit_log.page(vault.conn, 0, 1)[0]
    assert (entry.action, entry.customer_id, entry.outcome) == (
        str(Action.CUSTOMER_DESTROYED), target.customer_id, "done")
    assert (entry.seq, entry.hash) == (stone.destroyed.audit_seq, stone.destroyed.audit_hash)
    assert set(entry.fields) == set(stone.destroyed.fields)
    assert f"deletion_request #{request_id}" in entry.detail
    row = vault.conn.execute("SELECT status, closed_by, closed_at, details, response"
                             " FROM rights_requests WHERE id = ?", (request_id,)).fetchone()
    assert row[:2] == ("completed", shop.manager.staff_id) and row[2] is not None
    assert row[3] == "" and stone.certificate_number in row[4]


def test_a_destroyed_id_is_never_given_again(vault: Vault, clock: FakeClock) -> None:
    shop = open_shop(vault, clock)
    first = seed(shop, "AAA", born="1980-01-01", full=False)
    last = seed(shop, "BBB", born="1980-01-01", full=False)
    make_due(shop, first.customer_id, last.customer_id)
    destruction.destroy(vault, shop.manager, [last.customer_id], password=MANAGER_PASSWORD)
    again = seed(shop, "CCC", born="1980-01-01", full=False)
    assert again.customer_id == last.customer_id + 1
    with pytest.raises(DatabaseError), \
            vault.transaction() as conn:
        conn.execute("INSERT INTO customers (id, full_name, created_at, updated_at)"
                     " VALUES (?, 'x', '2026', '2026')", (last.customer_id,))
    assert customer_repo.get(vault.conn, first.customer_id) is not None


def _destroyed_count(v: Vault) -> int:
    return int(v.conn.execute("SELECT count(*) FROM tombstones").fetchone()[0])


def test_refused_when_held_not_due_wrong_password_or_front_desk(vault: Vault,
                                                                clock: FakeClock) -> None:
    shop = open_shop(vault, clock)
    due = seed(shop, "DUE", born="1980-01-01", full=False)
    held = seed(shop, "HLD", born="1980-01-01", full=False)
    make_due(shop, due.customer_id, held.customer_id)
    fresh = seed(shop, "NEW", born="1980-01-01", full=False)  # registered today: not due
    retention.place_hold(vault, shop.manager, held.customer_id, reason="Court order 2026/17")
    for ids, error in (([due.customer_id, held.customer_id], destruction.OnLegalHold),
                       ([fresh.customer_id], destruction.NotDue)):
        with pytest.raises(error):
            destruction.destroy(vault, shop.manager, ids, password=MANAGER_PASSWORD)
        last = audit_log.page(vault.conn, 0, 1)[0]
        assert (last.action, last.outcome, last.customer_id) == (
            str(Action.CUSTOMER_DESTROYED), "denied", ids[-1])
    before = audit_log.count(vault.conn)
    with pytest.raises(AuthenticationFailed):
        destruction.destroy(vault, shop.manager, [due.customer_id], password="wrong")
    assert audit_log.count(vault.conn) == before + 1
    assert audit_log.page(vault.conn, 0, 1)[0].outcome == "denied"
    with pytest.raises(destruction.NothingToDestroy):
        destruction.destroy(vault, shop.manager, [], password=MANAGER_PASSWORD)
    assert _destroyed_count(vault) == 0
    assert customer_repo.get(vault.conn, due.customer_id) is not None


def test_front_desk_and_officer_are_refused(demo_vault: Vault) -> None:
    for user in ("frontdesk", "officer", "finance"):
        session = auth.login(demo_vault, user, "demo")
        with pytest.raises(PermissionDenied):
            destruction.destroy(demo_vault, session, [1], password="demo")
        with pytest.raises(PermissionDenied):
            retention.due_queue(demo_vault, session)
        assert audit_log.page(demo_vault.conn, 0, 1)[0].outcome == "denied"
    assert _destroyed_count(demo_vault) == 0


def test_cancelling_stops_between_customers(vault: Vault, clock: FakeClock) -> None:
    shop = open_shop(vault, clock)
    people = [seed(shop, tag, born="1980-01-01", full=False) for tag in ("CA", "CB", "CC")]
    make_due(shop, *(p.customer_id for p in people))
    seen: list[tuple[int, int]] = []
    stones = destruction.destroy(vault, shop.manager, [p.customer_id for p in people],
                                 password=MANAGER_PASSWORD,
                                 progress=lambda done, total: seen.append((done, total)),
                                 cancelled=lambda: len(seen) >= 2)
    assert [s.customer_id for s in stones] == [people[0].customer_id]
    assert seen == [(0, 3), (1, 3)]
    assert all(customer_repo.get(vault.conn, p.customer_id) for p in people[1:])
    assert audit_log.verify(vault.conn).ok


def test_a_failure_mid_customer_rolls_that_customer_back(vault: Vault, clock: FakeClock) -> None:
    shop = open_shop(vault, clock)
    first, second, third = (seed(shop, tag, born="1980-01-01", full=False)
                            for tag in ("FA", "FB", "FC"))
    make_due(shop, first.customer_id, second.customer_id, third.customer_id)
    # The tombstone is written last in each customer's transaction: failing it there means
    # the erasure and the audit entry before it must roll back.
    vault.conn.execute(
        "CREATE TEMP TRIGGER fail_second BEFORE INSERT ON main.tombstones"
        f" WHEN NEW.customer_id = {second.customer_id}"
        " BEGIN SELECT RAISE(ABORT, 'simulated failure'); END")
    head_before = audit_log.head(vault.conn)
    with pytest.raises(DatabaseError, match="simulated"):
        destruction.destroy(vault, shop.manager, [first.customer_id, second.customer_id,
                                                  third.customer_id], password=MANAGER_PASSWORD)
    assert customer_repo.get(vault.conn, first.customer_id) is None
    assert [t.customer_id for t in destruction.tombstones(vault, shop.manager)] == [
        first.customer_id]
    for whole in (second, third):
        assert table_hits(vault, whole) == whole.in_clear
    destroyed = vault.conn.execute(
        "SELECT customer_id FROM audit_log WHERE seq > ? AND action = ? AND outcome = 'done'",
        (head_before[0], str(Action.CUSTOMER_DESTROYED))).fetchall()
    assert destroyed == [(first.customer_id,)]
    assert vault.conn.execute("SELECT count(*) FROM erasure_in_progress").fetchone()[0] == 0
    assert audit_log.verify(vault.conn).ok
    vault.conn.execute("DROP TRIGGER temp.fail_second")
    stones = destruction.destroy(vault, shop.manager, [second.customer_id, third.customer_id],
                                 password=MANAGER_PASSWORD)
    assert len(stones) == 2 and table_hits(vault, second) == set()


# --- the retention service: relationship ends, holds, the queue -----------------------------


def test_relationship_end_sets_the_due_date(vault: Vault, clock: FakeClock) -> None:
    shop = open_shop(vault, clock)
    person = seed(shop, "END", born="1980-01-01", full=False)
    status = retention.status(vault, shop.manager, person.customer_id)
    assert status.due_on is None and status.periods[0].start_on is None
    today = clock().date()
    for on, error in ((today + timedelta(days=1), retention.EndDateInFuture),
                      (today - timedelta(days=1), retention.EndDateBeforeEnrolment)):
        with pytest.raises(error):
            retention.end_relationship(vault, shop.manager, person.customer_id,
                                       shop.service_id, on=on)
    with pytest.raises(retention.NotEnrolled):
        retention.end_relationship(vault, shop.manager, person.customer_id, 999, on=today)
    clock.advance(days=40)
    retention.end_relationship(vault, shop.manager, person.customer_id, shop.service_id,
                               on=today + timedelta(days=31))
    entry = audit_log.page(vault.conn, 0, 1)[0]
    assert (entry.action, entry.customer_id) == (str(Action.RELATIONSHIP_ENDED),
                                                 person.customer_id)
    assert entry.detail == f"service #{shop.service_id}"  # no dates of the customer's life
    status = retention.status(vault, shop.manager, person.customer_id)
    assert status.due_on == (today + timedelta(days=31)).replace(year=today.year + 2)


def test_legal_holds(vault: Vault, clock: FakeClock) -> None:
    shop = open_shop(vault, clock)
    person = seed(shop, "HOLD", born="1980-01-01", full=False)
    with pytest.raises(retention.HoldReasonMissing):
        retention.place_hold(vault, shop.manager, person.customer_id, reason="   ")
    retention.place_hold(vault, shop.manager, person.customer_id, reason="Tribunal case 88")
    entry = audit_log.page(vault.conn, 0, 1)[0]
    assert entry.action == str(Action.LEGAL_HOLD_PLACED) and "Tribunal" not in entry.detail
    assert retention.status(vault, shop.manager, person.customer_id).held
    with pytest.raises(retention.AlreadyOnHold):
        retention.place_hold(vault, shop.manager, person.customer_id, reason="Again")
    retention.release_hold(vault, shop.manager, person.customer_id)
    assert audit_log.page(vault.conn, 0, 1)[0].action == str(Action.LEGAL_HOLD_RELEASED)
    assert not retention.status(vault, shop.manager, person.customer_id).held
    with pytest.raises(retention.NotOnHold):
        retention.release_hold(vault, shop.manager, person.customer_id)


def test_the_queue_lists_the_due_and_the_held(vault: Vault, clock: FakeClock) -> None:
    shop = open_shop(vault, clock)
    due, held, kept = (seed(shop, tag, born="1980-01-01", full=False)
                       for tag in ("QA", "QB", "QC"))
    make_due(shop, due.customer_id, held.customer_id)
    asked = seed(shop, "QD", born="1980-01-01", full=False)
    ask_deletion(shop, asked.customer_id)
    retention.place_hold(vault, shop.manager, held.customer_id, reason="Insurance claim")
    found = {e.customer_id: e for e in retention.due_queue(vault, shop.manager)}
    assert set(found) == {due.customer_id, held.customer_id, asked.customer_id}
    assert found[due.customer_id].basis is DestructionBasis.RETENTION
    assert found[due.customer_id].destroyable and not found[held.customer_id].destroyable
    assert found[held.customer_id].hold is not None
    assert found[held.customer_id].hold.reason == "Insurance claim"
    assert found[asked.customer_id].basis is DestructionBasis.DELETION_REQUEST
    entry = audit_log.page(vault.conn, 0, 1)[0]
    assert (entry.action, entry.detail) == (str(Action.RETENTION_QUEUE_VIEWED),
                                            "2 due, 1 on hold")
    assert kept.customer_id not in found



def test_every_open_request_is_closed_by_the_destruction(vault: Vault,
                                                         clock: FakeClock) -> None:
    shop = open_shop(vault, clock)
    person = seed(shop, "TWO", born="1980-01-01", full=False)
    first = ask_deletion(shop, person.customer_id)
    again = ask_deletion(shop, person.customer_id)  # asked twice, both verified
    unverified = rights_requests.register(vault, shop.manager, person.customer_id,
                                          kind=RightsKind.DELETION,
                                          channel=RequestChannel.LETTER)
    access = rights_requests.register(vault, shop.manager, person.customer_id,
                                      kind=RightsKind.ACCESS, channel=RequestChannel.LETTER)
    (stone,) = destruction.destroy(vault, shop.manager, [person.customer_id],
                                   password=MANAGER_PASSWORD)
    assert stone.request is not None and stone.request.id == first
    entry = audit_log.page(vault.conn, 0, 1)[0]
    assert entry.seq == stone.destroyed.audit_seq  # one entry for the whole destruction
    assert all(f"request #{i} closed" in entry.detail
               for i in (first, again, unverified, access))
    for request_id in (first, again, unverified, access):
        request = rights_requests.get_request(vault, shop.manager, request_id).request
        assert request.status is RightsStatus.COMPLETED, request_id
        assert stone.certificate_number in request.response
    # Nothing is left to answer from, and no free text can be added after the erasure.
    assert "nothing is held" in rights_requests.get_request(
        vault, shop.manager, access).request.response
    with pytest.raises(rights_requests.RequestClosed):
        rights_requests.close(vault, shop.manager, access, status=RightsStatus.REFUSED,
                              response="A note typed after the destruction")
    clock.advance(days=60)
    assert rights_requests.deadline_counts(vault, shop.manager).overdue == 0


def test_a_refusal_names_no_customer_who_does_not_exist_yet(vault: Vault,
                                                           clock: FakeClock) -> None:
    shop = open_shop(vault, clock)
    person = seed(shop, "NOW", born="1980-01-01", full=False)
    unused = person.customer_id + 1
    for call, error in (
            (lambda: destruction.destroy(vault, shop.manager, [unused],
                                         password=MANAGER_PASSWORD), destruction.NotDue),
            (lambda: destruction.certificate_pdf(vault, shop.manager, unused),
             destruction.NotDestroyed)):
        with pytest.raises(error):
            call()
        entry = audit_log.page(vault.conn, 0, 1)[0]
        assert (entry.outcome, entry.customer_id) == ("denied", None)
    # The customer later given that id has none of those refusals in their access report.
    later = seed(shop, "LTR", born="1980-01-01", full=False)
    assert later.customer_id == unused
    report = access_report.build(vault, shop.manager, later.customer_id)
    assert not [e for e in report.access_log if e.action in (
        str(Action.CUSTOMER_DESTROYED), str(Action.DESTRUCTION_CERTIFICATE))]
    # A customer who exists is still named in the refusal.
    with pytest.raises(destruction.NotDue):
        destruction.destroy(vault, shop.manager, [person.customer_id], password=MANAGER_PASSWORD)
    assert audit_log.page(vault.conn, 0, 1)[0].customer_id == person.customer_id


def test_a_hold_reason_with_hidden_characters_is_refused(vault: Vault, clock: FakeClock) -> None:
    shop = open_shop(vault, clock)
    person = seed(shop, "HID", born="1980-01-01", full=False)
    for reason in ("Court\x00order", "Court \u202eorder", "Court\u200border"):
        with pytest.raises(TextHasControlCharacters):
            retention.place_hold(vault, shop.manager, person.customer_id, reason=reason)
    assert not retention.status(vault, shop.manager, person.customer_id).held
    retention.place_hold(vault, shop.manager, person.customer_id, reason="法院\u3000调令 2026/17")
    assert retention.status(vault, shop.manager, person.customer_id).held
