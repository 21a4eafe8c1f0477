"""Field-level encryption: no seeded value in clear in any table, ciphertexts bound to their row
and field, exact look-up through truncated blind indexes, resumable key rotation, and the move
of plain values out of vaults made before field encryption."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest

from clientsafe.core.clock import to_iso
from clientsafe.core.errors import ClientSafeError
from clientsafe.services import keys
from clientsafe.vault import customer_repo, key_file, key_rotation, meta_repo, migrate
from clientsafe.vault.connection import connect, transaction
from clientsafe.vault.field_crypto import FieldUnreadable
from clientsafe.vault.keys import RootSecret
from clientsafe.vault.recovery_key import RecoveryKey
from clientsafe.vault.vault import Vault
from tests.conftest import OFFICER_PASSWORD
from tests.consent_tools import make_service, register, staff_pair

PEOPLE = [
    {"full_name": "张伟明", "phone": "+8613812345678", "email": "zhang.weiming@example.com",
     "national_id": "11010519491231002X", "date_of_birth": "1949-12-31"},
    {"full_name": "Margaret Thornbury", "phone": "+8613987654321",
     "email": "margaret.thornbury@example.org", "national_id": "440524198001010013",
     "date_of_birth": "1980-01-01"},
]


@pytest.fixture
def filled(vault: Vault) -> tuple[Vault, list[int]]:
    manager, officer = staff_pair(vault)
    service_id = make_service(vault, manager, officer, [
        ("phone", True), ("email", True), ("national_id", True), ("date_of_birth", True)])
    ids = [register(vault, manager, person, service_id=service_id) for person in PEOPLE]
    return vault, ids


def _all_cells(vault: Vault) -> list[bytes]:
    cells: list[bytes] = []
    tables = [r[0] for r in vault.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        for row in vault.conn.execute(f'SELECT * FROM "{table}"'):
            for cell in row:
                if isinstance(cell, bytes | memoryview):
                    cells.append(bytes(cell))
                elif cell is not None:
                    cells.append(str(cell).encode("utf-8"))
    return cells


def test_no_seeded_phone_or_id_is_in_any_table_in_clear(filled) -> None:
    vault, _ = filled
    cells = _all_cells(vault)
    for person in PEOPLE:
        for key in ("phone", "email", "national_id"):
            needle = person[key].encode()
            assert not any(needle in cell for cell in cells), f"{key} found in clear"
            assert not any(needle[-8:] in cell for cell in cells), f"part of {key} in clear"


def test_values_read_back_and_look_up_exactly(filled) -> None:
    vault, ids = filled
    held = customer_repo.get(vault.conn, ids[0])
    assert (held.phone, held.national_id, held.date_of_birth) == (
        "+8613812345678", "11010519491231002X", date(1949, 12, 31))
    found = customer_repo.find_exact(vault.conn, "national_id", "440524198001010013")
    assert [c.id for c in found] == [ids[1]]
    assert customer_repo.find_exact(vault.conn, "phone", "+8613800000000") == []


def test_a_ciphertext_moved_to_another_row_or_field_does_not_decrypt(filled) -> None:
    vault, (a, b) = filled
    with vault.transaction() as conn:
        blob, version = conn.execute(
            "SELECT ciphertext, key_version FROM customer_fields WHERE customer_id = ?"
            " AND field_key = 'national_id'", (a,)).fetchone()
        conn.execute("UPDATE customer_fields SET ciphertext = ?, key_version = ?"
                     " WHERE customer_id = ? AND field_key = 'national_id'", (blob, version, b))
        conn.execute("UPDATE customer_fields SET ciphertext = ? WHERE customer_id = ?"
                     " AND field_key = 'phone'", (blob, a))
    for customer_id in (a, b):
        with pytest.raises(FieldUnreadable):
            customer_repo.get(vault.conn, customer_id)


def test_a_blind_index_coincidence_never_shows_the_wrong_customer(filled) -> None:
    vault, (a, b) = filled
    digest = vault.conn.execute("SELECT digest FROM blind_index WHERE customer_id = ?"
                                " AND field_key = 'phone'", (a,)).fetchone()[0]
    with vault.transaction() as conn:  # b's phone now shares a's index value
        conn.execute("UPDATE blind_index SET digest = ? WHERE customer_id = ?"
                     " AND field_key = 'phone'", (digest, b))
    found = customer_repo.find_exact(vault.conn, "phone", "+8613812345678")
    assert [c.id for c in found] == [a]


def test_rotation_reencrypts_everything_and_deletes_the_old_key(filled) -> None:
    vault, ids = filled
    officer = customers_officer(vault)
    before = [customer_repo.get(vault.conn, i) for i in ids]
    result = keys.rotate(vault, officer, batch=3)
    assert result.version == 2 and result.reencrypted > 0 and result.retired == (1,)
    versions = {r[0] for r in vault.conn.execute("SELECT key_version FROM customer_fields")}
    assert versions == {2}
    assert [customer_repo.get(vault.conn, i) for i in ids] == before
    assert [c.id for c in customer_repo.find_exact(vault.conn, "phone", "+8613987654321")] \
        == [ids[1]]


def test_an_interrupted_rotation_is_completed_by_a_rerun(filled, clock) -> None:
    vault, ids = filled
    officer = customers_officer(vault)
    before = [customer_repo.get(vault.conn, i) for i in ids]
    with vault.transaction() as conn:  # what a killed run leaves: a new key, one batch done
        key_rotation.begin(conn, vault.field_kek(), vault.vault_id, now=clock())
    vault.reload_field_keys()
    with vault.transaction() as conn:
        key_rotation.reencrypt_batch(conn, batch=2)
    path = vault.path
    vault.close()
    reopened = Vault.open(path, vault._root, clock=clock)
    try:
        mixed = {r[0] for r in reopened.conn.execute("SELECT key_version FROM customer_fields")}
        assert mixed == {1, 2}
        assert [customer_repo.get(reopened.conn, i) for i in ids] == before
        result = keys.rotate(reopened, officer, batch=2)
        assert result.resumed and result.version == 2
        versions = {r[0] for r in reopened.conn.execute(
            "SELECT key_version FROM customer_fields")}
        assert versions == {2}
        assert [customer_repo.get(reopened.conn, i) for i in ids] == before
    finally:
        reopened.close()


def customers_officer(vault: Vault):  # type: ignore[no-untyped-def]
    from clientsafe.services import auth

    return auth.login(vault, "officer", OFFICER_PASSWORD)


def test_plain_values_of_an_older_vault_are_moved_into_encrypted_fields(
        tmp_path: Path, clock) -> None:
    """A vault made before field encryption (schema 5) opens with every value intact, and
    afterwards no value is left in clear."""
    path = tmp_path / "old.csvault"
    vault_id, root = str(uuid.uuid4()), RootSecret.generate()
    key_file.write(path.with_name(path.name + ".key"), key_file.wrap(
        root, RecoveryKey.generate(), vault_id=vault_id, created_at=to_iso(clock())))
    conn = connect(path, root.sqlcipher_key(vault_id), create=True)
    migrate.migrate(conn, path, now=clock(), migrations=migrate.available()[:5])
    with transaction(conn, path):
        for key, value in (("vault_id", vault_id), ("business_name", "Old Shop"),
                           ("created_at", to_iso(clock())), ("is_demo", "0")):
            meta_repo.put(conn, key, value)
        for person in PEOPLE:
            conn.execute("INSERT INTO customers (full_name, phone, email, national_id, address,"
                         " date_of_birth, created_at, updated_at) VALUES (?,?,?,?,'',?,?,?)",
                         (person["full_name"], person["phone"], person["email"],
                          person["national_id"], person["date_of_birth"], to_iso(clock()),
                          to_iso(clock())))
        conn.execute("INSERT INTO customer_values VALUES (1, 'bank_account', '6222021234567')")
    conn.close()
    vault = Vault.open(path, root, clock=clock)
    try:
        first = customer_repo.get(vault.conn, 1)
        assert (first.phone, first.national_id) == ("+8613812345678", "11010519491231002X")
        assert customer_repo.extra_values(vault.conn, 1) == {"bank_account": "6222021234567"}
        assert customer_repo.find_exact(vault.conn, "email", PEOPLE[1]["email"])[0].id == 2
        assert {r[1] for r in vault.conn.execute("PRAGMA table_info(customers)")}.isdisjoint(
            {"phone", "email", "national_id"})
        cells = _all_cells(vault)
        assert not any(b"13812345678" in cell or b"6222021234567" in cell for cell in cells)
    finally:
        vault.close()


def test_cli_keys_rotate(filled) -> None:
    from tests.cli_runner import run_cli

    vault, _ = filled
    path = vault.path
    vault.close()
    result = run_cli("keys", "rotate", "--vault", str(path), "--user", "officer",
                     password=OFFICER_PASSWORD)
    assert result.status == 0, result.err
    assert result.out.startswith("field key v2: ") and "re-encrypted" in result.out
    denied = run_cli("keys", "rotate", "--vault", str(path), "--user", "mgr",
                     password="Temporary-Pass-2026")
    assert denied.status == 3


def test_root_rotation_replaces_every_key_and_keeps_every_value(filled, clock) -> None:
    from clientsafe.services import audit_verify, vault_access
    from clientsafe.vault import keyring_store, root_rotation
    from clientsafe.vault.unlock import root_from_recovery_key

    vault, ids = filled
    officer = customers_officer(vault)
    before = [customer_repo.get(vault.conn, i) for i in ids]
    old_root, path = vault._root, vault.path
    new_key = keys.rotate_root(vault, officer)
    assert vault._root != old_root
    assert [customer_repo.get(vault.conn, i) for i in ids] == before  # the open vault goes on
    vault.close()
    with pytest.raises(ClientSafeError):  # the old root opens nothing any more
        Vault.open(path, old_root, clock=clock)
    assert root_from_recovery_key(path, new_key.formatted()) == keyring_store.load(vault.vault_id)
    reopened = vault_access.open_with_keyring(path, clock=clock)
    try:
        assert [customer_repo.get(reopened.conn, i) for i in ids] == before
        assert audit_verify.verify_audit(reopened, customers_officer(reopened)).ok
        last = reopened.conn.execute("SELECT action FROM audit_log WHERE action LIKE 'keys.%'"
                                     " ORDER BY seq DESC LIMIT 1").fetchone()[0]
        assert last == "keys.root_rotated"
        assert not list(path.parent.glob("*.rekey*")) and not list(path.parent.glob("*.next"))
        with pytest.raises(ClientSafeError):
            keyring_store.load(root_rotation.pending_account(reopened.vault_id))
    finally:
        reopened.close()


def test_a_rotation_interrupted_during_the_swap_is_completed_at_opening(filled, clock) -> None:
    """The state a crash between the two renames leaves: the new file, the old key file and the
    new root only in the pending keyring entry."""
    from clientsafe.services import vault_access
    from clientsafe.vault import keyring_store, root_rotation

    vault, ids = filled
    before = [customer_repo.get(vault.conn, i) for i in ids]
    path, vault_id = vault.path, vault.vault_id
    new_root = RootSecret.generate()
    copy, next_key = root_rotation._paths(path)
    keyring_store.store(root_rotation.pending_account(vault_id), new_root)
    key_file.write(next_key, key_file.wrap(new_root, RecoveryKey.generate(), vault_id=vault_id,
                                           created_at=to_iso(clock())))
    with vault._lock:
        root_rotation._export_copy(vault, copy, new_root.sqlcipher_key(vault_id))
        root_rotation._rewrap_and_audit(vault, copy, new_root, new_root.sqlcipher_key(vault_id),
                                        1, "officer")
    vault.close()
    import os

    os.replace(copy, path)  # ...and the process dies here
    reopened = vault_access.open_with_keyring(path, clock=clock)
    try:
        assert [customer_repo.get(reopened.conn, i) for i in ids] == before
        assert keyring_store.load(vault_id) == new_root and not next_key.exists()
        assert not reopened.check_anchor().contradicts_log
    finally:
        reopened.close()


def test_cli_root_rotation_prints_a_new_recovery_key_and_kit(filled, tmp_path: Path) -> None:
    from tests.cli_runner import run_cli

    vault, _ = filled
    path = vault.path
    vault.close()
    kit = tmp_path / "kit.pdf"
    result = run_cli("keys", "rotate", "--root", "--recovery-kit", str(kit), "--vault",
                     str(path), "--user", "officer", password=OFFICER_PASSWORD)
    assert result.status == 0, result.err
    line = next(x for x in result.out.splitlines() if x.startswith("Recovery key: "))
    assert kit.read_bytes().startswith(b"%PDF")
    from clientsafe.vault.unlock import root_from_recovery_key

    assert root_from_recovery_key(path, line.removeprefix("Recovery key: "))
    again = run_cli("check", "--vault", str(path), "--user", "officer",
                    password=OFFICER_PASSWORD)
    assert again.status == 0, (again.out, again.err)


def test_a_backup_made_before_a_root_rotation_opens_with_its_own_recovery_key(
        new_vault, tmp_path: Path) -> None:
    from clientsafe.services import backup

    vault = new_vault.vault
    officer = customers_officer(vault)
    (tmp_path / "bk").mkdir()
    made = backup.create(vault, officer, tmp_path / "bk").path
    new_key = keys.rotate_root(vault, officer)
    old = backup.verify(made, recovery_key=new_vault.recovery_key)
    assert old.ok and old.manifest.vault_id == vault.vault_id
    with pytest.raises(ClientSafeError):  # the new key is not this backup's key
        backup.read_manifest(made, recovery_key=new_key.formatted())
