"""Guard rails for managing staff accounts, checked by services.staff before anything changes.

- Nobody changes their own role, deactivates their own account or resets their own password:
  another security officer does that, so one person cannot lock everyone else out by mistake.
- The vault always keeps at least one active security officer.
- Accounts are deactivated, never deleted: the audit trail keeps pointing at them.
"""

from __future__ import annotations

from clientsafe.core.entities import StaffMember
from clientsafe.core.errors import ValidationError
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.core.roles import Role


class StaffNotFound(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "That staff account does not exist; refresh the list and try again."
    )


class OwnRole(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "You cannot change your own role; another security officer has to do that."
    )


class OwnDeactivation(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "You cannot deactivate your own account; another security officer has to do that.",
    )


class OwnPasswordReset(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Use Change password for your own account; a reset is for other people's accounts.",
    )


class LastSecurityOfficer(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The vault must keep at least one active security officer; make another account a "
        "security officer first.",
    )


def _removes_an_officer(target: StaffMember, *, role: Role, active: bool) -> bool:
    was_officer = target.active and target.role is Role.SECURITY_OFFICER
    stays_officer = active and role is Role.SECURITY_OFFICER
    return was_officer and not stays_officer


def check_role_change(
    actor_id: int, target: StaffMember, role: Role, *, active_officers: int
) -> None:
    """`active_officers` counts the active security officers now, the target included."""
    if target.id == actor_id:
        raise OwnRole()
    if _removes_an_officer(target, role=role, active=target.active) and active_officers <= 1:
        raise LastSecurityOfficer()


def check_active_change(
    actor_id: int, target: StaffMember, active: bool, *, active_officers: int
) -> None:
    if target.id == actor_id and not active:
        raise OwnDeactivation()
    if _removes_an_officer(target, role=target.role, active=active) and active_officers <= 1:
        raise LastSecurityOfficer()


def check_password_reset(actor_id: int, target: StaffMember) -> None:
    if target.id == actor_id:
        raise OwnPasswordReset()
