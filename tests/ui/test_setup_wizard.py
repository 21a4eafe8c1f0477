"""The setup wizard driven through its widgets, end to end, with a real vault and keyring."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from clientsafe.core.setup_flow import Step
from clientsafe.services import settings, vault_access
from clientsafe.services.vault_access import StartState
from clientsafe.ui.setup_wizard import SetupWizard
from tests.ui.conftest import PromptAnswers

STRONG = "Correct-Horse-42-Battery"
WAIT_MS = 15_000


@pytest.fixture(autouse=True)
def _answer_prompts(prompt_answers: PromptAnswers) -> PromptAnswers:
    """Closing a wizard after creation asks first; when qtbot closes it at the end, say yes."""
    prompt_answers.confirm_answer = True
    return prompt_answers


def click(qtbot: QtBot, button: QWidget) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName() or button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_text(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    """QTest can type only ASCII keys; other characters arrive as an input method would."""
    ascii_part = text.encode("ascii", "ignore").decode()
    qtbot.keyClicks(field, ascii_part)
    field.insert(text[len(ascii_part):] if text.startswith(ascii_part) else "")
    if field.text() != text:
        field.setText(text)


def make_wizard(qtbot: QtBot, path: Path | None = None) -> SetupWizard:
    wizard = SetupWizard(path or settings.default_vault_path(), rng=random.Random(5))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def fill_first_steps(qtbot: QtBot, wizard: SetupWizard, password: str = STRONG) -> None:
    assert not wizard.next_button.isEnabled()
    type_text(qtbot, wizard.welcome_page.business, "Harbour Salon 海港沙龙")
    click(qtbot, wizard.next_button)
    assert wizard.flow.step is Step.LOCATION
    click(qtbot, wizard.next_button)
    page = wizard.officer_page
    qtbot.keyClicks(page.username, "olivia")
    qtbot.keyClicks(page.display_name, "Olivia Officer")
    qtbot.keyClicks(page.password, password)
    qtbot.keyClicks(page.repeat, password)


def finish_creation(qtbot: QtBot, wizard: SetupWizard) -> None:
    click(qtbot, wizard.next_button)  # "Create vault"
    qtbot.waitUntil(lambda: wizard.flow.step is Step.RECOVERY_KEY, timeout=WAIT_MS)


def shown_key(wizard: SetupWizard) -> str:
    labels = [wizard.findChild(QLabel, f"group{n}") for n in range(1, 10)]
    assert all(label is not None and label.isVisible() for label in labels)
    return "-".join(label.text() for label in labels if label is not None)


def test_end_to_end(
    qtbot: QtBot, tmp_path: Path, clientsafe_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = make_wizard(qtbot)
    default = settings.default_vault_path()
    assert str(default).startswith(str(clientsafe_home))
    assert wizard.location_page.path.text() == str(default)

    type_text(qtbot, wizard.welcome_page.business, "Harbour Salon 海港沙龙")
    click(qtbot, wizard.next_button)
    click(qtbot, wizard.next_button)  # keep the default location
    page = wizard.officer_page
    qtbot.keyClicks(page.username, "olivia")
    qtbot.keyClicks(page.password, "abc")
    weak_text = page.strength.label_text()
    assert not page.strength.acceptable and page.problem.isVisible()
    page.password.clear()
    qtbot.keyClicks(page.password, STRONG)
    assert page.strength.acceptable and page.strength.label_text() != weak_text
    assert not wizard.next_button.isEnabled()  # the repeat is still empty
    qtbot.keyClicks(page.repeat, STRONG + "!")
    assert "not the same" in page.problem.text()
    page.repeat.clear()
    qtbot.keyClicks(page.repeat, STRONG)
    assert wizard.next_button.isEnabled() and not page.problem.isVisible()

    finish_creation(qtbot, wizard)
    assert default.exists() and wizard.created_vault is not None
    assert page.password.text() == "" and page.repeat.text() == ""
    assert not wizard.back_button.isEnabled()
    assert not wizard.key_page.keyring_warning.isVisible()  # the real keyring took the key
    key = shown_key(wizard)
    assert key == wizard.flow.recovery_key and len(key) == 44

    kit = tmp_path / "kit"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(kit), ""))
    click(qtbot, wizard.key_page.save_button)
    saved = tmp_path / "kit.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    assert wizard.key_page.status.isVisible() and str(saved) in wizard.key_page.status.text()

    click(qtbot, wizard.next_button)
    assert wizard.flow.step is Step.CONFIRM
    assert wizard.finish_button.isVisible() and not wizard.finish_button.isEnabled()
    first, second = wizard.flow.challenge
    groups = key.split("-")
    fields = wizard.confirm_page.fields
    qtbot.keyClicks(fields[first], groups[first - 1].lower())
    qtbot.keyClicks(fields[second], "ZZZZ" if groups[second - 1] != "ZZZZ" else "YYYY")
    assert not wizard.finish_button.isEnabled()
    assert f"Group {second}" in wizard.confirm_page.problem.text()
    fields[second].clear()
    qtbot.keyClicks(fields[second], groups[second - 1])
    assert wizard.finish_button.isEnabled()

    with qtbot.waitSignal(wizard.completed, timeout=1000):
        click(qtbot, wizard.finish_button)
    assert wizard.officer_username == "olivia"
    vault = wizard.created_vault
    assert vault is not None and vault.info.business_name == "Harbour Salon 海港沙龙"
    vault.close()

    reopened = vault_access.probe(default)
    assert reopened.state is StartState.OPEN
    assert reopened.vault is not None
    reopened.vault.close()


def test_taken_location_blocks_next_and_change_picks_another(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    taken = tmp_path / "taken.csvault"
    taken.write_bytes(b"something else")
    wizard = make_wizard(qtbot, taken)
    qtbot.keyClicks(wizard.welcome_page.business, "Shop")
    click(qtbot, wizard.next_button)
    assert not wizard.next_button.isEnabled()
    assert "already exists" in wizard.location_page.problem.text()
    chosen = tmp_path / "elsewhere" / "shop"  # no suffix: the wizard adds it
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    click(qtbot, wizard.location_page.change)
    assert wizard.location_page.path.text() == str(chosen) + ".csvault"
    assert wizard.next_button.isEnabled()


def test_creation_failure_is_one_sentence_and_back_leads_to_the_location(
    qtbot: QtBot, tmp_path: Path
) -> None:
    target = tmp_path / "race.csvault"
    wizard = make_wizard(qtbot, target)
    fill_first_steps(qtbot, wizard)
    # Another program creates the file after the location was checked.
    target.write_bytes(b"x")
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard.flow.creation_error is not None, timeout=WAIT_MS)
    error = wizard.creating_page.error
    assert error.isVisible() and "already exists" in error.text()
    assert "Traceback" not in error.text()
    assert wizard.back_button.isEnabled() and not wizard.next_button.isEnabled()
    click(qtbot, wizard.back_button)
    assert wizard.flow.step is Step.LOCATION


def test_no_keyring_warns_that_the_key_was_not_stored(
    qtbot: QtBot, tmp_path: Path, no_keyring: None
) -> None:
    wizard = make_wizard(qtbot, tmp_path / "nokeyring.csvault")
    fill_first_steps(qtbot, wizard)
    finish_creation(qtbot, wizard)
    warning = wizard.key_page.keyring_warning
    assert warning.isVisible() and "every time" in warning.text()
    assert wizard.created_vault is not None
    wizard.created_vault.close()


def test_cancel_after_creation_warns_and_can_be_refused(
    qtbot: QtBot, tmp_path: Path, prompt_answers: PromptAnswers
) -> None:
    wizard = make_wizard(qtbot, tmp_path / "c.csvault")
    fill_first_steps(qtbot, wizard)
    finish_creation(qtbot, wizard)
    prompt_answers.confirm_answer = False
    click(qtbot, wizard.cancel_button)
    assert wizard.isVisible()
    assert "already been created" in prompt_answers.asked[-1]
    assert "will not be shown again" in prompt_answers.asked[-1]
    prompt_answers.confirm_answer = True
    with qtbot.waitSignal(wizard.rejected, timeout=1000):
        click(qtbot, wizard.cancel_button)
    assert wizard.created_vault is not None
    wizard.created_vault.close()


def test_cancel_before_creation_asks_nothing(
    qtbot: QtBot, prompt_answers: PromptAnswers
) -> None:
    wizard = make_wizard(qtbot)
    with qtbot.waitSignal(wizard.rejected, timeout=1000):
        click(qtbot, wizard.cancel_button)
    assert prompt_answers.asked == []


def test_key_text_cannot_be_selected(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = make_wizard(qtbot, tmp_path / "s.csvault")
    fill_first_steps(qtbot, wizard)
    finish_creation(qtbot, wizard)
    for label in wizard.key_page.group_labels:
        assert label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    assert wizard.findChildren(QLineEdit, "recoveryKey") == []
    assert wizard.created_vault is not None
    wizard.created_vault.close()


def test_an_unusable_folder_is_one_sentence_too(qtbot: QtBot) -> None:
    # /proc refuses new folders even for root: the operating system's error, not ClientSafe's.
    wizard = make_wizard(qtbot, Path("/proc/clientsafe-test/shop.csvault"))
    fill_first_steps(qtbot, wizard)
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard.flow.creation_error is not None, timeout=WAIT_MS)
    text = wizard.creating_page.error.text()
    assert "cannot write to /proc/clientsafe-test/shop.csvault" in text
    assert "Traceback" not in text
    click(qtbot, wizard.back_button)
    assert wizard.flow.step is Step.LOCATION
