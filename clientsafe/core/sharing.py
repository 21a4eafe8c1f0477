"""The sharing register: data handed to a named third party, on a stated basis, relying on the
customer's consent to share with that recipient (without it, sharing is refused)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from clientsafe.core.i18n import QT_TRANSLATE_NOOP


class LegalBasis(StrEnum):
    CONSENT = "consent"  # the customer agreed to this recipient
    CONTRACT = "contract"  # needed to deliver the service the customer signed up for
    LEGAL_OBLIGATION = "legal_obligation"  # a law or authority requires it


LEGAL_BASIS_LABELS: dict[LegalBasis, str] = {
    LegalBasis.CONSENT: QT_TRANSLATE_NOOP("sharing", "The customer's consent"),
    LegalBasis.CONTRACT: QT_TRANSLATE_NOOP("sharing", "Needed to deliver the service"),
    LegalBasis.LEGAL_OBLIGATION: QT_TRANSLATE_NOOP("sharing", "Required by law"),
}


@dataclass(frozen=True, slots=True)
class SharingRecord:
    """One entry of the register. Field keys only; the shared values are never copied here."""

    id: int
    customer_id: int
    service_id: int
    service_name: str
    recipient_id: int
    recipient_name: str
    purpose: str
    fields: tuple[str, ...]
    legal_basis: LegalBasis
    consent_decision_id: int
    consent_given_at: datetime
    shared_by: str  # staff display name
    shared_at: datetime
