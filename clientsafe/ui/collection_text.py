"""Words the services, collection and catalog screens share: field labels in the interface
language, the catalog's and the requests' labels, how long a service keeps data, and the full
text of one collection request for a details pane.

Catalog labels are data (they are printed in consent notices), so a field's label comes from
`label_en` / `label_zh` by the interface language; the category, class, validator, masking and
status names are UI words that core marked for translation.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from clientsafe.core.collection import STATUS_LABELS, CollectionRequest, RequestStatus
from clientsafe.core.consent import RetentionStart
from clientsafe.core.field_access import FieldClass
from clientsafe.core.field_catalog import (
    CATEGORY_LABELS,
    FIELD_CLASS_LABELS,
    MASK_RULE_LABELS,
    VALIDATOR_LABELS,
    CatalogField,
    Category,
    MaskRule,
)
from clientsafe.core.field_validators import ValidatorKind
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.ui.login_window import current_language
from clientsafe.ui.paged_table_model import local_time

RETENTION_START_LABELS: dict[RetentionStart, str] = {
    RetentionStart.END_OF_RELATIONSHIP: QT_TRANSLATE_NOOP(
        "CollectionText", "after the customer stops using the service"),
    RetentionStart.LAST_VISIT: QT_TRANSLATE_NOOP("CollectionText", "after the last visit"),
}

# Colours of a request's status and of the sensitive class in the tables.
STATUS_COLOURS: dict[RequestStatus, QColor] = {
    RequestStatus.PENDING: QColor("#9a5b00"),
    RequestStatus.APPROVED: QColor("#1e6b2e"),
    RequestStatus.REJECTED: QColor("#b3261e"),
    RequestStatus.RETIRED: QColor("#6b7280"),
}
SENSITIVE_TEXT = QColor("#8a1c1c")
SENSITIVE_BACKGROUND = QColor("#fdecea")


def ui_language() -> str:
    return current_language()


def field_label(field: CatalogField | None, key: str, language: str | None = None) -> str:
    """The field's label in the interface language; the key if the catalog no longer has it."""
    if field is None:
        return key
    return field.label(language or ui_language())


def category_label(category: Category) -> str:
    return QCoreApplication.translate("catalog", CATEGORY_LABELS[category])


def class_label(field_class: FieldClass) -> str:
    text = FIELD_CLASS_LABELS.get(field_class)
    return QCoreApplication.translate("catalog", text) if text else str(field_class)


def validator_label(kind: ValidatorKind) -> str:
    return QCoreApplication.translate("catalog", VALIDATOR_LABELS[kind])


def mask_label(rule: MaskRule) -> str:
    return QCoreApplication.translate("catalog", MASK_RULE_LABELS[rule])


def status_label(status: RequestStatus) -> str:
    return QCoreApplication.translate("collection", STATUS_LABELS[status])


def _t(text: str) -> str:
    """Translate one of this module's QT_TRANSLATE_NOOP strings."""
    return QCoreApplication.translate("CollectionText", text)


_REQUIRED = QT_TRANSLATE_NOOP("CollectionText", "Required")
_OPTIONAL = QT_TRANSLATE_NOOP("CollectionText", "Optional")
_ONE_MONTH = QT_TRANSLATE_NOOP("CollectionText", "1 month")
_MONTHS = QT_TRANSLATE_NOOP("CollectionText", "{n} months")
_KEPT = QT_TRANSLATE_NOOP("CollectionText", "{count} {after}")
_TITLE = QT_TRANSLATE_NOOP("CollectionText", "<b>{field}</b> · {required} · {status}")
_FOR_SERVICE = QT_TRANSLATE_NOOP("CollectionText", "{title} · for {service}")
_USED_TO = QT_TRANSLATE_NOOP("CollectionText", "<b>Used to:</b> {text}")
_WITHOUT = QT_TRANSLATE_NOOP("CollectionText", "<b>Without it:</b> {text}")
_ASKED = QT_TRANSLATE_NOOP("CollectionText", "Asked by {who} on {when}.")
_DECIDED: dict[RequestStatus, str] = {
    RequestStatus.APPROVED: QT_TRANSLATE_NOOP("CollectionText",
                                              "Approved by {who} on {when}: {reason}"),
    RequestStatus.REJECTED: QT_TRANSLATE_NOOP("CollectionText",
                                              "Rejected by {who} on {when}: {reason}"),
    RequestStatus.RETIRED: QT_TRANSLATE_NOOP("CollectionText",
                                             "Stopped by {who} on {when}: {reason}"),
}


def required_label(required: bool) -> str:
    return _t(_REQUIRED if required else _OPTIONAL)


def retention_start_label(start: RetentionStart) -> str:
    return _t(RETENTION_START_LABELS[start])


def retention_text(months: int, start: RetentionStart) -> str:
    count = _t(_ONE_MONTH) if months == 1 else _t(_MONTHS).format(n=months)
    return _t(_KEPT).format(count=count, after=retention_start_label(start))


def request_details(request: CollectionRequest, label: str, *, with_service: bool = False
                    ) -> str:
    """The whole request as rich text (everything typed by people is escaped)."""

    def esc(text: str) -> str:
        return html.escape(text, quote=False)

    title = _t(_TITLE).format(field=esc(label), required=esc(required_label(request.required)),
                              status=esc(status_label(request.status)))
    if with_service:
        title = _t(_FOR_SERVICE).format(title=title, service=esc(request.service_name))
    lines = [
        title,
        _t(_USED_TO).format(text=esc(request.necessity_use)),
        _t(_WITHOUT).format(text=esc(request.necessity_without)),
        _t(_ASKED).format(who=esc(request.requested_by), when=local_time(request.requested_at)),
    ]
    decided = _DECIDED.get(request.status)
    if decided is not None and request.decided_at is not None:
        lines.append(_t(decided).format(who=esc(request.decided_by),
                                        when=local_time(request.decided_at),
                                        reason=esc(request.decision_reason)))
    return "<br>".join(lines)
