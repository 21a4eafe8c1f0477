"""The demo vault's services, approved fields, consent notices and customer consents.

Three services with approved collection requests and a pending one (so the security officer's
inbox has work), a third-party recipient, and a notice that changed after most customers
signed, so some records show "ask for consent again".
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from clientsafe.core.collection import RequestStatus
from clientsafe.core.consent import (
    Channel,
    ConsentNotice,
    Decision,
    EventKind,
    Purpose,
    RetentionStart,
    ServiceInfo,
)
from clientsafe.core.field_access import FieldClass
from clientsafe.core.field_catalog import CatalogField, Category, MaskRule
from clientsafe.core.field_validators import ValidatorKind
from clientsafe.services.notices import current, publish_if_changed
from clientsafe.vault import catalog_repo, collection_repo, consent_repo, service_repo
from clientsafe.vault.connection import Connection
from clientsafe.vault.consent_repo import NewEvent

HEALTH_FIELD = CatalogField(
    "custom_health_conditions", "Health conditions", "健康状况", Category.HEALTH,
    FieldClass.SENSITIVE, ValidatorKind.TEXT, MaskRule.FULL, encrypted=True,
    blind_indexed=False, builtin=False)

# (service, description, months, [(field, required, use, without)])
_SERVICES = (
    ("Membership 会员", "Gym membership: access cards, class bookings and renewal reminders.", 24,
     [("phone", True, "send booking confirmations and renewal reminders",
       "we cannot confirm bookings or remind you of renewals"),
      ("date_of_birth", True, "check the minimum age for gym membership",
       "we cannot register a membership"),
      ("national_id", False, "verify identity for the annual membership contract",
       "you can only buy monthly passes")]),
    ("Personal training 私教课", "One-to-one training sessions planned around your fitness.", 12,
     [("phone", True, "arrange and move training sessions",
       "your trainer cannot reach you about sessions"),
      ("custom_health_conditions", False,
       "let your trainer plan exercises that are safe for you",
       "the trainer plans without knowing your health conditions")]),
    ("Locker rental 储物柜", "Renting a locker by the month.", 6,
     [("phone", False, "tell you when your locker rental ends",
       "we cannot remind you before we empty the locker")]),
)


@dataclass(frozen=True, slots=True)
class DemoServices:
    membership: int
    training: int
    locker: int
    notices: dict[int, dict[str, ConsentNotice]]  # the first notice each service published


def seed_services(conn: Connection, *, officer: int, manager: int, now: datetime
                  ) -> DemoServices:
    catalog_repo.insert(conn, HEALTH_FIELD, created_by=officer, now=now)
    ids = []
    for name, description, months, fields in _SERVICES:
        service_id = service_repo.insert(conn, ServiceInfo(
            0, name, description, months, RetentionStart.END_OF_RELATIONSHIP, True, True),
            created_by=manager, now=now)
        for key, required, use, without in fields:
            request_id = collection_repo.insert(
                conn, service_id=service_id, field_key=key, required=required,
                necessity_use=use, necessity_without=without, requested_by=manager, now=now)
            collection_repo.decide(conn, request_id, RequestStatus.APPROVED, decided_by=officer,
                                   reason="Needed for the service as described",
                                   now=now, from_status=RequestStatus.PENDING)
        ids.append(service_id)
    service_repo.add_recipient(conn, ids[1], "平安健康保险 Ping An Health",
                               "cover injuries during training sessions", now=now)
    first = {}
    for service_id in ids:
        publish_if_changed(conn, service_id, now=now)
        first[service_id] = current(conn, service_id)
    # The membership notice changed later (e-mail added): earlier signers are asked again.
    request_id = collection_repo.insert(
        conn, service_id=ids[0], field_key="email", required=False,
        necessity_use="send receipts and the monthly timetable",
        necessity_without="receipts are printed at the counter instead", requested_by=manager,
        now=now)
    collection_repo.decide(conn, request_id, RequestStatus.APPROVED, decided_by=officer,
                           reason="Receipts by e-mail save paper", now=now,
                           from_status=RequestStatus.PENDING)
    publish_if_changed(conn, ids[0], now=now + timedelta(seconds=1))
    # Waiting in the security officer's inbox.
    collection_repo.insert(
        conn, service_id=ids[0], field_key="bank_account", required=False,
        necessity_use="collect the monthly fee by direct debit",
        necessity_without="pay at the counter each month", requested_by=manager, now=now)
    return DemoServices(ids[0], ids[1], ids[2], first)


def seed_customer(conn: Connection, rng: random.Random, demo: DemoServices, customer_id: int,
                  *, staff_id: int, at: datetime) -> None:
    """Paper consents for the demo customers (no signature images: demo data only)."""
    services = [demo.membership] + ([demo.training] if rng.random() < 0.3 else [])
    for service_id in services:
        latest = current(conn, service_id)
        notices = latest if rng.random() < 0.4 else demo.notices[service_id]
        notice = notices["zh_CN" if rng.random() < 0.6 else "en"]
        event_id = consent_repo.insert_event(conn, NewEvent(
            customer_id, service_id, EventKind.COLLECTION, Channel.PAPER, staff_id, notice.id,
            notice.version, notice.sha256, notice.language), now=at)
        decisions = []
        for p in notice.purposes:
            # Demo customers hold an ID number and birth date, so they agreed to sensitive use.
            granted = p.required or p.purpose is Purpose.SENSITIVE or rng.random() < 0.5
            decisions.append((p.purpose, p.recipient_id,
                              Decision.GRANTED if granted else Decision.DECLINED))
        consent_repo.insert_decisions(conn, event_id, customer_id, service_id, decisions,
                                      now=at)
        consent_repo.enroll(conn, customer_id, service_id, now=at)
