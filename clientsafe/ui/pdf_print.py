"""Printing a PDF the app made (signed consent, drill report) through the system print dialog.

QtPdf renders each page to an image at the printer's resolution; the pages go to the printer as
they are, so what is printed is exactly the document that was hashed and audited. The bytes stay
in memory: the document carries customer data and must not pass through a temporary file.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget


def print_pdf(parent: QWidget | None, data: bytes, title: str) -> bool:
    """Ask for a printer and print; False if cancelled."""
    printer = choose_printer(parent, title)
    return printer is not None and render_to_printer(data, printer)


def choose_printer(parent: QWidget | None, title: str) -> QPrinter | None:
    """The system print dialog alone; None if cancelled. Documents that are audited when made
    (marketing lists, access reports) ask this first, so a cancelled print records nothing."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def render_to_printer(data: bytes, printer: QPrinter) -> bool:
    """Each page scaled to fit the printable area, keeping its proportions."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        return False
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            scale = min(area.width() / points.width(), area.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            image = document.render(page, size)
            painter.drawImage(QRect(0, 0, size.width(), size.height()), image)
    finally:
        painter.end()
    return True
