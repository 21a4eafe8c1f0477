"""Custom catalog fields defined by the security officer (built-in fields live in core)."""

from __future__ import annotations

from datetime import datetime

from clientsafe.core.clock import to_iso
from clientsafe.core.field_access import FieldClass
from clientsafe.core.field_catalog import CatalogField, Category, MaskRule
from clientsafe.core.field_validators import ValidatorKind
from clientsafe.vault.connection import Connection

_COLUMNS = ("key, label_en, label_zh, category, field_class, validator, mask_rule, encrypted,"
            " blind_indexed, active")


def insert(conn: Connection, field: CatalogField, *, created_by: int, now: datetime) -> None:
    conn.execute(
        f"INSERT INTO custom_fields ({_COLUMNS}, created_by, created_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (field.key, field.label_en, field.label_zh, field.category.value,
         field.field_class.value, field.validator.value, field.mask_rule.value,
         int(field.encrypted), int(field.blind_indexed), int(field.active), created_by,
         to_iso(now)))


def all_custom(conn: Connection) -> list[CatalogField]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM custom_fields ORDER BY created_at, key")
    return [CatalogField(r[0], r[1], r[2], Category(r[3]), FieldClass(r[4]), ValidatorKind(r[5]),
                         MaskRule(r[6]), bool(r[7]), bool(r[8]), builtin=False,
                         active=bool(r[9])) for r in rows]
