"""The demo vault's rights requests and corrections: a register with work in every state (one
overdue, one due soon, one answered, a verified deletion waiting for destruction, one new) and
two corrections. Chooses customers by id, not at random, so the rest of the demo stays as it was.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from clientsafe.core.disclosure import DEFAULT_RIGHTS_DEADLINE_DAYS
from clientsafe.core.field_catalog import BUILTIN_BY_KEY
from clientsafe.core.rights import (
    RequestChannel,
    RightsKind,
    RightsStatus,
    Verification,
    due_date,
)
from clientsafe.services.corrections import apply_correction
from clientsafe.services.rights_requests import DELETION_QUEUED
from clientsafe.vault import customer_repo, rights_repo
from clientsafe.vault.connection import Connection


def _request(conn: Connection, customer_id: int, kind: RightsKind, channel: RequestChannel,
             received: datetime, details: str, registered_by: int) -> int:
    return rights_repo.add(conn, customer_id=customer_id, kind=kind, channel=channel,
                           received_at=received, details=details,
                           due_at=due_date(received, DEFAULT_RIGHTS_DEADLINE_DAYS),
                           registered_by=registered_by)


def _correct(conn: Connection, customer_id: int, key: str, new: str, reason: str,
             request_id: int | None, staff_id: int, now: datetime) -> None:
    customer = customer_repo.get(conn, customer_id)
    assert customer is not None
    apply_correction(conn, customer_id, BUILTIN_BY_KEY[key], str(getattr(customer, key)), new,
                     reason=reason, request_id=request_id, staff_id=staff_id, now=now)


def seed(conn: Connection, *, now: datetime, staff: Mapping[str, int]) -> None:
    """`staff`: the demo accounts' ids by user name."""
    frontdesk, frontdesk2, manager = staff["frontdesk"], staff["frontdesk2"], staff["manager"]
    mine = customer_repo.ids_assigned_to(conn, frontdesk, 3)
    theirs = customer_repo.ids_assigned_to(conn, frontdesk2, 1)
    managers = customer_repo.ids_assigned_to(conn, manager, 1)
    if len(mine) < 3 or not theirs or not managers:
        return  # a demo too small to show the register

    day = timedelta(days=1)
    # Overdue: an access request being prepared for five days past its deadline.
    overdue = _request(conn, mine[0], RightsKind.ACCESS, RequestChannel.LETTER,
                       now - 20 * day, "Asks what data we hold about them.", frontdesk)
    rights_repo.verify(conn, overdue, staff_id=frontdesk, how=Verification.ID_DOCUMENT,
                       now=now - 19 * day)
    rights_repo.set_status(conn, overdue, status=RightsStatus.IN_PROGRESS)

    # Due in two days, identity not checked yet.
    _request(conn, mine[1], RightsKind.CORRECTION, RequestChannel.PHONE, now - 13 * day,
             "Says the postal address on file is out of date.", frontdesk)

    # Answered: a correction request, with the correction it led to.
    done = _request(conn, mine[2], RightsKind.CORRECTION, RequestChannel.COUNTER,
                    now - 30 * day, "New mobile number.", frontdesk)
    rights_repo.verify(conn, done, staff_id=frontdesk, how=Verification.ID_DOCUMENT,
                       now=now - 30 * day)
    _correct(conn, mine[2], "phone", "+8613911112222", "Customer changed mobile number",
             done, frontdesk, now - 29 * day)
    rights_repo.close(conn, done, status=RightsStatus.COMPLETED,
                      response="Mobile number corrected as asked.", staff_id=frontdesk,
                      now=now - 29 * day)

    # A verified deletion request, waiting in the destruction queue for a manager.
    deletion = _request(conn, theirs[0], RightsKind.DELETION, RequestChannel.EMAIL,
                        now - 3 * day, "Cancelled membership; asks us to delete everything.",
                        frontdesk2)
    rights_repo.verify(conn, deletion, staff_id=frontdesk2, how=Verification.KNOWN_CONTACT,
                       now=now - 2 * day)
    rights_repo.set_status(conn, deletion, status=RightsStatus.IN_PROGRESS,
                           response=DELETION_QUEUED)

    # New today: an objection to marketing messages.
    _request(conn, managers[0], RightsKind.OBJECTION, RequestChannel.EMAIL, now - timedelta(
        hours=2), "No more promotional text messages.", manager)
    _correct(conn, managers[0], "email", f"contact{managers[0]}@example.org",
             "Old e-mail address bounces", None, manager, now - 5 * day)
