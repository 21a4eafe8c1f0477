"""Marketing list speed at scale.

    bash tests/with-secret-service.sh .venv/bin/python bench/marketing_list.py --customers 100000

Builds (once per size, cached under the temp directory) a demo vault of N customers, every one
encrypted through customer_repo.insert and registered for Membership by a paper consent (30 %
also for Personal training); about half agree to marketing per service, and one in ten of those
withdrew it later (so "latest decision" is really asked). Then prints:

count_all_ms        services.marketing.marketing_list_count, any service (median of 7)
count_service_ms    the same for one service
sql_agrees          the SQL's customers equal the core rule applied customer by customer
                    (use_purposes.allowed over consent_repo.current_state) on a 2,000 sample
export_csv_s        services.marketing.export_marketing_list to CSV: the query, decrypting
                    phone and e-mail, the file, its hash and the audit entry (median of 3)
export_pdf_s        the same to PDF, with its page count and size
peak_rss_mb         ru_maxrss after the exports
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from clientsafe.core.consent import Channel, Decision, EventKind, Purpose
from clientsafe.core.disclosure import DisclosureLimits
from clientsafe.core.roles import Role
from clientsafe.core.use_purposes import Use, allowed
from clientsafe.services import auth, customer_export, demo, marketing, staff, vault_access
from clientsafe.services.disclosure_settings import set_limits
from clientsafe.services.notices import current
from clientsafe.vault import consent_repo, customer_repo, marketing_repo
from clientsafe.vault.consent_repo import NewEvent
from clientsafe.vault.vault import Vault, remove_vault_files

BATCH = 10_000
MEMBERSHIP, TRAINING = 1, 2
SECOND = ("manager2", "Bench-Manager-Two-42")


def build(path: Path, count: int) -> str:
    """A demo vault (services and accounts) plus `count` consenting customers."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from search import _people  # the realistic names and values of bench/search.py

    remove_vault_files(path)
    created = demo.create_demo_vault(path, customers=0, seed=1)
    vault = created.vault
    try:
        officer = auth.login(vault, "officer", demo.DEMO_PASSWORD)
        staff.create_staff(vault, officer, username=SECOND[0], display_name="Second Manager",
                           role=Role.MANAGER, temporary_password=SECOND[1])
        ids = {a.username: auth.login(vault, a.username, demo.DEMO_PASSWORD).staff_id
               for a in demo.DEMO_ACCOUNTS}
        owners = [ids["frontdesk"], ids["frontdesk"], ids["frontdesk2"], ids["manager"]]
        started = time.perf_counter()
        people = _people(count, 7, owners)
        rng = random.Random(5)
        now = vault.clock()
        for first in range(0, count, BATCH):
            with vault.transaction() as conn:
                notices = {s: current(conn, s)["zh_CN"] for s in (MEMBERSHIP, TRAINING)}
                for person in people[first:first + BATCH]:
                    customer_id = customer_repo.insert(conn, person, now=now)
                    services = [MEMBERSHIP] + ([TRAINING] if rng.random() < 0.3 else [])
                    for service_id in services:
                        _consent(conn, rng, customer_id, service_id, notices[service_id],
                                 person.assigned_staff_id, now)
            print(f"  built {min(first + BATCH, count)}/{count}", file=sys.stderr, flush=True)
        print(f"build_s: {time.perf_counter() - started:.1f}", file=sys.stderr)
    finally:
        vault.close()
    return created.recovery_key


def _consent(conn, rng, customer_id, service_id, notice, staff_id, now) -> None:  # type: ignore[no-untyped-def]
    event = consent_repo.insert_event(conn, NewEvent(
        customer_id, service_id, EventKind.COLLECTION, Channel.PAPER, staff_id, notice.id,
        notice.version, notice.sha256, notice.language), now=now)
    decisions = []
    marketing_granted = False
    for p in notice.purposes:
        granted = p.required or p.purpose is Purpose.SENSITIVE or rng.random() < 0.5
        marketing_granted |= granted and p.purpose is Purpose.MARKETING
        decisions.append((p.purpose, p.recipient_id,
                          Decision.GRANTED if granted else Decision.DECLINED))
    consent_repo.insert_decisions(conn, event, customer_id, service_id, decisions, now=now)
    consent_repo.enroll(conn, customer_id, service_id, now=now)
    if marketing_granted and rng.random() < 0.1:
        withdrawal = consent_repo.insert_event(conn, NewEvent(
            customer_id, service_id, EventKind.WITHDRAWAL, Channel.COUNTER, staff_id,
            notice_version=notice.version), now=now)
        consent_repo.insert_decisions(conn, withdrawal, customer_id, service_id,
                                      [(Purpose.MARKETING, None, Decision.WITHDRAWN)], now=now)


def open_cached(count: int) -> Vault:
    folder = Path(tempfile.gettempdir()) / f"clientsafe-bench-marketing-{count}"
    folder.mkdir(exist_ok=True)
    path, key_path = folder / "bench.csvault", folder / "recovery-key.txt"
    os.environ["CLIENTSAFE_HOME"] = str(folder / "home")
    if not (path.exists() and key_path.exists()):
        key_path.write_text(build(path, count))
    return vault_access.open_with_recovery_key(path, key_path.read_text().strip(),
                                               remember=False).vault


def timed(call) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    args = parser.parse_args()
    vault = open_cached(args.customers)
    try:
        manager = auth.login(vault, "manager", demo.DEMO_PASSWORD)
        print(f"customers: {customer_repo.count(vault.conn)}")
        counts = [timed(lambda: marketing.marketing_list_count(vault, manager))
                  for _ in range(7)]
        one = [timed(lambda: marketing.marketing_list_count(vault, manager, TRAINING))
               for _ in range(7)]
        total = marketing.marketing_list_count(vault, manager)
        print(f"count_all_ms: {statistics.median(counts) * 1000:.1f}  ({total} customers opted "
              f"in; median of 7, max {max(counts) * 1000:.1f})")
        print(f"count_service_ms: {statistics.median(one) * 1000:.1f}  (Personal training, "
              f"{marketing.marketing_list_count(vault, manager, TRAINING)} opted in)")

        sample = random.Random(2).sample(range(1, customer_repo.count(vault.conn) + 1), 2000)
        listed = {c.customer_id for c in marketing_repo.contacts(vault.conn, keys=())}
        agree = all((i in listed) == allowed(consent_repo.current_state(vault.conn, i),
                                             Use.MARKETING) for i in sample)
        print(f"sql_agrees: {agree}  (2,000 customers checked one by one with the core rule)")

        officer = auth.login(vault, "officer", demo.DEMO_PASSWORD)
        set_limits(vault, officer, DisclosureLimits(export_limit=10_000))
        with tempfile.TemporaryDirectory() as tmp:
            for fmt in ("csv", "pdf"):
                runs, result = [], None
                for run in range(3 if fmt == "csv" else 2):
                    approval = customer_export.approve_export(
                        vault, manager, count=total, manager_username=SECOND[0],
                        manager_password=SECOND[1])
                    target = Path(tmp) / f"list{run}.{fmt}"
                    started = time.perf_counter()
                    result = marketing.export_marketing_list(
                        vault, manager, fmt=fmt, target=target,  # type: ignore[arg-type]
                        approval_id=approval)
                    runs.append(time.perf_counter() - started)
                assert result is not None
                size = result.path.stat().st_size / 1e6
                extra = ""
                if fmt == "pdf":
                    from clientsafe.reports.marketing_pdf import page_count

                    extra = f", {page_count(result.count)} pages"
                print(f"export_{fmt}_s: {statistics.median(runs):.2f}  (median of {len(runs)}; "
                      f"{result.count} customers, {size:.1f} MB{extra})")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak_rss_mb: {peak:.0f}")
    finally:
        vault.close()


if __name__ == "__main__":
    main()
