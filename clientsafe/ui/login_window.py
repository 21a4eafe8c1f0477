"""The sign-in window: the business's name (and a DEMO badge on demo vaults), user name and
password, and on demo vaults the list of demo accounts to try.

All texts are set in `_retranslate`, so switching the language here takes effect at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.errors import ClientSafeError
from clientsafe.services import auth, demo, settings
from clientsafe.services.vault_access import Vault
from clientsafe.ui import i18n
from clientsafe.ui.error_text import error_text, translated
from clientsafe.ui.message_labels import (
    Tone,
    demo_badge,
    error_line,
    heading,
    hint,
    monospace_font,
    notice_box,
    paragraph,
    show_text,
)

# The language the application runs in, set by app.main (and by the switcher below); i18n keeps
# its translators private, so the choice is noted on the application object.
LANGUAGE_PROPERTY = "clientsafe_language"


def current_language() -> str:
    app = QApplication.instance()
    value = app.property(LANGUAGE_PROPERTY) if app is not None else None
    if isinstance(value, str) and value in i18n.LANGUAGES:
        return value
    return i18n.choose_language(settings.load().language)


class LoginWindow(QWidget):
    """Emits `signed_in(Session)` after a successful login. `notice` is an optional sentence
    shown above the form (for example: unlocked for this session only)."""

    signed_in = Signal(object)

    def __init__(
        self,
        vault: Vault,
        *,
        username: str = "",
        notice: str = "",
        notice_tone: Tone = Tone.INFO,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self._signing_in = False
        self.setObjectName("loginWindow")
        self.setMinimumWidth(520)

        self.business = heading(vault.info.business_name, self, size=1.6)
        self.business.setObjectName("businessName")
        self.badge = demo_badge(self)
        self.badge.setObjectName("demoBadge")
        self.badge.setVisible(self.is_demo)
        self.subtitle = hint(parent=self)
        self.notice = notice_box(notice_tone, notice, self)
        self.notice.setObjectName("notice")

        self.username = QLineEdit(username, self)
        self.username.setObjectName("username")
        self.username.setMaxLength(64)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_line(self)
        self.error.setObjectName("loginError")
        self.sign_in_button = QPushButton(self)
        self.sign_in_button.setObjectName("signIn")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setMinimumWidth(120)
        self.sign_in_button.clicked.connect(self.sign_in)
        # A plain window has no default button, so Enter in either field signs in.
        self.username.returnPressed.connect(self.sign_in)
        self.password.returnPressed.connect(self.sign_in)

        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.user_label = QLabel(self)
        self.password_label = QLabel(self)
        self.form.addRow(self.user_label, self.username)
        self.form.addRow(self.password_label, self.password)

        self.demo_box = self._demo_accounts() if self.is_demo else None

        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_label = QLabel(self)

        self._layout()
        self._retranslate()
        (self.password if username else self.username).setFocus()

    @property
    def is_demo(self) -> bool:
        return self.vault.info.is_demo

    def _layout(self) -> None:
        title_row = QHBoxLayout()
        title_row.addWidget(self.business, 1)
        title_row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.sign_in_button)
        card = QFrame(self)
        card.setObjectName("loginCard")
        card.setStyleSheet(
            "#loginCard { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 10px; }"
        )
        inner = QVBoxLayout(card)
        inner.setContentsMargins(26, 22, 26, 22)
        inner.setSpacing(12)
        inner.addLayout(title_row)
        inner.addWidget(self.subtitle)
        inner.addWidget(self.notice)
        inner.addLayout(self.form)
        inner.addWidget(self.error)
        inner.addLayout(button_row)
        language_row = QHBoxLayout()
        language_row.addStretch(1)
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 14)
        outer.setSpacing(16)
        outer.addWidget(card)
        if self.demo_box is not None:
            outer.addWidget(self.demo_box)
        outer.addStretch(1)
        outer.addLayout(language_row)

    def _demo_accounts(self) -> QGroupBox:
        box = QGroupBox(self)
        box.setObjectName("demoAccounts")
        column = QVBoxLayout(box)
        column.setSpacing(8)
        self.demo_hint = paragraph(parent=box)
        column.addWidget(self.demo_hint)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        self.demo_buttons: list[QPushButton] = []
        self.demo_roles: list[QLabel] = []
        for row, account in enumerate(demo.DEMO_ACCOUNTS):
            button = QPushButton(account.username, box)
            button.setObjectName(f"demo_{account.username}")
            button.setFlat(True)
            button.setFont(monospace_font())
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet(
                "QPushButton { text-align: left; padding: 3px 8px; color: palette(link);"
                " text-decoration: underline; border: none; }"
                "QPushButton:hover { background: palette(alternate-base); }"
            )
            button.clicked.connect(lambda _=False, name=account.username: self.use_account(name))
            role = hint(parent=box)
            grid.addWidget(button, row, 0)
            grid.addWidget(QLabel(account.display_name, box), row, 1)
            grid.addWidget(role, row, 2)
            self.demo_buttons.append(button)
            self.demo_roles.append(role)
        column.addLayout(grid)
        return box

    def _retranslate(self) -> None:
        title = self.tr("{business} — ClientSafe").format(business=self.vault.info.business_name)
        self.setWindowTitle(f"{title} — DEMO" if self.is_demo else title)
        self.subtitle.setText(
            self.tr("Demo vault with sample data. Sign in to look around.")
            if self.is_demo
            else self.tr("Sign in with your staff account.")
        )
        self.user_label.setText(self.tr("User name:"))
        self.password_label.setText(self.tr("Password:"))
        self.sign_in_button.setText(self.tr("Sign in"))
        self.language_label.setText(self.tr("Language:"))
        if self.demo_box is not None:
            self.demo_box.setTitle(self.tr("Demo accounts"))
            self.demo_hint.setText(
                self.tr(
                    "Click a user name to fill it in. Every demo account's password is "
                    "“{password}”."
                ).format(password=demo.DEMO_PASSWORD)
            )
            for account, role in zip(demo.DEMO_ACCOUNTS, self.demo_roles, strict=True):
                role.setText(translated("roles", account.role.label))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # --- actions ---------------------------------------------------------------------------------

    def use_account(self, username: str) -> None:
        self.username.setText(username)
        self.password.setFocus()

    def sign_in(self) -> None:
        if self._signing_in:
            return  # Enter pressed twice while the first attempt runs
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            show_text(self.error, self.tr("Type your user name and password."))
            (self.password if username else self.username).setFocus()
            return
        self._signing_in = True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            session = auth.login(self.vault, username, password)
        except ClientSafeError as exc:
            self._failed(error_text(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
            self._signing_in = False
        self.password.clear()
        show_text(self.error, "")
        self.signed_in.emit(session)

    def _failed(self, sentence: str) -> None:
        show_text(self.error, sentence)
        self.password.clear()
        self.password.setFocus()

    def show_error(self, sentence: str) -> None:
        """For the caller, e.g. when a forced password change was cancelled."""
        show_text(self.error, sentence)

    def _language_chosen(self) -> None:
        code = str(self.language.currentData())
        current = settings.load()
        settings.save(settings.Settings(vault_path=current.vault_path, language=code))
        app = QApplication.instance()
        if app is not None:
            app.setProperty(LANGUAGE_PROPERTY, code)
            i18n.install(app, code)  # LanguageChange reaches every widget: texts switch now
