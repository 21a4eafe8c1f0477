"""Fixtures for the start-up screens: no keyring at all, and message boxes that answer at once."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import keyring
import keyring.backends.fail
import pytest

from clientsafe.ui import prompts

# A customer's name or a staff note that must show as typed, never as markup.
MARKUP = "<b>Bold</b> <i>x</i>"


def tooltip_shows(tip: str) -> str:
    """The text a tooltip shows: Qt renders it as rich text when it looks like HTML."""
    from PySide6.QtGui import Qt, QTextDocument

    if not Qt.mightBeRichText(tip):
        return tip
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


@pytest.fixture(autouse=True)
def english_after_each_test() -> Iterator[None]:
    """A test that picks a language on the sign-in screen changes the whole application; the
    next test starts in English again."""
    yield
    from PySide6.QtWidgets import QApplication

    from clientsafe.ui import i18n
    from clientsafe.ui.login_window import LANGUAGE_PROPERTY

    app = QApplication.instance()
    if app is not None:
        app.setProperty(LANGUAGE_PROPERTY, "en")
        i18n.install(app, "en")


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """This computer has no usable keyring (keyring's `fail` backend), then the real one back."""
    real = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(real)


@dataclass
class PromptAnswers:
    """Replaces the modal message boxes: records what was asked, answers `confirm_answer`."""

    confirm_answer: bool = False
    asked: list[str] = field(default_factory=list)


@pytest.fixture
def prompt_answers(monkeypatch: pytest.MonkeyPatch) -> PromptAnswers:
    answers = PromptAnswers()

    def confirm(parent: object, title: str, text: str, *, yes: str, no: str) -> bool:
        answers.asked.append(text)
        return answers.confirm_answer

    def note(parent: object, title: str, text: str) -> None:
        answers.asked.append(text)

    monkeypatch.setattr(prompts, "confirm", confirm)
    monkeypatch.setattr(prompts, "inform", note)
    monkeypatch.setattr(prompts, "warn", note)
    return answers
