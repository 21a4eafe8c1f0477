"""Publishing consent notices: whenever what a service collects or why changes, its notice is
rebuilt from the catalog and the approved requests; a changed text becomes a new version, and
customers who agreed to an older version are asked again at their next visit."""

from __future__ import annotations

from datetime import datetime

from clientsafe.core.collection import RequestStatus
from clientsafe.core.consent import LANGUAGES, ApprovedField, ConsentNotice, IntakeForm
from clientsafe.core.consent_notice import build, text_hash
from clientsafe.core.errors import ClientSafeError
from clientsafe.core.field_catalog import BUILTIN_BY_KEY, NAME_FIELD
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.services.catalog import by_key
from clientsafe.vault import collection_repo, meta_repo, notice_repo, service_repo
from clientsafe.vault.connection import Connection


class ServiceNotFound(ClientSafeError):
    template = QT_TRANSLATE_NOOP("errors", "That service does not exist any more; refresh the "
                                           "list.")
    exit_status = 2


# Every service collects the customer's name; its necessity is the record's own.
_NAME_NEED = {
    "en": ("identify you and keep your record", "we cannot register you"),
    "zh_CN": ("识别您的身份并建立您的档案", "我们无法为您登记"),
}


def intake_form(conn: Connection, service_id: int, language: str = "en") -> IntakeForm:
    """The service's approved fields, name first, in approval order."""
    service = service_repo.get(conn, service_id)
    if service is None:
        raise ServiceNotFound()
    catalog = by_key(conn)
    use, without = _NAME_NEED["zh_CN" if language.startswith("zh") else "en"]
    fields = [ApprovedField(BUILTIN_BY_KEY[NAME_FIELD], True, use, without)]
    for request in collection_repo.approved(conn, service_id):
        field = catalog.get(request.field_key)
        if field is not None and request.status is RequestStatus.APPROVED:
            fields.append(ApprovedField(field, request.required, request.necessity_use,
                                        request.necessity_without))
    return IntakeForm(service, tuple(fields))


def publish_if_changed(conn: Connection, service_id: int, *, now: datetime) -> str:
    """Rebuild the notice in every language; store a new version if any text changed. Runs
    inside the caller's transaction; returns a note for the caller's audit entry ("" when
    nothing changed), so the change and its new notice are one entry."""
    business = meta_repo.get(conn, "business_name") or ""
    current = notice_repo.current(conn, service_id)
    built = {lang: build(business, intake_form(conn, service_id, lang), lang)
             for lang in LANGUAGES}
    version = notice_repo.latest_version(conn, service_id)
    if version and all(lang in current and current[lang].sha256 == text_hash(text)
                       for lang, (text, _) in built.items()):
        return ""
    version += 1
    for lang, (text, purposes) in built.items():
        notice_repo.insert(conn, service_id=service_id, version=version, language=lang,
                           body=text, sha256=text_hash(text), purposes=purposes, now=now)
    return f"; notice v{version} published"


def current(conn: Connection, service_id: int) -> dict[str, ConsentNotice]:
    return notice_repo.current(conn, service_id)
