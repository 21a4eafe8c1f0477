"""The destruction certificate, read back from the PDF: who, what, when and why, and none of the
destroyed values."""

from __future__ import annotations

import hashlib
import io

import pytest
from pypdf import PdfReader

from clientsafe.core.audit_actions import Action
from clientsafe.core.errors import PermissionDenied
from clientsafe.reports.pdf_text import local_time
from clientsafe.services import auth, destruction
from clientsafe.vault import audit_log, retention_repo
from clientsafe.vault.vault import Vault
from tests.conftest import FakeClock
from tests.test_destruction import MANAGER_PASSWORD, ask_deletion, make_due, open_shop, seed


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def flat(text: str) -> str:
    """pypdf breaks lines where the PDF wraps them; compare without any whitespace."""
    return "".join(text.split())


def test_retention_certificate(vault: Vault, clock: FakeClock) -> None:
    shop = open_shop(vault, clock)
    target = seed(shop, "CERT")
    ended_on = clock().date()
    make_due(shop, target.customer_id)
    (stone,) = destruction.destroy(vault, shop.manager, [target.customer_id],
                                   password=MANAGER_PASSWORD)
    pdf = destruction.certificate_pdf(vault, shop.manager, target.customer_id)
    text = flat(text_of(pdf))
    for expected in (
        "Certificateofdestruction", vault.info.business_name, vault.vault_id,
        stone.certificate_number, f"Customerid客户编号{target.customer_id}",
        local_time(stone.created_at), local_time(stone.destroyed_at),
        "ManagerMa·Manager经理", "Membership", "24months", "Endofrelationship",
        ended_on.isoformat(), stone.periods[0].due_on.isoformat(),  # type: ignore[union-attr]
        f"#{stone.destroyed.audit_seq}(customer.destroyed)", stone.destroyed.audit_hash,
        "Thisentryisintheaudittrailwiththishash",
        "Payments:linktothecustomeranddescriptionerased,dateandamountkeptfortheaccounts",
        f"Consentrecords,withsignatures同意记录（含签名）{stone.destroyed.counts['consent_events']}",
        "Sharingregisterentries对外提供记录1", "Correctionhistoryentries更正记录1",
        "Legalholdrecords法律保全记录1", "Postaladdress", "Bankaccountnumber",
        "Emergencycontact", "Backupsmadebefore", "VACUUM",
    ):
        assert flat(expected) in text, expected
    found = {k for k, v in target.texts.items() if flat(v) in text or v in text}
    assert found == set()
    # Stored on first generation; a reprint is the same document.
    digest = hashlib.sha256(pdf).hexdigest()
    assert retention_repo.tombstone(vault.conn, target.customer_id).certificate_sha256 == digest
    entry = audit_log.page(vault.conn, 0, 1)[0]
    assert (entry.action, entry.customer_id) == (str(Action.DESTRUCTION_CERTIFICATE),
                                                 target.customer_id)
    assert digest in entry.detail and "first copy" in entry.detail
    assert destruction.certificate_pdf(vault, shop.manager, target.customer_id) == pdf
    assert "same as the first copy" in audit_log.page(vault.conn, 0, 1)[0].detail


def test_deletion_request_certificate(vault: Vault, clock: FakeClock) -> None:
    shop = open_shop(vault, clock)
    target = seed(shop, "DELR", born="1980-01-01", full=False)
    request_id = ask_deletion(shop, target.customer_id)
    (stone,) = destruction.destroy(vault, shop.manager, [target.customer_id],
                                   password=MANAGER_PASSWORD)
    text = flat(text_of(destruction.certificate_pdf(vault, shop.manager, target.customer_id)))
    assert stone.request is not None
    for expected in ("Thecustomer'sdeletionrequest", f"#{request_id}",
                     local_time(stone.request.received_at)):
        assert flat(expected) in text, expected
    assert not {k for k, v in target.texts.items() if flat(v) in text}


def test_no_certificate_without_a_destruction(demo_vault: Vault) -> None:
    manager = auth.login(demo_vault, "manager", "demo")
    with pytest.raises(destruction.NotDestroyed):
        destruction.certificate_pdf(demo_vault, manager, 1)
    last = audit_log.page(demo_vault.conn, 0, 1)[0]
    assert (last.action, last.outcome, last.customer_id) == (
        str(Action.DESTRUCTION_CERTIFICATE), "denied", 1)
    for user in ("frontdesk", "officer"):
        with pytest.raises(PermissionDenied):
            destruction.certificate_pdf(demo_vault, auth.login(demo_vault, user, "demo"), 1)


def test_a_certificate_from_before_payments_were_kept_reprints_the_same(
        vault: Vault, clock: FakeClock) -> None:
    """Older versions deleted payments and counted them as "transactions"; such a tombstone
    still lists them, so its reprint matches the first copy."""
    from clientsafe.core.retention import DESTROYED_KINDS, RETIRED_KINDS

    assert "transactions" in DESTROYED_KINDS and "transactions" in RETIRED_KINDS
    shop = open_shop(vault, clock)
    target = seed(shop, "OLDC")
    make_due(shop, target.customer_id)
    destruction.destroy(vault, shop.manager, [target.customer_id], password=MANAGER_PASSWORD)
    vault.conn.execute("UPDATE tombstones SET destroyed = replace(destroyed,"
                       " '\"transactions_unlinked\"', '\"transactions\"')")
    text = flat(text_of(destruction.certificate_pdf(vault, shop.manager, target.customer_id)))
    assert flat("Transactions 交易记录1") in text and "Payments:" not in text
