"""Name search in the customer list, at the service: prefix as typed, pinyin, pinyin initials,
any letter case, English names, the front desk's scope, hostile input, and the same results
before and after a key rotation. The SQL (covering-index unions, pages read from the far end)
is checked against a plain Python filter and sort of every customer."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from clientsafe.core.audit_actions import Action
from clientsafe.core.entities import CustomerSort, NewCustomer
from clientsafe.core.name_search import name_keys, name_query
from clientsafe.core.roles import Role
from clientsafe.core.session import Session
from clientsafe.services import auth, customers, demo, keys
from clientsafe.services.staff import add_account
from clientsafe.services.vault_access import Vault
from clientsafe.vault import customer_repo
from clientsafe.vault.password_hash import hash_password

# (name, owner): owners are demo usernames.
PEOPLE = [
    ("张伟", "frontdesk"), ("张伟明", "frontdesk2"), ("章薇", "frontdesk"), ("张三", "manager"),
    ("王芳", "frontdesk"), ("欧阳娜娜", "frontdesk2"), ("李强", "frontdesk"),
    ("Emily Carter", "frontdesk"), ("emma stone", "frontdesk2"), ("Zoë Adams", "manager"),
    ("Ed O'Brien", "frontdesk"), ("100% Fitness Ltd", "manager"),
]


@pytest.fixture(scope="module")
def search_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    path: Path = tmp_path_factory.mktemp("search") / "search.csvault"
    vault = demo.create_demo_vault(path, customers=0, seed=5).vault
    ids = {a.username: auth.login(vault, a.username, demo.DEMO_PASSWORD).staff_id
           for a in demo.DEMO_ACCOUNTS}
    with vault.transaction() as conn:
        for name, owner in PEOPLE:
            customer_repo.insert(conn, NewCustomer(full_name=name, assigned_staff_id=ids[owner]),
                                 now=vault.clock())
    yield vault
    vault.close()


def login(vault: Vault, name: str) -> Session:
    return auth.login(vault, name, demo.DEMO_PASSWORD)


def names(vault: Vault, session: Session, text: str) -> list[str]:
    """The matching names in list order; the count must agree with the page."""
    rows = customers.page(vault, session, offset=0, limit=1000, search=text)
    assert customers.count(vault, session, search=text) == len(rows)
    return [r.full_name for r in rows]


def test_keys_of_a_name() -> None:
    assert name_keys("张伟") == ("zhangwei", "zw")
    assert name_keys("Emily Carter") == ("emilycarter", "ec")
    assert name_keys("Zoë Adams") == ("zoeadams", "za")


def test_pinyin_initials_and_prefix_find_chinese_names(search_vault: Vault) -> None:
    manager = login(search_vault, "manager")
    assert names(search_vault, manager, "zhangwei") == ["张伟", "张伟明", "章薇"]
    assert names(search_vault, manager, "zw") == ["张伟", "张伟明", "章薇"]
    assert names(search_vault, manager, "zwm") == ["张伟明"]
    assert names(search_vault, manager, "zhang") == ["张三", "张伟", "张伟明", "章薇"]
    assert names(search_vault, manager, "张") == ["张三", "张伟", "张伟明"]
    assert names(search_vault, manager, "张伟") == ["张伟", "张伟明"]
    assert names(search_vault, manager, "oyn") == ["欧阳娜娜"]
    assert names(search_vault, manager, "ouyang") == ["欧阳娜娜"]


def test_any_letter_case_and_spacing_finds_the_same(search_vault: Vault) -> None:
    manager = login(search_vault, "manager")
    for typed in ("ZhangWei", "ZHANG WEI", " zhang  wei ", "ZW"):
        assert names(search_vault, manager, typed) == ["张伟", "张伟明", "章薇"]


def test_english_names_by_prefix_joined_words_and_initials(search_vault: Vault) -> None:
    manager = login(search_vault, "manager")
    assert names(search_vault, manager, "Em") == ["Emily Carter", "emma stone"]
    assert names(search_vault, manager, "EMILY") == ["Emily Carter"]
    assert names(search_vault, manager, "emily c") == ["Emily Carter"]
    assert names(search_vault, manager, "ec") == ["Emily Carter"]
    assert names(search_vault, manager, "Zoe") == ["Zoë Adams"]  # nobody types the accent
    assert names(search_vault, manager, "Zoë") == ["Zoë Adams"]
    assert names(search_vault, manager, "Ed O'") == ["Ed O'Brien"]  # as typed, punctuation too
    assert names(search_vault, manager, "Carter") == []  # a prefix search, not "contains"


def test_front_desk_finds_only_their_own_customers(search_vault: Vault) -> None:
    frontdesk = login(search_vault, "frontdesk")
    assert names(search_vault, frontdesk, "zw") == ["张伟", "章薇"]
    assert names(search_vault, frontdesk, "张") == ["张伟"]
    assert names(search_vault, frontdesk, "em") == ["Emily Carter"]
    assert names(search_vault, login(search_vault, "frontdesk2"), "zw") == ["张伟明"]


def test_the_search_is_one_audited_read_without_the_query(search_vault: Vault) -> None:
    manager = login(search_vault, "manager")
    customers.count(search_vault, manager, search="zhangwei")
    action, detail = search_vault.conn.execute(
        "SELECT action, detail FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    assert action == str(Action.CUSTOMERS_LISTED)
    assert detail == "3 in scope (name search)"  # how many, never what was typed


@pytest.mark.parametrize("typed", [
    "%", "_", "' OR 1=1 --", "\x00", "a\x00b", "\u202e", "😀", "张" * 10_000, "x" * 100_000,
    "   ", "\U0010ffff", "Robert'); DROP TABLE customers;--",
])
def test_hostile_or_huge_queries_are_cut_not_crashing(search_vault: Vault, typed: str) -> None:
    manager = login(search_vault, "manager")
    found = names(search_vault, manager, typed)
    query = name_query(typed)
    if query is None:  # empty or control characters: the whole list
        assert len(found) == len(PEOPLE)
    else:
        assert len(query.text) <= 60
        assert found == []
    assert customers.count(search_vault, manager) == len(PEOPLE)  # the table is still there


def test_results_are_the_same_after_a_key_rotation(tmp_path: Path) -> None:
    vault = demo.create_demo_vault(tmp_path / "r.csvault", customers=60, seed=9).vault
    try:
        manager, officer = login(vault, "manager"), login(vault, "officer")
        queries = ["zh", "w", "l", "张", "王", "e", "j", "zw", "lj"]

        def everything() -> list[list[tuple[int, str, str, str]]]:
            return [[(r.id, r.full_name, r.phone, r.email) for r in
                     customers.page(vault, manager, offset=0, limit=1000, search=q)]
                    for q in queries]

        before = everything()
        assert any(before)
        keys.rotate(vault, officer, batch=17)
        assert everything() == before
    finally:
        vault.close()


# --- the SQL against a plain Python reference ------------------------------------------------


@pytest.fixture(scope="module")
def reference_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    path = tmp_path_factory.mktemp("ref") / "ref.csvault"
    vault = demo.create_demo_vault(path, customers=400, seed=21).vault
    # Unassigned customers, and a second staff member with the front desk's display name, so
    # the "Assigned to" order meets NULLs and ties between staff members.
    twin_name = next(a.display_name for a in demo.DEMO_ACCOUNTS if a.username == "frontdesk")
    with vault.transaction() as conn:
        twin = add_account(conn, now=vault.clock(), username="twin", display_name=twin_name,
                           role=Role.FRONT_DESK, password_hash=hash_password("x" * 12))
        for i, name in enumerate(["王小明", "Wang Lei", "张伟", "Aaron Abbott", "zoe z"] * 3):
            customer_repo.insert(conn, NewCustomer(
                full_name=name, assigned_staff_id=(None, twin)[i % 2]), now=vault.clock())
    yield vault
    vault.close()


def _reference(vault: Vault, assigned_to: int | None, typed: str, sort: CustomerSort,
               descending: bool) -> list[int]:
    rows = vault.conn.execute(
        "SELECT c.id, c.full_name, c.name_pinyin, c.name_initials, c.created_at,"
        " c.assigned_staff_id, s.display_name FROM customers c"
        " LEFT JOIN staff s ON s.id = c.assigned_staff_id").fetchall()
    query = name_query(typed)
    kept = []
    for cid, name, pinyin, initials, created, staff_id, staff_name in rows:
        if assigned_to is not None and staff_id != assigned_to:
            continue
        if query is not None and not (
            name.startswith(query.text)
            or (query.key and (pinyin.startswith(query.key) or initials.startswith(query.key)))
        ):
            continue
        key: tuple = {
            CustomerSort.NAME: (name, cid),
            CustomerSort.CREATED: (created, cid),
            # SQLite puts NULL first in ascending order.
            CustomerSort.ASSIGNED: (staff_name is not None, staff_name or "", name, cid),
        }[sort]
        kept.append((key, cid))
    kept.sort(reverse=descending)
    return [cid for _, cid in kept]


def test_count_and_pages_match_a_python_filter_and_sort(
    reference_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Read pages past 30 from the far end, so small vaults exercise that path too.
    monkeypatch.setattr(customer_repo, "_FLIP_AFTER", 30)
    conn = reference_vault.conn
    frontdesk = login(reference_vault, "frontdesk").staff_id
    rng = random.Random(4)
    all_names = [r[0] for r in conn.execute("SELECT full_name FROM customers")]
    typed = ["", "zh", "w", "l", "j", "a", "xyz", "王", "张"]
    typed += [rng.choice(all_names)[:rng.randint(1, 3)] for _ in range(6)]
    typed += [name_keys(rng.choice(all_names))[rng.randint(0, 1)][:3] for _ in range(6)]
    for text in typed:
        query = name_query(text)
        for scope in (None, frontdesk):
            for sort in CustomerSort:
                for descending in (False, True):
                    expected = _reference(reference_vault, scope, text, sort, descending)
                    assert customer_repo.count(conn, assigned_to=scope, search=query) == len(
                        expected)
                    got: list[int] = []
                    for offset in range(0, len(expected) + 1, 37):  # a page size that overlaps
                        got += [r.id for r in customer_repo.page(
                            conn, offset=offset, limit=37, sort=sort, descending=descending,
                            assigned_to=scope, search=query)]
                    assert got == expected, (text, scope, sort, descending)
    assert customer_repo.page(conn, offset=10_000, limit=50) == []


# --- query plans ---------------------------------------------------------------------------
# Without ANALYZE statistics SQLite plans the same way for 400 rows as for 100,000, so plans
# checked here are the plans bench/search.py times at 100,000 customers.


def _plans(conn, call) -> list[str]:  # a connection and any repository call
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        call()
    finally:
        conn.set_trace_callback(None)
    return [row[3] for sql in statements if sql.lstrip().upper().startswith("SELECT")
            for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]


def test_list_pages_counts_and_look_ups_neither_scan_nor_sort_the_table(
    search_vault: Vault,
) -> None:
    # This vault has no two staff members of the same name: customers of namesakes are one
    # group in the "Assigned to" order, which SQLite does sort (a small, rare case).
    conn = search_vault.conn
    frontdesk = login(search_vault, "frontdesk").staff_id
    cases = [lambda: customer_repo.find_exact(conn, "phone", "+8613800000000")]
    for scope in (None, frontdesk):
        cases.append(lambda scope=scope: customer_repo.count(conn, assigned_to=scope))
        for sort in CustomerSort:
            for descending in (False, True):
                cases.append(lambda scope=scope, sort=sort, descending=descending:
                             customer_repo.page(conn, offset=0, limit=200, sort=sort,
                                                descending=descending, assigned_to=scope))
    for case in cases:
        plan = _plans(conn, case)
        assert plan and not any("TEMP B-TREE" in step for step in plan), plan
        assert not any(step in ("SCAN c", "SCAN customers") for step in plan), plan


def test_name_searches_read_indexes_only(reference_vault: Vault) -> None:
    conn = reference_vault.conn
    frontdesk = login(reference_vault, "frontdesk").staff_id
    for typed in ("zh", "张", "Em"):
        query = name_query(typed)
        for scope in (None, frontdesk):
            count_plan = _plans(conn, lambda q=query, s=scope: customer_repo.count(
                conn, assigned_to=s, search=q))
            # Counting touches no table row: every arm is a covering-index range.
            assert all("COVERING INDEX" in step for step in count_plan if "SEARCH" in step), (
                count_plan)
            page_plan = _plans(conn, lambda q=query, s=scope: customer_repo.page(
                conn, offset=0, limit=200, assigned_to=s, search=q))
            assert not any(step.startswith("SCAN c") or step == "SCAN customers"
                           for step in page_plan), page_plan
