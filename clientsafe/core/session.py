"""The acting staff member, passed to every service call."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from clientsafe.core.errors import PermissionDenied
from clientsafe.core.roles import SCOPED_TO_ASSIGNED, Permission, Role, allows


@dataclass(frozen=True, slots=True)
class Session:
    staff_id: int
    username: str
    display_name: str
    role: Role
    vault_id: str
    started_at: datetime
    must_change_password: bool = False

    def can(self, permission: Permission) -> bool:
        return allows(self.role, permission)

    def require(self, permission: Permission) -> None:
        """Raise PermissionDenied unless the role allows it (the caller audits the denial)."""
        if not self.can(permission):
            raise PermissionDenied(role=self.role.label, action=permission.label)

    @property
    def sees_only_assigned_customers(self) -> bool:
        return self.role in SCOPED_TO_ASSIGNED
