"""The Vault health view: findings shown as sentences of the reader's language followed by the
technical detail, for a healthy vault, a damaged file and each kind of finding."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from clientsafe.core.errors import ClientSafeError
from clientsafe.core.session import Session
from clientsafe.services import auth, checks, demo
from clientsafe.services.checks import CheckReport, Finding, FindingKind
from clientsafe.services.vault_access import Vault, open_with_keyring
from clientsafe.ui.vault_health_view import VaultHealthView
from clientsafe.vault.audit_log import ChainReport
from tests.conftest import OFFICER, OFFICER_PASSWORD

WAIT_MS = 20_000
PAGE = 4096


def texts(view: VaultHealthView) -> list[str]:
    return [view.problems.item(i).text() for i in range(view.problems.count())]


def _open_signed_in(path: Path) -> tuple[Vault, Session] | None:
    try:
        vault = open_with_keyring(path)
    except ClientSafeError:
        return None
    try:
        return vault, auth.login(vault, "officer", demo.DEMO_PASSWORD)
    except ClientSafeError:
        vault.close()
        return None


@pytest.fixture
def damaged(demo_vault: Vault) -> Iterator[tuple[Vault, Session]]:
    """The demo vault with one byte flipped in a page near its end (as `clientsafe check` tests
    do), opened again and signed in. Pages the sign-in itself needs are skipped: damage there
    stops the vault opening, which is the startup's business, not this view's."""
    path = demo_vault.path
    demo_vault.close()
    for suffix in ("-wal", "-shm"):
        assert not path.with_name(path.name + suffix).exists()
    clean = path.read_bytes()
    opened = None
    for page in range(1, min(12, len(clean) // PAGE - 2)):
        data = bytearray(clean)
        data[len(data) - page * PAGE + 100] ^= 0xFF
        path.write_bytes(bytes(data))
        opened = _open_signed_in(path)
        if opened is not None:
            break
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    assert opened is not None, "no damaged page left the vault open"
    try:
        yield opened
    finally:
        opened[0].close()


def test_a_damaged_page_is_named_in_a_sentence_with_the_detail(
    qtbot: QtBot, damaged: tuple[Vault, Session]
) -> None:
    view = VaultHealthView(*damaged)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.check_finished, timeout=WAIT_MS):
        view.check_button.click()
    report = view.last_report
    assert report is not None and not report.ok
    storage = [f for f in report.problems if f.kind is FindingKind.STORAGE]
    assert storage and "page" in storage[0].text
    assert not storage[0].text.startswith("storage")  # the detail only, no prefix
    assert view.storage.text() == "Problems found"
    assert view.problems.isVisible()
    assert f"Damaged storage page: {storage[0].text}" in texts(view)
    assert view.problems.item(0).toolTip() == report.problems[0].text
    assert "problem" in view.status.text()


def test_each_kind_of_finding_has_its_own_sentence(qtbot: QtBot, vault: Vault) -> None:
    view = VaultHealthView(vault, auth.login(vault, OFFICER, OFFICER_PASSWORD))
    qtbot.addWidget(view)
    report = CheckReport(
        schema_version=1, customers=None, staff=1,
        audit=ChainReport(False, 2, 2, "ab" * 32, 3, "entry 3 was changed after it was written"),
        problems=[
            Finding(FindingKind.STORAGE, "HMAC verification failed for page 32"),
            Finding(FindingKind.STRUCTURE, checks.PART_UNREADABLE),
            Finding(FindingKind.AUDIT, "entry 3 was changed after it was written"),
            Finding(FindingKind.ANCHOR, "the anchor file beside the vault was altered"),
        ])
    view._show_report(report)
    assert texts(view) == [
        "Damaged storage page: HMAC verification failed for page 32",
        "Database structure damaged: part of the database could not be read",
        "Audit trail failed verification: entry 3 was changed after it was written",
        "The anchor beside the vault disagrees: the anchor file beside the vault was altered",
    ]
    assert view.storage.text() == "Problems found"
    assert view.chain_state.text() == "Broken at entry 3"
    assert view.customers.text() == "could not be read"
    assert "4 problems" in view.status.text()


def test_audit_findings_alone_leave_storage_ok(qtbot: QtBot, vault: Vault) -> None:
    view = VaultHealthView(vault, auth.login(vault, OFFICER, OFFICER_PASSWORD))
    qtbot.addWidget(view)
    view._show_report(CheckReport(
        1, 0, 1, ChainReport(False, 2, 2, "00" * 32, None, "x"),
        [Finding(FindingKind.ANCHOR, "x")]))
    assert view.storage.text() == "OK"
    assert texts(view) == ["The anchor beside the vault disagrees: x"]
