"""The consent dialog at the counter: the customer reads the notice, ticks what they agree to and
signs; staff may record a paper signature instead. It only collects: `given()` is handed to the
consent service, which records it. Whether the consent is complete is core's rule
(`consent_problem`); the dialog shows its answer, it never decides on its own.

Customer-facing: large type, high contrast, the notice text exactly as hashed, nothing ticked at
start. Declining or closing returns nothing, and the signatures drawn are wiped.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeySequence, QPalette, QScreen, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.consent import (
    Channel,
    ConsentGiven,
    ConsentNotice,
    consent_problem,
)
from clientsafe.ui import i18n, prompts
from clientsafe.ui.consent_choices import INDICATOR_STYLE, ConsentChoices
from clientsafe.ui.guardian_section import GuardianSection
from clientsafe.ui.login_window import current_language
from clientsafe.ui.message_labels import Tone, heading, set_tone
from clientsafe.ui.paper_scan import PaperScanPanel
from clientsafe.ui.signature_pad import SignatureField

BODY_PT = 16.0  # customer-facing text: readable across a counter
TITLE_SCALE = 1.5
# Each language's own name, so a customer finds theirs whatever the interface language.
LANGUAGE_NAMES = {"en": "English", "zh_CN": "中文"}
_LANGUAGE_STYLE = (
    "QPushButton { background: white; color: #0d3c61; border: 2px solid #0d3c61;"
    " border-radius: 6px; padding: 6px 18px; }"
    " QPushButton:checked { background: #0d3c61; color: white; }"
    " QPushButton:focus { border-color: #b45309; }"
)
_AGREE_STYLE = (
    "QPushButton { background: #1b5e20; color: white; font-weight: bold; border-radius: 6px;"
    " padding: 10px 28px; }"
    " QPushButton:focus { border: 3px solid #0d3c61; }"
    " QPushButton:disabled { background: #c9ced6; color: #3c4450; }"
)


def _high_contrast(palette: QPalette) -> QPalette:
    """Near-black on white whatever the desktop theme: the customer reads it at arm's length."""
    ink, paper, button = QColor("#111111"), QColor("#ffffff"), QColor("#eef1f5")
    for role, color in ((QPalette.ColorRole.Window, paper), (QPalette.ColorRole.Base, paper),
                        (QPalette.ColorRole.WindowText, ink), (QPalette.ColorRole.Text, ink),
                        (QPalette.ColorRole.ButtonText, ink), (QPalette.ColorRole.Button, button),
                        (QPalette.ColorRole.PlaceholderText, QColor("#5f6b7a"))):
        palette.setColor(QPalette.ColorGroup.Active, role, color)
        palette.setColor(QPalette.ColorGroup.Inactive, role, color)
    return palette


class ConsentDialog(QDialog):
    """After `exec()`: `given()` is the consent to record, or None when the customer declined
    (`declined` is then True) or the dialog was closed; in both cases store nothing."""

    def __init__(self, notices: dict[str, ConsentNotice], *, customer_name: str, minor: bool,
                 has_sensitive_values: bool, start_language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if not notices:
            raise ValueError("the consent dialog needs at least one notice")
        self._notices = dict(notices)
        self._language = start_language if start_language in notices else next(iter(notices))
        self._customer_name = customer_name
        self._minor = minor
        self._has_sensitive_values = has_sensitive_values
        self._result: ConsentGiven | None = None
        self._declined = False
        self._staff_language: str | None = None  # set while the dialog speaks another language
        self.setObjectName("consentDialog")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        font = QFont(self.font())
        font.setPointSizeF(max(BODY_PT, font.pointSizeF()))
        self.setFont(font)
        self.setPalette(_high_contrast(self.palette()))
        self.setAutoFillBackground(True)
        self._build()
        self._retranslate()
        self._show_notice()
        self._fit_to_screen()
        self.notice_view.setFocus()  # first: the keyboard scrolls the notice

    # --- the API -------------------------------------------------------------------------
    def given(self) -> ConsentGiven | None:
        """The consent as agreed, once "Agree and save" was pressed; otherwise None."""
        return self._result

    @property
    def declined(self) -> bool:
        """True when the customer pressed "Customer declines" and confirmed."""
        return self._declined

    def language(self) -> str:
        return self._language

    def notice(self) -> ConsentNotice:
        """The notice on screen now."""
        return self._notices[self._language]

    def current(self) -> ConsentGiven:
        """What the dialog would return now (complete or not)."""
        paper = self.paper_check.isChecked()
        pad = self.signature.pad
        notice = self.notice()
        return ConsentGiven(
            notice_id=notice.id,
            notice_sha256=notice.sha256,
            decisions=self.choices.decisions(),
            channel=Channel.PAPER if paper else Channel.SCREEN,
            signature_png=pad.to_png() if not paper and pad.looks_signed() else b"",
            paper_scan=self.paper_box.data() if paper else b"",
            guardian=self.guardian.guardian(paper=paper) if self.guardian is not None else None,
        )

    def problem(self) -> str | None:
        """Core's reason the consent cannot be recorded yet (English source text), or None."""
        return consent_problem(self.notice(), self.current(), minor=self._minor,
                               has_sensitive_values=self._has_sensitive_values)

    def set_language(self, language: str) -> None:
        """Show the notice in another language. Ticks and signatures are cleared: they belong to
        the text that was on screen."""
        if language == self._language or language not in self._notices:
            return
        self._language = language
        self.signature.pad.clear()
        if self.guardian is not None:
            self.guardian.signature.pad.clear()
        self._speak(language)
        self._show_notice()

    def _speak(self, language: str) -> None:
        """The whole dialog (buttons, headings, hints) in the customer's language, not only the
        notice. Qt's translators are application-wide, so the staff's language comes back when
        the dialog closes."""
        app = QCoreApplication.instance()
        if app is None or language not in i18n.LANGUAGES:
            return
        if self._staff_language is None:
            self._staff_language = current_language()
        i18n.install(app, language)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def move_to_screen(self, screen: QScreen) -> None:
        """Full screen on `screen` (e.g. the display facing the customer)."""
        if self.isFullScreen():
            self.showNormal()
        handle = self.windowHandle()
        if handle is not None:
            handle.setScreen(screen)
        self.setGeometry(screen.availableGeometry())
        self.showFullScreen()

    def move_to_second_screen(self) -> None:
        others = [s for s in QGuiApplication.screens() if s is not self.screen()]
        if others:
            self.move_to_screen(others[0])

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = heading(parent=self, size=TITLE_SCALE)
        self.customer_label = QLabel(self)
        self.customer_label.setTextFormat(Qt.TextFormat.PlainText)
        self.language_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        languages = QHBoxLayout()
        languages.setSpacing(6)
        ordered = [c for c in LANGUAGE_NAMES if c in self._notices]
        for code in ordered + [c for c in self._notices if c not in ordered]:
            button = QPushButton(LANGUAGE_NAMES.get(code, code), self)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setMinimumHeight(44)
            button.setStyleSheet(_LANGUAGE_STYLE)
            button.clicked.connect(lambda _=False, c=code: self.set_language(c))
            group.addButton(button)
            languages.addWidget(button)
            self.language_buttons[code] = button
        for button in self.language_buttons.values():
            button.setVisible(len(self.language_buttons) > 1)

        self.notice_view = QPlainTextEdit(self)
        self.notice_view.setReadOnly(True)
        self.notice_view.setTabChangesFocus(True)
        self.notice_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # No caret (it would look editable); arrows, Page Up/Down and Space still scroll.
        self.notice_view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice_view.setStyleSheet(
            "QPlainTextEdit { border: 2px solid #5f6b7a; border-radius: 6px; padding: 10px; }")
        self.notice_view.setMinimumWidth(380)

        side = QWidget(self)
        self.choices_heading = heading(parent=side, size=1.15)
        self.choices = ConsentChoices(side)
        # Created in the order Tab should follow: notice, choices, signature, paper, guardian.
        self.signature_heading = heading(parent=self, size=1.15)
        self.signature = SignatureField(self)
        for button in (self.signature.undo_button, self.signature.clear_button):
            button.setAutoDefault(False)
        self.paper_box = PaperScanPanel(self)
        self.paper_box.hide()
        self.paper_check = QCheckBox(self)
        self.paper_check.setStyleSheet(INDICATOR_STYLE)
        self.guardian = GuardianSection(side) if self._minor else None

        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(4, 0, 12, 0)
        side_layout.setSpacing(12)
        side_layout.addWidget(self.choices_heading)
        side_layout.addWidget(self.choices)
        if self.guardian is not None:
            side_layout.addSpacing(8)
            side_layout.addWidget(self.guardian)
        side_layout.addStretch(1)
        self.side_scroll = QScrollArea(self)
        self.side_scroll.setWidget(side)
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setMinimumWidth(self.signature.pad.minimumWidth() + 40)  # guardian pad

        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setMinimumWidth(240)
        self.decline_button = QPushButton(self)
        self.full_screen_button = QPushButton(self)
        self.full_screen_button.setCheckable(True)
        self.second_screen_button = QPushButton(self)
        self.agree_button = QPushButton(self)
        self.agree_button.setStyleSheet(_AGREE_STYLE)
        for button in (self.decline_button, self.full_screen_button, self.second_screen_button,
                       self.agree_button):
            button.setAutoDefault(False)  # Enter in a field never agrees or declines
            button.setMinimumHeight(48)

        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.title, 1)
        top.addWidget(self.customer_label)
        top.addLayout(languages)
        # The customer's signature sits under the notice, so the notice, every choice and the
        # pad fit a 1280×800 counter screen without scrolling; only a guardian's part may scroll.
        reading = QVBoxLayout()
        reading.setSpacing(8)
        reading.addWidget(self.notice_view, 3)
        reading.addSpacing(4)
        reading.addWidget(self.signature_heading)
        reading.addWidget(self.signature, 1)
        reading.addWidget(self.paper_box)
        reading.addWidget(self.paper_check)
        middle = QHBoxLayout()
        middle.setSpacing(16)
        middle.addLayout(reading, 1)
        middle.addWidget(self.side_scroll, 1)
        bottom = QHBoxLayout()
        bottom.setSpacing(12)
        bottom.addWidget(self.decline_button)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.full_screen_button)
        bottom.addWidget(self.second_screen_button)
        bottom.addWidget(self.agree_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)

        self.choices.changed.connect(self._refresh)
        self.signature.changed.connect(self._refresh)
        self.signature.changed.connect(self._show_guardian_after_signing)
        if self.guardian is not None:
            self.guardian.changed.connect(self._refresh)
        self.paper_check.toggled.connect(self._on_paper_toggled)
        self.paper_box.changed.connect(self._refresh)
        self.agree_button.clicked.connect(self._on_agree)
        self.decline_button.clicked.connect(self._on_decline)
        self.full_screen_button.clicked.connect(self.toggle_full_screen)
        self.second_screen_button.clicked.connect(self.move_to_second_screen)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, self.toggle_full_screen)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._update_screen_button)
            app.screenRemoved.connect(self._update_screen_button)
        self._update_screen_button()

    def _fit_to_screen(self) -> None:
        area = self.screen().availableGeometry()
        self.resize(min(1400, int(area.width() * 0.95)), min(940, int(area.height() * 0.95)))

    # --- reacting ------------------------------------------------------------------------
    def _show_notice(self) -> None:
        notice = self.notice()
        self.notice_view.setPlainText(notice.text)  # exactly the hashed text
        self.notice_view.verticalScrollBar().setValue(0)
        self.choices.set_notice(notice)  # all unticked; emits changed → _refresh
        previous: QWidget = self.notice_view  # new boxes join the end of the Tab order: move them
        for key in self.choices.purpose_keys():
            QWidget.setTabOrder(previous, self.choices.checkbox(key))
            previous = self.choices.checkbox(key)
        for code, button in self.language_buttons.items():
            button.setChecked(code == self._language)
        self.side_scroll.verticalScrollBar().setValue(0)

    def _refresh(self) -> None:
        problem = self.problem()
        self.agree_button.setEnabled(problem is None)
        if problem is None:
            set_tone(self.status_label, Tone.SUCCESS)
            self.status_label.setText(self.tr("Everything is complete. Press “Agree and save”."))
        else:
            set_tone(self.status_label, Tone.WARNING)
            self.status_label.setText(QCoreApplication.translate("errors", problem))
        self.status_label.setFont(self.font())  # a new style sheet drops the inherited font
        self.agree_button.setToolTip(self.status_label.text())

    def _show_guardian_after_signing(self) -> None:
        """Once the customer has signed, bring the guardian's part into view (on a small
        screen it starts below the choices)."""
        if self.guardian is not None and self.signature.pad.looks_signed():
            self.side_scroll.verticalScrollBar().setValue(self.guardian.y())

    def _on_paper_toggled(self, paper: bool) -> None:
        self.signature.setVisible(not paper)
        self.paper_box.setVisible(paper)
        self._retitle_signature()
        if self.guardian is not None:
            self.guardian.set_paper(paper)
        self._refresh()

    def _on_agree(self) -> None:
        given = self.current()
        if consent_problem(self.notice(), given, minor=self._minor,
                           has_sensitive_values=self._has_sensitive_values) is not None:
            self._refresh()
            return
        self._result = given
        self.accept()

    def _on_decline(self) -> None:
        if prompts.confirm(self, self.tr("Customer declines"),
                           self.tr("Nothing will be stored. Decline?"),
                           yes=self.tr("Decline"), no=self.tr("Go back")):
            self._declined = True
            self.reject()

    def done(self, result: int) -> None:
        app = QCoreApplication.instance()
        if self._staff_language is not None and app is not None:
            i18n.install(app, self._staff_language)
            self._staff_language = None
        if result != QDialog.DialogCode.Accepted:
            self._result = None  # closed or declined: nothing to store, nothing kept
            self.paper_box.remove()
            self.signature.pad.clear()
            if self.guardian is not None:
                self.guardian.signature.pad.clear()
        super().done(result)

    def _retitle_signature(self) -> None:
        self.signature_heading.setText(self.tr("2. Signed on paper")
                                       if self.paper_check.isChecked()
                                       else self.tr("2. Sign in the box"))

    def _update_screen_button(self) -> None:
        self.second_screen_button.setVisible(len(QGuiApplication.screens()) > 1)

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self._retranslate()
        elif kind == QEvent.Type.WindowStateChange:
            self.full_screen_button.setChecked(self.isFullScreen())
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Customer consent"))
        self.title.setText(self.tr("Your information and your choices"))
        self.customer_label.setText(self.tr("For: {name}").format(name=self._customer_name))
        self.notice_view.setAccessibleName(self.tr("Notice"))
        self.choices_heading.setText(self.tr("1. Tick what you agree to"))
        self._retitle_signature()
        self.paper_check.setText(self.tr("Staff: the customer signed on paper"))
        self.decline_button.setText(self.tr("Customer declines"))
        self.full_screen_button.setText(self.tr("Full screen (F11)"))
        self.second_screen_button.setText(self.tr("Move to second screen"))
        self.agree_button.setText(self.tr("Agree and save"))
        self._refresh()
