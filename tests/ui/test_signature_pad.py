"""The counter signature pad, driven by real mouse, touch and tablet events (offscreen)."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QInputDevice, QMouseEvent, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clientsafe.ui.signature_pad import MIN_INK_LENGTH, SignatureField, SignaturePad

LEFT = Qt.MouseButton.LeftButton
NO_MODIFIER = Qt.KeyboardModifier.NoModifier

# A zig-zag "signature" in widget pixels, for a 600×200 pad (canvas 600×200, no letterbox).
ZIGZAG = [(60 + 20 * i, 140 if i % 2 else 70) for i in range(12)]
LOOP = [(380, 120), (420, 70), (460, 120), (420, 150), (390, 110), (520, 100)]


@pytest.fixture
def pad(qtbot: QtBot) -> SignaturePad:
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(600, 200)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def mouse_stroke(pad: SignaturePad, points: Iterable[tuple[int, int]]) -> None:
    """Press, drag with the left button held (sent as real QMouseEvents), release."""
    first, *rest = list(points)
    QTest.mousePress(pad, LEFT, NO_MODIFIER, QPoint(*first))
    for x, y in rest:
        local = QPointF(x, y)
        move = QMouseEvent(QEvent.Type.MouseMove, local, pad.mapToGlobal(local),
                           Qt.MouseButton.NoButton, LEFT, NO_MODIFIER)
        QApplication.sendEvent(pad, move)
    QTest.mouseRelease(pad, LEFT, NO_MODIFIER, QPoint(*rest[-1] if rest else first))


def stylus() -> QPointingDevice:
    return QPointingDevice("test pen", 4711, QInputDevice.DeviceType.Stylus,
                           QPointingDevice.PointerType.Pen,
                           QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
                           1, 2)


def tablet_stroke(pad: SignaturePad, device: QPointingDevice,
                  points: Iterable[tuple[int, int, float]]) -> None:
    points = list(points)
    for index, (x, y, pressure) in enumerate(points):
        kind = (QEvent.Type.TabletPress if index == 0 else
                QEvent.Type.TabletRelease if index == len(points) - 1 else QEvent.Type.TabletMove)
        local = QPointF(x, y)
        button = LEFT if kind != QEvent.Type.TabletMove else Qt.MouseButton.NoButton
        held = Qt.MouseButton.NoButton if kind == QEvent.Type.TabletRelease else LEFT
        event = QTabletEvent(kind, device, local, pad.mapToGlobal(local), pressure,
                             0.0, 0.0, 0.0, 0.0, 0.0, NO_MODIFIER, button, held)
        QApplication.sendEvent(pad, event)
        assert event.isAccepted()


def png_image(data: bytes) -> QImage:
    image = QImage.fromData(data)
    assert not image.isNull()
    return image


def is_dark(image: QImage, x: int, y: int) -> bool:
    return image.pixelColor(x, y).lightness() < 128


def dark_pixels(image: QImage) -> int:
    return sum(is_dark(image, x, y) for x in range(0, image.width(), 2)
               for y in range(0, image.height(), 2))


def test_empty_at_first(pad: SignaturePad) -> None:
    assert pad.is_empty() and pad.stroke_count() == 0 and not pad.looks_signed()
    assert pad.minimumWidth() >= 480 and pad.minimumHeight() >= 180
    assert pad.cursor().shape() == Qt.CursorShape.CrossCursor
    assert pad.accessibleName() and pad.accessibleDescription()
    assert pad.testAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
    image = png_image(pad.to_png())
    assert (image.width(), image.height()) == (900, 300) and dark_pixels(image) == 0


def test_mouse_strokes_sign_and_emit(pad: SignaturePad, qtbot: QtBot) -> None:
    with qtbot.waitSignal(pad.signature_changed, timeout=1000):
        mouse_stroke(pad, ZIGZAG)
    assert pad.stroke_count() == 1 and len(pad.strokes()[0]) == len(ZIGZAG)
    mouse_stroke(pad, LOOP)
    assert pad.stroke_count() == 2 and not pad.is_empty() and pad.looks_signed()
    # Stored in canvas units (canvas height = 200 px here), not pixels.
    x, y, _ = pad.strokes()[0][0]
    assert (x, y) == pytest.approx((60 / 200, 70 / 200))


def test_undo_and_clear(pad: SignaturePad, qtbot: QtBot) -> None:
    mouse_stroke(pad, ZIGZAG)
    mouse_stroke(pad, LOOP)
    with qtbot.waitSignal(pad.signature_changed, timeout=1000):
        pad.undo_stroke()
    assert pad.stroke_count() == 1
    with qtbot.waitSignal(pad.signature_changed, timeout=1000):
        pad.clear()
    assert pad.is_empty() and not pad.looks_signed()
    pad.undo_stroke()  # nothing to undo: no error
    assert pad.is_empty()


def test_a_single_tap_or_a_few_dots_do_not_look_signed(pad: SignaturePad) -> None:
    QTest.mouseClick(pad, LEFT, NO_MODIFIER, QPoint(300, 100))
    assert pad.stroke_count() == 1 and not pad.is_empty()
    assert not pad.looks_signed()
    for x in (100, 200, 400):
        QTest.mouseClick(pad, LEFT, NO_MODIFIER, QPoint(x, 100))
    assert pad.stroke_count() == 4 and not pad.looks_signed()
    mouse_stroke(pad, [(100, 120), (130, 120)])  # a short slip: 0.15 canvas heights
    assert pad.ink_length() < MIN_INK_LENGTH and not pad.looks_signed()


def test_touch_draws_one_finger_and_ignores_a_second(pad: SignaturePad) -> None:
    device = QTest.createTouchDevice()
    QTest.touchEvent(pad, device).press(0, QPoint(*ZIGZAG[0]), pad).commit()
    for index, (x, y) in enumerate(ZIGZAG[1:], start=1):
        sequence = QTest.touchEvent(pad, device).move(0, QPoint(x, y), pad)
        if index == 3:  # a palm lands while signing: ignored
            sequence.press(1, QPoint(500, 50), pad)
        elif index > 3:
            sequence.move(1, QPoint(510, 60 + index), pad)
        sequence.commit()
    QTest.touchEvent(pad, device).release(0, QPoint(*ZIGZAG[-1]), pad).release(
        1, QPoint(510, 80), pad).commit()
    assert pad.stroke_count() == 1
    assert len(pad.strokes()[0]) == len(ZIGZAG)
    assert pad.looks_signed()


def test_a_touchpad_does_not_draw_through_touch_events(pad: SignaturePad) -> None:
    device = QTest.createTouchDevice(QInputDevice.DeviceType.TouchPad)
    QTest.touchEvent(pad, device).press(0, QPoint(100, 100), pad).commit()
    QTest.touchEvent(pad, device).move(0, QPoint(300, 100), pad).commit()
    QTest.touchEvent(pad, device).release(0, QPoint(300, 100), pad).commit()
    assert pad.is_empty()  # its own pointer (mouse) events draw instead


def test_tablet_pressure_sets_the_width(pad: SignaturePad) -> None:
    device = stylus()
    tablet_stroke(pad, device, [(60, 60, 0.05), (300, 60, 0.05), (540, 60, 0.05)])
    tablet_stroke(pad, device, [(60, 150, 1.0), (300, 150, 1.0), (540, 150, 1.0)])
    assert pad.stroke_count() == 2  # no extra strokes from synthesized mouse events
    assert [p for _, _, p in pad.strokes()[1]] == [1.0, 1.0, 1.0]
    image = pad.grab().toImage()

    def thickness(y_centre: int) -> int:
        return sum(is_dark(image, 300, y) for y in range(y_centre - 8, y_centre + 9))

    light, heavy = thickness(60), thickness(150)
    assert 1 <= light < heavy <= 5, (light, heavy)


def test_one_device_draws_at_a_time(pad: SignaturePad) -> None:
    device = stylus()
    points = [(60, 60, 0.5), (200, 90, 0.6), (340, 60, 0.7), (480, 90, 0.5)]
    tablet_stroke(pad, device, points[:1])  # pen down (the helper's lone event is a press)
    mouse_stroke(pad, LOOP)  # a mouse (or a synthesized one) meanwhile: ignored
    tablet_stroke(pad, device, [points[0], *points[1:]])  # press is ignored, moves, release
    assert pad.stroke_count() == 1 and len(pad.strokes()[0]) == len(points)


def test_to_png_size_ink_and_determinism(pad: SignaturePad) -> None:
    mouse_stroke(pad, [(100, 100), (500, 100)])  # one horizontal line across the middle
    data = pad.to_png(600, 200)
    assert data == pad.to_png(600, 200)
    assert data.startswith(b"\x89PNG") and b"tEXt" not in data and b"tIME" not in data
    image = png_image(data)
    assert (image.width(), image.height()) == (600, 200)
    assert is_dark(image, 300, 100)  # the stroke, centred
    assert not is_dark(image, 300, 20) and not is_dark(image, 5, 100)  # white around it
    big = png_image(pad.to_png())
    assert (big.width(), big.height()) == (900, 300) and is_dark(big, 450, 150)
    # The margin (8% of the height, 24 px, less the round cap of the pen) stays white.
    assert not any(is_dark(big, x, 150) for x in range(0, 18))
    assert any(is_dark(big, x, 150) for x in range(18, 30))


def test_resizing_keeps_the_drawing(pad: SignaturePad, qtbot: QtBot) -> None:
    mouse_stroke(pad, ZIGZAG)
    mouse_stroke(pad, LOOP)
    before, png_before = pad.strokes(), pad.to_png()
    pad.resize(1200, 400)  # twice the size: the ink scales with it
    qtbot.waitUntil(lambda: (pad.width(), pad.height()) == (1200, 400))
    assert pad.strokes() == before and pad.to_png() == png_before
    image = pad.grab().toImage()
    assert is_dark(image, 2 * ZIGZAG[0][0], 2 * ZIGZAG[0][1])
    pad.resize(1200, 200)  # wider: letterboxed, the canvas (600×200) centred
    qtbot.waitUntil(lambda: (pad.width(), pad.height()) == (1200, 200))
    image = pad.grab().toImage()
    assert is_dark(image, 300 + ZIGZAG[0][0], ZIGZAG[0][1])


def test_read_only_ignores_every_input(pad: SignaturePad) -> None:
    mouse_stroke(pad, ZIGZAG)
    pad.set_read_only(True)
    mouse_stroke(pad, LOOP)
    tablet_stroke(pad, stylus(), [(60, 60, 0.5), (300, 60, 0.5)])
    device = QTest.createTouchDevice()
    QTest.touchEvent(pad, device).press(0, QPoint(100, 100), pad).commit()
    QTest.touchEvent(pad, device).move(0, QPoint(300, 100), pad).commit()
    QTest.touchEvent(pad, device).release(0, QPoint(300, 100), pad).commit()
    assert pad.stroke_count() == 1
    pad.set_read_only(False)
    mouse_stroke(pad, LOOP)
    assert pad.stroke_count() == 2


def test_the_hint_disappears_once_drawing_starts(pad: SignaturePad) -> None:
    # The hint sits left, just above the baseline: sample there before and after a tap far away.
    def ink_in_hint_area() -> int:
        image = pad.grab().toImage()
        return sum(image.pixelColor(x, y).lightness() < 235
                   for x in range(36, 200, 2) for y in range(100, 146, 2))

    assert ink_in_hint_area() > 0
    QTest.mouseClick(pad, LEFT, NO_MODIFIER, QPoint(560, 30))
    assert ink_in_hint_area() == 0


def test_signature_field_buttons(qtbot: QtBot) -> None:
    field = SignatureField()
    qtbot.addWidget(field)
    field.resize(640, 260)
    field.show()
    qtbot.waitExposed(field)
    assert not field.clear_button.isEnabled() and not field.undo_button.isEnabled()
    with qtbot.waitSignal(field.changed, timeout=1000):
        mouse_stroke(field.pad, ZIGZAG)
    mouse_stroke(field.pad, LOOP)
    assert field.undo_button.isEnabled() and field.clear_button.text()
    with qtbot.waitSignal(field.changed, timeout=1000):
        QTest.mouseClick(field.undo_button, LEFT)
    assert field.pad.stroke_count() == 1
    QTest.mouseClick(field.clear_button, LEFT)
    assert field.pad.is_empty() and not field.clear_button.isEnabled()
    mouse_stroke(field.pad, ZIGZAG)
    field.set_read_only(True)
    assert not field.clear_button.isEnabled() and not field.undo_button.isEnabled()
