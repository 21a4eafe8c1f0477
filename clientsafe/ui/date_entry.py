"""A date typed or picked: a line edit that accepts what staff type (2024-01-05, 2024年1月5日; the
validator decides) and a button that opens a calendar. Unlike QDateEdit it can be left empty, so
an optional date on a form stays optional."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QPoint, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QToolButton, QWidget

from clientsafe.core.field_validators import parse_date


class DateEntry(QWidget):
    """`textChanged` and `editingFinished` mirror the line edit; picking a day in the calendar
    emits both."""

    textChanged = Signal(str)
    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._maximum: date | None = None
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(20)
        self.button = QToolButton(self)
        self.button.setObjectName("calendarButton")
        self.button.setAutoRaise(False)
        self.calendar: QCalendarWidget | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.textChanged)
        self.edit.editingFinished.connect(self.editingFinished)
        self.button.clicked.connect(self.open_calendar)
        self._retranslate()

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # the Qt name, like QLineEdit
        self.edit.setText(text)

    def clear(self) -> None:
        self.edit.clear()

    def set_maximum(self, day: date | None) -> None:
        """The latest day the calendar offers (typing is checked by the validator)."""
        self._maximum = day

    def open_calendar(self) -> QCalendarWidget:
        """Show the calendar under the field, on the typed date if there is one."""
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self.pick)
            self.calendar.activated.connect(self.pick)
        calendar = self.calendar
        calendar.setMinimumDate(QDate(1900, 1, 1))
        if self._maximum is not None:
            calendar.setMaximumDate(QDate(self._maximum.year, self._maximum.month,
                                          self._maximum.day))
        shown = parse_date(self.text()) or self._maximum
        if shown is not None:
            calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        calendar.adjustSize()
        calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        calendar.show()
        calendar.setFocus()
        return calendar

    def pick(self, day: QDate) -> None:
        self.edit.setText(day.toString("yyyy-MM-dd"))
        if self.calendar is not None:
            self.calendar.hide()
        self.edit.setFocus()
        self.editingFinished.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.button.setText(self.tr("Calendar…"))
        self.button.setToolTip(self.tr("Pick the date in a calendar"))
