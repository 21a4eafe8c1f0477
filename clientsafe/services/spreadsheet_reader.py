"""Reading a customer list: a CSV file (delimiter sniffed; UTF-8 with or without a BOM, else
GB18030, which is what Excel writes for "CSV" on a Chinese Windows) or the first sheet of an
Excel workbook (.xlsx, values only, streamed). Every cell comes back as text.

Files are read where they are; nothing is copied to a temporary file. Problems are reported as
sentences about the file, never with its contents.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from clientsafe.core.import_rules import (
    MAX_COLUMNS,
    MAX_ROWS,
    SpreadsheetEmpty,
    SpreadsheetTooLarge,
    SpreadsheetUnreadable,
)
from clientsafe.vault.connection import classify

_DELIMITERS = ",;\t|"
_SNIFF_BYTES = 64 * 1024


@dataclass(frozen=True, slots=True)
class Sheet:
    """The header row, and the data rows as (row number, cells); empty rows are skipped."""

    headers: tuple[str, ...]
    rows: Iterator[tuple[int, list[str]]]


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        # A phone number typed into Excel is stored as a number: 13800001111.0 is "13800001111".
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise SpreadsheetUnreadable() from None


def _csv_rows(path: Path) -> Iterator[list[str]]:
    try:
        text = _decode(path.read_bytes())
    except OSError as exc:
        raise classify(exc, path) from None
    if "\x00" in text:  # a binary file (or UTF-16, which Excel calls "Unicode text")
        raise SpreadsheetUnreadable()
    sample = text[:_SNIFF_BYTES]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, _DELIMITERS)
    except csv.Error:
        dialect = csv.excel  # one column, or too little to tell: commas
    try:
        yield from csv.reader(io.StringIO(text, newline=""), dialect)
    except csv.Error:
        raise SpreadsheetUnreadable() from None


def _xlsx_rows(path: Path) -> Iterator[list[str]]:
    # Imported here: openpyxl takes a moment to load and only imports need it.
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except OSError as exc:
        raise classify(exc, path) from None
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError):
        raise SpreadsheetUnreadable() from None
    try:
        if not book.worksheets:
            raise SpreadsheetEmpty()
        for values in book.worksheets[0].iter_rows(values_only=True):
            yield [_cell(v) for v in values]
    finally:
        book.close()


def _is_xlsx(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"PK\x03\x04"  # a zip archive, as every .xlsx is
    except OSError as exc:
        raise classify(exc, path) from None


@contextmanager
def open_sheet(path: Path) -> Iterator[Sheet]:
    """The file's header and rows; the file is closed when the block ends."""
    path = Path(path)
    if not path.is_file():
        raise SpreadsheetUnreadable()
    raw = _xlsx_rows(path) if _is_xlsx(path) else _csv_rows(path)
    # Row numbers as the spreadsheet shows them, blank rows included.
    numbered = enumerate(raw, start=1)
    try:
        headers: list[str] | None = None
        for _, cells in numbered:
            if any(c.strip() for c in cells):
                headers = cells
                break
        if headers is None:
            raise SpreadsheetEmpty()
        while headers and not headers[-1].strip():
            headers.pop()
        if len(headers) > MAX_COLUMNS:
            raise SpreadsheetTooLarge(rows=MAX_ROWS, columns=MAX_COLUMNS)
        yield Sheet(tuple(h.strip() for h in headers), _data_rows(numbered))
    finally:
        close = getattr(raw, "close", None)
        if close is not None:
            close()


def _data_rows(numbered: Iterator[tuple[int, list[str]]]) -> Iterator[tuple[int, list[str]]]:
    count = 0
    for number, cells in numbered:
        if not any(c.strip() for c in cells):
            continue
        count += 1
        if count > MAX_ROWS:
            raise SpreadsheetTooLarge(rows=MAX_ROWS, columns=MAX_COLUMNS)
        yield number, cells
