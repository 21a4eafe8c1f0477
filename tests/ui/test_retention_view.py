"""The Retention area: the queue's models (without a window), the three lists, releasing a hold,
and saving and printing a certificate."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from clientsafe.core.audit_actions import Action
from clientsafe.core.retention import DestructionBasis
from clientsafe.core.session import Session
from clientsafe.services import auth, destruction, retention
from clientsafe.services.vault_access import Vault
from clientsafe.ui import retention_view
from clientsafe.ui.due_queue_model import DueQueueModel, HeldModel, TombstonesModel
from clientsafe.ui.retention_view import RetentionView
from clientsafe.vault import audit_log
from tests.ui.conftest import MARKUP, PromptAnswers, tooltip_shows

TIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def manager(demo_vault: Vault) -> Session:
    return auth.login(demo_vault, "manager", "demo")


def make_view(qtbot: QtBot, vault: Vault, session: Session) -> RetentionView:
    view = RetentionView(vault, session)
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.show()
    return view


def select_due(view: RetentionView, count: int) -> None:
    model = view.due_model
    view.due_page.table.selectionModel().select(
        QItemSelection(model.index(0, 0), model.index(count - 1, model.columnCount() - 1)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_models_show_the_queue_without_a_window(demo_vault: Vault, manager: Session) -> None:
    entries = retention.due_queue(demo_vault, manager)
    due = DueQueueModel()
    due.set_rows([e for e in entries if not e.held])
    assert due.rowCount() >= 2 and due.columnCount() == 5
    assert due.headerData(3, Qt.Orientation.Horizontal) == "Due since"
    first = due.rows[0]
    assert due.text(0, DueQueueModel.ID) == str(first.customer_id)
    assert due.text(0, DueQueueModel.NAME) == first.name
    assert due.text(0, DueQueueModel.SINCE) == first.due_since.isoformat()  # type: ignore
    texts = {due.text(r, DueQueueModel.BASIS) for r in range(due.rowCount())}
    assert "Retention period ended" in texts and "Deletion request" in texts
    retained = next(r for r in range(due.rowCount())
                    if due.rows[r].basis is DestructionBasis.RETENTION)
    assert "24 months after the relationship ended" in due.text(retained, DueQueueModel.WHY)
    asked = next(r for r in range(due.rowCount()) if due.rows[r].request is not None)
    assert due.text(asked, DueQueueModel.WHY).startswith("Deletion request #")
    held = HeldModel()
    held.set_rows([e for e in entries if e.held])
    assert held.rowCount() == 1
    assert held.text(0, HeldModel.BY) == "李强 Li Qiang"
    assert held.text(0, HeldModel.DUE).startswith("Yes, since ")
    stones = TombstonesModel()
    assert stones.rowCount() == 0 and stones.columnCount() == 5
    assert due.data(due.index(0, 99)) is None


def test_the_area_lists_due_held_and_destroyed(qtbot: QtBot, demo_vault: Vault,
                                              manager: Session) -> None:
    before = audit_log.count(demo_vault.conn)
    view = make_view(qtbot, demo_vault, manager)
    assert audit_log.count(demo_vault.conn) == before + 1  # one audited listing
    assert audit_log.page(demo_vault.conn, 0, 1)[0].action == str(Action.RETENTION_QUEUE_VIEWED)
    due = view.due_model.rowCount()
    assert due >= 2 and view.held_model.rowCount() == 1
    assert view.due_page.summary.text() == f"{due} customers are due for destruction"
    assert view.tabs.tabText(0) == f"Due for destruction ({due})"
    assert view.destroyed_page.showing_empty_state
    assert not view.destroy_button.isEnabled()
    select_due(view, 2)
    assert view.destroy_button.isEnabled()
    dialog = view.open_destruction()
    assert dialog is not None and len(dialog.customers) == 2
    assert not view.destroy_button.isEnabled()  # one destruction at a time
    dialog.reject()
    qtbot.waitUntil(lambda: view.dialog is None)
    assert view.due_model.rowCount() == due  # nothing destroyed; the list was reloaded


def test_release_hold_asks_first(qtbot: QtBot, demo_vault: Vault, manager: Session,
                                 prompt_answers: PromptAnswers) -> None:
    view = make_view(qtbot, demo_vault, manager)
    view.tabs.setCurrentIndex(1)
    view.held_page.table.selectRow(0)
    held = view.selected_held()
    assert held is not None and view.release_button.isEnabled()
    assert not view.release_selected()  # the confirmation said no
    assert view.held_model.rowCount() == 1
    prompt_answers.confirm_answer = True
    assert view.release_selected()
    assert view.held_model.rowCount() == 0
    assert audit_log.page(demo_vault.conn, 0, 2)[1].action == str(Action.LEGAL_HOLD_RELEASED)
    assert held.customer_id in {e.customer_id for e in view.due_model.rows}  # due at once
    assert view.note.text() == f"Released the legal hold on customer {held.customer_id}."


def test_save_and_print_a_certificate(qtbot: QtBot, demo_vault: Vault, manager: Session,
                                      tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = next(e for e in retention.due_queue(demo_vault, manager) if e.destroyable)
    (stone,) = destruction.destroy(demo_vault, manager, [target.customer_id], password="demo")
    view = make_view(qtbot, demo_vault, manager)
    view.tabs.setCurrentIndex(2)
    assert view.tombstones_model.rowCount() == 1
    assert view.destroyed_page.summary.text() == "1 customer destroyed"
    assert not view.save_button.isEnabled()
    view.destroyed_page.table.selectRow(0)
    assert view.selected_tombstone() == stone
    asked: list[Path] = []
    monkeypatch.setattr(retention_view, "choose_certificate_file",
                        lambda parent, suggested: asked.append(suggested) or tmp_path / "c.pdf")
    saved = view.save_certificate()
    assert saved == tmp_path / "c.pdf" and saved.read_bytes().startswith(b"%PDF")
    assert asked[0].name == f"{stone.certificate_number}.pdf"
    printed: list[bytes] = []
    monkeypatch.setattr(retention_view, "print_document",
                        lambda parent, data, title: printed.append(data) or True)
    assert view.print_certificate()
    assert printed == [saved.read_bytes()]  # the same document each time
    assert view.note.text() == "Sent to the printer."


def test_other_roles_see_the_refusal(qtbot: QtBot, demo_vault: Vault) -> None:
    officer = auth.login(demo_vault, "officer", "demo")
    view = make_view(qtbot, demo_vault, officer)
    assert view.due_page.error.isVisible() and view.due_model.rowCount() == 0
    assert "may not" in view.due_page.error.text()


def test_tooltips_show_names_and_hold_reasons_as_typed(demo_vault: Vault,
                                                       manager: Session) -> None:
    entries = retention.due_queue(demo_vault, manager)
    due = DueQueueModel()
    due.set_rows([replace(next(e for e in entries if not e.held), name=MARKUP)])
    assert tooltip_shows(due.data(due.index(0, DueQueueModel.NAME), TIP)) == MARKUP
    held_entry = next(e for e in entries if e.held)
    assert held_entry.hold is not None
    held = HeldModel()
    held.set_rows([replace(held_entry, hold=replace(held_entry.hold, reason=MARKUP))])
    assert tooltip_shows(held.data(held.index(0, HeldModel.REASON), TIP)) == MARKUP
    assert held.data(held.index(0, HeldModel.REASON)) == MARKUP  # the cell itself: plain


def test_the_release_question_shows_the_name_as_typed(qtbot: QtBot, demo_vault: Vault,
                                                      manager: Session) -> None:
    view = make_view(qtbot, demo_vault, manager)
    view.tabs.setCurrentIndex(1)
    view.held_model.set_rows([replace(view.held_model.rows[0], name=MARKUP)])
    view.held_page.table.selectRow(0)
    asked: list[tuple[Qt.TextFormat, str]] = []

    def answer() -> None:  # the real message box: look at it, then keep the hold
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append((box.textFormat(), box.text()))
        box.reject()

    QTimer.singleShot(0, answer)
    assert not view.release_selected()
    assert asked and asked[0][0] == Qt.TextFormat.PlainText and MARKUP in asked[0][1]
