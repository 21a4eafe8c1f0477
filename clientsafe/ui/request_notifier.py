"""Telling a user that a manager decided one of their reveal requests, without a modal box.

A request that was not decided on the spot waits in the managers' Approvals inbox. While the user
has such a request, a timer (every 30 s) asks services.reveals.my_requests — a plain read, not an
audited access — and when a remembered pending request has been approved or denied, the status
bar says so for 15 s. Nothing is asked while nothing is pending, while the window is locked or
while background work holds the vault's connection (`can_poll` says so). The status bar message
names a customer, so it is cleared when the window locks.

Requests become known when the notifier is made, at sign-in (those left from earlier), and
whenever `watch()` is called: the customer list calls it when a record closes with a request
still waiting. Tests fire `timer`'s
`timeout` instead of waiting.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from clientsafe.core.entities import RevealRequestInfo
from clientsafe.core.errors import ClientSafeError
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services import reveals
from clientsafe.services.vault_access import Vault
from clientsafe.ui.reveal_request_dialog import field_labels

POLL_INTERVAL_MS = 30_000
MESSAGE_MS = 15_000


class RequestNotifier(QObject):
    # A decision was noticed; the argument is the sentence shown in the status bar.
    decided = Signal(str)

    def __init__(
        self,
        window: QMainWindow,
        vault: Vault,
        session: Session,
        *,
        can_poll: Callable[[], bool],
        interval_ms: int = POLL_INTERVAL_MS,
    ) -> None:
        super().__init__(window)
        self._status_bar = window.statusBar()
        self._vault = vault
        self._session = session
        self._can_poll = can_poll
        self.enabled = session.can(Permission.REVEAL_REQUEST)
        self.pending: set[int] = set()  # ids of this user's requests last seen pending
        self.last_message = ""
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.watch()  # requests left waiting from an earlier session

    def watch(self) -> None:
        """Learn which of the user's requests are pending now (one read) and keep asking while
        any is. Called at sign-in and when a new request may be waiting."""
        if not self.enabled:
            return
        if self._can_poll():
            self.poll()
        else:
            self.timer.start()  # locked or busy right now (a record closes on lock): next tick

    def poll(self) -> None:
        if not self.enabled or not self._can_poll():
            return  # tried again on the next tick (the timer keeps running if it was)
        try:
            requests = reveals.my_requests(self._vault, self._session)
        except ClientSafeError:
            return  # a passing problem (or a closed session): no sentence for a courtesy notice
        sentences = [self.sentence(r) for r in requests
                     if r.id in self.pending and r.status != "pending"]
        self.pending = {r.id for r in requests if r.status == "pending"}
        if sentences:
            self.show_message("  ·  ".join(sentences))
        if self.pending and not self.timer.isActive():
            self.timer.start()
        elif not self.pending:
            self.timer.stop()

    def sentence(self, request: RevealRequestInfo) -> str:
        fields, customer = field_labels(request.fields), request.customer_name
        if request.status == "approved":
            return self.tr(
                "Your request to see {fields} of {customer} was approved — open the record to "
                "see it."
            ).format(fields=fields, customer=customer)
        if request.decision_reason:
            return self.tr(
                "Your request to see {fields} of {customer} was denied: {reason}"
            ).format(fields=fields, customer=customer, reason=request.decision_reason)
        return self.tr("Your request to see {fields} of {customer} was denied.").format(
            fields=fields, customer=customer
        )

    def show_message(self, text: str) -> None:
        self.last_message = text
        self._status_bar.showMessage(text, MESSAGE_MS)
        self.decided.emit(text)

    def hide_message(self) -> None:
        """Clear our message (on lock: it names a customer)."""
        if self.last_message and self._status_bar.currentMessage() == self.last_message:
            self._status_bar.clearMessage()
        self.last_message = ""

    def stop(self) -> None:
        self.enabled = False
        self.timer.stop()
