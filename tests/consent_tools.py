"""Registering customers the way the product does (intake + consent), for tests."""

from __future__ import annotations

import struct
import zlib
from datetime import date

from clientsafe.core.consent import Channel, ConsentGiven, ConsentNotice, Decision, Guardian
from clientsafe.core.roles import Role
from clientsafe.core.session import Session
from clientsafe.services import auth, collection, intake, offerings, staff
from clientsafe.services.intake import IntakeDraft
from clientsafe.vault.vault import Vault
from tests.conftest import OFFICER_PASSWORD

MEMBERSHIP = 1  # the demo vault's first service: phone and birth date required


def tiny_png(width: int = 8, height: int = 4) -> bytes:
    """A valid black-on-white PNG without any imaging library."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))
    rows = b"".join(b"\x00" + bytes([0 if (x + y) % 3 else 255 for x in range(width)])
                    for y in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0,
                                                              0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def consent_for(notice: ConsentNotice, *, granted: set[str] | None = None,
                channel: Channel = Channel.SCREEN, guardian: Guardian | None = None
                ) -> ConsentGiven:
    """All purposes granted unless `granted` names the ones to grant."""
    decisions = {p.key: Decision.GRANTED if granted is None or p.key in granted
                 else Decision.DECLINED for p in notice.purposes}
    return ConsentGiven(notice.id, notice.sha256, decisions, channel,
                        signature_png=tiny_png() if channel is Channel.SCREEN else b"",
                        guardian=guardian)


def draft(vault: Vault, session: Session, values: dict[str, str], *,
          service_id: int = MEMBERSHIP, language: str = "en") -> IntakeDraft:
    return intake.prepare(vault, session, service_id, values, language=language)


def register(vault: Vault, session: Session, values: dict[str, str], *,
             service_id: int = MEMBERSHIP, language: str = "en",
             granted: set[str] | None = None) -> int:
    d = draft(vault, session, values, service_id=service_id, language=language)
    return intake.complete(vault, session, d, consent_for(d.notices[language],
                                                          granted=granted))


def member(name: str = "测试 Test", phone: str = "+8613800001111",
           born: str = "1990-05-01", **more: str) -> dict[str, str]:
    return {"full_name": name, "phone": phone, "date_of_birth": born, **more}


def staff_pair(vault: Vault) -> tuple[Session, Session]:
    """(manager, officer) for a fresh vault that has only its officer."""
    officer = auth.login(vault, "officer", OFFICER_PASSWORD)
    if staff.list_staff(vault, officer) and not any(
            m.username == "mgr" for m in staff.list_staff(vault, officer)):
        staff.create_staff(vault, officer, username="mgr", display_name="Manager Ma",
                           role=Role.MANAGER, temporary_password="Temporary-Pass-2026")
    manager = auth.login(vault, "mgr", "Temporary-Pass-2026")
    return manager, officer


def make_service(vault: Vault, manager: Session, officer: Session,
                 fields: list[tuple[str, bool]], *, name: str = "Membership") -> int:
    from clientsafe.core.consent import RetentionStart

    service_id = offerings.save_service(
        vault, manager, service_id=None, name=name, description="Gym access and bookings",
        retention_months=24, retention_start=RetentionStart.END_OF_RELATIONSHIP,
        offers_marketing=True)
    for key, required in fields:
        request_id = collection.request_field(
            vault, manager, service_id=service_id, field_key=key, required=required,
            necessity_use=f"run the service ({key})", necessity_without="we cannot serve you")
        collection.decide(vault, officer, request_id, approve=True, reason="Needed")
    return service_id


def years_ago(today: date, years: int) -> str:
    return today.replace(year=today.year - years).isoformat()
