"""The business's services (Membership, Personal training, …) and the named third parties each
may share data with. Managers and the security officer define them; each change republishes the
service's consent notice."""

from __future__ import annotations

from dataclasses import replace

from clientsafe.core import validators
from clientsafe.core.audit_actions import Action
from clientsafe.core.consent import ConsentNotice, RetentionStart, ServiceInfo
from clientsafe.core.errors import ValidationError
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services import notices
from clientsafe.services.notices import ServiceNotFound, publish_if_changed
from clientsafe.services.policy import authorize, authorize_any
from clientsafe.vault import audit_log, service_repo
from clientsafe.vault.vault import Vault

SERVICE_NAME = QT_TRANSLATE_NOOP("fields", "service name")
RECIPIENT_NAME = QT_TRANSLATE_NOOP("fields", "recipient name")


class ServiceNameTaken(ValidationError):
    template = QT_TRANSLATE_NOOP("errors", "Another service already has this name; choose "
                                           "another.")


class InvalidServiceDetails(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Describe what the service uses the data for (5 to 500 characters) and keep "
                  "it for 1 to 1200 months.")


class InvalidRecipient(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Name the third party and say what it receives the data for (5 to 300 "
                  "characters).")


def _text(text: str, low: int, high: int) -> str | None:
    text = " ".join(text.split())
    return text if low <= len(text) <= high and text.isprintable() else None


def list_services(vault: Vault, session: Session, *, active_only: bool = False
                  ) -> list[ServiceInfo]:
    """Services with their recipients and notice versions. Anyone who registers customers or
    manages services may read them; no customer data is involved."""
    authorize_any(vault, session, (Permission.SERVICES_MANAGE, Permission.CUSTOMERS_CREATE),
                  Action.SERVICE_SAVED)
    return service_repo.all_services(vault.conn, active_only=active_only)


def current_notices(vault: Vault, session: Session, service_id: int
                    ) -> dict[str, ConsentNotice]:
    """The service's current notice per language (no customer data: read like the services)."""
    authorize_any(vault, session, (Permission.SERVICES_MANAGE, Permission.CUSTOMERS_CREATE),
                  Action.SERVICE_SAVED)
    return notices.current(vault.conn, service_id)


def save_service(vault: Vault, session: Session, *, service_id: int | None, name: str,
                 description: str, retention_months: int, retention_start: RetentionStart,
                 offers_marketing: bool, active: bool = True) -> int:
    authorize(vault, session, Permission.SERVICES_MANAGE, Action.SERVICE_SAVED)
    name = validators.display_text(name, what=SERVICE_NAME, max_length=80)
    description_ok = _text(description, 5, 500)
    if description_ok is None or not 1 <= retention_months <= 1200:
        raise InvalidServiceDetails()
    now = vault.clock()
    with vault.transaction() as conn:
        if service_repo.name_taken(conn, name, other_than=service_id):
            raise ServiceNameTaken()
        info = ServiceInfo(service_id or 0, name, description_ok, retention_months,
                           retention_start, offers_marketing, active)
        if service_id is None:
            service_id = service_repo.insert(conn, info, created_by=session.staff_id, now=now)
        else:
            if service_repo.get(conn, service_id) is None:
                raise ServiceNotFound()
            service_repo.update(conn, replace(info, id=service_id), now=now)
        note = publish_if_changed(conn, service_id, now=now)
        audit_log.record(conn, at=now, action=str(Action.SERVICE_SAVED),
                         actor_id=session.staff_id, actor=session.username,
                         detail=f"service #{service_id}{note}")
    return service_id


def add_recipient(vault: Vault, session: Session, service_id: int, *, name: str,
                  what_for: str) -> int:
    authorize(vault, session, Permission.SERVICES_MANAGE, Action.RECIPIENT_SAVED)
    name_ok, what_ok = _text(name, 2, 120), _text(what_for, 5, 300)
    if name_ok is None or what_ok is None:
        raise InvalidRecipient()
    now = vault.clock()
    with vault.transaction() as conn:
        if service_repo.get(conn, service_id) is None:
            raise ServiceNotFound()
        recipient_id = service_repo.add_recipient(conn, service_id, name_ok, what_ok, now=now)
        note = publish_if_changed(conn, service_id, now=now)
        audit_log.record(conn, at=now, action=str(Action.RECIPIENT_SAVED),
                         actor_id=session.staff_id, actor=session.username,
                         detail=f"service #{service_id} recipient #{recipient_id} added{note}")
    return recipient_id


def remove_recipient(vault: Vault, session: Session, service_id: int, recipient_id: int) -> None:
    authorize(vault, session, Permission.SERVICES_MANAGE, Action.RECIPIENT_SAVED)
    now = vault.clock()
    with vault.transaction() as conn:
        if not service_repo.deactivate_recipient(conn, service_id, recipient_id):
            raise ServiceNotFound()
        note = publish_if_changed(conn, service_id, now=now)
        audit_log.record(conn, at=now, action=str(Action.RECIPIENT_SAVED),
                         actor_id=session.staff_id, actor=session.username,
                         detail=f"service #{service_id} recipient #{recipient_id} removed{note}")
