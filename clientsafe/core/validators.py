"""Validators for the values the foundation collects (names, user names) and the exact look-up key.
The customer fields of the field catalog are validated in field_validators.py."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from clientsafe.core.errors import ValidationError
from clientsafe.core.field_validators import FieldInvalid, ValidatorKind, validate
from clientsafe.core.i18n import QT_TRANSLATE_NOOP

_USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$")


class InvalidUsername(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "A user name is 2 to 32 letters, digits, dots, dashes or underscores, starting with a "
        "letter or digit.",
    )


class InvalidName(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Enter a {what} of 1 to {max_length} characters, without control characters."
    )


class UsernameTaken(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The user name {username} is already used; choose another."
    )


# What `display_text` is checking, named in its error; translated by the UI (context "fields").
BUSINESS_NAME = QT_TRANSLATE_NOOP("fields", "business name")
DISPLAY_NAME = QT_TRANSLATE_NOOP("fields", "display name")
CUSTOMER_NAME = QT_TRANSLATE_NOOP("fields", "customer name")


def username(value: str) -> str:
    value = value.strip()
    if not _USERNAME.match(value):
        raise InvalidUsername()
    return value


def display_text(value: str, *, what: str, max_length: int = 100) -> str:
    """A person's, business's or customer's name: trimmed, NFC, no control characters."""
    value = unicodedata.normalize("NFC", value.strip())
    if not 1 <= len(value) <= max_length or any(
        unicodedata.category(ch).startswith("C") for ch in value
    ):
        raise InvalidName(what=what, max_length=max_length)
    return value


class TextHasControlCharacters(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The text contains invisible control or direction characters; type it again "
                  "instead of pasting it.")


def plain_text(value: str) -> bool:
    """True for staff's free text (notes, reasons, answers) without characters that hide or
    disguise text on screen: NUL and other controls, RTL overrides, zero-width characters.
    Line breaks, tabs and every kind of space (the ideographic space of Chinese input too) are
    fine."""
    return value.isprintable() or all(
        ch in "\n\t" or ch.isprintable() or unicodedata.category(ch) == "Zs" for ch in value)


def staff_text(text: str, max_length: int, too_long: ValidationError, *,
               required: bool = False) -> str:
    """Staff's free text (a note, reason or purpose), trimmed. Raises `too_long`, made by the
    caller so each keeps its own message, when the text is over `max_length` or (`required`)
    empty; TextHasControlCharacters when it is not `plain_text`."""
    text = text.strip()
    if len(text) > max_length or (required and not text):
        raise too_long
    if not plain_text(text):
        raise TextHasControlCharacters()
    return text


class InvalidLookup(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Type a full phone number, an 18-character ID number or an e-mail address to look up.",
    )


_ID_SHAPE = re.compile(r"[0-9]{17}[0-9X]", re.ASCII)
_ID_SEPARATORS = re.compile(r"[\s\-]")


def exact_lookup_key(text: str, *, region: str = "CN") -> tuple[str, str]:
    """(field, normalised value) for an exact look-up, equal to what `field_validators.validate`
    stores for that field, so the blind index of the look-up matches the stored one: phone in
    E.164 (national numbers read in `region`), ID number checksum-checked and upper-case, e-mail
    lower-case."""
    if len(text) > 1000:  # refused before normalising a pasted wall of text
        raise InvalidLookup()
    text = unicodedata.normalize("NFKC", text).strip()
    if not text or len(text) > 254:
        raise InvalidLookup()
    if "@" in text:
        kind = ValidatorKind.EMAIL
    elif _ID_SHAPE.fullmatch(_ID_SEPARATORS.sub("", text).upper()):
        kind = ValidatorKind.NATIONAL_ID
    else:
        kind = ValidatorKind.PHONE
    try:
        # date.max: a look-up has no clock and needs none; whether a birth date is in the
        # future was decided when the value was stored.
        value = validate(kind, text, label="", today=date.max, region=region)
    except FieldInvalid:
        raise InvalidLookup() from None
    return str(kind), value
