"""Finding an existing customer by an exact phone number, national ID number or e-mail address.

Its main job is to stop duplicates: before creating a customer, the front desk checks whether the
person is already here. A match the user may open opens its record; someone else's customer is
only named (masked) with the staff member who looks after them, and nothing more is offered.
The look-up is one audited call to services.customers.find_exact; the typed value is never kept
beyond the search field. Name and pinyin search come in a later version.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from clientsafe.core.errors import ClientSafeError
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services import customers
from clientsafe.services.customers import ExactMatch
from clientsafe.services.vault_access import Vault
from clientsafe.ui.error_text import error_text
from clientsafe.ui.message_labels import Tone, notice_box, set_tone

_MAX_LENGTH = 254  # the longest e-mail address; the service refuses longer text anyway


class ExactLookup(QWidget):
    """A search line, a Find button and the notice that tells the outcome."""

    # One of the user's own customers matched: the view opens its record.
    open_requested = Signal(int)

    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.matches: list[ExactMatch] = []

        self.search = QLineEdit(self)
        self.search.setObjectName("exactLookup")
        self.search.setMaxLength(_MAX_LENGTH)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Find an existing customer by phone, ID number or e-mail")
        )
        self.search.setToolTip(
            self.tr(
                "The whole phone number (e.g. 13812345678 or +86 138 1234 5678), the 18-character "
                "ID number or the e-mail address"
            )
        )
        self.search.returnPressed.connect(self.find)
        self.find_button = QPushButton(self.tr("Find"), self)
        self.find_button.setObjectName("findCustomer")
        self.find_button.setAutoDefault(False)
        self.find_button.clicked.connect(self.find)

        self.notice = notice_box(Tone.INFO, "", self)
        self.notice.setObjectName("lookupNotice")

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search, 1)
        row.addWidget(self.find_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addLayout(row)
        column.addWidget(self.notice)

    def say(self, tone: Tone, text: str) -> None:
        """Show a sentence under the search line (empty text hides it)."""
        set_tone(self.notice, tone)
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def clear(self) -> None:
        self.search.clear()
        self.say(Tone.INFO, "")

    def find(self) -> list[ExactMatch]:
        """Look the typed text up; returns the matches (also kept in `matches`)."""
        text = self.search.text().strip()
        self.matches = []
        if not text:
            self.say(Tone.INFO, self.tr("Type a phone number, an ID number or an e-mail address."))
            self.search.setFocus()
            return []
        try:
            self.matches = customers.find_exact(self._vault, self._session, text)
        except ClientSafeError as exc:
            self.say(Tone.ERROR, error_text(exc))
            self.search.setFocus()
            return []
        self._show(self.matches)
        return self.matches

    def _show(self, matches: list[ExactMatch]) -> None:
        if not matches:
            self.say(Tone.INFO, self.tr("No customer has this phone, ID number or e-mail."))
            return
        own = [m for m in matches if m.own and m.customer_id is not None]
        others = [m for m in matches if not m.own]
        opens = bool(own) and self._session.can(Permission.CUSTOMER_OPEN)
        lines = []
        if len(own) == 1:
            name = own[0].display_name
            lines.append(
                self.tr("Existing customer: {name}. Their record is open.").format(name=name)
                if opens
                else self.tr("Existing customer: {name}.").format(name=name)
            )
        elif own:
            names = own[0].display_name
            for match in own[1:]:
                # The list separator already translated for field lists ("A、B" in Chinese).
                names = QCoreApplication.translate("RevealRequestDialog", "{list}, {item}").format(
                    list=names, item=match.display_name
                )
            lines.append(
                self.tr("Existing customers: {names}. The first record is open.").format(
                    names=names
                )
                if opens
                else self.tr("Existing customers: {names}.").format(names=names)
            )
        for match in others:
            lines.append(
                self.tr(
                    "Existing customer ({name}), assigned to {staff} — do not create a "
                    "duplicate; ask them or a manager."
                ).format(name=match.display_name, staff=match.assigned_staff_name)
            )
        self.say(Tone.WARNING if others else Tone.SUCCESS, "\n".join(lines))
        if opens and own[0].customer_id is not None:
            self.open_requested.emit(own[0].customer_id)
