"""The Rights requests area and the customer's Rights tab, on the demo vault: the register with
its countdowns, the filter, verifying identity, progress, answering, the new-request dialog."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from clientsafe.core.rights import RightsKind, RightsStatus, Verification
from clientsafe.core.session import Session
from clientsafe.services import auth, customers, demo, destruction, retention
from clientsafe.services import rights_requests as rights
from clientsafe.services.vault_access import Vault
from clientsafe.ui.rights_answer_dialog import AnswerDialog, VerifyIdentityDialog
from clientsafe.ui.rights_panel import RightsPanel
from clientsafe.ui.rights_request_dialog import RightsRequestDialog
from clientsafe.ui.rights_table_model import OVERDUE_COLOR, RightsTableModel
from clientsafe.ui.rights_view import RightsView
from tests.conftest import FakeClock

M = RightsTableModel


def login(vault: Vault, name: str) -> Session:
    return auth.login(vault, name, demo.DEMO_PASSWORD)


def make_view(qtbot: QtBot, vault: Vault, session: Session) -> RightsView:
    view = RightsView(vault, session)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    return view


def select_kind(view: RightsView, kind: RightsKind) -> int:
    for row, item in enumerate(view.model.rows):
        if item.request.kind is kind:
            view.table.selectRow(row)
            return item.request.id
    raise AssertionError(f"no {kind} request listed")


def status_of(vault: Vault, session: Session, request_id: int) -> RightsStatus:
    return rights.get_request(vault, session, request_id).request.status


def test_the_register_with_its_countdowns(qtbot: QtBot, demo_vault: Vault) -> None:
    view = make_view(qtbot, demo_vault, login(demo_vault, "manager"))
    assert view.summary.text() == "4 open requests, 1 overdue"
    deadlines = [view.model.index(r, M.DEADLINE).data() for r in range(view.model.rowCount())]
    assert deadlines == ["5 days overdue", "2 days left", "12 days left", "15 days left"]
    overdue = view.model.index(0, M.DEADLINE).data(Qt.ItemDataRole.ForegroundRole)
    assert overdue.name() == OVERDUE_COLOR
    assert all(view.model.index(r, M.CUSTOMER).data() for r in range(4))
    # The first row is selected and described, with what to do next.
    assert view.details.text().startswith("Request #") and "Note: " in view.details.text()
    assert view.guidance.isVisible() and view.report_button.isEnabled()
    view.filter.setCurrentIndex(1)
    assert view.summary.text() == "5 requests, 1 overdue"
    assert view.model.rowCount() == 5


def test_front_desk_sees_only_their_customers_requests(qtbot: QtBot,
                                                       demo_vault: Vault) -> None:
    desk = login(demo_vault, "frontdesk")
    view = make_view(qtbot, demo_vault, desk)
    mine = {c.id for c in customers.page(demo_vault, desk, offset=0, limit=1000)}
    assert view.model.rowCount() == 2
    assert {r.request.customer_id for r in view.model.rows} <= mine
    assert not view.report_button.isVisible()  # access reports are a manager's


def test_verify_then_answer(qtbot: QtBot, demo_vault: Vault, clock: FakeClock) -> None:
    manager = login(demo_vault, "manager")
    view = make_view(qtbot, demo_vault, manager)
    request_id = select_kind(view, RightsKind.OBJECTION)
    assert view.verify_button.isEnabled() and view.progress_button.isEnabled()

    dialog = view.verify_selected()
    assert isinstance(dialog, VerifyIdentityDialog)
    dialog.method_buttons[Verification.KNOWN_CONTACT].setChecked(True)
    dialog.verify_button.click()
    assert view.dialog is None and view.done_note.text() == (
        f"Identity verified for request #{request_id}.")
    assert view.selected_row().request.id == request_id
    assert view.model.index(view.table.currentIndex().row(), M.VERIFIED).data() == (
        "李强 Li Qiang")
    assert not view.verify_button.isEnabled()

    view.progress_button.click()
    assert status_of(demo_vault, manager, request_id) is RightsStatus.IN_PROGRESS
    assert view.done_note.text() == f"Request #{request_id} is in progress."
    assert not view.progress_button.isEnabled()

    answer = view.answer_selected()
    assert isinstance(answer, AnswerDialog)
    assert answer.completed.isEnabled() and answer.completed.isChecked()
    answer.answer_button.click()  # no answer written yet
    assert answer.isVisible() and answer.error.text() == (
        "Write the answer given to the customer, in at most 2000 characters.")
    answer.response.setPlainText("Marketing messages stopped; consent withdrawn.")
    answer.answer_button.click()
    assert view.dialog is None
    assert status_of(demo_vault, manager, request_id) is RightsStatus.COMPLETED
    assert request_id not in {r.request.id for r in view.model.rows}
    assert view.done_note.text() == f"Request #{request_id} answered: Completed."


def test_unverified_and_deletion_requests_can_only_be_refused_here(
        qtbot: QtBot, demo_vault: Vault) -> None:
    manager = login(demo_vault, "manager")
    view = make_view(qtbot, demo_vault, manager)
    select_kind(view, RightsKind.CORRECTION)  # identity not checked yet
    answer = view.answer_selected()
    assert isinstance(answer, AnswerDialog)
    assert not answer.completed.isEnabled() and answer.refused.isChecked()
    assert answer.why_not.text().startswith("Verify the customer's identity first")
    answer.reject()
    deletion = select_kind(view, RightsKind.DELETION)
    assert not view.verify_button.isEnabled()  # verified already
    assert "destruction queue" in view.guidance.text()
    assert "queued for destruction" in view.details.text()
    answer = view.answer_selected()
    assert isinstance(answer, AnswerDialog) and not answer.completed.isEnabled()
    answer.response.setPlainText("A legal hold applies to this customer's records.")
    answer.answer_button.click()
    assert status_of(demo_vault, manager, deletion) is RightsStatus.REFUSED


def test_the_countdown_moves_with_the_clock(qtbot: QtBot, demo_vault: Vault,
                                            clock: FakeClock) -> None:
    view = make_view(qtbot, demo_vault, login(demo_vault, "manager"))
    clock.advance(days=3)
    view.refresh_button.click()
    deadlines = [view.model.index(r, M.DEADLINE).data() for r in range(view.model.rowCount())]
    assert deadlines == ["8 days overdue", "1 day overdue", "9 days left", "12 days left"]
    assert view.summary.text() == "4 open requests, 2 overdue"


def test_open_customer(qtbot: QtBot, demo_vault: Vault) -> None:
    view = make_view(qtbot, demo_vault, login(demo_vault, "manager"))
    select_kind(view, RightsKind.ACCESS)
    dialog = view.open_customer()
    assert dialog is not None and dialog.isVisible()
    assert getattr(dialog, "failure", None) is None
    dialog.reject()
    assert view.dialog is None


@pytest.fixture
def panel_setup(qtbot: QtBot, demo_vault: Vault) -> tuple[RightsPanel, Session, int]:
    desk = login(demo_vault, "frontdesk")
    customer_id = customers.page(demo_vault, desk, offset=0, limit=1)[0].id
    panel = RightsPanel(demo_vault, desk, customer_id)
    qtbot.addWidget(panel)
    panel.show()
    panel.load()
    return panel, desk, customer_id


def test_the_customer_tab_registers_a_request(qtbot: QtBot, demo_vault: Vault,
                                              clock: FakeClock, panel_setup) -> None:
    panel, desk, customer_id = panel_setup
    before = panel.model.rowCount()
    dialog = panel.new_request()
    assert isinstance(dialog, RightsRequestDialog)
    assert dialog.deadline.text() == (
        f"The answer is due by {(clock.now + timedelta(days=15)).astimezone():%Y-%m-%d %H:%M}"
        " (15 days after it was received).")
    dialog.set_kind(RightsKind.WITHDRAWAL)
    assert "Consent tab" in dialog.guidance.text()
    dialog.set_kind(RightsKind.DELETION)
    assert "destruction queue" in dialog.guidance.text()
    dialog.received.setDateTime(dialog.received.dateTime().addDays(-2))
    dialog.details.setPlainText("Asks to delete everything")
    received = dialog.received_at()
    assert received is not None and abs(received - (clock.now - timedelta(days=2))) < timedelta(
        minutes=1)
    dialog.register_button.click()
    assert panel.dialog is None and panel.model.rowCount() == before + 1
    request_id = dialog.request_id
    assert panel.status.text() == f"Request #{request_id} registered."
    added = rights.get_request(demo_vault, desk, request_id).request
    assert (added.customer_id, added.kind, added.details) == (
        customer_id, RightsKind.DELETION, "Asks to delete everything")
    assert panel.model.index(0, M.DEADLINE).data() == "13 days left"


def test_a_refused_registration_keeps_the_dialog_open(qtbot: QtBot, panel_setup) -> None:
    panel, _, _ = panel_setup
    dialog = panel.new_request()
    assert dialog is not None
    dialog.details.setPlainText("x" * (rights.MAX_DETAILS + 1))
    dialog.register_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.error.text() == "Shorten the note to at most 2000 characters."
    dialog.reject()


class _Marking(QTranslator):
    """Marks every translated sentence of the Rights requests area, so a test sees which text
    went through translation (the lead translates the new strings later)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return f"[{source}]" if context in ("RightsView", "rights") else None


def test_the_destruction_s_answer_is_translated(qtbot: QtBot, demo_vault: Vault) -> None:
    manager = login(demo_vault, "manager")
    entry = next(e for e in retention.due_queue(demo_vault, manager)
                 if e.destroyable and e.request is not None)
    assert entry.request is not None
    (stone,) = destruction.destroy(demo_vault, manager, [entry.customer_id], password="demo")
    view = make_view(qtbot, demo_vault, manager)
    view.filter.setCurrentIndex(1)  # all requests, answered ones too
    translator = _Marking()
    app = QCoreApplication.instance()
    assert app is not None and app.installTranslator(translator)
    try:
        view.table.selectRow(next(r for r, item in enumerate(view.model.rows)
                                  if item.request.id == entry.request.id))
        answer = destruction.REQUEST_ANSWER.format(number=stone.certificate_number)
        assert f"[Answer: [{answer}]]" in view.details.text()
    finally:
        app.removeTranslator(translator)


def test_double_click_or_enter_opens_the_customer(qtbot: QtBot, demo_vault: Vault) -> None:
    view = make_view(qtbot, demo_vault, login(demo_vault, "manager"))
    select_kind(view, RightsKind.CORRECTION)
    index = view.table.model().index(view.table.currentIndex().row(), 1)
    view.table.doubleClicked.emit(index)
    assert view.dialog is not None and view.dialog.isVisible()
    view.dialog.reject()
    assert view.dialog is None
    keys = {s.key().toString() for s in view.table.findChildren(QShortcut)}
    assert keys == {"Return", "Enter"}
    view.table.findChildren(QShortcut)[0].activated.emit()
    assert view.dialog is not None and view.dialog.isVisible()
    view.dialog.reject()
