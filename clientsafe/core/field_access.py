"""Which customer fields exist, their class, and how each role may see each class.

Field classes: basic (name), contact (phone, e-mail, address), sensitive (national ID, date of
birth; the field catalog of a later issue adds bank account and custom fields), financial
(transactions). A role sees a class in full, masked (with the right to ask for a reveal), or
not at all. This table, with the permission table in roles.py, is the single source of truth.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.core.roles import Role


class FieldClass(StrEnum):
    BASIC = "basic"
    CONTACT = "contact"
    SENSITIVE = "sensitive"
    FINANCIAL = "financial"


class Access(StrEnum):
    VISIBLE = "visible"
    MASKED = "masked"  # shown masked; a reveal can be asked for
    HIDDEN = "hidden"  # not shown at all


@dataclass(frozen=True, slots=True)
class FieldSpec:
    key: str
    label: str  # English, marked for translation in context "fields"
    field_class: FieldClass


CUSTOMER_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("full_name", QT_TRANSLATE_NOOP("fields", "Name"), FieldClass.BASIC),
    FieldSpec("phone", QT_TRANSLATE_NOOP("fields", "Phone"), FieldClass.CONTACT),
    FieldSpec("email", QT_TRANSLATE_NOOP("fields", "E-mail"), FieldClass.CONTACT),
    FieldSpec("address", QT_TRANSLATE_NOOP("fields", "Address"), FieldClass.CONTACT),
    FieldSpec("national_id", QT_TRANSLATE_NOOP("fields", "National ID number"),
              FieldClass.SENSITIVE),
    FieldSpec("date_of_birth", QT_TRANSLATE_NOOP("fields", "Date of birth"),
              FieldClass.SENSITIVE),
)
FIELDS_BY_KEY: dict[str, FieldSpec] = {f.key: f for f in CUSTOMER_FIELDS}

_V, _M, _H = Access.VISIBLE, Access.MASKED, Access.HIDDEN
ROLE_FIELD_ACCESS: dict[Role, dict[FieldClass, Access]] = {
    Role.FRONT_DESK: {FieldClass.BASIC: _V, FieldClass.CONTACT: _V, FieldClass.SENSITIVE: _M,
                      FieldClass.FINANCIAL: _H},
    Role.FINANCE: {FieldClass.BASIC: _V, FieldClass.CONTACT: _H, FieldClass.SENSITIVE: _H,
                   FieldClass.FINANCIAL: _V},
    Role.MANAGER: {FieldClass.BASIC: _V, FieldClass.CONTACT: _V, FieldClass.SENSITIVE: _M,
                   FieldClass.FINANCIAL: _V},
    Role.SECURITY_OFFICER: {FieldClass.BASIC: _H, FieldClass.CONTACT: _H,
                            FieldClass.SENSITIVE: _H, FieldClass.FINANCIAL: _H},
}


def access(role: Role, field_key: str) -> Access:
    return ROLE_FIELD_ACCESS[role][FIELDS_BY_KEY[field_key].field_class]


def access_for_class(role: Role, field_class: FieldClass) -> Access:
    """For catalog fields beyond the built-in columns (bank account, custom fields)."""
    return ROLE_FIELD_ACCESS[role][field_class]


# Reveals: how long a grant lasts by default, how long a revealed value stays on screen, and
# how long a copied value stays on the clipboard.
DEFAULT_REVEAL_MINUTES = 10
MAX_REVEAL_MINUTES = 60
REMASK_SECONDS = 60
CLIPBOARD_CLEAR_SECONDS = 30

REVEAL_REASONS: tuple[tuple[str, str], ...] = (
    ("identity_check", QT_TRANSLATE_NOOP("reveal_reasons", "Verify the customer's identity")),
    ("customer_request", QT_TRANSLATE_NOOP("reveal_reasons",
                                           "The customer asked to see their data")),
    ("correction", QT_TRANSLATE_NOOP("reveal_reasons", "Correct the customer's record")),
    ("legal", QT_TRANSLATE_NOOP("reveal_reasons", "A legal or regulatory request")),
    ("other", QT_TRANSLATE_NOOP("reveal_reasons", "Other (explain below)")),
)
REASON_CODES = frozenset(code for code, _ in REVEAL_REASONS)
