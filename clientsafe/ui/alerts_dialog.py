"""The security officer's alerts on signing in (lockouts since their previous sign-in)."""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from clientsafe.core.errors import ClientSafeError
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.core.session import Session
from clientsafe.services import alerts
from clientsafe.services.vault_access import Vault
from clientsafe.ui import prompts

log = logging.getLogger(__name__)


_TEXTS = {
    alerts.AlertKind.BULK_VIEW_LOCKOUT: QT_TRANSLATE_NOOP(
        "AlertsDialog", "{when}: {user} opened too many customer records and was locked out."),
    alerts.AlertKind.PASSWORD_LOCKOUT: QT_TRANSLATE_NOOP(
        "AlertsDialog", "{when}: {user} typed a wrong password too often and was locked out."),
    alerts.AlertKind.DENIAL_BURST: QT_TRANSLATE_NOOP(
        "AlertsDialog", "{when}: {user} was refused {count} times within ten minutes."),
    alerts.AlertKind.OUTSIDE_HOURS: QT_TRANSLATE_NOOP(
        "AlertsDialog", "{user} used customer data {count} time(s) outside business hours."),
    alerts.AlertKind.CHECK_FAILED: QT_TRANSLATE_NOOP(
        "AlertsDialog", "{when}: a check of the vault or its audit trail run by {user} found a "
        "problem; open Vault health."),
}


def alert_line(alert: alerts.Alert) -> str:
    when = (QLocale().toString(alert.at.astimezone(), QLocale.FormatType.ShortFormat)
            if alert.at is not None else "")
    text = QCoreApplication.translate("AlertsDialog", _TEXTS[alert.kind])
    return text.format(when=when, user=alert.username, count=alert.count)


def show_login_alerts(parent: QWidget, vault: Vault, session: Session) -> None:
    """Shown once after sign-in, only when there is something to see."""
    if not shiboken6.isValid(parent):
        return
    try:
        found = alerts.login_alerts(vault, session)
    except ClientSafeError as exc:
        log.warning("alerts could not be read: %s", type(exc).__name__)
        return
    if not found:
        return
    lines = "\n".join(alert_line(a) for a in found[:20])
    more = len(found) - 20
    if more > 0:
        lines += "\n" + QCoreApplication.translate("AlertsDialog", "…and {count} more.").format(
            count=more)
    prompts.warn(parent, QCoreApplication.translate("AlertsDialog", "Security alerts"), lines)
