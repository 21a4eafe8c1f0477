"""The security officer's settings: the guards against mass disclosure, the alert thresholds and
this computer's idle lock.

The limits live in the vault and apply to everyone at once (services.disclosure_settings checks
the ranges and audits every change); the idle time is kept on this computer
(services.settings) and is read when someone signs in. The spin boxes only offer the service's
ranges; a combination the service refuses (business hours that end before they begin) is shown
as its sentence and nothing is saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core import session_lock
from clientsafe.core.disclosure import BULK_VIEW_LOCK_MINUTES, DisclosureLimits
from clientsafe.core.errors import ClientSafeError
from clientsafe.core.session import Session
from clientsafe.services import disclosure_settings, settings
from clientsafe.services.vault_access import Vault
from clientsafe.ui.error_text import error_text
from clientsafe.ui.message_labels import Tone, hint, notice_box, set_tone, show_text

_COLUMN_WIDTH = 760


class HourSpinBox(QSpinBox):
    """A whole hour of the day, shown as a time ("07:00"); 24 is the end of the day."""

    def textFromValue(self, value: int) -> str:
        return f"{value:02d}:00"

    def valueFromText(self, text: str) -> int:
        digits = text.split(":", 1)[0].strip()
        return int(digits) if digits.isdigit() else self.minimum()

    def validate(self, text: str, pos: int) -> object:
        digits = text.split(":", 1)[0].strip()
        if not digits:
            return QValidator.State.Intermediate, text, pos
        if not digits.isdigit():
            return QValidator.State.Invalid, text, pos
        inside = self.minimum() <= int(digits) <= self.maximum()
        return (QValidator.State.Acceptable if inside else QValidator.State.Intermediate,
                text, pos)


def _spin(key: str, suffix: str = "", parent: QWidget | None = None) -> QSpinBox:
    low, high = disclosure_settings.limit_range(key)
    box = QSpinBox(parent)
    box.setRange(low, high)
    box.setSuffix(suffix)
    box.setObjectName(key)
    box.setAccelerated(True)
    return box


def _hour(key: str, parent: QWidget | None = None) -> HourSpinBox:
    low, high = disclosure_settings.limit_range(key)
    box = HourSpinBox(parent)
    box.setRange(low, high)
    box.setObjectName(key)
    return box


class SettingsView(QWidget):
    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self._saved_limits = DisclosureLimits()
        self._saved_idle = settings.idle_minutes()

        title = QLabel(self.tr("Settings"))
        font = QFont(title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        intro = QLabel(self.tr(
            "These limits protect customer information from being opened or exported in bulk "
            "and decide when you are alerted. They apply to every staff account as soon as you "
            "save them; each change is recorded in the audit trail."
        ))
        intro.setWordWrap(True)

        minutes = self.tr(" minutes")
        records = self.tr(" records")

        # Guards against mass disclosure.
        self.bulk_view_limit = _spin("bulk_view_limit", records, self)
        self.bulk_view_window = _spin("bulk_view_window_minutes", minutes, self)
        self.export_limit = _spin("export_limit", records, self)
        guards = QGroupBox(self.tr("Guards against mass disclosure"), self)
        guards_form = self._form(guards)
        guards_form.addRow(self.tr("Records one person may open:"), self.bulk_view_limit)
        guards_form.addRow(self.tr("Within:"), self.bulk_view_window)
        guards_form.addRow(self.tr("Largest export without approval:"), self.export_limit)
        guards_form.addRow(hint(self.tr(
            "Whoever opens more records than this within that time is locked out for {n} "
            "minutes, and you are alerted. An export of more records needs a manager's "
            "approval first."
        ).format(n=BULK_VIEW_LOCK_MINUTES), guards))

        # Alerts.
        self.denial_burst = _spin("denial_burst", self.tr(" refusals"), self)
        self.business_opens = _hour("business_opens", self)
        self.business_closes = _hour("business_closes", self)
        hours = QHBoxLayout()
        hours.setSpacing(8)
        hours.addWidget(self.business_opens)
        hours.addWidget(QLabel(self.tr("to"), self))
        hours.addWidget(self.business_closes)
        hours.addStretch(1)
        alerts = QGroupBox(self.tr("Alerts"), self)
        alerts_form = self._form(alerts)
        alerts_form.addRow(self.tr("Alert after, within ten minutes:"), self.denial_burst)
        alerts_form.addRow(self.tr("Business hours:"), hours)
        alerts_form.addRow(hint(self.tr(
            "You are alerted when one person is refused this many times within ten minutes, "
            "and when someone works outside business hours (this computer's local time)."
        ), alerts))

        # Rights requests and retention.
        self.rights_deadline_days = _spin("rights_deadline_days", self.tr(" days"), self)
        self.default_retention_months = _spin("default_retention_months", self.tr(" months"),
                                              self)
        lifecycle = QGroupBox(self.tr("Rights requests and retention"), self)
        lifecycle_form = self._form(lifecycle)
        lifecycle_form.addRow(self.tr("Rights requests are answered within:"),
                              self.rights_deadline_days)
        lifecycle_form.addRow(self.tr("Customers with no service are kept:"),
                              self.default_retention_months)
        lifecycle_form.addRow(hint(self.tr(
            "A request's deadline is set when it is received, so a new time applies to requests "
            "received from now on. Customers registered for no service are kept this many "
            "months after their last visit, then listed as due for destruction."
        ), lifecycle))

        # This computer.
        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setRange(session_lock.MIN_IDLE_MINUTES, session_lock.MAX_IDLE_MINUTES)
        self.idle_minutes.setSuffix(minutes)
        self.idle_minutes.setObjectName("idle_minutes")
        computer = QGroupBox(self.tr("This computer"), self)
        computer_form = self._form(computer)
        computer_form.addRow(self.tr("Lock the window after no input for:"), self.idle_minutes)
        computer_form.addRow(hint(self.tr(
            "Kept on this computer, not in the vault. The window locks when nobody has used it "
            "for this long; a new time takes effect at the next sign-in."
        ), computer))

        self._line_up((guards_form, alerts_form, lifecycle_form, computer_form))

        style = self.style()
        self.save_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton), self.tr("&Save"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogResetButton), self.tr("&Revert"),
            self)
        self.revert_button.setToolTip(self.tr("Show the saved values again"))
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)

        self.notice = notice_box(Tone.SUCCESS, "", self)
        self.notice.setObjectName("settingsNotice")

        column = QWidget(self)
        column.setMaximumWidth(_COLUMN_WIDTH)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(12)
        for widget in (title, intro, guards, alerts, lifecycle, computer):
            inner.addWidget(widget)
        inner.addLayout(buttons)
        inner.addWidget(self.notice)
        layout = QHBoxLayout(self)
        layout.addWidget(column, 1, Qt.AlignmentFlag.AlignTop)
        layout.addStretch(0)

        self._form_parts: tuple[QWidget, ...] = (
            guards, alerts, lifecycle, computer, self.save_button, self.revert_button)
        for box in self._limit_boxes().values():
            box.valueChanged.connect(self._edited)
        self.idle_minutes.valueChanged.connect(self._edited)
        self.reload()

    @staticmethod
    def _form(group: QGroupBox) -> QFormLayout:
        form = QFormLayout(group)
        form.setHorizontalSpacing(16)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        return form

    def _line_up(self, forms: tuple[QFormLayout, ...]) -> None:
        """One label column and one spin box width across the groups, so the values
        stand under each other."""
        labels: list[QWidget] = []
        for form in forms:
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                if item is not None and item.widget() is not None:
                    labels.append(item.widget())
        label_width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(label_width)
        counts = [*self._limit_boxes().values(), self.idle_minutes]
        counts = [box for box in counts if not isinstance(box, HourSpinBox)]
        box_width = max(box.sizeHint().width() for box in counts)
        for box in counts:
            box.setMinimumWidth(box_width)

    def _limit_boxes(self) -> dict[str, QSpinBox]:
        return {
            "bulk_view_limit": self.bulk_view_limit,
            "bulk_view_window_minutes": self.bulk_view_window,
            "export_limit": self.export_limit,
            "denial_burst": self.denial_burst,
            "business_opens": self.business_opens,
            "business_closes": self.business_closes,
            "rights_deadline_days": self.rights_deadline_days,
            "default_retention_months": self.default_retention_months,
        }

    # --- values ---------------------------------------------------------------------------------

    def chosen_limits(self) -> DisclosureLimits:
        return DisclosureLimits(**{key: box.value() for key, box in self._limit_boxes().items()})

    @property
    def changed(self) -> bool:
        return (self.chosen_limits() != self._saved_limits
                or self.idle_minutes.value() != self._saved_idle)

    def reload(self) -> None:
        """Read the saved values and show them (a refusal is shown as its sentence, alone)."""
        show_text(self.notice, "")
        try:
            self._saved_limits = disclosure_settings.current_limits(self._vault, self._session)
        except ClientSafeError as exc:
            self._show(Tone.ERROR, error_text(exc))
            for widget in self._form_parts:
                widget.hide()  # no values to show, rather than made-up ones
            return
        self._saved_idle = settings.idle_minutes()
        self._show_values()

    def revert(self) -> None:
        show_text(self.notice, "")
        self._show_values()

    def _show_values(self) -> None:
        for key, box in self._limit_boxes().items():
            box.blockSignals(True)
            box.setValue(getattr(self._saved_limits, key))
            box.blockSignals(False)
        self.idle_minutes.blockSignals(True)
        self.idle_minutes.setValue(self._saved_idle)
        self.idle_minutes.blockSignals(False)
        self._update_buttons()

    def _edited(self) -> None:
        show_text(self.notice, "")  # what it said was about the values before this edit
        self._update_buttons()

    def _update_buttons(self) -> None:
        changed = self.changed
        self.save_button.setEnabled(changed)
        self.revert_button.setEnabled(changed)

    # --- saving ---------------------------------------------------------------------------------

    def save(self) -> None:
        if not self.changed:
            return
        new_limits = self.chosen_limits()
        limits_changed = new_limits != self._saved_limits
        idle_changed = self.idle_minutes.value() != self._saved_idle
        # The vault's limits first: if the service refuses them, nothing is saved at all.
        try:
            if limits_changed:
                disclosure_settings.set_limits(self._vault, self._session, new_limits)
            if idle_changed:
                settings.save_idle_minutes(self.idle_minutes.value())
        except ClientSafeError as exc:
            self._refused(exc, new_limits)
            return
        if limits_changed:
            self._saved_limits = new_limits
        if idle_changed:
            self._saved_idle = self.idle_minutes.value()
        sentences = []
        if limits_changed:
            sentences.append(self.tr("Saved; the new limits apply at once."))
        if idle_changed:
            sentences.append(self.tr(
                "Saved; the new idle time takes effect at the next sign-in on this computer."))
        self._update_buttons()
        self._show(Tone.SUCCESS, " ".join(sentences))

    def _refused(self, exc: ClientSafeError, new: DisclosureLimits) -> None:
        sentence = error_text(exc)
        if new.business_opens >= new.business_closes:
            # Point at the value to change; the rule itself stays in the service.
            sentence = self.tr("Business hours must end after they begin. {sentence}").format(
                sentence=sentence)
            self.business_closes.setFocus()
        self._show(Tone.ERROR, sentence)

    def _show(self, tone: Tone, text: str) -> None:
        set_tone(self.notice, tone)
        show_text(self.notice, text)
