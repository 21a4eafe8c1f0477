"""Guards against mass disclosure: defaults, changeable by the security officer."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_BULK_VIEW_LIMIT = 50
DEFAULT_BULK_VIEW_WINDOW_MINUTES = 10
BULK_VIEW_LOCK_MINUTES = 60
DEFAULT_EXPORT_LIMIT = 20
# Alerts for the security officer: refusals in one ten-minute window, and business hours
# (local time; work outside them is pointed out).
DEFAULT_DENIAL_BURST = 5
DEFAULT_BUSINESS_OPENS = 7
DEFAULT_BUSINESS_CLOSES = 21
# Rights requests are answered within this many days of receipt.
DEFAULT_RIGHTS_DEADLINE_DAYS = 15
# Customers registered for no service are kept this long after their last visit.
DEFAULT_RETENTION_MONTHS = 36


@dataclass(frozen=True, slots=True)
class DisclosureLimits:
    bulk_view_limit: int = DEFAULT_BULK_VIEW_LIMIT
    bulk_view_window_minutes: int = DEFAULT_BULK_VIEW_WINDOW_MINUTES
    export_limit: int = DEFAULT_EXPORT_LIMIT
    denial_burst: int = DEFAULT_DENIAL_BURST
    business_opens: int = DEFAULT_BUSINESS_OPENS
    business_closes: int = DEFAULT_BUSINESS_CLOSES
    rights_deadline_days: int = DEFAULT_RIGHTS_DEADLINE_DAYS
    default_retention_months: int = DEFAULT_RETENTION_MONTHS
