"""Audit viewer speed at a million entries.

viewer_first_page_ms: from creating the viewer's table model to having the text of the first
visible rows: the audited count through services.audit_query, the first page fetch, and the
model's data() for 30 rows × 9 columns; median of RUNS (target < 200).
viewer_first_page_filtered_ms: the same with a filter by one action (about 1 entry in 7).
viewer_first_page_dated_ms: the same with a one-month date range (the month before the last).

One vault of 1,000,000 entries is filled once with bench/audit.py's builder.
Run through `make bench`, which provides a real Secret Service.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from audit import ENTRIES, build  # the builder of bench/audit.py

RUNS = 9
VISIBLE_ROWS = 30
PASSWORD = "Correct-Horse-42-Battery"


def first_page_ms(vault, session, flt) -> list[float]:
    from PySide6.QtCore import Qt

    from clientsafe.ui.audit_table_model import AuditTableModel

    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        model = AuditTableModel(vault, session)
        model.set_filter(flt)
        model.refresh()
        shown = [model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
                 for row in range(min(VISIBLE_ROWS, model.rowCount()))
                 for column in range(model.columnCount())]
        timings.append((time.perf_counter() - started) * 1000)
        if model.total and not all(s is not None for s in shown):
            sys.exit("the first page came back incomplete")
    return timings


def report(name: str, values: list[float], note: str) -> None:
    print(f"{name}: {statistics.median(values):.1f}  (median of {len(values)}; "
          f"min {min(values):.1f}, max {max(values):.1f}; {note})")


def main() -> None:
    from PySide6.QtGui import QGuiApplication

    from clientsafe.core.audit_filter import AuditFilter
    from clientsafe.services import auth, setup

    app = QGuiApplication.instance() or QGuiApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CLIENTSAFE_HOME"] = str(Path(tmp) / "home")
        vault = setup.create_vault(setup.SetupRequest(
            Path(tmp) / "viewer.csvault", "Bench", "officer", "Olivia", PASSWORD)).vault
        try:
            session = auth.login(vault, "officer", PASSWORD)
            build(vault, ENTRIES)
            report("viewer_first_page_ms", first_page_ms(vault, session, AuditFilter()),
                   f"{ENTRIES} entries, no filter")
            report("viewer_first_page_filtered_ms",
                   first_page_ms(vault, session, AuditFilter(action="customer.viewed")),
                   "action = customer.viewed")
            # The builder's entries run from 2025-01-01, one every 7 s: ~81 days at 1M.
            report("viewer_first_page_dated_ms",
                   first_page_ms(vault, session, AuditFilter(since=date(2025, 2, 1),
                                                             until=date(2025, 2, 28))),
                   "one month, 2025-02")
        finally:
            vault.close()
    del app


if __name__ == "__main__":
    main()
