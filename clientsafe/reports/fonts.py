"""Registration of the shipped CJK TrueType font with reportlab."""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

# Resolved from the source tree (clientsafe/reports/fonts.py -> repo root).
FONT_PATH: Path = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "wqy-microhei.ttc"
CJK_FONT_NAME: str = "WQYMicroHei"

# The PDF standard monospace face: every viewer has it, so it needs no embedding.
# It is used only for the Latin-only recovery key, where fixed-width glyphs help copying.
MONO_FONT_NAME: str = "Courier-Bold"

_lock = threading.Lock()


def cjk_font_name() -> str:
    """Register the shipped font once (thread-safe, idempotent) and return its reportlab name.

    The face has no bold or italic variant, so the same face is mapped for all four styles;
    `<b>` in a Paragraph then still renders instead of failing.
    """
    with _lock:
        if CJK_FONT_NAME not in pdfmetrics.getRegisteredFontNames():
            if not FONT_PATH.is_file():
                raise FileNotFoundError(f"The PDF font is missing: {FONT_PATH}")
            # A .ttc holds several faces; index 0 is the regular Micro Hei.
            pdfmetrics.registerFont(TTFont(CJK_FONT_NAME, str(FONT_PATH), subfontIndex=0))
            pdfmetrics.registerFontFamily(
                CJK_FONT_NAME,
                normal=CJK_FONT_NAME,
                bold=CJK_FONT_NAME,
                italic=CJK_FONT_NAME,
                boldItalic=CJK_FONT_NAME,
            )
    return CJK_FONT_NAME
