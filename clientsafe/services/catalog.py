"""The field catalog: built-in fields plus the security officer's custom fields."""

from __future__ import annotations

from clientsafe.core.audit_actions import Action
from clientsafe.core.field_access import FieldClass
from clientsafe.core.field_catalog import (
    BUILTIN_FIELDS,
    CatalogField,
    Category,
    MaskRule,
    new_custom_field,
)
from clientsafe.core.field_validators import ValidatorKind
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services.policy import authorize
from clientsafe.vault import audit_log, catalog_repo
from clientsafe.vault.connection import Connection
from clientsafe.vault.vault import Vault


def all_fields(conn: Connection) -> list[CatalogField]:
    """Every field the vault knows, built-in first. For services; no permission of its own."""
    return [*BUILTIN_FIELDS, *catalog_repo.all_custom(conn)]


def by_key(conn: Connection) -> dict[str, CatalogField]:
    return {f.key: f for f in all_fields(conn)}


def fields(vault: Vault, session: Session) -> list[CatalogField]:
    """The catalog, for the people who define services and approve what they collect."""
    if not session.can(Permission.CATALOG_MANAGE):
        authorize(vault, session, Permission.SERVICES_MANAGE, Action.CATALOG_VIEWED)
    return all_fields(vault.conn)


def add_custom_field(vault: Vault, session: Session, *, label_en: str, label_zh: str,
                     category: Category, field_class: FieldClass, validator: ValidatorKind,
                     mask_rule: MaskRule, blind_indexed: bool) -> CatalogField:
    authorize(vault, session, Permission.CATALOG_MANAGE, Action.CATALOG_FIELD_ADDED)
    with vault.transaction() as conn:
        field = new_custom_field(label_en=label_en, label_zh=label_zh, category=category,
                                 field_class=field_class, validator=validator,
                                 mask_rule=mask_rule, blind_indexed=blind_indexed,
                                 existing=all_fields(conn))
        catalog_repo.insert(conn, field, created_by=session.staff_id, now=vault.clock())
        audit_log.record(conn, at=vault.clock(), action=str(Action.CATALOG_FIELD_ADDED),
                         actor_id=session.staff_id, actor=session.username, fields=(field.key,),
                         detail=f"class {field.field_class}, validator {field.validator},"
                                f" encrypted {int(field.encrypted)}")
    return field
