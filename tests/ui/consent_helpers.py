"""Driving the real consent dialog from tests and screenshot scripts: tick boxes, sign with mouse
events, record a paper signature, fill in the guardian. Imported as `tests.ui.consent_helpers` by
tests and by its plain name by the screenshot scripts, so it imports nothing from tests."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from clientsafe.core.consent import Purpose
from clientsafe.ui.consent_dialog import ConsentDialog
from clientsafe.ui.signature_pad import SignaturePad

LEFT = Qt.MouseButton.LeftButton
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def mouse_stroke(pad: SignaturePad, points: list[tuple[int, int]]) -> None:
    """Press, drag with the left button held (real QMouseEvents), release."""
    first, *rest = points
    QTest.mousePress(pad, LEFT, NO_MODIFIER, QPoint(*first))
    for x, y in rest:
        local = QPointF(x, y)
        QApplication.sendEvent(pad, QMouseEvent(QEvent.Type.MouseMove, local,
                                                pad.mapToGlobal(local), Qt.MouseButton.NoButton,
                                                LEFT, NO_MODIFIER))
    QTest.mouseRelease(pad, LEFT, NO_MODIFIER, QPoint(*(rest[-1] if rest else first)))


def sign(pad: SignaturePad) -> None:
    """A zig-zag and a loop across the pad, scaled to its size."""
    w, h = max(pad.width(), 480), max(pad.height(), 180)
    zigzag = [(int(w * (0.1 + 0.035 * i)), int(h * (0.7 if i % 2 else 0.35))) for i in range(12)]
    loop = [(int(w * x), int(h * y)) for x, y in
            ((0.6, 0.6), (0.68, 0.35), (0.76, 0.6), (0.68, 0.75), (0.63, 0.55), (0.87, 0.5))]
    mouse_stroke(pad, zigzag)
    mouse_stroke(pad, loop)
    assert pad.looks_signed()


def tick(dialog: ConsentDialog, *purposes: Purpose) -> None:
    """Tick the boxes of these purposes (every sharing box for SHARING)."""
    for key in dialog.choices.decisions():
        if any(key == p.value or key.startswith(f"{p.value}:") for p in purposes):
            dialog.choices.checkbox(key).setChecked(True)


def agree_on_screen(dialog: ConsentDialog, *purposes: Purpose, guardian: str = "") -> None:
    """The customer ticks (service at least), signs on the pad, and agrees."""
    tick(dialog, Purpose.SERVICE, *purposes)
    sign(dialog.signature.pad)
    if guardian:
        assert dialog.guardian is not None
        dialog.guardian.name_edit.setText(guardian)
        dialog.guardian.relationship.setCurrentIndex(0)  # parent
        sign(dialog.guardian.signature.pad)
    assert dialog.problem() is None, dialog.problem()
    dialog.agree_button.click()


def agree_on_paper(dialog: ConsentDialog, *purposes: Purpose) -> None:
    tick(dialog, Purpose.SERVICE, *purposes)
    dialog.paper_check.setChecked(True)
    assert dialog.problem() is None, dialog.problem()
    dialog.agree_button.click()
