"""The rights-request table model, without a window: its columns, the deadline countdown as the
clock moves, and the colours that point at overdue requests."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from clientsafe.core.rights import (
    RequestChannel,
    RightsKind,
    RightsRequest,
    RightsStatus,
    Verification,
)
from clientsafe.services.rights_requests import RightsRequestRow
from clientsafe.ui.rights_table_model import OVERDUE_COLOR, SOON_COLOR, RightsTableModel
from tests.conftest import FakeClock

M = RightsTableModel


def _row(clock: FakeClock, *, request_id: int = 7, due_in: timedelta = timedelta(days=12),
         status: RightsStatus = RightsStatus.OPEN, verified: bool = False,
         exists: bool = True) -> RightsRequestRow:
    now = clock.now
    request = RightsRequest(
        id=request_id, customer_id=42, kind=RightsKind.CORRECTION,
        received_at=now - timedelta(days=3), channel=RequestChannel.PHONE, details="",
        due_at=now + due_in, status=status, response="",
        registered_by="王芳 Wang Fang", verified_by="李强 Li Qiang" if verified else "",
        verified_how=Verification.KNOWN_CONTACT if verified else None,
        verified_at=now - timedelta(days=1) if verified else None,
        closed_by="李强 Li Qiang" if status in (RightsStatus.COMPLETED, RightsStatus.REFUSED)
        else "", closed_at=now if status in (RightsStatus.COMPLETED, RightsStatus.REFUSED)
        else None)
    return RightsRequestRow(request, "张伟" if exists else "", exists, None)


def _texts(model: RightsTableModel, row: int = 0) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_columns_and_texts(qtbot: QtBot, clock: FakeClock) -> None:
    model = RightsTableModel(clock)
    model.set_rows([_row(clock), _row(clock, request_id=8, verified=True,
                                      status=RightsStatus.IN_PROGRESS)])
    assert model.rowCount() == 2 and model.columnCount() == 8
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers == ["No.", "Customer", "Request", "Received", "How", "Status",
                       "Verified by", "Deadline"]
    first = _texts(model)
    assert first[M.NUMBER] == "#7" and first[M.CUSTOMER] == "张伟"
    assert first[M.KIND] == "Correction" and first[M.CHANNEL] == "By phone"
    assert first[M.STATUS] == "Open" and first[M.VERIFIED] == "not yet"
    assert first[M.DEADLINE] == "12 days left"
    second = _texts(model, 1)
    assert second[M.STATUS] == "In progress" and second[M.VERIFIED] == "李强 Li Qiang"
    tip = model.index(1, M.VERIFIED).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Confirmed on contact details held, ")
    assert model.index(1, 0).data(Qt.ItemDataRole.UserRole) == 8
    assert model.row_at(1).request.id == 8 and model.row_at(2) is None


def test_the_countdown_follows_the_clock(qtbot: QtBot, clock: FakeClock) -> None:
    model = RightsTableModel(clock)
    model.set_rows([_row(clock, due_in=timedelta(days=15))])
    deadline = model.index(0, M.DEADLINE)

    def shown() -> tuple[str, str | None]:
        color = deadline.data(Qt.ItemDataRole.ForegroundRole)
        return deadline.data(), color.name() if isinstance(color, QColor) else None

    seen = [shown()]
    for step in (dict(days=11), dict(days=1), dict(days=2, hours=1), dict(hours=23),
                 dict(minutes=1), dict(days=2)):
        clock.advance(**step)
        seen.append(shown())
    assert seen == [
        ("15 days left", None),
        ("4 days left", None),
        ("3 days left", SOON_COLOR),
        ("due today", SOON_COLOR),  # 23 hours to go
        ("due today", SOON_COLOR),  # exactly at the deadline
        ("1 day overdue", OVERDUE_COLOR),
        ("3 days overdue", OVERDUE_COLOR),
    ]


def test_answered_and_destroyed(qtbot: QtBot, clock: FakeClock) -> None:
    model = RightsTableModel(clock)
    model.set_rows([_row(clock, status=RightsStatus.REFUSED, verified=True,
                         due_in=timedelta(days=-30), exists=False)])
    texts = _texts(model)
    # Answered: no countdown, however late.
    assert texts[M.DEADLINE] == f"answered {clock.now.astimezone():%Y-%m-%d}"
    assert texts[M.STATUS] == "Refused"
    assert texts[M.CUSTOMER] == "#42 (data destroyed)"
    assert model.index(0, M.DEADLINE).data(Qt.ItemDataRole.ToolTipRole).startswith(
        "Answered ")


def test_countdown_wording(qtbot: QtBot, clock: FakeClock) -> None:
    model = RightsTableModel(clock)
    assert [model.countdown(n) for n in (12, 2, 1, 0, -1, -3, None)] == [
        "12 days left", "2 days left", "due today", "due today", "1 day overdue",
        "3 days overdue", "—"]
