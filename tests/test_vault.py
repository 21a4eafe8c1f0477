"""The vault on disk: SQLCipher settings, keyring, migrations, all-or-nothing creation."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import keyring
import pytest

from clientsafe.core.errors import VaultExists, VaultLocked, VaultTooNew
from clientsafe.vault import audit_log, keyring_store, migrate
from clientsafe.vault.connection import DatabaseError, connect
from clientsafe.vault.locations import key_file_for
from clientsafe.vault.unlock import root_from_keyring
from clientsafe.vault.vault import Vault
from tests.cli_runner import snapshot


def test_real_secret_service_is_in_use() -> None:
    assert keyring_store.backend_name() == "keyring.backends.SecretService.Keyring"


def test_created_vault_is_sqlcipher4_with_safe_pragmas(vault: Vault) -> None:
    conn = vault.conn
    assert conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrate.LATEST
    assert vault.path.stat().st_mode & 0o777 == 0o600


def test_plain_sqlite_cannot_read_it(vault: Vault) -> None:
    plain = sqlite3.connect(vault.path)
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    plain.close()


def test_root_secret_lives_in_the_keyring_under_the_vault_id(vault: Vault) -> None:
    stored = keyring.get_password("ClientSafe", vault.vault_id)
    assert stored is not None
    assert root_from_keyring(vault.path).value == vault._root.value


def test_reopen_from_keyring(vault: Vault, clock) -> None:
    vault.close()
    again = Vault.open(vault.path, root_from_keyring(vault.path), clock=clock)
    assert again.info.business_name == "Harbour Salon 海港沙龙"
    again.close()


def test_no_keyring_entry_means_locked(vault: Vault) -> None:
    keyring.delete_password("ClientSafe", vault.vault_id)
    with pytest.raises(VaultLocked):
        root_from_keyring(vault.path)


def test_create_refuses_to_overwrite(vault: Vault) -> None:
    with pytest.raises(VaultExists):
        Vault.create(vault.path, business_name="Other")


def test_failed_creation_leaves_no_files(tmp_path: Path) -> None:
    path = tmp_path / "v" / "new.csvault"

    def explode(conn) -> None:
        raise RuntimeError("populate failed")

    with pytest.raises(RuntimeError):
        Vault.create(path, business_name="X", populate=explode)
    assert list(path.parent.iterdir()) == []


def _extra_migration(sql: str) -> list[migrate.Migration]:
    return [*migrate.available(), migrate.Migration(migrate.LATEST + 1, "9999_test.sql", sql)]


def test_a_migration_copies_the_vault_first_and_is_audited(vault: Vault, clock) -> None:
    migrations = _extra_migration("CREATE TABLE extra (id INTEGER PRIMARY KEY);")
    applied = migrate.migrate(vault.conn, vault.path, now=clock(), migrations=migrations,
                              after_each=lambda conn, m: audit_log.record(
                                  conn, at=clock(), action="vault.migrated"))
    assert [m.number for m in applied] == [migrate.LATEST + 1]
    assert migrate.current_version(vault.conn) == migrate.LATEST + 1
    copies = list(vault.path.parent.glob("*.pre-migration-v*"))
    assert len(copies) == 1 and copies[0].stat().st_size > 0
    assert audit_log.verify(vault.conn).ok


def test_a_failing_migration_changes_nothing(vault: Vault, clock) -> None:
    before = audit_log.count(vault.conn)
    migrations = _extra_migration("CREATE TABLE half (id INTEGER); INSERT INTO nowhere VALUES (1);")
    with pytest.raises(DatabaseError):
        migrate.migrate(vault.conn, vault.path, now=clock(), migrations=migrations)
    assert migrate.current_version(vault.conn) == migrate.LATEST
    tables = {r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master")}
    assert "half" not in tables
    assert audit_log.count(vault.conn) == before


def test_a_table_rebuild_with_foreign_keys_off_keeps_references(vault: Vault, clock) -> None:
    """The recipe for rebuilding a table others point at: keys off around the migration, a
    foreign-key check before the commit, keys on again after it, whether it worked or not."""
    vault.conn.executescript("CREATE TABLE parent (id INTEGER PRIMARY KEY, a TEXT NOT NULL);"
                             "CREATE TABLE child (id INTEGER PRIMARY KEY,"
                             " parent_id INTEGER REFERENCES parent(id));"
                             "INSERT INTO parent VALUES (1, 'x'); INSERT INTO child VALUES (1, 1);")
    rebuild = (f"{migrate.FOREIGN_KEYS_OFF}\n"
               "CREATE TABLE parent_new (id INTEGER PRIMARY KEY, a TEXT);"
               "INSERT INTO parent_new SELECT * FROM parent; DROP TABLE parent;"
               "ALTER TABLE parent_new RENAME TO parent;")
    broken = rebuild.replace("SELECT * FROM parent", "SELECT * FROM parent WHERE id > 1")
    with pytest.raises(migrate.BrokenReferences):
        migrate.migrate(vault.conn, vault.path, now=clock(),
                        migrations=_extra_migration(broken))
    assert migrate.current_version(vault.conn) == migrate.LATEST
    assert vault.conn.execute("SELECT count(*) FROM parent").fetchone()[0] == 1
    assert vault.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1

    migrate.migrate(vault.conn, vault.path, now=clock(), migrations=_extra_migration(rebuild))
    assert migrate.current_version(vault.conn) == migrate.LATEST + 1
    assert vault.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(DatabaseError), vault.transaction() as conn:
        conn.execute("INSERT INTO child VALUES (2, 99)")  # the reference still holds
    vault.conn.execute("INSERT INTO parent VALUES (2, NULL)")  # the rebuilt column allows it


def test_a_vault_from_a_newer_version_is_refused_untouched(vault: Vault, clock) -> None:
    vault.conn.execute(f"PRAGMA user_version = {migrate.LATEST + 5}")
    vault.close()
    before = snapshot(vault.path.parent)
    with pytest.raises(VaultTooNew) as info:
        Vault.open(vault.path, root_from_keyring(vault.path), clock=clock)
    assert "newer version" in str(info.value)
    assert snapshot(vault.path.parent) == before


def test_key_file_sits_beside_the_vault(vault: Vault) -> None:
    assert key_file_for(vault.path).is_file()
    assert key_file_for(vault.path).stat().st_mode & 0o777 == 0o600


def test_wrong_key_is_reported_as_unreadable(vault: Vault) -> None:
    from clientsafe.core.errors import VaultCorrupt

    vault.close()
    with pytest.raises(VaultCorrupt):
        connect(vault.path, b"\x00" * 32)


def test_an_impossible_location_is_one_sentence(tmp_path: Path) -> None:
    from clientsafe.core.errors import VaultReadOnly

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(VaultReadOnly):
        Vault.create(blocker / "sub" / "v.csvault", business_name="X")
    assert blocker.read_text() == "not a folder"
