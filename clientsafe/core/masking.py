"""Masking rules per field: enough to recognise a value, not enough to use it.

ID 110101********1234, phone 138****5678, e-mail z***@example.com. Masks are computed from the
value, so they are made only where the value is allowed to be read: in the service, never the UI.
"""

from __future__ import annotations

from datetime import date

_STAR = "*"


def mask_national_id(value: str) -> str:
    if len(value) <= 10:
        return _STAR * len(value)
    return value[:6] + _STAR * (len(value) - 10) + value[-4:]


def mask_phone(value: str) -> str:
    digits = value[3:] if value.startswith("+86") else value.lstrip("+")
    if len(digits) < 7:
        return _STAR * len(digits)
    return digits[:3] + _STAR * (len(digits) - 7) + digits[-4:]


def mask_email(value: str) -> str:
    local, at, domain = value.partition("@")
    if not at:
        return _STAR * 3
    return (local[:1] or _STAR) + "***@" + domain


def mask_address(value: str) -> str:
    return value[:6] + "…" if len(value) > 6 else _STAR * 3


def mask_date(value: date | str) -> str:
    text = value.isoformat() if isinstance(value, date) else str(value)
    return text[:2] + "**-**-**" if text else ""


def mask_name(value: str) -> str:
    return value[:1] + _STAR * 2  # fixed length: the mask must not tell how long the name is


def mask_last4(value: str) -> str:
    return _STAR * max(4, len(value) - 4) + value[-4:] if len(value) > 6 else _STAR * 6


# By masking rule (core/field_catalog.MaskRule values); built-in fields also by key.
_BY_RULE = {
    "name": mask_name,
    "national_id": mask_national_id,
    "phone": mask_phone,
    "email": mask_email,
    "address": mask_address,
    "date": mask_date,
    "last4": mask_last4,
}


def mask_by_rule(rule: str, value: str) -> str:
    if not value:
        return ""
    fn = _BY_RULE.get(rule)
    return fn(value) if fn is not None else _STAR * 6  # "full" and unknown rules show nothing


_RULES = {
    "national_id": mask_national_id,
    "phone": mask_phone,
    "email": mask_email,
    "address": mask_address,
    "date_of_birth": mask_date,
    "full_name": mask_name,
    "bank_account": mask_last4,
}


def mask(field_key: str, value: object) -> str:
    """The masked form of a field's value; empty stays empty."""
    if value in (None, ""):
        return ""
    rule = _RULES.get(field_key)
    if rule is None:
        return _STAR * 6  # an unknown field: reveal nothing about it
    return rule(value)  # type: ignore[operator]
