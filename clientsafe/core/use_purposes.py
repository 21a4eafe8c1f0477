"""Uses of customer data that leave the app, and the consent purpose each one needs.

The one rule: a use is allowed only while the customer's latest decision for its purpose is
"granted" — for the named service (or any service when none is named) and, for sharing, for the
named recipient. Withdrawn, declined or never asked (imported customers) all mean no.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from clientsafe.core.consent import Decision, Purpose, PurposeState


class Use(StrEnum):
    SERVICE = "service"  # delivering the service the customer signed up for (customer exports)
    MARKETING = "marketing"  # marketing contact lists
    SHARING = "sharing"  # handing data to a named third party (the sharing register)


USE_PURPOSE: dict[Use, Purpose] = {
    Use.SERVICE: Purpose.SERVICE,
    Use.MARKETING: Purpose.MARKETING,
    Use.SHARING: Purpose.SHARING,
}


def granting(states: Iterable[PurposeState], use: Use, *, service_id: int | None = None,
             recipient_id: int | None = None) -> PurposeState | None:
    """The current state that allows `use`, or None.

    `states` are current states (each purpose's latest decision, as consent_repo.current_state
    gives them). Sharing always names its recipient: without one nothing allows it.
    """
    purpose = USE_PURPOSE[use]
    if purpose is Purpose.SHARING and recipient_id is None:
        return None
    for state in states:
        if (state.purpose is purpose and state.decision is Decision.GRANTED
                and (service_id is None or state.service_id == service_id)
                and (purpose is not Purpose.SHARING or state.recipient_id == recipient_id)):
            return state
    return None


def allowed(states: Iterable[PurposeState], use: Use, *, service_id: int | None = None,
            recipient_id: int | None = None) -> bool:
    return granting(states, use, service_id=service_id, recipient_id=recipient_id) is not None
