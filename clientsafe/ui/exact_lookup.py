"""The one search box of the customer list: a name, or an exact phone number, national ID
number or e-mail address.

What is typed decides what happens. A whole phone / ID / e-mail (whatever
`validators.exact_lookup_key` accepts) is looked up through the blind indexes, mainly to stop
duplicates: before creating a customer, the front desk checks whether the person is already
here. A match the user may open opens on Enter (or Find); someone else's customer is only named
(masked) with the staff member who looks after them, and nothing more is offered. Anything else
narrows the list by name prefix, pinyin or pinyin initials (`zhangwei` and `zw` find 张伟).

Typing waits for a pause (DEBOUNCE_MS) before asking the service, so a name is not counted (and
audited) once per keystroke; Enter does it at once; Esc or the clear button empties the box and
shows the whole list again. A typed phone, ID number or e-mail is never kept beyond the search
field (a name search is kept by the list's model, to page through its results).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from clientsafe.core import validators
from clientsafe.core.errors import ClientSafeError
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services import customers
from clientsafe.services.customers import ExactMatch
from clientsafe.services.vault_access import Vault
from clientsafe.ui.error_text import error_text
from clientsafe.ui.message_labels import Tone, notice_box, set_tone

_MAX_LENGTH = 254  # the longest e-mail address; the service refuses longer text anyway
DEBOUNCE_MS = 250  # long enough to skip the gaps between keystrokes, short enough to feel live


def is_exact_key(text: str) -> bool:
    """Whether the text is a whole phone number, ID number or e-mail (not a name)."""
    try:
        validators.exact_lookup_key(text)
    except validators.InvalidLookup:
        return False
    return True


class ExactLookup(QWidget):
    """The search line, a Find button and the notice that tells an exact look-up's outcome.
    (The class keeps its first name so its translations keep their context.)"""

    # One of the user's own customers matched: the view opens its record.
    open_requested = Signal(int)
    # The list's name filter changed ("" for everyone in scope): the view counts again.
    name_search_changed = Signal(str)

    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.matches: list[ExactMatch] = []
        # Whether `matches` belong to the text in the box now (a pause looked it up; Enter then
        # opens without asking, and auditing, a second time).
        self._matches_current = False
        self.name_filter = ""

        self.search = QLineEdit(self)
        self.search.setObjectName("exactLookup")
        self.search.setMaxLength(_MAX_LENGTH)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search by name, pinyin or initials — or a whole phone, ID number or e-mail")
        )
        self.search.setToolTip(
            self.tr(
                "A name as it starts (张, Emily), its pinyin (zhangwei) or initials (zw) narrows "
                "the list. The whole phone number (e.g. 13812345678 or +86 138 1234 5678), the "
                "18-character ID number or the e-mail address finds that customer, even one "
                "assigned to someone else. Esc clears."
            )
        )
        self.search.returnPressed.connect(self.find)
        self.search.textChanged.connect(self._text_changed)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.clear)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self._paused)
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
        """Empty the box (Esc): the whole list again, at once."""
        self.search.clear()
        self.say(Tone.INFO, "")

    def _text_changed(self, text: str) -> None:
        self._matches_current = False
        if text.strip():
            self.debounce.start()  # restarts: only a pause in typing searches
        else:
            self.debounce.stop()
            self.say(Tone.INFO, "")
            self._filter_names("")

    def _filter_names(self, text: str) -> None:
        if text != self.name_filter:
            self.name_filter = text
            self.name_search_changed.emit(text)

    def _paused(self) -> None:
        """Typing paused: a name narrows the list; a whole phone / ID / e-mail is looked up and
        its outcome shown, but a record opens only on Enter."""
        text = self.search.text().strip()
        # Disabled: an export holds the vault's connection; the pause came too late to count.
        if not text or self._matches_current or not self.isEnabled():
            return
        if is_exact_key(text):
            self._filter_names("")
            self._look_up(text, open_record=False)
        else:
            self.say(Tone.INFO, "")
            self._filter_names(text)

    def find(self) -> list[ExactMatch]:
        """Enter or Find: search now. Returns the exact matches (also kept in `matches`); a
        name search returns none and narrows the list instead."""
        self.debounce.stop()
        text = self.search.text().strip()
        if not text:
            self.matches = []
            self.say(Tone.INFO, self.tr(
                "Type a name, or a whole phone number, ID number or e-mail address."))
            self.search.setFocus()
            return []
        if not is_exact_key(text):
            self.matches = []
            self.say(Tone.INFO, "")
            self._filter_names(text)
            return []
        self._filter_names("")
        if self._matches_current:
            self._show(self.matches, open_record=True)
            return self.matches
        return self._look_up(text, open_record=True)

    def _look_up(self, text: str, *, open_record: bool) -> list[ExactMatch]:
        self.matches = []
        try:
            self.matches = customers.find_exact(self._vault, self._session, text)
        except ClientSafeError as exc:
            self.say(Tone.ERROR, error_text(exc))
            self.search.setFocus()
            return []
        self._matches_current = True
        self._show(self.matches, open_record=open_record)
        return self.matches

    def _show(self, matches: list[ExactMatch], *, open_record: bool) -> None:
        if not matches:
            self.say(Tone.INFO, self.tr("No customer has this phone, ID number or e-mail."))
            return
        own = [m for m in matches if m.own and m.customer_id is not None]
        others = [m for m in matches if not m.own]
        may_open = bool(own) and self._session.can(Permission.CUSTOMER_OPEN)
        opens = may_open and open_record
        lines = []
        if len(own) == 1:
            name = own[0].display_name
            if opens:
                line = self.tr("Existing customer: {name}. Their record is open.")
            elif may_open:
                line = self.tr("Existing customer: {name}. Press Enter to open their record.")
            else:
                line = self.tr("Existing customer: {name}.")
            lines.append(line.format(name=name))
        elif own:
            names = own[0].display_name
            for match in own[1:]:
                # The list separator already translated for field lists ("A、B" in Chinese).
                names = QCoreApplication.translate("RevealRequestDialog", "{list}, {item}").format(
                    list=names, item=match.display_name
                )
            if opens:
                line = self.tr("Existing customers: {names}. The first record is open.")
            elif may_open:
                line = self.tr("Existing customers: {names}. Press Enter to open the first.")
            else:
                line = self.tr("Existing customers: {names}.")
            lines.append(line.format(names=names))
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
