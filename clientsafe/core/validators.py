"""Validators for the values the foundation collects (names, user names). The field catalog of a
later issue adds phone, ID, e-mail and address validators here."""

from __future__ import annotations

import re
import unicodedata

from clientsafe.core.errors import ValidationError
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


class InvalidLookup(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Type a full phone number, an 18-character ID number or an e-mail address to look up.",
    )


_ID = re.compile(r"^\d{17}[\dX]$")
_PHONE_JUNK = re.compile(r"[\s\-().]")


def exact_lookup_key(text: str) -> tuple[str, str]:
    """(field, normalised value) for an exact look-up: phone in E.164 (mainland numbers get
    +86), ID number upper-case, e-mail lower-case."""
    text = unicodedata.normalize("NFKC", text).strip()
    if not text or len(text) > 254:
        raise InvalidLookup()
    if "@" in text:
        local, _, domain = text.partition("@")
        if not local or "." not in domain or any(c.isspace() for c in text):
            raise InvalidLookup()
        return "email", text.lower()
    compact = _PHONE_JUNK.sub("", text).upper()
    if _ID.match(compact):
        return "national_id", compact
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    if compact.startswith("+") and compact[1:].isdigit() and 8 <= len(compact) - 1 <= 15:
        return "phone", compact
    if compact.isdigit() and len(compact) == 11 and compact.startswith("1"):
        return "phone", "+86" + compact
    if compact.isdigit() and len(compact) == 13 and compact.startswith("86"):
        return "phone", "+" + compact
    raise InvalidLookup()
