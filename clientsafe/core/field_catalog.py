"""The field catalog: every customer field ClientSafe knows, with what it takes to hold it.

A field has a key, an English and a Chinese label (the labels are part of consent notices, which
are versioned documents, so they are data here rather than UI translations), a category, a
sensitivity class (which decides who sees it, see field_access.py), a validator, a masking rule,
and whether it is encrypted per field and blind-indexed for exact look-up. The built-in fields
live in this module; the security officer adds custom fields with the same attributes.

Which fields a business actually collects is decided elsewhere: a field joins a service only
through an approved collection request (services/collection.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from clientsafe.core.errors import ValidationError
from clientsafe.core.field_access import FieldClass
from clientsafe.core.field_validators import ValidatorKind
from clientsafe.core.i18n import QT_TRANSLATE_NOOP


class Category(StrEnum):
    IDENTITY = "identity"
    CONTACT = "contact"
    DEMOGRAPHIC = "demographic"
    FINANCIAL = "financial"
    HEALTH = "health"
    OTHER = "other"


CATEGORY_LABELS: dict[Category, str] = {
    Category.IDENTITY: QT_TRANSLATE_NOOP("catalog", "Identity"),
    Category.CONTACT: QT_TRANSLATE_NOOP("catalog", "Contact"),
    Category.DEMOGRAPHIC: QT_TRANSLATE_NOOP("catalog", "Personal details"),
    Category.FINANCIAL: QT_TRANSLATE_NOOP("catalog", "Financial"),
    Category.HEALTH: QT_TRANSLATE_NOOP("catalog", "Health"),
    Category.OTHER: QT_TRANSLATE_NOOP("catalog", "Other"),
}


class MaskRule(StrEnum):
    NAME = "name"  # first character and two stars
    NATIONAL_ID = "national_id"  # 110101********1234
    PHONE = "phone"  # 138****5678
    EMAIL = "email"  # z***@example.com
    ADDRESS = "address"  # first six characters
    DATE = "date"  # 19**-**-**
    LAST4 = "last4"  # ********1234
    FULL = "full"  # nothing shown


MASK_RULE_LABELS: dict[MaskRule, str] = {
    MaskRule.NAME: QT_TRANSLATE_NOOP("catalog", "First character only"),
    MaskRule.NATIONAL_ID: QT_TRANSLATE_NOOP("catalog", "Region and last 4 (ID number)"),
    MaskRule.PHONE: QT_TRANSLATE_NOOP("catalog", "First 3 and last 4 digits"),
    MaskRule.EMAIL: QT_TRANSLATE_NOOP("catalog", "First letter and domain"),
    MaskRule.ADDRESS: QT_TRANSLATE_NOOP("catalog", "First 6 characters"),
    MaskRule.DATE: QT_TRANSLATE_NOOP("catalog", "Century only"),
    MaskRule.LAST4: QT_TRANSLATE_NOOP("catalog", "Last 4 characters"),
    MaskRule.FULL: QT_TRANSLATE_NOOP("catalog", "Fully hidden"),
}

VALIDATOR_LABELS: dict[ValidatorKind, str] = {
    ValidatorKind.TEXT: QT_TRANSLATE_NOOP("catalog", "Free text"),
    ValidatorKind.NAME: QT_TRANSLATE_NOOP("catalog", "Person's name"),
    ValidatorKind.NATIONAL_ID: QT_TRANSLATE_NOOP("catalog", "Resident ID number (GB 11643)"),
    ValidatorKind.PHONE: QT_TRANSLATE_NOOP("catalog", "Phone number"),
    ValidatorKind.EMAIL: QT_TRANSLATE_NOOP("catalog", "E-mail address"),
    ValidatorKind.DATE: QT_TRANSLATE_NOOP("catalog", "Date"),
    ValidatorKind.ADDRESS: QT_TRANSLATE_NOOP("catalog", "Postal address"),
    ValidatorKind.BANK_ACCOUNT: QT_TRANSLATE_NOOP("catalog", "Bank account"),
}

FIELD_CLASS_LABELS: dict[FieldClass, str] = {
    FieldClass.BASIC: QT_TRANSLATE_NOOP("catalog", "Basic"),
    FieldClass.CONTACT: QT_TRANSLATE_NOOP("catalog", "Contact"),
    FieldClass.SENSITIVE: QT_TRANSLATE_NOOP("catalog", "Sensitive"),
}

# Custom fields may be basic, contact or sensitive; "financial" is the transactions' class.
CUSTOM_FIELD_CLASSES = (FieldClass.BASIC, FieldClass.CONTACT, FieldClass.SENSITIVE)


@dataclass(frozen=True, slots=True)
class CatalogField:
    key: str
    label_en: str
    label_zh: str
    category: Category
    field_class: FieldClass
    validator: ValidatorKind
    mask_rule: MaskRule
    encrypted: bool
    blind_indexed: bool
    builtin: bool = True
    active: bool = True

    def label(self, language: str) -> str:
        return self.label_zh if language.startswith("zh") else self.label_en

    @property
    def sensitive(self) -> bool:
        return self.field_class is FieldClass.SENSITIVE


# The record's own identity: every service collects a name, so it needs no collection request.
NAME_FIELD = "full_name"

BUILTIN_FIELDS: tuple[CatalogField, ...] = (
    CatalogField("full_name", "Name", "姓名", Category.IDENTITY, FieldClass.BASIC,
                 ValidatorKind.NAME, MaskRule.NAME, encrypted=False, blind_indexed=False),
    CatalogField("phone", "Phone number", "手机号码", Category.CONTACT, FieldClass.CONTACT,
                 ValidatorKind.PHONE, MaskRule.PHONE, encrypted=True, blind_indexed=True),
    CatalogField("email", "E-mail address", "电子邮箱", Category.CONTACT, FieldClass.CONTACT,
                 ValidatorKind.EMAIL, MaskRule.EMAIL, encrypted=True, blind_indexed=True),
    CatalogField("address", "Postal address", "通讯地址", Category.CONTACT, FieldClass.CONTACT,
                 ValidatorKind.ADDRESS, MaskRule.ADDRESS, encrypted=True, blind_indexed=False),
    CatalogField("national_id", "Resident ID number", "居民身份证号码", Category.IDENTITY,
                 FieldClass.SENSITIVE, ValidatorKind.NATIONAL_ID, MaskRule.NATIONAL_ID,
                 encrypted=True, blind_indexed=True),
    CatalogField("date_of_birth", "Date of birth", "出生日期", Category.DEMOGRAPHIC,
                 FieldClass.SENSITIVE, ValidatorKind.DATE, MaskRule.DATE,
                 encrypted=True, blind_indexed=False),
    CatalogField("bank_account", "Bank account number", "银行账号", Category.FINANCIAL,
                 FieldClass.SENSITIVE, ValidatorKind.BANK_ACCOUNT, MaskRule.LAST4,
                 encrypted=True, blind_indexed=False),
)
BUILTIN_BY_KEY: dict[str, CatalogField] = {f.key: f for f in BUILTIN_FIELDS}

# The built-in fields the Customer entity carries as attributes; every other field (bank
# account, custom fields) is an "extra" value. All but the name are encrypted per field.
ENTITY_FIELDS = ("full_name", "phone", "email", "address", "national_id", "date_of_birth")


class InvalidCustomField(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "A custom field needs an English and a Chinese label of 1 to 60 characters, different "
        "from the other fields' labels.",
    )


_SLUG = re.compile(r"[^a-z0-9]+")


def custom_key(label_en: str, taken: set[str]) -> str:
    """A stable key for a new custom field, from its English label: `custom_<slug>[_n]`."""
    slug = _SLUG.sub("_", label_en.lower()).strip("_")[:40] or "field"
    key, n = f"custom_{slug}", 2
    while key in taken:
        key, n = f"custom_{slug}_{n}", n + 1
    return key


def new_custom_field(
    *,
    label_en: str,
    label_zh: str,
    category: Category,
    field_class: FieldClass,
    validator: ValidatorKind,
    mask_rule: MaskRule,
    blind_indexed: bool,
    existing: list[CatalogField],
) -> CatalogField:
    """Check a custom field the security officer defines. Sensitive fields are always encrypted:
    the class, not the officer's memory, decides that."""
    label_en, label_zh = label_en.strip(), label_zh.strip()
    labels = {f.label_en.casefold() for f in existing} | {f.label_zh for f in existing}
    if (not 1 <= len(label_en) <= 60 or not 1 <= len(label_zh) <= 60
            or label_en.casefold() in labels or label_zh in labels
            or any(not ch.isprintable() for ch in label_en + label_zh)
            or field_class not in CUSTOM_FIELD_CLASSES):
        raise InvalidCustomField()
    return CatalogField(
        key=custom_key(label_en, {f.key for f in existing}),
        label_en=label_en,
        label_zh=label_zh,
        category=category,
        field_class=field_class,
        validator=validator,
        mask_rule=mask_rule,
        encrypted=field_class is FieldClass.SENSITIVE,
        blind_indexed=blind_indexed,
        builtin=False,
    )
