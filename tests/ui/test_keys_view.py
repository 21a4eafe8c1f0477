"""The Encryption keys area: rotating the field key through the button, stopping it half-way and
continuing, replacing the vault key and recovery key after the officer's password, and who sees
the area at all. Real vaults, real keyring, real widgets."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from clientsafe.core.errors import WrongRecoveryKey
from clientsafe.core.session import Session
from clientsafe.services import auth, demo, keys
from clientsafe.services.setup import SetupResult
from clientsafe.services.vault_access import Vault
from clientsafe.ui import background
from clientsafe.ui.areas import AREAS, Area
from clientsafe.ui.keys_view import KeysView
from clientsafe.ui.main_window import MainWindow
from clientsafe.ui.root_rotation_dialog import RootRotationDialog
from clientsafe.vault import key_rotation, keyring_store
from clientsafe.vault.locations import key_file_for
from clientsafe.vault.unlock import root_from_recovery_key
from tests.conftest import OFFICER, OFFICER_PASSWORD
from tests.ui.conftest import PromptAnswers

WAIT_MS = 20_000


def versions_in_use(vault: Vault) -> set[int]:
    """Read straight from the table: which key versions the stored values are under."""
    return {int(r[0]) for r in vault.conn.execute(
        "SELECT DISTINCT key_version FROM customer_fields")}


@pytest.fixture
def officer(demo_vault: Vault) -> Session:
    return auth.login(demo_vault, "officer", demo.DEMO_PASSWORD)


@pytest.fixture
def open_view(qtbot: QtBot) -> Iterator[list[KeysView]]:
    """Views are closed (and their work waited for) before the vault fixture closes the vault."""
    views: list[KeysView] = []
    yield views
    background.wait_for_all(WAIT_MS)
    for view in views:
        view.close()


def make_view(qtbot: QtBot, views: list[KeysView], vault: Vault, session: Session,
              **kwargs: int) -> KeysView:
    view = KeysView(vault, session, **kwargs)
    qtbot.addWidget(view)
    view.show()
    views.append(view)
    return view


def test_rotate_via_the_button_moves_every_value_to_the_new_key(
    qtbot: QtBot, demo_vault: Vault, officer: Session, open_view: list[KeysView],
    prompt_answers: PromptAnswers,
) -> None:
    before = keys.status(demo_vault, officer)
    assert before.encrypted > 0 and before.remaining == 0
    view = make_view(qtbot, open_view, demo_vault, officer)
    assert view.version.text() == f"version {before.active_version}"
    assert view.count.text() == f"{before.encrypted:,}"
    assert not view.continue_button.isVisibleTo(view)

    prompt_answers.confirm_answer = False  # "Cancel" in the confirmation: nothing happens
    view.rotate_button.click()
    assert view.task is None and keys.status(demo_vault, officer) == before
    assert f"{before.encrypted:,} stored values" in prompt_answers.asked[0]

    prompt_answers.confirm_answer = True
    busy: list[bool] = []
    view.busy_changed.connect(busy.append)
    with qtbot.waitSignal(view.rotation_finished, timeout=WAIT_MS):
        view.rotate_button.click()
    assert busy == [True, False]
    after = keys.status(demo_vault, officer)
    new = before.active_version + 1
    assert (after.active_version, after.remaining, after.retiring) == (new, 0, ())
    assert versions_in_use(demo_vault) == {new}
    assert view.version.text() == f"version {new}"
    assert view.result.text() == (
        f"v{new}: {before.encrypted:,} values re-encrypted, old key deleted.")
    assert view.rotate_button.isEnabled()


def test_stopped_rotation_is_continued_by_the_button(
    qtbot: QtBot, demo_vault: Vault, officer: Session, open_view: list[KeysView],
    prompt_answers: PromptAnswers, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The progress dialog shows at once, and the work waits after its second batch until the
    # test has pressed Cancel, so the stop lands half-way whatever the machine's speed.
    monkeypatch.setattr(background, "PROGRESS_DELAY_MS", 0)
    release = threading.Event()
    batches: list[int] = []
    real_batch = key_rotation.reencrypt_batch

    def slow_batch(conn: object, batch: int = 2000) -> int:
        count = real_batch(conn, batch)  # type: ignore[arg-type]
        batches.append(count)
        if len(batches) == 2:
            assert release.wait(WAIT_MS / 1000)
        return count

    monkeypatch.setattr(key_rotation, "reencrypt_batch", slow_batch)
    before = keys.status(demo_vault, officer)
    view = make_view(qtbot, open_view, demo_vault, officer, batch=10)
    prompt_answers.confirm_answer = True
    view.rotate_button.click()
    qtbot.waitUntil(lambda: view.task is not None and view.task.progress_dialog is not None,
                    timeout=WAIT_MS)
    assert view.task is not None and view.task.progress_dialog is not None
    [cancel] = view.task.progress_dialog.findChildren(QPushButton)
    with qtbot.waitSignal(view.rotation_finished, timeout=WAIT_MS):
        cancel.click()
        release.set()

    stopped = keys.status(demo_vault, officer)
    assert stopped.active_version == before.active_version + 1
    assert 0 < stopped.remaining < before.encrypted
    assert stopped.retiring == (before.active_version,)
    assert versions_in_use(demo_vault) == {before.active_version, stopped.active_version}
    assert view.result.text().startswith("Stopped.")
    assert "can be continued" in view.result.text()
    assert view.continue_button.isVisible() and view.continue_button.isEnabled()
    assert f"{stopped.remaining:,} values are still under the old key" in view.interrupted.text()
    assert not view.rotate_button.isEnabled()  # finish the stopped one first

    with qtbot.waitSignal(view.rotation_finished, timeout=WAIT_MS):
        view.continue_button.click()
    done = keys.status(demo_vault, officer)
    assert (done.active_version, done.remaining, done.retiring) == (
        stopped.active_version, 0, ())  # the same rotation finished, not a new one
    assert versions_in_use(demo_vault) == {done.active_version}
    assert view.result.text() == (
        f"The stopped rotation is finished. v{done.active_version}: "
        f"{stopped.remaining:,} values re-encrypted, old key deleted.")
    assert not view.continue_button.isVisible() and not view.interrupted.isVisible()


def replace(qtbot: QtBot, view: KeysView, password: str) -> RootRotationDialog:
    dialog = view.replace_vault_key()
    assert dialog is not None and dialog.isVisible()
    dialog.password.setText(password)
    dialog.replace_button.click()
    assert dialog.password.text() == ""
    qtbot.waitUntil(lambda: dialog.task is None, timeout=WAIT_MS)
    return dialog


def test_vault_key_replaced_after_the_password_shows_the_new_recovery_key(
    qtbot: QtBot, vault: Vault, new_vault: SetupResult, open_view: list[KeysView],
    prompt_answers: PromptAnswers,
) -> None:
    officer = auth.login(vault, OFFICER, OFFICER_PASSWORD)
    view = make_view(qtbot, open_view, vault, officer)
    dialog = replace(qtbot, view, OFFICER_PASSWORD)
    assert dialog.flow is not None and dialog.key_page is not None
    assert dialog.stack.currentWidget() is dialog.key_page
    shown = dialog.key_page.shown_key()
    assert shown == dialog.flow.recovery_key

    # The key shown unwraps the vault's new key file, to the root now in the keyring; the
    # setup's recovery key no longer does.
    assert key_file_for(vault.path).exists()
    assert root_from_recovery_key(vault.path, shown) == keyring_store.load(vault.vault_id)
    with pytest.raises(WrongRecoveryKey):
        root_from_recovery_key(vault.path, new_vault.recovery_key)
    assert "were replaced" in view.result.text()

    # Closing before typing the groups back asks first; "Go back to the key" keeps it open.
    dialog.reject()
    assert dialog.isVisible() and prompt_answers.asked[-1].startswith("The new recovery key")
    dialog.next_button.click()
    assert dialog.confirm_page is not None
    assert dialog.stack.currentWidget() is dialog.confirm_page
    assert not dialog.done_button.isEnabled()
    groups = shown.split("-")
    for number, field in dialog.confirm_page.fields.items():
        field.setText(groups[number - 1].lower())
    assert dialog.done_button.isEnabled()
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        dialog.done_button.click()
    qtbot.waitUntil(lambda: view.root_dialog is None, timeout=WAIT_MS)
    assert view.root_button.isEnabled()
    assert keys.status(vault, officer).active_version >= 1  # the vault still works


def test_wrong_password_is_refused_and_nothing_is_replaced(
    qtbot: QtBot, vault: Vault, new_vault: SetupResult, open_view: list[KeysView],
) -> None:
    officer = auth.login(vault, OFFICER, OFFICER_PASSWORD)
    view = make_view(qtbot, open_view, vault, officer)
    root_before = keyring_store.load(vault.vault_id)
    dialog = replace(qtbot, view, "not-my-password-1")
    assert dialog.flow is None and dialog.stack.currentWidget() is dialog.explain_page
    assert dialog.error.isVisible()
    assert dialog.error.text() == "That is not your password; type the password you sign in with."
    assert keyring_store.load(vault.vault_id) == root_before
    assert root_from_recovery_key(vault.path, new_vault.recovery_key) == root_before

    dialog.replace_button.click()  # an empty field asks for the password, starts nothing
    assert dialog.task is None and dialog.error.text() == "Type your password to go on."
    dialog.reject()  # nothing happened yet: closes without asking
    qtbot.waitUntil(lambda: view.root_dialog is None, timeout=WAIT_MS)


@pytest.mark.parametrize("name", ["frontdesk", "finance", "manager", "officer"])
def test_only_the_security_officer_has_the_area(demo_vault: Vault, name: str) -> None:
    session = auth.login(demo_vault, name, demo.DEMO_PASSWORD)
    areas = [spec.area for spec in AREAS if session.can(spec.permission)]
    assert (Area.KEYS in areas) == (name == "officer")


def test_a_lock_hides_the_new_key_and_the_unlock_brings_it_back(
    qtbot: QtBot, vault: Vault, prompt_answers: PromptAnswers,
) -> None:
    officer = auth.login(vault, OFFICER, OFFICER_PASSWORD)
    window = MainWindow(vault, officer)
    qtbot.addWidget(window)
    window.show()
    try:
        view = window.show_area(Area.KEYS)
        assert isinstance(view, KeysView)
        dialog = replace(qtbot, view, OFFICER_PASSWORD)
        assert dialog.flow is not None and dialog.isVisible()
        shown = dialog.key_page.shown_key() if dialog.key_page is not None else ""

        window.lock()
        assert not dialog.isVisible() and view.root_dialog is dialog  # hidden, not lost
        assert prompt_answers.asked == []  # no question over the lock screen
        window.lock_screen.password.setText(OFFICER_PASSWORD)
        window.lock_screen.unlock()
        assert not window.is_locked
        assert dialog.isVisible() and dialog.key_page is not None
        assert dialog.key_page.shown_key() == shown
    finally:
        background.wait_for_all(WAIT_MS)
        window.close()


def test_too_many_wrong_passwords_end_the_session(
    qtbot: QtBot, vault: Vault, open_view: list[KeysView],
) -> None:
    officer = auth.login(vault, OFFICER, OFFICER_PASSWORD)
    view = make_view(qtbot, open_view, vault, officer)
    sentences: list[str] = []
    view.account_locked.connect(sentences.append)
    dialog = view.replace_vault_key()
    assert dialog is not None
    for _ in range(auth.MAX_FAILURES):
        dialog.password.setText("not-my-password-1")
        dialog.replace_button.click()
        qtbot.waitUntil(lambda: dialog.task is None, timeout=WAIT_MS)
    [sentence] = sentences
    assert sentence.startswith("This account is locked")
    qtbot.waitUntil(lambda: view.root_dialog is None, timeout=WAIT_MS)
