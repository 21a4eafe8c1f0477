"""The retention panel of a customer record: per-service retention, ending a relationship,
placing and releasing a legal hold, and what other roles see."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from clientsafe.core.audit_actions import Action
from clientsafe.services import auth, customers, retention
from clientsafe.services.vault_access import Vault
from clientsafe.ui.retention_panel import RetentionPanel
from clientsafe.vault import audit_log
from tests.conftest import FakeClock
from tests.ui.conftest import PromptAnswers


def ongoing_customer(vault: Vault) -> int:
    """A customer of the frontdesk user in the membership only, which goes on."""
    frontdesk = auth.login(vault, "frontdesk", "demo")
    mine = {r.id for r in customers.page(vault, frontdesk, offset=0, limit=1000)}
    rows = vault.conn.execute(
        "SELECT customer_id FROM customer_services GROUP BY customer_id"
        " HAVING count(*) = 1 AND max(service_id) = 1 AND max(ended_on) IS NULL"
        " ORDER BY customer_id").fetchall()
    return next(r[0] for r in rows if r[0] in mine)


def make_panel(qtbot: QtBot, vault: Vault, user: str, customer_id: int) -> RetentionPanel:
    panel = RetentionPanel(vault, auth.login(vault, user, "demo"), customer_id)
    qtbot.addWidget(panel)
    panel.show()
    panel.load()
    return panel


def test_end_a_relationship(qtbot: QtBot, demo_vault: Vault, clock: FakeClock) -> None:
    customer_id = ongoing_customer(demo_vault)
    panel = make_panel(qtbot, demo_vault, "manager", customer_id)
    assert panel.summary.text() == "Kept while the relationship lasts: no end date yet."
    assert panel.hold_button.text() == "Place legal hold…"
    button = panel.end_buttons[1]
    assert button.text() == "End relationship…"
    button.click()
    dialog = panel.dialog
    assert dialog is not None and dialog.text() == clock().date().isoformat()
    dialog.field.setText((clock().date() + timedelta(days=2)).isoformat())  # type: ignore
    dialog.accept()
    assert dialog.isVisible() and "future" in dialog.error.text()
    dialog.field.setText("yesterday")  # type: ignore[attr-defined]
    dialog.accept()
    assert "YYYY-MM-DD" in dialog.error.text()
    with qtbot.waitSignal(panel.changed):
        dialog.field.setText(clock().date().isoformat())  # type: ignore[attr-defined]
        dialog.accept()
    assert not dialog.isVisible()
    assert audit_log.page(demo_vault.conn, 0, 1)[0].action == str(Action.RELATIONSHIP_ENDED)
    due = clock().date().replace(year=clock().date().year + 2)
    assert panel.summary.text() == f"Kept until {due.isoformat()}."
    assert panel.end_buttons[1].text() == "Change end…"


def test_place_and_release_a_hold(qtbot: QtBot, demo_vault: Vault,
                                  prompt_answers: PromptAnswers) -> None:
    customer_id = ongoing_customer(demo_vault)
    panel = make_panel(qtbot, demo_vault, "manager", customer_id)
    panel.hold_button.click()
    dialog = panel.dialog
    assert dialog is not None
    dialog.accept()
    assert dialog.error.text() == "Type why the data must be kept."
    dialog.field.setText("Police request 2026-114")  # type: ignore[attr-defined]
    dialog.accept()
    assert not dialog.isVisible()
    assert panel.summary.text().startswith("On legal hold since ")
    assert panel.summary.text().endswith("placed by 李强 Li Qiang: Police request 2026-114")
    assert panel.hold_button.text() == "Release hold…"
    panel.hold_button.click()  # the confirmation says no
    assert retention.status(demo_vault, auth.login(demo_vault, "manager", "demo"),
                            customer_id).held
    prompt_answers.confirm_answer = True
    panel.hold_button.click()
    assert panel.hold_button.text() == "Place legal hold…"
    assert audit_log.page(demo_vault.conn, 0, 1)[0].action == str(Action.LEGAL_HOLD_RELEASED)


def test_front_desk_sees_retention_without_buttons(qtbot: QtBot, demo_vault: Vault) -> None:
    customer_id = ongoing_customer(demo_vault)
    panel = make_panel(qtbot, demo_vault, "frontdesk", customer_id)
    assert panel.summary.isVisible() and panel.end_buttons == {}
    assert not panel.hold_button.isVisible()
    other = demo_vault.conn.execute(
        "SELECT min(id) FROM customers WHERE assigned_staff_id != (SELECT id FROM staff"
        " WHERE username = 'frontdesk')").fetchone()[0]
    refused = make_panel(qtbot, demo_vault, "frontdesk", other)
    assert refused.error.isVisible() and not refused.summary.isVisible()
    officer = make_panel(qtbot, demo_vault, "officer", customer_id)
    assert officer.error.isVisible() and "may not" in officer.error.text()
