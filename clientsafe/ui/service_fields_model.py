"""The fields of one service: every collection request made for it, in use first.

The inbox's columns minus the service (it is the page's own) and the statements.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from clientsafe.core.collection import CollectionRequest, RequestStatus
from clientsafe.core.field_catalog import CatalogField
from clientsafe.ui.collection_requests_model import Col, CollectionRequestsModel

# Who decided, why, and both statements are in the details under the table.
SERVICE_FIELD_COLUMNS = (Col.FIELD, Col.CLASS, Col.REQUIRED, Col.STATUS, Col.ASKED_BY)

# Collected now, then waiting, then the ones that never were or no longer are.
_ORDER = {RequestStatus.APPROVED: 0, RequestStatus.PENDING: 1, RequestStatus.REJECTED: 2,
          RequestStatus.RETIRED: 3}


class ServiceFieldsModel(CollectionRequestsModel):
    def __init__(self, *, language: str | None = None, parent: Any = None) -> None:
        super().__init__(SERVICE_FIELD_COLUMNS, language=language, parent=parent)

    def set_requests(self, requests: Sequence[CollectionRequest],
                     catalog: Mapping[str, CatalogField]) -> None:
        # sorted() is stable: within a status the service's order (newest first) stays.
        super().set_requests(sorted(requests, key=lambda r: _ORDER[r.status]), catalog)
