"""Guards against mass disclosure: defaults, changeable by the security officer."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_BULK_VIEW_LIMIT = 50
DEFAULT_BULK_VIEW_WINDOW_MINUTES = 10
BULK_VIEW_LOCK_MINUTES = 60
DEFAULT_EXPORT_LIMIT = 20


@dataclass(frozen=True, slots=True)
class DisclosureLimits:
    bulk_view_limit: int = DEFAULT_BULK_VIEW_LIMIT
    bulk_view_window_minutes: int = DEFAULT_BULK_VIEW_WINDOW_MINUTES
    export_limit: int = DEFAULT_EXPORT_LIMIT
