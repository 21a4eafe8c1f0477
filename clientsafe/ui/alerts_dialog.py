"""The security officer's alerts on signing in (lockouts since their previous sign-in)."""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from clientsafe.core.audit_actions import Action
from clientsafe.core.errors import ClientSafeError
from clientsafe.core.session import Session
from clientsafe.services import alerts
from clientsafe.services.vault_access import Vault
from clientsafe.ui import prompts

log = logging.getLogger(__name__)


def alert_line(alert: alerts.Alert) -> str:
    when = QLocale().toString(alert.at.astimezone(), QLocale.FormatType.ShortFormat)
    if alert.action is Action.BULK_VIEW_LOCKOUT:
        text = QCoreApplication.translate(
            "AlertsDialog", "{when}: {user} opened too many customer records and was locked out.")
    else:
        text = QCoreApplication.translate(
            "AlertsDialog", "{when}: {user} typed a wrong password too often and was locked out.")
    return text.format(when=when, user=alert.username)


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
