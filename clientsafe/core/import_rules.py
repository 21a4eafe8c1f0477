"""Importing customers from a spreadsheet: which column holds which field, and what makes a row
importable. Pure rules; reading the file and storing the rows happen in services and the vault.

An import is for one service: its customers are registered for it, so only the fields approved
for that service may be mapped (the name always), exactly as the intake form allows, and each
row passes the same validators the intake form uses. A rejected row is reported by its row
number, its column and a reason sentence, never by its value.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from clientsafe.core.collection import FieldNotCollected
from clientsafe.core.consent import ApprovedField, IntakeForm
from clientsafe.core.errors import ClientSafeError, ValidationError
from clientsafe.core.field_catalog import NAME_FIELD
from clientsafe.core.field_validators import FieldEmpty, FieldInvalid, validate
from clientsafe.core.i18n import QT_TRANSLATE_NOOP

# Rows per transaction: a crash or a cancel loses at most one batch, never half of one. Each
# batch touches pages all over the name, pinyin and blind indexes, and a commit writes every
# touched page once: 100,000 rows took 43 s in batches of 500 and 15 s in batches of 5,000
# (bench/import_rows.py). Losing one batch to a crash costs only a rerun.
BATCH_SIZE = 5000
# Enough for any small business's customer list; a bigger file is almost surely the wrong one.
MAX_ROWS = 200_000
MAX_COLUMNS = 200

# What people call a field in a spreadsheet header, normalised (see `_normal`), beyond the
# catalog's own English and Chinese labels.
_ALIASES: dict[str, tuple[str, ...]] = {
    "full_name": ("name", "fullname", "customer", "customername", "clientname", "membername",
                  "姓名", "名字", "客户", "客户姓名", "客户名称", "会员", "会员姓名"),
    "phone": ("phone", "phonenumber", "phoneno", "mobile", "mobilephone", "mobilenumber",
              "cell", "cellphone", "tel", "telephone", "contactnumber", "手机", "手机号",
              "手机号码", "电话", "电话号码", "联系电话", "移动电话"),
    "email": ("email", "emailaddress", "mail", "邮箱", "电子邮箱", "电子邮件", "邮件",
              "邮箱地址"),
    "national_id": ("id", "idnumber", "idno", "idcard", "idcardnumber", "nationalid",
                    "nationalidnumber", "residentid", "residentidnumber", "身份证", "身份证号",
                    "身份证号码", "居民身份证号码", "证件号", "证件号码"),
    "address": ("address", "postaladdress", "mailingaddress", "homeaddress", "地址", "通讯地址",
                "住址", "联系地址", "家庭住址"),
    "date_of_birth": ("dateofbirth", "birthdate", "birthday", "dob", "born", "出生日期", "生日",
                      "出生年月日"),
    "bank_account": ("bankaccount", "bankaccountnumber", "accountnumber", "iban", "银行账号",
                     "银行卡号", "银行账户"),
}
_NOT_WORD = re.compile(r"[\s_\-./:：()（）\[\]【】*#]+")


# --- errors --------------------------------------------------------------------------------------


class NameNotMapped(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Choose the column that holds the customers' names; every customer needs one.")


class FieldMappedTwice(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Two columns are set to {field}; keep one and set the other to (ignore).")


class RequiredFieldNotMapped(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "This service needs the {field} of every customer; choose the column that "
                  "holds it.")


class SpreadsheetUnreadable(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The file could not be read as a CSV file or an Excel workbook (.xlsx); save "
                  "it in one of those formats and try again.")


class SpreadsheetEmpty(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The file has no header row with column names; the first row must name the "
                  "columns.")


class SpreadsheetTooLarge(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The file has more than {rows} rows or {columns} columns; split it into "
                  "smaller files.")


class ImportStopped(ClientSafeError):
    """The import ended early; whole batches up to `imported` customers are kept."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The import stopped after {imported} customers were saved. Importing the same "
                  "file again adds the rest without duplicating anyone.")

    def __init__(self, counts: ImportCounts) -> None:
        super().__init__(imported=counts.imported)
        self.counts = counts


# --- results -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RowRejection:
    """One problem of one row: `row` is the spreadsheet's row number (the header is row 1),
    `column` the column's heading. The reason is an error whose text never holds the value."""

    row: int
    column: str
    reason: ClientSafeError


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What to import: the file, the service, and per column the field key or None."""

    path: Path
    service_id: int
    mapping: tuple[str | None, ...]
    language: str = "en"
    total_rows: int = 0  # from the preview, for progress; 0 when unknown

    @property
    def file_name(self) -> str:
        return self.path.name


@dataclass(frozen=True, slots=True)
class ImportCounts:
    rows: int = 0  # data rows read (not counting the header and empty rows)
    imported: int = 0
    duplicates: int = 0
    rejected: int = 0


@dataclass(frozen=True, slots=True)
class ImportPreview:
    counts: ImportCounts  # `imported` here is the number that would be imported
    rejections: tuple[RowRejection, ...]


# --- mapping -------------------------------------------------------------------------------------


def _normal(text: str) -> str:
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", text).casefold())


def column_name(headers: Sequence[str], index: int) -> str:
    """The heading people see for a column; the spreadsheet letter (A, B, …, AA) when blank."""
    text = " ".join(headers[index].split()) if index < len(headers) else ""
    if text:
        return text
    letters, n = "", index + 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def suggest_mapping(headers: Sequence[str], fields: Iterable[ApprovedField]
                    ) -> tuple[str | None, ...]:
    """A field key per column where the heading names an approved field (English or Chinese),
    each field at most once (the leftmost column wins); None elsewhere."""
    names: dict[str, str] = {}
    for approved in fields:
        f = approved.field
        for alias in (f.label_en, f.label_zh, f.key, *_ALIASES.get(f.key, ())):
            names.setdefault(_normal(alias), f.key)
    taken: set[str] = set()
    mapping: list[str | None] = []
    for header in headers:
        key = names.get(_normal(header))
        mapping.append(key if key is not None and key not in taken else None)
        if key is not None:
            taken.add(key)
    return tuple(mapping)


def mapping_problem(mapping: Sequence[str | None], form: IntakeForm, language: str
                    ) -> ClientSafeError | None:
    """Why this mapping cannot be imported, or None."""
    allowed = {f.field.key: f for f in form.fields}
    chosen = [key for key in mapping if key is not None]
    for key in chosen:
        if key not in allowed:
            return FieldNotCollected(field=key)
    for key in dict.fromkeys(chosen):
        if chosen.count(key) > 1:
            return FieldMappedTwice(field=allowed[key].field.label(language))
    if NAME_FIELD not in chosen:
        return NameNotMapped()
    for approved in form.fields:
        if approved.required and approved.field.key not in chosen:
            return RequiredFieldNotMapped(field=approved.field.label(language))
    return None


# --- rows ----------------------------------------------------------------------------------------


class RowChecker:
    """Validates rows against the service's approved fields, as the intake form would, and
    spots repeats of customers seen earlier in the same file."""

    def __init__(self, form: IntakeForm, headers: Sequence[str],
                 mapping: Sequence[str | None], *, language: str, today: date) -> None:
        problem = mapping_problem(mapping, form, language)
        if problem is not None:
            raise problem
        allowed = {f.field.key: f for f in form.fields}
        self._columns = [(index, allowed[key], column_name(headers, index))
                         for index, key in enumerate(mapping) if key is not None]
        self._language = language
        self._today = today
        # Identifying fields: a repeat of any of these values is the same customer.
        self.identifying = tuple(f.field.key for f in form.fields
                                 if f.field.blind_indexed and f.field.key in mapping)
        self.fields = tuple(approved.field.key for _, approved, _ in self._columns)
        self._seen: set[tuple[str, str]] = set()

    def check(self, row: int, cells: Sequence[str]
              ) -> tuple[dict[str, str] | None, list[RowRejection]]:
        """The normalised values of an importable row, or None and its problems."""
        clean: dict[str, str] = {}
        problems: list[RowRejection] = []
        for index, approved, column in self._columns:
            raw = cells[index].strip() if index < len(cells) else ""
            f = approved.field
            if not raw:
                if approved.required:
                    problems.append(RowRejection(row, column, FieldEmpty(
                        field=f.label(self._language))))
                continue
            try:
                clean[f.key] = validate(f.validator, raw, label=f.label(self._language),
                                        today=self._today)
            except FieldInvalid as exc:
                problems.append(RowRejection(row, column, exc))
        return (None, problems) if problems else (clean, [])

    def identities(self, clean: dict[str, str]) -> list[tuple[str, str]]:
        """What makes this row the same customer as another: its phone, ID number or e-mail,
        or, without any of those, its name (so a rerun of a names-only list adds nobody)."""
        found = [(key, clean[key]) for key in self.identifying if key in clean]
        return found or [(NAME_FIELD, clean[NAME_FIELD])]

    def repeats_earlier_row(self, identities: list[tuple[str, str]]) -> bool:
        """True if an earlier row had any of these identities; remembers them either way."""
        seen = any(identity in self._seen for identity in identities)
        self._seen.update(identities)
        return seen
