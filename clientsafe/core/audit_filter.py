"""Which audit entries to show or export: the filters of the viewer and of the PDF export."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class AuditFilter:
    actor_id: int | None = None
    customer_id: int | None = None
    action: str | None = None  # an Action value; None = all
    outcome: str | None = None  # "done" | "denied" | None
    since: date | None = None  # inclusive, local calendar day
    until: date | None = None  # inclusive

    @property
    def is_empty(self) -> bool:
        return self == AuditFilter()
