"""Retention: relationship ends, legal holds and the destruction queue, on a real vault with
the clock moved by hand."""

from __future__ import annotations

from datetime import timedelta

import pytest

from clientsafe.core.audit_actions import Action
from clientsafe.core.retention import DestructionBasis
from clientsafe.core.validators import TextHasControlCharacters
from clientsafe.services import retention
from clientsafe.vault import audit_log
from clientsafe.vault.vault import Vault
from tests.conftest import FakeClock
from tests.destruction_tools import (
    ask_deletion,
    make_due,
    open_shop,
    seed,
)


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


def test_a_hold_reason_with_hidden_characters_is_refused(vault: Vault, clock: FakeClock) -> None:
    shop = open_shop(vault, clock)
    person = seed(shop, "HID", born="1980-01-01", full=False)
    for reason in ("Court\x00order", "Court \u202eorder", "Court\u200border"):
        with pytest.raises(TextHasControlCharacters):
            retention.place_hold(vault, shop.manager, person.customer_id, reason=reason)
    assert not retention.status(vault, shop.manager, person.customer_id).held
    retention.place_hold(vault, shop.manager, person.customer_id, reason="法院\u3000调令 2026/17")
    assert retention.status(vault, shop.manager, person.customer_id).held
