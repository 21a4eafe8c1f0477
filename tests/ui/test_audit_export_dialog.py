"""Exporting the audit trail from the GUI: the save dialog (replaced by a function that answers at
once), the export in the background, cancelling through the progress dialog's Cancel, a refusal,
and the notice at the end. Real services on real vaults."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from clientsafe.core.audit_filter import AuditFilter
from clientsafe.services import auth, demo
from clientsafe.services.audit_export import AuditExportResult
from clientsafe.services.vault_access import Vault
from clientsafe.ui import audit_export_dialog
from clientsafe.vault import audit_log
from tests.conftest import OFFICER, OFFICER_PASSWORD
from tests.ui.conftest import PromptAnswers

WAIT_MS = 20_000


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def answer(out: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The save dialog answers `out/audit.pdf` and records what it was offered."""
    offered: list[Path] = []

    def choose(parent: QWidget | None, suggested: Path) -> Path | None:
        offered.append(suggested)
        return out / "audit.pdf"

    monkeypatch.setattr(audit_export_dialog, "choose_audit_pdf", choose)
    return offered


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _run(parent: QWidget, vault: Vault, session) -> tuple[list[AuditExportResult | None], object]:
    outcome: list[AuditExportResult | None] = []
    task = audit_export_dialog.export_audit_pdf_interactively(
        parent, vault, session, AuditFilter(), on_done=outcome.append)
    assert task is not None
    return outcome, task


def test_the_export_runs_and_says_where(qtbot: QtBot, parent: QWidget, vault: Vault, out: Path,
                                        answer: list[Path],
                                        prompt_answers: PromptAnswers) -> None:
    session = auth.login(vault, OFFICER, OFFICER_PASSWORD)
    outcome, _task = _run(parent, vault, session)
    qtbot.waitUntil(lambda: bool(outcome), timeout=WAIT_MS)
    result = outcome[0]
    assert result is not None and result.path == out / "audit.pdf" and result.path.exists()
    assert answer[0].name.startswith("clientsafe-audit-") and answer[0].suffix == ".pdf"
    assert prompt_answers.asked == [
        f"Exported {result.entries} audit log entries to {out / 'audit.pdf'}."]
    assert audit_log.page(vault.conn, 0, 1)[0].action == "audit.exported"


def test_cancel_stops_it_and_keeps_no_file(qtbot: QtBot, parent: QWidget, vault: Vault,
                                           out: Path, answer: list[Path],
                                           prompt_answers: PromptAnswers) -> None:
    with vault.transaction() as conn:
        for i in range(6000):
            audit_log.record(conn, at=vault.clock(), action="test.entry", detail=f"#{i}")
    session = auth.login(vault, OFFICER, OFFICER_PASSWORD)
    outcome, task = _run(parent, vault, session)
    task.cancel()  # what the progress dialog's Cancel button does
    qtbot.waitUntil(lambda: bool(outcome), timeout=WAIT_MS)
    assert outcome == [None]
    assert prompt_answers.asked == ["The export was cancelled; no file was saved."]
    assert list(out.iterdir()) == []
    assert audit_log.page(vault.conn, 0, 1)[0].action != "audit.exported"


def test_front_desk_is_told_no(qtbot: QtBot, parent: QWidget, demo_vault: Vault, out: Path,
                               answer: list[Path], prompt_answers: PromptAnswers) -> None:
    session = auth.login(demo_vault, "frontdesk", demo.DEMO_PASSWORD)
    outcome, _task = _run(parent, demo_vault, session)
    qtbot.waitUntil(lambda: bool(outcome), timeout=WAIT_MS)
    assert outcome == [None]
    assert len(prompt_answers.asked) == 1 and "export the audit trail" in prompt_answers.asked[0]
    assert list(out.iterdir()) == []


def test_no_file_chosen_does_nothing(qtbot: QtBot, parent: QWidget, vault: Vault,
                                     monkeypatch: pytest.MonkeyPatch,
                                     prompt_answers: PromptAnswers) -> None:
    monkeypatch.setattr(audit_export_dialog, "choose_audit_pdf", lambda parent, suggested: None)
    session = auth.login(vault, OFFICER, OFFICER_PASSWORD)
    before = audit_log.count(vault.conn)
    assert audit_export_dialog.export_audit_pdf_interactively(
        parent, vault, session, AuditFilter()) is None
    assert prompt_answers.asked == [] and audit_log.count(vault.conn) == before
