"""A live password strength indicator: a coloured bar and a word, from core.passwords.

The estimate and the policy live in core; this widget only shows them, so the wizard and the
change-password dialog agree with what the services will accept.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from clientsafe.core import passwords
from clientsafe.core.passwords import Strength
from clientsafe.ui.error_text import translated

# Red to green; picked to stay readable as text colour on a light background too.
_COLOURS: dict[Strength, str] = {
    Strength.VERY_WEAK: "#c62828",
    Strength.WEAK: "#e65100",
    Strength.FAIR: "#f9a825",
    Strength.STRONG: "#2e7d32",
    Strength.VERY_STRONG: "#1b5e20",
}
_EMPTY_COLOUR = "#9e9e9e"


class PasswordStrengthBar(QWidget):
    """Call `set_password` on every keystroke; read `acceptable` (the staff password policy)."""

    acceptable_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._password = ""
        self._acceptable = False
        self._bar = QProgressBar(self)
        self._bar.setObjectName("strengthBar")
        self._bar.setRange(0, int(Strength.VERY_STRONG) + 1)
        self._bar.setTextVisible(False)
        self._bar.setFixedHeight(8)
        self._label = QLabel(self)
        self._label.setObjectName("strengthLabel")
        self._label.setMinimumWidth(110)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._bar, 1)
        layout.addWidget(self._label)
        self._refresh()

    def set_password(self, password: str) -> None:
        self._password = password
        self._refresh()

    def _get_acceptable(self) -> bool:
        return self._acceptable

    acceptable = Property(bool, _get_acceptable, notify=acceptable_changed)

    @property
    def strength(self) -> Strength | None:
        """None while the field is empty."""
        return passwords.estimate(self._password).strength if self._password else None

    def label_text(self) -> str:
        return self._label.text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._refresh()
        super().changeEvent(event)

    def _refresh(self) -> None:
        estimate = passwords.estimate(self._password)
        if not self._password:
            level, colour = 0, _EMPTY_COLOUR
            text = self.tr("Strength: –")
        else:
            level, colour = int(estimate.strength) + 1, _COLOURS[estimate.strength]
            text = self.tr("Strength: {label}").format(
                label=translated("passwords", estimate.strength.label)
            )
        self._bar.setValue(level)
        self._bar.setStyleSheet(
            "QProgressBar { border: none; border-radius: 4px; background: #e0e0e0; }"
            f"QProgressBar::chunk {{ border-radius: 4px; background: {colour}; }}"
        )
        self._label.setText(text)
        self._label.setStyleSheet(f"color: {colour}; font-weight: 600;")
        acceptable = estimate.acceptable and len(self._password) <= passwords.MAX_LENGTH
        if acceptable != self._acceptable:
            self._acceptable = acceptable
            self.acceptable_changed.emit(acceptable)
