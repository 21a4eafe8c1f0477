"""Search and customer-list speed at scale.

    bash tests/with-secret-service.sh .venv/bin/python bench/search.py --customers 100000

Builds (once per size, cached under the temp directory) a vault of N customers with realistic
Chinese and English names: real rows through customer_repo.insert, so every value is AES-GCM
encrypted and phone / ID / e-mail have blind indexes. Then prints:

exact_lookup_p95_ms   services.customers.find_exact (blind index, decrypt, compare, audit entry)
name_search_p95_ms    services count + first page for ~200 prefixes / pinyin / initials
list_first_page_ms    CustomerTableModel.refresh() + the first page's cells (no window)
rotate_100k_s         services.keys.rotate over the whole vault
peak_rss_mb           ru_maxrss with the list open
lookup_vs_raw_ratio   customer_repo.find_exact_hits (what the service runs: blind index, decrypt
                      and compare the candidates) against a plain indexed SQLCipher query on the
                      same values in the same file (a bench-only temp table), both returning the
                      same columns: the price of field encryption

The cached vault's recovery key sits beside it (sample data only), because the test Secret
Service is new on every run.
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
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from faker import Faker

from clientsafe.core.entities import NewCustomer
from clientsafe.core.name_search import name_keys
from clientsafe.services import auth, customers, demo, keys, vault_access
from clientsafe.vault import customer_repo
from clientsafe.vault.vault import Vault, remove_vault_files

QUERIES = 200
BATCH = 10_000  # customers per transaction while building


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def timed_ms(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def _people(count: int, seed: int, owners: list[int]) -> list[NewCustomer]:
    rng = random.Random(seed)
    zh, en = Faker("zh_CN"), Faker("en_US")
    zh.seed_instance(seed)
    en.seed_instance(seed + 1)
    people = []
    for i in range(count):
        fake = zh if rng.random() < 0.7 else en
        mobile = rng.choice(("138", "139", "150", "186", "177", "135")) + f"{i:08d}"
        people.append(NewCustomer(
            full_name=fake.name(), phone=f"+86{mobile}",
            email=f"{fake.user_name()}{i}@example.com",
            national_id=zh.ssn(min_age=18, max_age=85),
            address=zh.street_address() if fake is zh else en.street_address(),
            assigned_staff_id=rng.choice(owners)))
    return people


def build(path: Path, count: int) -> str:
    """A demo vault (accounts only) plus `count` customers; returns its recovery key."""
    remove_vault_files(path)
    created = demo.create_demo_vault(path, customers=0, seed=1)
    vault = created.vault
    try:
        staff = {a.username: auth.login(vault, a.username, demo.DEMO_PASSWORD).staff_id
                 for a in demo.DEMO_ACCOUNTS}
        owners = [staff["frontdesk"], staff["frontdesk"], staff["frontdesk2"], staff["manager"]]
        started = time.perf_counter()
        people = _people(count, 7, owners)
        rng = random.Random(3)
        now = vault.clock()
        for first in range(0, count, BATCH):
            with vault.transaction() as conn:
                for person in people[first:first + BATCH]:
                    customer_repo.insert(conn, person, now=now.replace(
                        microsecond=0, second=rng.randrange(60), minute=rng.randrange(60)))
            print(f"  built {min(first + BATCH, count)}/{count}", file=sys.stderr, flush=True)
        print(f"build_s: {time.perf_counter() - started:.1f}  (Faker + pinyin + encryption)",
              file=sys.stderr)
    finally:
        vault.close()
    return created.recovery_key


def open_cached(count: int) -> Vault:
    folder = Path(tempfile.gettempdir()) / f"clientsafe-bench-search-{count}"
    folder.mkdir(exist_ok=True)
    path, key_path = folder / "bench.csvault", folder / "recovery-key.txt"
    os.environ["CLIENTSAFE_HOME"] = str(folder / "home")
    if not (path.exists() and key_path.exists()):
        key_path.write_text(build(path, count))
    return vault_access.open_with_recovery_key(path, key_path.read_text().strip(),
                                               remember=False).vault


def queries(vault: Vault, rng: random.Random) -> list[str]:
    """Prefixes as typed, full pinyin, pinyin prefixes and initials of real names."""
    names = [r[0] for r in vault.conn.execute(
        "SELECT full_name FROM customers ORDER BY random() LIMIT ?", (QUERIES,))]
    found = []
    for i, name in enumerate(names):
        pinyin, initials = name_keys(name)
        found.append((name[:rng.randint(1, 2)], name[:3], pinyin, pinyin[:4],
                      initials)[i % 5])
    return found


def lookups(vault: Vault, rng: random.Random) -> list[str]:
    total = customer_repo.count(vault.conn)
    ids = [rng.randint(1, total) for _ in range(QUERIES)]
    held = [customer_repo.get(vault.conn, i) for i in ids]
    return [(c.phone, c.national_id, c.email)[i % 3] for i, c in enumerate(held) if c]


def raw_table(vault: Vault) -> None:
    """The same values in plain, indexed columns: the baseline without field encryption."""
    conn = vault.conn
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS raw_contacts (customer_id INTEGER, field TEXT,"
                 " value TEXT)")
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS raw_values (customer_id INTEGER PRIMARY KEY,"
                 " phone TEXT, email TEXT, national_id TEXT, address TEXT, date_of_birth TEXT)")
    conn.execute("DELETE FROM raw_contacts")
    conn.execute("DELETE FROM raw_values")
    ids = [r[0] for r in conn.execute("SELECT id FROM customers")]
    fields = ("phone", "email", "national_id", "address", "date_of_birth")
    for first in range(0, len(ids), 5000):
        chunk = customer_repo._values(conn, ids[first:first + 5000], fields)
        conn.executemany("INSERT INTO raw_contacts VALUES (?,?,?)",
                         [(cid, f, v[f]) for cid, v in chunk.items()
                          for f in ("phone", "email", "national_id") if f in v])
        conn.executemany("INSERT INTO raw_values VALUES (?,?,?,?,?,?)",
                         [(cid, *(v.get(f) for f in fields)) for cid, v in chunk.items()])
    conn.execute("CREATE INDEX IF NOT EXISTS temp.raw_by_value ON raw_contacts(field, value)")
    conn.commit()


def raw_hits(vault: Vault, field: str, value: str) -> list[tuple]:
    """What find_exact_hits returns (who matched, who looks after them), from a plain column."""
    return vault.conn.execute(
        "SELECT c.id, c.full_name, c.assigned_staff_id, s.display_name"
        " FROM raw_contacts r JOIN customers c ON c.id = r.customer_id"
        " LEFT JOIN staff s ON s.id = c.assigned_staff_id"
        " WHERE r.field = ? AND r.value = ?", (field, value)).fetchall()


def raw_records(vault: Vault, field: str, value: str) -> list[tuple]:
    """What find_exact returns (whole Customer records), from plain columns."""
    return vault.conn.execute(
        "SELECT c.id, c.full_name, v.phone, v.email, v.national_id, v.address, v.date_of_birth,"
        " c.assigned_staff_id, s.display_name, c.created_at, c.updated_at"
        " FROM raw_contacts r JOIN customers c ON c.id = r.customer_id"
        " JOIN raw_values v ON v.customer_id = c.id"
        " LEFT JOIN staff s ON s.id = c.assigned_staff_id"
        " WHERE r.field = ? AND r.value = ?", (field, value)).fetchall()


Lookup = Callable[[Vault, str, str], list]


def compare_with_raw(vault: Vault, keyed: list[tuple[str, str]], ours: Lookup,
                     raw: Lookup) -> tuple[float, float]:
    """Medians (ms) of one of our repository look-ups and its plain counterpart, both warm
    (each value looked up once untimed by both first), timed alternately over three rounds."""
    mine, plain = [], []
    for k in keyed:
        assert [r.id for r in ours(vault, *k)] == [r[0] for r in raw(vault, *k)]
    for _ in range(3):
        for k in keyed:
            mine.append(timed_ms(lambda k=k: ours(vault, *k)))
            plain.append(timed_ms(lambda k=k: raw(vault, *k)))
    return statistics.median(mine), statistics.median(plain)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    args = parser.parse_args()
    vault = open_cached(args.customers)
    rng = random.Random(11)
    manager = auth.login(vault, "manager", demo.DEMO_PASSWORD)
    frontdesk = auth.login(vault, "frontdesk", demo.DEMO_PASSWORD)
    officer = auth.login(vault, "officer", demo.DEMO_PASSWORD)
    print(f"customers: {customer_repo.count(vault.conn)}")

    # The list, through the Qt model as the window uses it (no window: models need no GUI).
    from PySide6.QtCore import QCoreApplication, Qt

    from clientsafe.ui.customer_table_model import CustomerTableModel
    from clientsafe.ui.paged_table_model import PAGE_SIZE

    app = QCoreApplication.instance() or QCoreApplication(sys.argv)
    assert app is not None

    def open_list(session: object, search: str = "") -> CustomerTableModel:
        model = CustomerTableModel(vault, session)  # type: ignore[arg-type]
        model.set_search(search)
        model.refresh()
        for row in range(min(PAGE_SIZE, model.total)):
            model.data(model.index(row, CustomerTableModel.NAME), Qt.ItemDataRole.DisplayRole)
        return model

    first = [timed_ms(lambda: open_list(manager)) for _ in range(20)]
    scoped = [timed_ms(lambda: open_list(frontdesk)) for _ in range(20)]
    print(f"list_first_page_ms: {statistics.median(first):.1f}  (median of 20, manager, "
          f"p95 {percentile(first, 0.95):.1f}; front desk median {statistics.median(scoped):.1f})")
    model = open_list(manager)
    model.data(model.index(model.total - 1, 0), Qt.ItemDataRole.DisplayRole)  # jump to end
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak_rss_mb: {peak:.0f}  (list open, first and last page loaded)")

    names = queries(vault, rng)
    searched = [timed_ms(lambda q=q: open_list(manager, q)) for q in names]
    searched_fd = [timed_ms(lambda q=q: open_list(frontdesk, q)) for q in names]
    print(f"name_search_p95_ms: {percentile(searched, 0.95):.1f}  ({len(names)} queries: count"
          f" + first page; median {statistics.median(searched):.1f}; front desk p95 "
          f"{percentile(searched_fd, 0.95):.1f})")

    values = lookups(vault, rng)
    exact = [timed_ms(lambda v=v: customers.find_exact(vault, manager, v)) for v in values]
    print(f"exact_lookup_p95_ms: {percentile(exact, 0.95):.2f}  ({len(values)} phones / IDs /"
          f" e-mails through the service, each with its audit entry and commit; median "
          f"{statistics.median(exact):.2f}, p99 {percentile(exact, 0.99):.2f}, "
          f"max {max(exact):.2f})")

    raw_table(vault)
    from clientsafe.core.validators import exact_lookup_key

    keyed = [exact_lookup_key(v) for v in values]
    ours, raw = compare_with_raw(
        vault, keyed, lambda v, f, x: customer_repo.find_exact_hits(v.conn, f, x), raw_hits)
    ours_full, raw_full = compare_with_raw(
        vault, keyed, lambda v, f, x: customer_repo.find_exact(v.conn, f, x), raw_records)
    print(f"lookup_vs_raw_ratio: {ours / raw:.2f}  (the service's repository look-up, median "
          f"{ours:.3f} ms, vs the same columns from a plain indexed column {raw:.3f} ms, both "
          f"warm; whole decrypted records: {ours_full:.3f} vs {raw_full:.3f} ms = "
          f"{ours_full / raw_full:.1f}x; the service with its audit entry and commit: "
          f"{statistics.median(exact) / raw:.1f}x)")
    vault.conn.execute("DROP TABLE temp.raw_contacts")
    vault.conn.execute("DROP TABLE temp.raw_values")

    started = time.perf_counter()
    result = keys.rotate(vault, officer)
    print(f"rotate_100k_s: {time.perf_counter() - started:.1f}  ({result.reencrypted} values "
          f"re-encrypted under v{result.version})")
    vault.close()


if __name__ == "__main__":
    main()
