"""Printing a PDF page by page through QtPdf, onto a real QPrinter (writing a PDF file here,
since tests have no printer)."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from clientsafe.reports import consent_pdf
from clientsafe.ui.pdf_print import render_to_printer
from tests.consent_pdf_samples import make_document


def test_every_page_reaches_the_printer(qtbot: QtBot, tmp_path: Path) -> None:
    data = consent_pdf.render(make_document("zh_CN"))
    pages = len(pypdf.PdfReader(io.BytesIO(data)).pages)
    assert pages > 1
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert render_to_printer(data, printer)
    assert len(pypdf.PdfReader(out).pages) == pages


def test_bytes_that_are_not_a_pdf_print_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "nothing.pdf"))
    assert not render_to_printer(b"not a pdf", printer)
