"""Draw a signature on the signature pad with pen (tablet) events and save pictures of it, to look
at them (not a test):

    QT_QPA_PLATFORM=offscreen python tests/ui/signature_screenshots.py [OUTPUT_DIR]

Writes signature_pad_empty.png, signature_pad.png (the pad as shown), signature_field.png (with
its buttons) and signature_to_png.png (what to_png gives the consent record). Default /tmp/shots.
"""

from __future__ import annotations

import math
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtWidgets import QApplication
from shot_tools import save

from clientsafe.ui.signature_pad import SignatureField, SignaturePad


def pen_stroke(pad: SignaturePad, points: list[tuple[float, float, float]]) -> None:
    """One stroke as real tablet events: press, moves, release (x, y in pixels, pressure)."""
    device = QPointingDevice("shot pen", 1, QInputDevice.DeviceType.Stylus,
                             QPointingDevice.PointerType.Pen,
                             QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
                             1, 2, parent=pad)  # owned by Qt: no teardown-order crash
    points = [points[0], *points]  # the press, then every point as a move or the release
    for index, (x, y, pressure) in enumerate(points):
        kind = (QEvent.Type.TabletPress if index == 0 else QEvent.Type.TabletRelease
                if index == len(points) - 1 else QEvent.Type.TabletMove)
        local = QPointF(x, y)
        QApplication.sendEvent(pad, QTabletEvent(
            kind, device, local, pad.mapToGlobal(local), pressure, 0, 0, 0, 0, 0,
            Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton))


def sign(pad: SignaturePad) -> None:
    """A made-up signature: a looping cursive run, a flourish underneath, and a dot."""
    w, h = pad.width(), pad.height()
    run = []
    for step in range(240):
        t = step / 239
        x = w * (0.12 + 0.62 * t) + 0.05 * w * math.sin(t * 9 * math.pi)
        y = h * (0.55 - 0.2 * math.sin(t * 9 * math.pi + 1.2) * (1 - 0.4 * t))
        run.append((x, y, 0.25 + 0.7 * abs(math.sin(t * 4.5 * math.pi))))
    pen_stroke(pad, run)
    flourish = [(w * (0.2 + 0.6 * t), h * (0.78 - 0.06 * math.sin(t * math.pi)), 0.9 - 0.7 * t)
                for t in (i / 59 for i in range(60))]
    pen_stroke(pad, flourish)
    pen_stroke(pad, [(w * 0.8, h * 0.3, 0.8)])


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    pad = SignaturePad()
    pad.resize(600, 220)
    save(pad, out, "signature_pad_empty")
    sign(pad)
    save(pad, out, "signature_pad")
    png = out / "signature_to_png.png"
    png.write_bytes(pad.to_png())
    print(png, "looks_signed:", pad.looks_signed(), "strokes:", pad.stroke_count())
    field = SignatureField()
    field.resize(640, 270)
    field.show()
    sign(field.pad)
    save(field, out, "signature_field")


if __name__ == "__main__":
    # The application outlives main()'s widgets; created inside main() it died first, and
    # PySide aborted at exit.
    app = QApplication.instance() or QApplication(sys.argv)
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/shots"))
