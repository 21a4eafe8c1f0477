"""Seeding a customer with a distinctive value in every place that holds personal data, and
searching the vault's tables and decrypted pages for those values: shared by the destruction
and retention tests."""

from __future__ import annotations

import zlib
from dataclasses import dataclass, replace
from datetime import timedelta

from clientsafe.core.consent import Guardian
from clientsafe.core.entities import NewTransaction
from clientsafe.core.field_access import FieldClass
from clientsafe.core.field_catalog import Category, MaskRule
from clientsafe.core.field_validators import ValidatorKind, national_id_check_char
from clientsafe.core.name_search import name_keys
from clientsafe.core.rights import RequestChannel, RightsKind, RightsStatus, Verification
from clientsafe.core.session import Session
from clientsafe.core.sharing import LegalBasis
from clientsafe.services import (
    catalog,
    corrections,
    intake,
    offerings,
    retention,
    reveals,
    rights_requests,
    sharing,
)
from clientsafe.vault import customer_repo, keyring_store, transaction_repo
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
