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
