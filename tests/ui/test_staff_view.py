"""The security officer's staff screen: create, change role, deactivate/reactivate and reset,
driven through the real view and dialogs against a real vault."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from clientsafe.core.errors import AccountDisabled
from clientsafe.core.roles import Role
from clientsafe.core.session import Session
from clientsafe.services import auth, demo, staff
from clientsafe.services.vault_access import Vault
from clientsafe.ui.staff_dialogs import ChangeRoleDialog, NewStaffDialog, ResetPasswordDialog
from clientsafe.ui.staff_view import StaffView
from tests.ui.conftest import PromptAnswers

WAIT_MS = 10_000
TEMPORARY = "Temporary-Pass-2026"


@pytest.fixture
def officer(demo_vault: Vault) -> Session:
    return auth.login(demo_vault, "officer", demo.DEMO_PASSWORD)


@pytest.fixture
def view(qtbot: QtBot, demo_vault: Vault, officer: Session) -> StaffView:
    widget = StaffView(demo_vault, officer)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    return widget


def rows(view: StaffView) -> dict[str, list[str]]:
    model = view.model
    return {
        model.data(model.index(r, 0)): [model.data(model.index(r, c)) for c in range(1, 4)]
        for r in range(model.rowCount())
    }


def select(view: StaffView, username: str) -> None:
    row = next(r for r in range(view.model.rowCount())
               if view.model.data(view.model.index(r, 0)) == username)
    view.table.selectRow(row)


def test_buttons_follow_the_selection(view: StaffView) -> None:
    assert view.toolbar.isVisible()
    assert view.new_action.isEnabled()
    assert not view.change_role_action.isEnabled()
    assert not view.toggle_active_action.isEnabled()
    assert not view.reset_password_action.isEnabled()

    select(view, "finance")
    assert view.change_role_action.isEnabled()
    assert view.toggle_active_action.isEnabled()
    assert view.toggle_active_action.text() == "&Deactivate…"
    assert view.reset_password_action.isEnabled()

    select(view, "officer")  # one's own account is changed by another officer
    assert not view.change_role_action.isEnabled()
    assert not view.toggle_active_action.isEnabled()
    assert not view.reset_password_action.isEnabled()
    assert "your own account" in view.change_role_action.toolTip()


def test_create_a_staff_account(qtbot: QtBot, demo_vault: Vault, view: StaffView) -> None:
    view.new_action.trigger()
    dialog = view.dialog
    assert isinstance(dialog, NewStaffDialog) and dialog.isVisible()
    assert dialog.role.currentText() == "Front desk"
    assert "consent dialog" in dialog.role_hint.text()

    dialog.username.setText("nina")
    dialog.display_name.setText("倪娜 Nina Ni")
    dialog.role.setCurrentIndex(dialog.role.findData(str(Role.MANAGER)))
    assert "approves reveals" in dialog.role_hint.text()
    dialog.password.setText(TEMPORARY)
    dialog.repeat.setText("something else")
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.error.text() == "The two passwords differ; type the same one twice."

    dialog.repeat.setText(TEMPORARY)
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        dialog.ok_button.click()
    assert rows(view)["nina"] == ["倪娜 Nina Ni", "Manager", "Yes"]
    assert view.summary.text() == f"{len(demo.DEMO_ACCOUNTS) + 1} staff accounts"
    assert view.selected_member() is not None and view.selected_member().username == "nina"
    assert "Created the account nina" in view.notice.text() and view.notice.isVisible()
    assert view.dialog is None
    assert auth.login(demo_vault, "nina", TEMPORARY).must_change_password


def test_a_taken_user_name_is_one_sentence_in_the_dialog(view: StaffView) -> None:
    dialog = view.new_staff()
    dialog.username.setText("manager")
    dialog.display_name.setText("Someone")
    dialog.password.setText(TEMPORARY)
    dialog.repeat.setText(TEMPORARY)
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.error.text() == "The user name manager is already used; choose another."
    assert dialog.username.hasFocus() or not dialog.isActiveWindow()
    dialog.password.setText("weak")
    dialog.repeat.setText("weak")
    dialog.username.setText("someone")
    dialog.ok_button.click()
    assert dialog.error.text().startswith("Choose a longer password")
    dialog.cancel_button.click()
    assert "someone" not in rows(view)


def test_change_a_role(qtbot: QtBot, demo_vault: Vault, view: StaffView) -> None:
    select(view, "frontdesk2")
    view.change_role_action.trigger()
    dialog = view.dialog
    assert isinstance(dialog, ChangeRoleDialog)
    assert "Emily Carter (frontdesk2) is now: Front desk" in dialog.intro.text()
    assert not dialog.ok_button.isEnabled()  # the same role is no change
    dialog.role.setCurrentIndex(dialog.role.findData(str(Role.FINANCE)))
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        dialog.ok_button.click()
    assert rows(view)["frontdesk2"][1] == "Finance"
    assert view.notice.text() == "Emily Carter (frontdesk2) is now: Finance."
    assert view.selected_member() is not None
    assert view.selected_member().username == "frontdesk2"
    assert auth.login(demo_vault, "frontdesk2", demo.DEMO_PASSWORD).role is Role.FINANCE


def test_deactivate_asks_first_then_reactivate(
    demo_vault: Vault, view: StaffView, prompt_answers: PromptAnswers
) -> None:
    select(view, "finance")
    prompt_answers.confirm_answer = False
    view.toggle_active_action.trigger()
    assert len(prompt_answers.asked) == 1
    assert "Deactivate 陈静 Chen Jing (finance)?" in prompt_answers.asked[0]
    assert rows(view)["finance"][2] == "Yes"  # kept active

    prompt_answers.confirm_answer = True
    view.toggle_active_action.trigger()
    assert rows(view)["finance"][2] == "No"
    finance_row = view.model.row_of(view.selected_member().id)
    greyed = view.model.data(view.model.index(finance_row, 0), Qt.ItemDataRole.ForegroundRole)
    assert greyed is not None  # a deactivated account stays listed, greyed
    assert view.notice.text() == (
        "陈静 Chen Jing (finance) was deactivated and can no longer sign in.")
    with pytest.raises(AccountDisabled):
        auth.login(demo_vault, "finance", demo.DEMO_PASSWORD)

    assert view.toggle_active_action.text() == "Re&activate"
    asked = len(prompt_answers.asked)
    view.toggle_active_action.trigger()
    assert len(prompt_answers.asked) == asked  # reactivating needs no confirmation
    assert rows(view)["finance"][2] == "Yes"
    assert view.notice.text() == "陈静 Chen Jing (finance) was reactivated and can sign in again."
    assert auth.login(demo_vault, "finance", demo.DEMO_PASSWORD).username == "finance"


def test_a_refusal_from_the_service_is_shown_as_one_sentence(
    view: StaffView, prompt_answers: PromptAnswers
) -> None:
    """The button is disabled for one's own account; called anyway, the service refuses."""
    select(view, "officer")
    prompt_answers.confirm_answer = True
    view.toggle_active()
    assert view.error.isVisible()
    assert view.error.text() == (
        "You cannot deactivate your own account; another security officer has to do that."
    )
    assert rows(view)["officer"][2] == "Yes"
    assert not view.notice.isVisible()


def test_an_officer_deactivated_meanwhile_sees_why_the_list_is_empty(
    demo_vault: Vault, officer: Session, view: StaffView
) -> None:
    staff.create_staff(demo_vault, officer, username="sam", display_name="Sam",
                       role=Role.SECURITY_OFFICER, temporary_password=TEMPORARY)
    sam = auth.change_password(demo_vault, auth.login(demo_vault, "sam", TEMPORARY), TEMPORARY,
                               "Sam-Own-Password-77")
    staff.set_active(demo_vault, sam, officer.staff_id, False)
    view.refresh_button.click()
    assert view.error.text() == "This account has been deactivated; ask the security officer."
    assert view.model.rowCount() == 0


def test_reset_a_password(qtbot: QtBot, demo_vault: Vault, view: StaffView) -> None:
    select(view, "manager")
    view.reset_password_action.trigger()
    dialog = view.dialog
    assert isinstance(dialog, ResetPasswordDialog)
    assert "李强 Li Qiang (manager)" in dialog.intro.text()
    dialog.password.setText("Harbour-Reset-2026!")
    dialog.repeat.setText("Harbour-Reset-2026!")
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "was reset" in view.notice.text()
    session = auth.login(demo_vault, "manager", "Harbour-Reset-2026!")
    assert session.must_change_password


def test_staff_view_for_a_role_that_may_only_look(qtbot: QtBot, demo_vault: Vault) -> None:
    """Only the officer has the staff area today; the toolbar follows STAFF_MANAGE, not the
    area, so a role that could list staff but not manage them would see no buttons."""
    from dataclasses import replace

    officer = auth.login(demo_vault, "officer", demo.DEMO_PASSWORD)
    looking = replace(officer, role=Role.MANAGER)  # a forged session: the service refuses
    widget = StaffView(demo_vault, looking)
    qtbot.addWidget(widget)
    assert widget.toolbar.isHidden()
    assert widget.error.text().startswith("Your role (Manager) may not view staff accounts")
