"""Correcting a customer's details: the new value replaces the old everywhere (search, blind
index), the history keeps only masks, and the audit trail names the field only."""

from __future__ import annotations

import pytest

from clientsafe.core.errors import CustomerOutOfScope, PermissionDenied
from clientsafe.core.field_validators import FieldInvalid
from clientsafe.core.masking import mask_national_id, mask_phone
from clientsafe.core.rights import RequestChannel, RightsKind, RightsStatus, Verification
from clientsafe.core.validators import TextHasControlCharacters
from clientsafe.services import auth, corrections, customers
from clientsafe.services import rights_requests as rights
from clientsafe.vault import audit_log, customer_repo
from clientsafe.vault.vault import Vault
from tests.consent_tools import member, register

OLD_NAME, NEW_NAME = "司马旧名 Oldname", "欧阳新名"
OLD_PHONE, NEW_PHONE = "+8613712340001", "+8615987650002"
OLD_ID, NEW_ID = "11010519491231002X", "440524198001010013"
REASON = "Customer showed a new document"


def _login(vault: Vault, name: str):
    return auth.login(vault, name, "demo")


def _last(vault: Vault):
    return audit_log.page(vault.conn, 0, 1)[0]


def _customer(vault: Vault, session) -> int:
    return register(vault, session, member(OLD_NAME, OLD_PHONE, national_id=OLD_ID))


def _every_table(vault: Vault) -> str:
    """Every row of every table, as read through SQLCipher with the vault's key, plus every
    field value decrypted."""
    conn = vault.conn
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    parts = [repr(conn.execute(f'SELECT * FROM "{t}"').fetchall()) for t in tables]
    ids = [int(r[0]) for r in conn.execute("SELECT id FROM customers")]
    parts += [repr(customer_repo.get(conn, i)) + repr(customer_repo.extra_values(conn, i))
              for i in ids]
    return "\n".join(parts)


def test_history_keeps_masks_and_the_audit_names_only_the_field(demo_vault: Vault) -> None:
    desk = _login(demo_vault, "frontdesk")
    customer_id = _customer(demo_vault, desk)
    corrections.correct(demo_vault, desk, customer_id, field_key="phone", new_value=NEW_PHONE,
                        reason=f"  {REASON}  ")
    entry = _last(demo_vault)
    assert (entry.action, entry.customer_id, entry.fields) == (
        "customer.corrected", customer_id, ("phone",))
    assert REASON not in repr(entry) and NEW_PHONE[3:] not in repr(entry)
    [done] = corrections.correction_history(demo_vault, desk, customer_id)
    assert (done.field_key, done.old_masked, done.new_masked) == (
        "phone", mask_phone(OLD_PHONE), mask_phone(NEW_PHONE))
    assert (done.reason, done.request_id, done.corrected_by) == (REASON, None, "王芳 Wang Fang")
    assert done.corrected_at == demo_vault.clock()
    corrections.correct(demo_vault, desk, customer_id, field_key="national_id",
                        new_value=NEW_ID, reason=REASON)
    latest = corrections.correction_history(demo_vault, desk, customer_id)
    assert [c.field_key for c in latest] == ["national_id", "phone"]
    assert latest[0].old_masked == mask_national_id(OLD_ID)
    assert customer_repo.get(demo_vault.conn, customer_id).national_id == NEW_ID


def test_old_values_are_gone_from_every_table(demo_vault: Vault) -> None:
    manager = _login(demo_vault, "manager")
    customer_id = _customer(demo_vault, manager)
    for key, new in (("full_name", NEW_NAME), ("phone", NEW_PHONE), ("national_id", NEW_ID)):
        corrections.correct(demo_vault, manager, customer_id, field_key=key, new_value=new,
                            reason=REASON)
    text = _every_table(demo_vault)
    # Positions only: a failure must not print the vault's contents.
    olds = (OLD_NAME, "Oldname", "司马旧名", OLD_PHONE, OLD_PHONE[3:], OLD_ID)
    assert [i for i, old in enumerate(olds) if old in text] == []
    # The decrypted new values are there: the check reads what the vault holds.
    assert [new in text for new in (NEW_NAME, NEW_PHONE, NEW_ID)] == [True, True, True]


def test_blind_index_finds_the_new_value_not_the_old(demo_vault: Vault) -> None:
    manager = _login(demo_vault, "manager")
    customer_id = _customer(demo_vault, manager)
    corrections.correct(demo_vault, manager, customer_id, field_key="phone",
                        new_value="159 8765 0002", reason=REASON)  # normalised on the way in
    corrections.correct(demo_vault, manager, customer_id, field_key="national_id",
                        new_value=NEW_ID, reason=REASON)
    for typed, found in ((NEW_PHONE, True), (OLD_PHONE, False), (NEW_ID, True), (OLD_ID, False)):
        hits = [m.customer_id for m in customers.find_exact(demo_vault, manager, typed)]
        assert (hits == [customer_id]) is found
    assert not customer_repo.find_exact_hits(demo_vault.conn, "phone", OLD_PHONE)


def test_a_corrected_name_is_found_by_its_new_pinyin(demo_vault: Vault) -> None:
    manager = _login(demo_vault, "manager")
    customer_id = _customer(demo_vault, manager)
    assert customers.count(demo_vault, manager, "simajiu") == 1
    corrections.correct(demo_vault, manager, customer_id, field_key="full_name",
                        new_value=f"  {NEW_NAME} ", reason=REASON)
    [done] = corrections.correction_history(demo_vault, manager, customer_id)
    assert (done.old_masked, done.new_masked) == ("司**", "欧**")
    for typed in ("oyxm", "ouyangxin", "欧阳"):
        rows = customers.page(demo_vault, manager, offset=0, limit=10, search=typed)
        assert [r.id for r in rows] == [customer_id] and rows[0].full_name == NEW_NAME
    assert customers.count(demo_vault, manager, "simajiu") == 0
    assert customers.count(demo_vault, manager, "Oldname") == 0


def test_invalid_values_are_refused_naming_the_field(demo_vault: Vault) -> None:
    manager = _login(demo_vault, "manager")
    customer_id = _customer(demo_vault, manager)
    before = audit_log.count(demo_vault.conn)
    with pytest.raises(FieldInvalid) as bad:
        corrections.correct(demo_vault, manager, customer_id, field_key="phone",
                            new_value="12345zzz", reason=REASON)
    assert "Phone number" in str(bad.value) and "12345zzz" not in str(bad.value)
    with pytest.raises(FieldInvalid) as bad_zh:
        corrections.correct(demo_vault, manager, customer_id, field_key="national_id",
                            new_value="110105194912310021", reason=REASON, language="zh_CN")
    assert "居民身份证号码" in str(bad_zh.value)
    for reason in ("", "   ", "x" * (corrections.MAX_REASON + 1)):
        with pytest.raises(corrections.CorrectionReasonRequired):
            corrections.correct(demo_vault, manager, customer_id, field_key="phone",
                                new_value=NEW_PHONE, reason=reason)
    with pytest.raises(corrections.NothingChanged):
        corrections.correct(demo_vault, manager, customer_id, field_key="phone",
                            new_value=OLD_PHONE, reason=REASON)
    assert audit_log.count(demo_vault.conn) == before  # nothing happened, nothing to record
    assert corrections.correction_history(demo_vault, manager, customer_id) == []


def test_only_fields_the_customer_holds_or_their_services_collect(demo_vault: Vault) -> None:
    manager = _login(demo_vault, "manager")
    customer_id = _customer(demo_vault, manager)  # Membership only: no health, no bank account
    fields = {f.key: f for f in corrections.correctable_fields(demo_vault, manager, customer_id)}
    assert set(fields) == {"full_name", "phone", "email", "date_of_birth", "national_id"}
    assert fields["national_id"].held and not fields["email"].held
    assert fields["full_name"].label("zh_CN") == "姓名"
    for key in ("custom_health_conditions", "bank_account", "custom_nope"):
        before = audit_log.count(demo_vault.conn)
        with pytest.raises(corrections.FieldNotCorrectable):
            corrections.correct(demo_vault, manager, customer_id, field_key=key,
                                new_value="someone@example.com", reason=REASON)
        assert (_last(demo_vault).outcome, _last(demo_vault).customer_id) == (
            "denied", customer_id)
        assert audit_log.count(demo_vault.conn) == before + 1
    # No e-mail was given, but Membership collects it: it may be filled in.
    corrections.correct(demo_vault, manager, customer_id, field_key="email",
                        new_value="new.one@example.com", reason=REASON)
    assert corrections.correction_history(demo_vault, manager, customer_id)[0].old_masked == ""


def test_a_masked_field_gives_no_hint_whether_a_guess_was_right(demo_vault: Vault) -> None:
    desk = _login(demo_vault, "frontdesk")  # sees the ID number only masked
    customer_id = _customer(demo_vault, desk)
    corrections.correct(demo_vault, desk, customer_id, field_key="national_id",
                        new_value=OLD_ID, reason=REASON)
    assert len(corrections.correction_history(demo_vault, desk, customer_id)) == 1


def test_linked_request_must_be_an_open_correction_of_the_same_customer(
        demo_vault: Vault) -> None:
    manager = _login(demo_vault, "manager")
    customer_id, other_id = _customer(demo_vault, manager), _customer(demo_vault, manager)

    def ask(kind: RightsKind, whose: int) -> int:
        return rights.register(demo_vault, manager, whose, kind=kind,
                               channel=RequestChannel.COUNTER)

    closed = ask(RightsKind.CORRECTION, customer_id)
    rights.close(demo_vault, manager, closed, status=RightsStatus.REFUSED, response="Unclear")
    for wrong in (ask(RightsKind.ACCESS, customer_id), ask(RightsKind.CORRECTION, other_id),
                  closed, 99_999):
        with pytest.raises(corrections.NotACorrectionRequest):
            corrections.correct(demo_vault, manager, customer_id, field_key="phone",
                                new_value=NEW_PHONE, reason=REASON, request_id=wrong)
    request_id = ask(RightsKind.CORRECTION, customer_id)
    rights.verify_identity(demo_vault, manager, request_id, Verification.ID_DOCUMENT)
    corrections.correct(demo_vault, manager, customer_id, field_key="phone",
                        new_value=NEW_PHONE, reason=REASON, request_id=request_id)
    assert _last(demo_vault).detail.endswith(f"request #{request_id}")
    assert corrections.correction_history(demo_vault, manager,
                                          customer_id)[0].request_id == request_id


def test_linking_another_staff_members_request_is_refused_and_audited(demo_vault: Vault
                                                                       ) -> None:
    desk, other = _login(demo_vault, "frontdesk"), _login(demo_vault, "frontdesk2")
    mine = customers.page(demo_vault, desk, offset=0, limit=1)[0].id
    theirs = customers.page(demo_vault, other, offset=0, limit=1)[0].id
    their_request = rights.register(demo_vault, other, theirs, kind=RightsKind.CORRECTION,
                                    channel=RequestChannel.COUNTER)
    before = audit_log.count(demo_vault.conn)
    with pytest.raises(corrections.NotACorrectionRequest):
        corrections.correct(demo_vault, desk, mine, field_key="phone", new_value=NEW_PHONE,
                            reason=REASON, request_id=their_request)
    assert audit_log.count(demo_vault.conn) == before + 1
    entry = _last(demo_vault)
    assert (entry.action, entry.outcome, entry.customer_id) == (
        "customer.corrected", "denied", mine)
    assert corrections.correction_history(demo_vault, desk, mine) == []


def test_a_reason_with_hidden_characters_is_refused(demo_vault: Vault) -> None:
    manager = _login(demo_vault, "manager")
    customer_id = _customer(demo_vault, manager)
    for reason in ("New\x00number", "New \u202enumber", "New\u2066 number"):
        with pytest.raises(TextHasControlCharacters):
            corrections.correct(demo_vault, manager, customer_id, field_key="phone",
                                new_value=NEW_PHONE, reason=reason)
    assert corrections.correction_history(demo_vault, manager, customer_id) == []
    corrections.correct(demo_vault, manager, customer_id, field_key="phone",
                        new_value=NEW_PHONE, reason="客户\u3000换了号码")
    assert corrections.correction_history(demo_vault, manager, customer_id)[0].reason == (
        "客户\u3000换了号码")


def test_front_desk_corrects_only_their_customers(demo_vault: Vault) -> None:
    desk, other = _login(demo_vault, "frontdesk"), _login(demo_vault, "frontdesk2")
    theirs = customers.page(demo_vault, other, offset=0, limit=1)[0].id
    for call in (lambda: corrections.correct(demo_vault, desk, theirs, field_key="phone",
                                             new_value=NEW_PHONE, reason=REASON),
                 lambda: corrections.correctable_fields(demo_vault, desk, theirs),
                 lambda: corrections.correction_history(demo_vault, desk, theirs)):
        with pytest.raises(CustomerOutOfScope):
            call()
        assert (_last(demo_vault).outcome, _last(demo_vault).customer_id) == ("denied", theirs)
    with pytest.raises(PermissionDenied):
        corrections.correct(demo_vault, _login(demo_vault, "finance"), theirs,
                            field_key="phone", new_value=NEW_PHONE, reason=REASON)
    assert _last(demo_vault).outcome == "denied"


def test_the_demo_has_corrections(demo_vault: Vault) -> None:
    manager = _login(demo_vault, "manager")
    ids = [int(r[0]) for r in demo_vault.conn.execute(
        "SELECT DISTINCT customer_id FROM corrections")]
    assert len(ids) == 2
    history = [c for i in ids for c in corrections.correction_history(demo_vault, manager, i)]
    assert {c.field_key for c in history} == {"phone", "email"}
    assert all("*" in c.old_masked and "*" in c.new_masked for c in history)
