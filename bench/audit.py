"""Audit trail speed.

entries_per_s_build: appending audit entries with their chain hashes straight through the vault
layer in large transactions (how fast this benchmark fills its vault; services add one entry per
call and are measured elsewhere).
verify_1m_s: `audit_log.verify` recomputing the whole chain of 1,000,000 entries, median of 3
(target < 3 s).

The viewer's figures (viewer_first_page_ms and variants) come from bench/audit_viewer.py; the PDF
export figures (export_10k_pdf_s, export_peak_rss_mb) come with that feature.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from clientsafe.vault.vault import Vault

ENTRIES = int(os.environ.get("CLIENTSAFE_BENCH_AUDIT_ENTRIES", "1000000"))
BATCH = 100_000
RUNS = 3
_ACTIONS = ("customers.listed", "customer.viewed", "auth.login", "customer.created",
            "reveal.requested", "transactions.listed", "customer.looked_up")
_FIELDS = ('[]', '["name","phone"]', '["name","phone","email","national_id"]', '["amount"]')


def _rows(first_seq: int, count: int, prev_hash: str) -> Iterator[tuple]:
    """Realistic, varied entries (ids, field names, fixed wording), chained as record() does."""
    from clientsafe.core.clock import to_iso
    from clientsafe.vault.audit_log import entry_hash

    start = datetime(2025, 1, 1, 8, 0, tzinfo=UTC)
    for seq in range(first_seq, first_seq + count):
        at = to_iso(start + timedelta(seconds=seq * 7))
        actor_id = seq % 17 + 1
        actor = f"staff{actor_id:02d}"
        action = _ACTIONS[seq % len(_ACTIONS)]
        customer_id = seq % 5003 if seq % 3 else None
        fields = _FIELDS[seq % len(_FIELDS)]
        purpose = "service" if customer_id else ""
        outcome = "denied" if seq % 97 == 0 else "done"
        detail = f"page {seq % 40}" if action.endswith("listed") else ""
        digest = entry_hash(seq=seq, at=at, actor_id=actor_id, actor=actor, action=action,
                            customer_id=customer_id, fields=fields, purpose=purpose,
                            outcome=outcome, detail=detail, prev_hash=prev_hash)
        yield (seq, at, actor_id, actor, action, customer_id, fields, purpose, outcome, detail,
               prev_hash, digest)
        prev_hash = digest


def build(vault: Vault, entries: int) -> float:
    """Fill the audit log to `entries`; returns entries per second."""
    from clientsafe.vault import audit_log

    started = time.perf_counter()
    while (head := audit_log.head(vault.conn))[0] < entries:
        count = min(BATCH, entries - head[0])
        with vault.transaction() as conn:
            conn.executemany(
                "INSERT INTO audit_log (seq, at, actor_id, actor, action, customer_id, fields,"
                " purpose, outcome, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                _rows(head[0] + 1, count, head[1]))
    return entries / (time.perf_counter() - started)


def main() -> None:
    from clientsafe.vault import audit_log
    from clientsafe.vault.vault import Vault

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CLIENTSAFE_HOME"] = str(Path(tmp) / "home")
        vault = Vault.create(Path(tmp) / "audit.csvault", business_name="Bench").vault
        try:
            rate = build(vault, ENTRIES)
            print(f"entries_per_s_build: {rate:.0f}  ({ENTRIES} entries)")
            timings = []
            for _ in range(RUNS):
                started = time.perf_counter()
                report = audit_log.verify(vault.conn)
                timings.append(time.perf_counter() - started)
                if not report.ok or report.entries != ENTRIES:
                    sys.exit(f"verification failed: {report.problem or report.entries}")
            print(f"verify_1m_s: {statistics.median(timings):.2f}  (median of {RUNS}; "
                  f"min {min(timings):.2f}, {ENTRIES} entries)")
        finally:
            vault.close()


if __name__ == "__main__":
    main()
