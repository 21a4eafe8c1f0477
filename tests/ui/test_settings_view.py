"""The security officer's settings screen: showing, changing and reverting the disclosure limits
and this computer's idle time, against a real vault."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from clientsafe.core.audit_actions import Action
from clientsafe.core.audit_filter import AuditFilter
from clientsafe.core.disclosure import DisclosureLimits
from clientsafe.core.errors import PermissionDenied
from clientsafe.core.session import Session
from clientsafe.services import audit_query, auth, demo, disclosure_settings, settings
from clientsafe.services.vault_access import Vault
from clientsafe.ui.settings_view import SettingsView


@pytest.fixture
def officer(demo_vault: Vault) -> Session:
    return auth.login(demo_vault, "officer", demo.DEMO_PASSWORD)


@pytest.fixture
def view(qtbot: QtBot, demo_vault: Vault, officer: Session) -> SettingsView:
    widget = SettingsView(demo_vault, officer)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    return widget


def changes(vault: Vault, officer: Session) -> list[str]:
    flt = AuditFilter(action=str(Action.SETTINGS_CHANGED))
    return [e.detail for e in audit_query.page(vault, officer, flt, offset=0, limit=50)
            if e.outcome == "done"]


def test_shows_the_current_values(qtbot: QtBot, demo_vault: Vault, officer: Session) -> None:
    disclosure_settings.set_limits(demo_vault, officer, DisclosureLimits(
        bulk_view_limit=40, bulk_view_window_minutes=15, export_limit=25, denial_burst=4,
        business_opens=8, business_closes=20, rights_deadline_days=20,
        default_retention_months=48))
    settings.save_idle_minutes(12)
    view = SettingsView(demo_vault, officer)
    qtbot.addWidget(view)
    assert view.bulk_view_limit.value() == 40
    assert view.bulk_view_window.value() == 15
    assert view.export_limit.value() == 25
    assert view.denial_burst.value() == 4
    assert view.business_opens.value() == 8
    assert view.business_opens.text() == "08:00"
    assert view.business_closes.value() == 20
    assert view.idle_minutes.value() == 12
    assert view.rights_deadline_days.value() == 20
    assert view.default_retention_months.value() == 48
    assert not view.save_button.isEnabled()
    assert not view.revert_button.isEnabled()


def test_the_spin_boxes_offer_the_service_ranges(view: SettingsView) -> None:
    assert (view.bulk_view_limit.minimum(), view.bulk_view_limit.maximum()) == (1, 10_000)
    assert (view.denial_burst.minimum(), view.denial_burst.maximum()) == (2, 1000)
    assert (view.business_closes.minimum(), view.business_closes.maximum()) == (1, 24)
    assert (view.idle_minutes.minimum(), view.idle_minutes.maximum()) == (1, 120)
    assert (view.rights_deadline_days.minimum(), view.rights_deadline_days.maximum()) == (1, 90)
    assert (view.default_retention_months.minimum(),
            view.default_retention_months.maximum()) == (1, 1200)
    assert view.rights_deadline_days.value() == 15
    assert view.default_retention_months.value() == 36


def test_change_and_save(demo_vault: Vault, officer: Session, view: SettingsView) -> None:
    assert view.chosen_limits() == DisclosureLimits()
    before = len(changes(demo_vault, officer))
    view.bulk_view_limit.setValue(30)
    view.export_limit.setValue(100)
    view.business_closes.setValue(22)
    assert view.save_button.isEnabled() and view.revert_button.isEnabled()
    view.save_button.click()

    saved = disclosure_settings.limits(demo_vault.conn)
    assert (saved.bulk_view_limit, saved.export_limit, saved.business_closes) == (30, 100, 22)
    assert saved.bulk_view_window_minutes == DisclosureLimits().bulk_view_window_minutes
    details = changes(demo_vault, officer)
    assert len(details) == before + 1
    assert "bulk_view_limit=30" in details[0] and "export_limit=100" in details[0]
    assert view.notice.isVisible()
    assert view.notice.text() == "Saved; the new limits apply at once."
    assert not view.save_button.isEnabled()
    assert settings.idle_minutes() == 5  # untouched


def test_rights_deadline_and_retention_are_saved_and_kept(
    qtbot: QtBot, demo_vault: Vault, officer: Session
) -> None:
    disclosure_settings.set_limits(demo_vault, officer, DisclosureLimits(
        rights_deadline_days=30, default_retention_months=60))
    view = SettingsView(demo_vault, officer)
    qtbot.addWidget(view)
    view.export_limit.setValue(50)  # saving another limit keeps these two as they are
    view.save_button.click()
    saved = disclosure_settings.limits(demo_vault.conn)
    assert (saved.export_limit, saved.rights_deadline_days,
            saved.default_retention_months) == (50, 30, 60)
    view.rights_deadline_days.setValue(10)
    view.default_retention_months.setValue(24)
    view.save_button.click()
    saved = disclosure_settings.limits(demo_vault.conn)
    assert (saved.rights_deadline_days, saved.default_retention_months) == (10, 24)
    assert "rights_deadline_days=10" in changes(demo_vault, officer)[0]


def test_revert_shows_the_saved_values(view: SettingsView) -> None:
    view.denial_burst.setValue(9)
    assert view.save_button.isEnabled()
    view.revert_button.click()
    assert view.denial_burst.value() == DisclosureLimits().denial_burst
    assert not view.save_button.isEnabled()


def test_business_hours_that_end_before_they_begin_save_nothing(
    demo_vault: Vault, officer: Session, view: SettingsView
) -> None:
    before = len(changes(demo_vault, officer))
    view.export_limit.setValue(99)
    view.idle_minutes.setValue(30)
    view.business_opens.setValue(18)
    view.business_closes.setValue(9)
    view.save_button.click()

    assert view.notice.isVisible()
    assert view.notice.text() == (
        "Business hours must end after they begin. Choose a whole number from 19 to 24."
    )
    assert disclosure_settings.limits(demo_vault.conn) == DisclosureLimits()
    assert len(changes(demo_vault, officer)) == before
    assert settings.idle_minutes() == 5  # nothing at all was saved
    assert view.save_button.isEnabled()  # the edits are still there to correct


def test_idle_minutes_are_saved_on_this_computer(
    demo_vault: Vault, officer: Session, view: SettingsView
) -> None:
    before = len(changes(demo_vault, officer))
    view.idle_minutes.setValue(20)
    view.save_button.click()
    assert settings.idle_minutes() == 20
    assert "next sign-in" in view.notice.text()
    assert "limits" not in view.notice.text()
    assert len(changes(demo_vault, officer)) == before  # the vault's limits were not touched


@pytest.mark.parametrize("name", ["frontdesk", "finance", "manager"])
def test_only_the_security_officer_may_read_the_settings(demo_vault: Vault, name: str) -> None:
    session = auth.login(demo_vault, name, demo.DEMO_PASSWORD)
    with pytest.raises(PermissionDenied):
        disclosure_settings.current_limits(demo_vault, session)


def test_a_refused_read_is_one_sentence_and_no_form(
    qtbot: QtBot, demo_vault: Vault
) -> None:
    view = SettingsView(demo_vault, auth.login(demo_vault, "manager", demo.DEMO_PASSWORD))
    qtbot.addWidget(view)
    view.show()
    assert view.notice.isVisible() and "Manager" in view.notice.text()
    assert not view.save_button.isVisible()
    assert not view.bulk_view_limit.isVisible()
