"""Validators for the customer fields of the field catalog: each turns what staff typed into the
one normalised text that is stored, encrypted and blind-indexed, or refuses it with a sentence
that names the field and says what a valid value looks like.

`validate` is called only for non-empty input: whether a field may be left empty is the intake
form's decision (required or optional), not the validator's, so an empty value is refused here.
Error messages carry the field's label and fixed limits, never the typed value: customer values
must not reach logs, audit entries or exception text.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from enum import StrEnum

import phonenumbers

from clientsafe.core.errors import ValidationError
from clientsafe.core.i18n import QT_TRANSLATE_NOOP


class ValidatorKind(StrEnum):
    TEXT = "text"
    NAME = "name"
    NATIONAL_ID = "national_id"
    PHONE = "phone"
    EMAIL = "email"
    DATE = "date"
    ADDRESS = "address"
    BANK_ACCOUNT = "bank_account"


# --- errors ------------------------------------------------------------------------------------


class FieldInvalid(ValidationError):
    template = QT_TRANSLATE_NOOP("errors", "Please check the {field} you entered.")


class FieldEmpty(FieldInvalid):
    template = QT_TRANSLATE_NOOP("errors", "Enter the {field}; it cannot be left empty.")


class FieldTooLong(FieldInvalid):
    template = QT_TRANSLATE_NOOP(
        "errors", "The {field} is too long; shorten it to at most {max_length} characters."
    )


class FieldHasControlCharacters(FieldInvalid):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The {field} contains invisible control or formatting characters; type it again "
        "instead of pasting it.",
    )


class FieldNotOneLine(FieldInvalid):
    template = QT_TRANSLATE_NOOP(
        "errors", "The {field} must fit on one line; remove the line breaks."
    )


class InvalidPersonName(FieldInvalid):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The {field} may contain only letters, spaces and the marks · ' - . (for example "
        "王芳 or Anne-Marie O'Neil).",
    )


class InvalidNationalId(FieldInvalid):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The {field} must be an 18-character resident ID number: 17 digits and a last digit "
        "or X.",
    )


class NationalIdRegionInvalid(InvalidNationalId):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The {field} must start with a 6-digit region code whose first digit is 1 to 8; "
        "check the first digits.",
    )


class NationalIdBirthDateInvalid(InvalidNationalId):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The {field} contains a birth date (characters 7 to 14) that does not exist, is in "
        "the future or is before 1900; check those digits.",
    )


class NationalIdChecksumWrong(InvalidNationalId):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The {field} is not a valid resident ID number; its last character does not match "
        "the others, so check every digit and the last character.",
    )


class InvalidPhone(FieldInvalid):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The {field} is not a valid phone number for this region; include the country code "
        "if it is foreign.",
    )


class InvalidEmail(FieldInvalid):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The {field} must be an e-mail address like name@example.com, without spaces, "
        "quotes or brackets.",
    )


class InvalidDate(FieldInvalid):
    template = QT_TRANSLATE_NOOP(
        "errors", "The {field} must be a real date written like 2024-01-05 or 2024年1月5日."
    )


class DateOutOfRange(InvalidDate):
    template = QT_TRANSLATE_NOOP(
        "errors", "The {field} cannot be in the future or before 1900; check the year."
    )


class InvalidBankAccount(FieldInvalid):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The {field} must be an IBAN or an account or card number of 8 to 30 digits; check "
        "for a mistyped character.",
    )


# --- limits --------------------------------------------------------------------------------------

EARLIEST = date(1900, 1, 1)

# Longest stored value per free-text kind; the structured kinds are bounded by their format.
MAX_LENGTH: dict[ValidatorKind, int] = {
    ValidatorKind.TEXT: 500,
    ValidatorKind.NAME: 200,
    ValidatorKind.ADDRESS: 300,
    ValidatorKind.NATIONAL_ID: 18,
    ValidatorKind.PHONE: 16,  # "+" and at most 15 digits (E.164)
    ValidatorKind.EMAIL: 254,
    ValidatorKind.DATE: 10,
    ValidatorKind.BANK_ACCOUNT: 34,  # the longest IBAN
}


def _raw_limit(kind: ValidatorKind) -> int:
    # Room for padding and typed separators, yet small enough that a pasted megabyte is refused
    # before NFKC, regular expressions or phonenumbers ever look at it.
    return 4 * MAX_LENGTH[kind] + 64


# --- entry point ---------------------------------------------------------------------------------


def validate(kind: ValidatorKind, raw: str, *, label: str, today: date, region: str = "CN") -> str:
    """The normalised text to store for a non-empty `raw` of this kind.

    Raises FieldInvalid (or a subclass) naming `label`, already translated by the caller. `today`
    bounds dates (birth dates, ID birth dates); `region` is the default for national phone
    numbers. The result validates to itself, so stored values can be re-checked at any time.
    """
    kind = ValidatorKind(kind)
    if len(raw) > _raw_limit(kind):
        raise _too_long(kind, label)
    text = unicodedata.normalize("NFKC", raw)
    if kind is ValidatorKind.ADDRESS:
        # Paragraph and line separators are line breaks people paste from word processors.
        text = re.sub(r"\r\n?|[\u2028\u2029\x85]", "\n", text)
    text = text.strip()
    if not text:
        raise FieldEmpty(field=label)
    if kind is not ValidatorKind.ADDRESS and re.search(r"[\n\r\u2028\u2029\x85]", text):
        raise FieldNotOneLine(field=label)
    # isprintable() is False for every control/format character (and for some spaces), so the
    # per-character look-up runs only when something unusual is there.
    if not text.replace("\n", "").isprintable() and any(
            ch != "\n" and unicodedata.category(ch).startswith("C") for ch in text):
        # Includes RTL overrides and zero-width characters that would disguise a value on screen.
        raise FieldHasControlCharacters(field=label)
    match kind:
        case ValidatorKind.TEXT:
            return _free_text(text, label, MAX_LENGTH[kind])
        case ValidatorKind.ADDRESS:
            lines = (" ".join(line.split()) for line in text.split("\n"))
            return _free_text("\n".join(line for line in lines if line), label, MAX_LENGTH[kind])
        case ValidatorKind.NAME:
            return _person_name(text, label)
        case ValidatorKind.NATIONAL_ID:
            return _national_id(text, label, today)
        case ValidatorKind.PHONE:
            return _phone(text, label, region)
        case ValidatorKind.EMAIL:
            return _email(text, label)
        case ValidatorKind.DATE:
            return _date(text, label, today)
        case ValidatorKind.BANK_ACCOUNT:
            return _bank_account(text, label)
    raise AssertionError(f"unknown validator kind {kind!r}")  # pragma: no cover


def _too_long(kind: ValidatorKind, label: str) -> FieldInvalid:
    if kind in (ValidatorKind.TEXT, ValidatorKind.NAME, ValidatorKind.ADDRESS):
        return FieldTooLong(field=label, max_length=MAX_LENGTH[kind])
    return {
        ValidatorKind.NATIONAL_ID: InvalidNationalId,
        ValidatorKind.PHONE: InvalidPhone,
        ValidatorKind.EMAIL: InvalidEmail,
        ValidatorKind.DATE: InvalidDate,
        ValidatorKind.BANK_ACCOUNT: InvalidBankAccount,
    }[kind](field=label)


def _free_text(text: str, label: str, max_length: int) -> str:
    if len(text) > max_length:
        raise FieldTooLong(field=label, max_length=max_length)
    return text


# --- names ---------------------------------------------------------------------------------------

# Variants people type for the marks a name may hold, stored as one form each so that the same
# name typed twice is stored (and found) the same way.
_NAME_MARKS = str.maketrans({"・": "·", "‧": "·", "•": "·", "’": "'", "‘": "'", "‐": "-"})


def _person_name(text: str, label: str) -> str:
    name = " ".join(text.translate(_NAME_MARKS).split())
    if len(name) > MAX_LENGTH[ValidatorKind.NAME]:
        raise FieldTooLong(field=label, max_length=MAX_LENGTH[ValidatorKind.NAME])
    categories = [unicodedata.category(ch)[0] for ch in name]
    if "L" not in categories or not all(
        cat in "LM" or ch in " ·'-." for ch, cat in zip(name, categories, strict=True)
    ):
        raise InvalidPersonName(field=label)
    return name


# --- resident ID (GB 11643-1999) -----------------------------------------------------------------

_ID_SHAPE = re.compile(r"[0-9]{17}[0-9X]", re.ASCII)
_ID_WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))  # ISO 7064 MOD 11-2


def national_id_check_char(first17: str) -> str:
    """The check character (0-9 or X) for the first 17 digits of a resident ID."""
    total = sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True))
    check = (12 - total % 11) % 11
    return "X" if check == 10 else str(check)


def national_id_birth_date(value: str) -> date:
    """The birth date inside a resident ID that `validate` accepted (ValueError otherwise)."""
    return date(int(value[6:10]), int(value[10:12]), int(value[12:14]))


def _national_id(text: str, label: str, today: date) -> str:
    value = re.sub(r"[\s\-]", "", text).upper()
    if not _ID_SHAPE.fullmatch(value):
        raise InvalidNationalId(field=label)
    if value[0] not in "12345678":  # province-level codes run from 11 (Beijing) to 82 (Macao)
        raise NationalIdRegionInvalid(field=label)
    try:
        born = national_id_birth_date(value)
    except ValueError:
        raise NationalIdBirthDateInvalid(field=label) from None
    if not EARLIEST <= born <= today:
        raise NationalIdBirthDateInvalid(field=label)
    if national_id_check_char(value[:17]) != value[17]:
        raise NationalIdChecksumWrong(field=label)
    return value


# --- phone ---------------------------------------------------------------------------------------

# Digits and the separators people type; letters are refused because phonenumbers would read
# vanity letters as digits or skip words around a number, and store something nobody typed.
_PHONE_CHARS = re.compile(r"\+?[0-9 ()./-]+", re.ASCII)


# Mainland mobile numbers are most of what is typed (and imported by the hundred thousand);
# phonenumbers' own metadata pattern decides them without its full parse, ~20x faster. Anything
# the pattern does not match takes the full path, so the result is the same either way.
_SEPARATORS = re.compile(r"[ ()./-]")
_CN_MOBILE = re.compile(
    phonenumbers.PhoneMetadata.metadata_for_region("CN").mobile.national_number_pattern)


def _cn_mobile(text: str, region: str) -> str | None:
    digits = _SEPARATORS.sub("", text)
    if digits.startswith("+86"):
        digits = digits[3:]
    elif region.upper() != "CN" or digits.startswith("+"):
        return None
    if len(digits) == 11 and digits.isdigit() and _CN_MOBILE.fullmatch(digits):
        return "+86" + digits
    return None


def _phone(text: str, label: str, region: str) -> str:
    if not _PHONE_CHARS.fullmatch(text):
        raise InvalidPhone(field=label)
    if text.startswith("00"):  # the international prefix most countries dial, China included
        text = "+" + text[2:]
    fast = _cn_mobile(text, region)
    if fast is not None:
        return fast
    try:
        number = phonenumbers.parse(text, region.upper())
    except phonenumbers.NumberParseException:
        raise InvalidPhone(field=label) from None
    # An extension has no place in E.164; storing the number without it would lose what was typed.
    if number.extension or not phonenumbers.is_valid_number(number):
        raise InvalidPhone(field=label)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


# --- e-mail --------------------------------------------------------------------------------------

# RFC 5322 "specials" that only a quoted local part may hold; nobody at a counter types those.
_LOCAL_FORBIDDEN = frozenset('"(),:;<>@[\\]')
# Letters, combining marks (needed by many scripts' IDN labels) and decimal digits.
_DOMAIN_CATEGORIES = frozenset({"Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Nd"})


def _email(text: str, label: str) -> str:
    # The ideographic full stop is what a Chinese input method types for "."; IDNA treats it so.
    text = text.replace("。", ".").replace("｡", ".")
    value = unicodedata.normalize("NFC", text.lower())
    local, at, domain = value.partition("@")
    if not at or len(value) > MAX_LENGTH[ValidatorKind.EMAIL] or not _email_local_ok(local):
        raise InvalidEmail(field=label)
    labels = domain.split(".")
    if len(labels) < 2 or not all(_domain_label_ok(part) for part in labels):
        raise InvalidEmail(field=label)
    return value


def _email_local_ok(local: str) -> bool:
    if not 1 <= len(local) <= 64 or local[0] == "." or local[-1] == "." or ".." in local:
        return False
    return all(
        ("!" <= ch <= "~" and ch not in _LOCAL_FORBIDDEN)
        or unicodedata.category(ch)[0] in "LMN"
        for ch in local
    )


def _domain_label_ok(part: str) -> bool:
    return (
        1 <= len(part) <= 63
        and not part.startswith("-")
        and not part.endswith("-")
        and ((part.isascii() and part.replace("-", "").isalnum())
             or all(ch == "-" or unicodedata.category(ch) in _DOMAIN_CATEGORIES for ch in part))
    )


# --- dates ---------------------------------------------------------------------------------------

_DATE = re.compile(
    r"(?P<y>[0-9]{4})\s*(?P<sep>[-/.])\s*(?P<m>[0-9]{1,2})\s*(?P=sep)\s*(?P<d>[0-9]{1,2})"
    r"|(?P<cy>[0-9]{4})\s*年\s*(?P<cm>[0-9]{1,2})\s*月\s*(?P<cd>[0-9]{1,2})\s*[日号]?",
    re.ASCII,
)


def parse_date(text: str) -> date | None:
    """2024-01-05, 2024/1/5, 2024.1.5 or 2024年1月5日 (full-width digits too); None if it is
    not one of those or not a real day (30 February)."""
    if len(text) > 64:
        return None
    match = _DATE.fullmatch(unicodedata.normalize("NFKC", text).strip())
    if match is None:
        return None
    year, month, day = (match["y"], match["m"], match["d"]) if match["y"] else (
        match["cy"], match["cm"], match["cd"])
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def age_on(born: date, day: date) -> int:
    """Whole years from `born` to `day`; someone born on 29 February turns a year older on
    1 March in common years. Negative if `day` is before `born`."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def _date(text: str, label: str, today: date) -> str:
    parsed = parse_date(text)
    if parsed is None:
        raise InvalidDate(field=label)
    if not EARLIEST <= parsed <= today:
        raise DateOutOfRange(field=label)
    return parsed.isoformat()


# --- bank account --------------------------------------------------------------------------------

_IBAN = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}", re.ASCII)
_DOMESTIC = re.compile(r"[0-9]{8,30}", re.ASCII)


def _bank_account(text: str, label: str) -> str:
    value = re.sub(r"[\s\-]", "", text).upper()
    if _IBAN.fullmatch(value):
        # ISO 13616: move the first four characters to the end, letters become 10..35.
        digits = "".join(str(int(ch, 36)) for ch in value[4:] + value[:4])
        if int(digits) % 97 != 1:
            raise InvalidBankAccount(field=label)
        return value
    # No Luhn check: some Chinese debit cards and passbook accounts fail it, and refusing a real
    # account at the counter costs more than a typo the bank's own transfer check will catch.
    if _DOMESTIC.fullmatch(value):
        return value
    raise InvalidBankAccount(field=label)
