"""Backups through the service layer: real SQLCipher files, the real keyring, the real clock
injected. Round trips, restores (also on a "new machine"), drills, status and automatic backups.
"""

from __future__ import annotations

import pytest

from clientsafe.core.backup_errors import (
    BackupDamaged,
    BackupOfAnotherVault,
    BusinessNameMismatch,
    RestoreNeedsOfficer,
)
from clientsafe.core.errors import PermissionDenied, VaultLocked, WrongRecoveryKey
from clientsafe.core.roles import Role
from clientsafe.services import audit_verify, auth, backup, checks, staff
from clientsafe.services.vault_access import Vault
from clientsafe.vault import audit_log, keyring_store
from clientsafe.vault.vault import remove_vault_files
from tests.backup_helpers import customer_count, files_digest, make_backup, officer


def _add_staff(vault: Vault, session, name: str) -> None:
    staff.create_staff(vault, session, username=name, display_name=name.title(),
                       role=Role.FINANCE, temporary_password="Temporary-Pass-2026")


def staff_count(vault: Vault) -> int:
    return int(vault.conn.execute("SELECT count(*) FROM staff").fetchone()[0])


def test_round_trip_manifest_and_verify(demo_vault: Vault, tmp_path) -> None:
    result = make_backup(demo_vault, tmp_path / "bk")
    m = result.manifest
    assert result.path.parent == tmp_path / "bk"
    assert result.path.name.startswith("clientsafe-") and result.path.suffix == ".csbackup"
    assert m.vault_id == demo_vault.vault_id
    assert m.business_name == demo_vault.info.business_name
    assert m.customer_count == customer_count(demo_vault) == 30
    # The backup's own audit entry comes after the snapshot.
    head_seq, _ = audit_log.head(demo_vault.conn)
    assert (m.audit_head_seq, m.audit_count) == (head_seq - 1, head_seq - 1)
    assert audit_log.hash_at(demo_vault.conn, m.audit_head_seq) == m.audit_head_hash
    assert m.created_by == "officer" and m.schema_version >= 6
    last = audit_log.page(demo_vault.conn, 0, 1)[0]
    assert (last.action, last.actor, last.outcome) == ("backup.created", "officer", "done")
    assert backup.read_manifest(result.path) == m
    checked = backup.verify(result.path)
    assert checked.ok, checked.problems
    assert checked.manifest == m
    # No temporary file is left beside it.
    assert [p.name for p in (tmp_path / "bk").iterdir()] == [result.path.name]


def test_the_app_keeps_working_during_a_backup(demo_vault: Vault, tmp_path) -> None:
    """The snapshot is taken on its own connection: the app writes meanwhile, and the backup
    holds the state from its start."""
    session = officer(demo_vault)
    before = audit_log.head(demo_vault.conn)
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        if not seen:
            _add_staff(demo_vault, session, "during")  # a write on the app's connection
        seen.append(done)

    (tmp_path / "bk").mkdir()
    result = backup.create(demo_vault, session, tmp_path / "bk", progress=progress)
    assert seen and seen == sorted(seen)
    assert (result.manifest.audit_head_seq, result.manifest.audit_head_hash) == before
    assert staff_count(demo_vault) == 6
    assert backup.verify(result.path).ok


def test_manager_may_back_up_but_not_restore(demo_vault: Vault, tmp_path) -> None:
    result = make_backup(demo_vault, tmp_path / "bk", user="manager")
    assert result.manifest.created_by == "manager"
    manager = auth.login(demo_vault, "manager", "demo")
    with pytest.raises(PermissionDenied):
        backup.restore(demo_vault.path, result.path, confirm_business_name=None,
                       current=(demo_vault, manager))
    last = audit_log.page(demo_vault.conn, 0, 1)[0]
    assert (last.action, last.outcome, last.actor) == ("backup.restored", "denied", "manager")


@pytest.mark.parametrize("user", ["frontdesk", "finance"])
def test_front_desk_and_finance_may_not_back_up(demo_vault: Vault, tmp_path, user: str) -> None:
    (tmp_path / "bk").mkdir()
    session = auth.login(demo_vault, user, "demo")
    with pytest.raises(PermissionDenied):
        backup.create(demo_vault, session, tmp_path / "bk")
    last = audit_log.page(demo_vault.conn, 0, 1)[0]
    assert (last.action, last.outcome, last.actor) == ("backup.created", "denied", user)
    assert not any((tmp_path / "bk").iterdir())


def test_restore_over_the_current_vault(demo_vault: Vault, tmp_path) -> None:
    result = make_backup(demo_vault, tmp_path / "bk")
    _add_staff(demo_vault, officer(demo_vault), "after")
    assert staff_count(demo_vault) == 6
    path = demo_vault.path
    restored = backup.restore(path, result.path,
                              confirm_business_name=f" {demo_vault.info.business_name.upper()} ",
                              current=(demo_vault, officer(demo_vault)))
    vault = restored.vault
    try:
        assert staff_count(vault) == 5 and customer_count(vault) == 30
        assert restored.pre_restore_path is not None and restored.pre_restore_path.exists()
        assert restored.pre_restore_path.with_name(restored.pre_restore_path.name + ".key").exists()
        last = audit_log.page(vault.conn, 0, 1)[0]
        assert (last.action, last.actor) == ("backup.restored", "officer")
        assert result.path.name in last.detail
        session = officer(vault)
        report = checks.check_vault(vault, session)
        assert report.ok, report.problems
        verified = audit_verify.verify_audit(vault, session)
        assert verified.ok and str(verified.anchor) == "matches", verified
        # The backup it came from counts as its last good backup: no reminder right away.
        assert backup.status(vault, session).last_good_at == result.manifest.created_at
    finally:
        vault.close()
    # The kept-aside copy opens: it is the vault as it was, with the customer added later.
    aside = Vault.open(restored.pre_restore_path, keyring_store.load(vault.vault_id))
    try:
        assert staff_count(aside) == 6
    finally:
        aside.close()


def test_restore_on_a_new_machine_with_the_recovery_key(new_vault, tmp_path) -> None:
    from tests.conftest import OFFICER, OFFICER_PASSWORD

    vault = new_vault.vault
    result = backup.create(vault, auth.login(vault, OFFICER, OFFICER_PASSWORD), tmp_path)
    vault_id, business = vault.vault_id, vault.info.business_name
    vault.close()
    remove_vault_files(vault.path)
    keyring_store.forget(vault_id)
    with pytest.raises(VaultLocked):
        backup.verify(result.path)
    key = new_vault.recovery_key
    assert backup.verify(result.path, recovery_key=key).ok
    target = tmp_path / "new-pc" / "restored.csvault"
    restored = backup.restore(target, result.path, confirm_business_name=business,
                              credentials=backup.OfficerCredentials(OFFICER, OFFICER_PASSWORD),
                              recovery_key=key)
    try:
        assert restored.remembered_in_keyring and restored.pre_restore_path is None
        assert keyring_store.load(vault_id) is not None
        session = auth.login(restored.vault, OFFICER, OFFICER_PASSWORD)
        report = checks.check_vault(restored.vault, session)
        assert report.ok, report.problems
        assert audit_verify.verify_audit(restored.vault, session).ok
        actions = [e.action for e in audit_log.page(restored.vault.conn, 0, 5)]
        assert "backup.restored" in actions
        assert sorted(p.name for p in target.parent.iterdir() if not p.name.endswith(
            ("-wal", "-shm"))) == ["restored.csvault", "restored.csvault.anchor",
                                   "restored.csvault.key"]
    finally:
        restored.vault.close()


def test_wrong_recovery_key_and_another_vaults_backup(demo_vault: Vault, vault: Vault,
                                                      new_vault, tmp_path) -> None:
    ours = make_backup(demo_vault, tmp_path / "bk")
    with pytest.raises(WrongRecoveryKey):
        backup.verify(ours.path, recovery_key=new_vault.recovery_key)
    before = files_digest(vault.path.parent)
    from tests.conftest import OFFICER, OFFICER_PASSWORD

    session = auth.login(vault, OFFICER, OFFICER_PASSWORD)
    before = files_digest(vault.path.parent)
    with pytest.raises(BackupOfAnotherVault):
        backup.restore(vault.path, ours.path, confirm_business_name=None,
                       current=(vault, session))
    with pytest.raises(BackupOfAnotherVault):
        backup.restore(vault.path, ours.path, confirm_business_name=None,
                       credentials=backup.OfficerCredentials("officer", "demo"))
    assert files_digest(vault.path.parent) == before
    assert auth.login(vault, OFFICER, OFFICER_PASSWORD)  # still open and working


def test_business_name_must_match_and_one_auth_route(demo_vault: Vault, tmp_path) -> None:
    result = make_backup(demo_vault, tmp_path / "bk")
    session = officer(demo_vault)
    before = files_digest(demo_vault.path.parent)
    wal_before = audit_log.head(demo_vault.conn)
    with pytest.raises(BusinessNameMismatch):
        backup.restore(demo_vault.path, result.path, confirm_business_name="Some Shop",
                       current=(demo_vault, session))
    assert audit_log.head(demo_vault.conn) == wal_before
    with pytest.raises(RestoreNeedsOfficer):
        backup.restore(demo_vault.path, result.path, confirm_business_name=None)
    assert files_digest(demo_vault.path.parent) == before


def test_credentials_must_be_an_officer_in_the_backup(demo_vault: Vault, tmp_path) -> None:
    from clientsafe.core.errors import AuthenticationFailed

    result = make_backup(demo_vault, tmp_path / "bk")
    target = tmp_path / "elsewhere" / "v.csvault"
    with pytest.raises(PermissionDenied):
        backup.restore(target, result.path, confirm_business_name=None,
                       credentials=backup.OfficerCredentials("manager", "demo"))
    with pytest.raises(AuthenticationFailed):
        backup.restore(target, result.path, confirm_business_name=None,
                       credentials=backup.OfficerCredentials("officer", "wrong"))
    assert not any(target.parent.iterdir())


def test_drill_passes_and_is_recorded(demo_vault: Vault, tmp_path) -> None:
    result = make_backup(demo_vault, tmp_path / "bk")
    session = officer(demo_vault)
    record = backup.run_drill(demo_vault, session, result.path)
    assert record.ok and record.detail == "ok" and record.seconds > 0
    assert record.manifest == result.manifest
    last = audit_log.page(demo_vault.conn, 0, 1)[0]
    assert (last.action, last.actor) == ("backup.drill", "officer")
    assert last.detail.startswith("passed in ")
    assert backup.drills(demo_vault, session)[0] == record
    assert backup.status(demo_vault, session).last_drill_ok_at == record.at


def test_a_drill_of_a_damaged_backup_fails_and_is_recorded(demo_vault: Vault, tmp_path) -> None:
    from tests.backup_helpers import flip

    result = make_backup(demo_vault, tmp_path / "bk")
    flip(result.path, 5000)
    session = officer(demo_vault)
    record = backup.run_drill(demo_vault, session, result.path)
    assert not record.ok and "damaged" in record.detail
    assert backup.status(demo_vault, session).last_drill_ok_at is None
    with pytest.raises(PermissionDenied):
        backup.run_drill(demo_vault, auth.login(demo_vault, "manager", "demo"), result.path)


def test_cancel_leaves_nothing_and_is_not_a_failure(demo_vault: Vault, tmp_path) -> None:
    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done > total // 4:
            raise Stop()

    folder = tmp_path / "bk"
    folder.mkdir()
    session = officer(demo_vault)
    with pytest.raises(Stop):
        backup.create(demo_vault, session, folder, progress=progress)
    assert not any(folder.iterdir())
    state = backup.status(demo_vault, session)
    assert state.last_failed_at is None and not state.failed_since_good
    assert audit_log.page(demo_vault.conn, 0, 1)[0].action != "backup.failed"


def test_status_and_automatic_backups(demo_vault: Vault, tmp_path, clock) -> None:
    session = officer(demo_vault)
    state = backup.status(demo_vault, session)
    assert state.last_good_at is None and not state.reminder_due  # the vault is brand new
    assert backup.run_automatic_if_due(demo_vault, session) is None  # not enabled
    folder = tmp_path / "usb"
    settings = backup.AutoBackupSettings(enabled=True, folder=str(folder), keep_daily=2,
                                         keep_weekly=1, remind_after_days=3)
    backup.save_auto_settings(demo_vault, session, settings)
    assert backup.auto_settings(demo_vault, session) == settings
    assert audit_log.page(demo_vault.conn, 0, 1)[0].action == "backup.settings_changed"
    # The folder is missing (USB drive not plugged in): a logged, audited failure.
    from clientsafe.core.backup_errors import BackupFolderNotWritable

    desk = auth.login(demo_vault, "frontdesk", "demo")  # runs whoever is signed in
    with pytest.raises(BackupFolderNotWritable):
        backup.run_automatic_if_due(demo_vault, desk)
    state = backup.status(demo_vault, session)
    assert state.failed_since_good and state.last_failure == "not_writable"
    last = audit_log.page(demo_vault.conn, 0, 1)[0]
    assert (last.action, last.actor) == ("backup.failed", "system")
    assert backup.run_automatic_if_due(demo_vault, desk) is None  # retried after an hour
    folder.mkdir()
    clock.advance(hours=1)
    made = backup.run_automatic_if_due(demo_vault, desk)
    assert made is not None and made.manifest.created_by == "automatic"
    state = backup.status(demo_vault, session)
    assert state.last_good_at == clock.now and not state.failed_since_good
    assert backup.run_automatic_if_due(demo_vault, desk) is None
    assert backup.run_automatic_if_due(demo_vault, desk, on_close=True) is None
    for _ in range(4):
        clock.advance(days=1, minutes=1)
        assert backup.run_automatic_if_due(demo_vault, desk, on_close=True) is not None
    # keep_daily=2, keep_weekly=1: the two newest days (the week's newest is one of them).
    kept = backup.list_backups(demo_vault, session, folder)
    assert [m.created_at for _, m in kept] == [clock.now, clock.now.replace(
        minute=clock.now.minute - 1) - __import__("datetime").timedelta(days=1)]
    clock.advance(days=4)
    assert backup.status(demo_vault, session).reminder_due


def test_retention_touches_only_this_vaults_backups(demo_vault: Vault, vault: Vault,
                                                    tmp_path, clock) -> None:
    from tests.conftest import OFFICER, OFFICER_PASSWORD

    folder = tmp_path / "bk"
    folder.mkdir()
    session = officer(demo_vault)
    for _ in range(3):
        backup.create(demo_vault, session, folder)
        clock.advance(days=1)
    other = backup.create(vault, auth.login(vault, OFFICER, OFFICER_PASSWORD), folder)
    stray = folder / "notes.csbackup"
    stray.write_text("not a backup")
    backup.save_auto_settings(demo_vault, session, backup.AutoBackupSettings(
        enabled=False, folder="", keep_daily=1, keep_weekly=0))
    deleted = backup.apply_retention(demo_vault, session, folder)
    assert len(deleted) == 2
    assert other.path.exists() and stray.exists()
    assert len(backup.list_backups(demo_vault, session, folder)) == 1
    assert audit_log.page(demo_vault.conn, 0, 1)[0].action == "backup.pruned"


def test_flipped_byte_in_the_payload_is_found_by_verify(demo_vault: Vault, tmp_path) -> None:
    from tests.backup_helpers import flip

    result = make_backup(demo_vault, tmp_path / "bk")
    flip(result.path, 4096 * 3 + 7)
    checked = backup.verify(result.path)
    assert not checked.ok and "damaged" in checked.problems[0]
    flip(result.path, 4096 * 3 + 7)
    flip(result.path, result.path.stat().st_size - 50)  # the seal
    with pytest.raises(BackupDamaged):
        backup.verify(result.path)


# --- schema versions ---------------------------------------------------------------------------


def test_a_backup_from_an_older_schema_is_migrated(tmp_path, monkeypatch) -> None:
    from clientsafe.services import setup
    from clientsafe.vault import backup_io, migrate

    older = migrate.available()[:-1]
    with monkeypatch.context() as patched:
        patched.setattr(migrate, "available", lambda: older)
        made = setup.create_vault(setup.SetupRequest(
            tmp_path / "old" / "old.csvault", "Old Shop", "boss", "Boss", "Old-Version-Pass-1"))
    old_vault = made.vault
    assert old_vault.info.schema_version == len(older)
    dest = tmp_path / "old.csbackup"
    backup_io.write_backup(old_vault, dest, created_by="boss", app_version="0.0.9",
                           now=old_vault.clock())
    old_vault.close()
    assert backup.read_manifest(dest).schema_version == len(older)
    assert backup.verify(dest).ok
    target = tmp_path / "new" / "shop.csvault"
    restored = backup.restore(target, dest, confirm_business_name="old shop",
                              credentials=backup.OfficerCredentials("boss", "Old-Version-Pass-1"))
    vault = restored.vault
    try:
        assert vault.info.schema_version == migrate.LATEST
        actions = [e.action for e in audit_log.page(vault.conn, 0, 10)]
        assert "vault.migrated" in actions and actions[0] == "backup.restored"
        session = auth.login(vault, "boss", "Old-Version-Pass-1")
        assert checks.check_vault(vault, session).ok
        # The new table exists and knows the backup it was restored from.
        assert backup.status(vault, session).last_good_at == restored.manifest.created_at
    finally:
        vault.close()


def test_a_backup_from_a_newer_version_is_refused(demo_vault: Vault, tmp_path) -> None:
    from clientsafe.core.errors import VaultTooNew
    from clientsafe.vault import backup_io

    session = officer(demo_vault)
    version = demo_vault.info.schema_version
    demo_vault.conn.execute("PRAGMA user_version = 99")
    dest = tmp_path / "future.csbackup"
    try:
        backup_io.write_backup(demo_vault, dest, created_by="officer", app_version="9.0",
                               now=demo_vault.clock())
    finally:
        demo_vault.conn.execute(f"PRAGMA user_version = {version}")
    checked = backup.verify(dest)
    assert not checked.ok and "newer version" in checked.problems[0]
    before = files_digest(demo_vault.path.parent)
    with pytest.raises(VaultTooNew) as caught:
        backup.restore(demo_vault.path, dest, confirm_business_name=None,
                       current=(demo_vault, session))
    assert caught.value.exit_status == 2
    assert files_digest(demo_vault.path.parent) == before
    assert backup.run_drill(demo_vault, session, dest).ok is False


def test_cancelling_verify_restore_and_drill(demo_vault: Vault, tmp_path) -> None:
    """A cancel raised by the progress callable passes through unchanged, at any stage, and a
    cancelled restore leaves the vault open, unchanged and without leftovers."""
    class Stop(Exception):
        pass

    result = make_backup(demo_vault, tmp_path / "bk")
    session = officer(demo_vault)
    before = files_digest(demo_vault.path.parent)
    drills_before = len(backup.drills(demo_vault, session))
    for fraction in (0.2, 0.75):  # while unpacking, then during the checks
        def progress(done: int, total: int, fraction: float = fraction) -> None:
            if done >= total * fraction:
                raise Stop()

        with pytest.raises(Stop):
            backup.verify(result.path, progress=progress)
        with pytest.raises(Stop):
            backup.restore(demo_vault.path, result.path, confirm_business_name=None,
                           current=(demo_vault, session), progress=progress)
        with pytest.raises(Stop):
            backup.run_drill(demo_vault, session, result.path, progress=progress)
    assert files_digest(demo_vault.path.parent) == before
    assert sorted(p.name for p in demo_vault.path.parent.iterdir() if p.name.startswith("."))\
        == []
    assert len(backup.drills(demo_vault, session)) == drills_before  # nothing recorded
    assert staff_count(demo_vault) == 5  # still open and usable
