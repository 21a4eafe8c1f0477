"""Spreadsheets for the import tests: CSV (any encoding, any delimiter) and XLSX files written
into a test's temporary folder, with valid Chinese phone and resident ID numbers."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from clientsafe.core.field_validators import national_id_check_char


def resident_id(n: int) -> str:
    """A valid GB 11643 number (Beijing Dongcheng), different for each n (one birth date per
    thousand numbers)."""
    born = date(1960, 1, 1) + timedelta(days=n // 1000)
    first17 = f"110101{born:%Y%m%d}{n % 1000:03d}"
    return first17 + national_id_check_char(first17)


_SURNAMES = "王李张刘陈杨黄赵吴周"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红梅鹏飞"


def person(n: int) -> str:
    """A Chinese name, different for each n < 30,000 (surname and two given characters)."""
    rest, surname = divmod(n, len(_SURNAMES))
    second, first = divmod(rest, len(_GIVEN))
    return _SURNAMES[surname] + _GIVEN[first] + _GIVEN[second % len(_GIVEN)]


def phone(n: int) -> str:
    return f"138{n:08d}"


def write_csv(path: Path, rows: Sequence[Sequence[object]], *, encoding: str = "utf-8-sig",
              delimiter: str = ",") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path
