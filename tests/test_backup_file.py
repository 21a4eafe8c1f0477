"""The .csbackup format and the pure backup rules.

Every changed byte and every cut-off end is refused before anything is restored; the file holds
no customer value in clear; retention keeps what it promises (property tests)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clientsafe.core import backups
from clientsafe.core.backup_errors import BackupDamaged, BackupNotFound, NotABackup
from clientsafe.core.backups import (
    backup_file_name,
    business_name_matches,
    is_due,
    needs_reminder,
    retention_keep,
)
from clientsafe.services import backup
from clientsafe.services.vault_access import Vault
from clientsafe.vault import backup_file, backup_io
from tests.backup_helpers import files_digest, flip, make_backup, officer

T0 = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)  # a Monday


# --- the file --------------------------------------------------------------------------------


def _regions(path: Path) -> dict[str, list[int]]:
    """Offsets in each part of the file (see backup_file's layout)."""
    size = path.stat().st_size
    payload = backup_file.read_header(path).manifest.payload_bytes
    header_at = 24 + payload
    return {
        "magic": [0, 7],
        "version and length": [8, 12, 16, 23],
        "payload": [24, 24 + 4096 + 100, 24 + payload // 2, 24 + payload - 1],
        "header length": [header_at, header_at + 3],
        "header": [header_at + 4, header_at + 40, size - 72 - 10],
        "checksum": [size - 72, size - 41],
        "seal": [size - 40, size - 9],
        "end": [size - 8, size - 1],
    }


@pytest.mark.parametrize("region", ["magic", "version and length", "payload", "header length",
                                    "header", "checksum", "seal", "end"])
def test_a_flipped_byte_anywhere_is_refused_before_anything_changes(
        demo_vault: Vault, tmp_path: Path, region: str) -> None:
    result = make_backup(demo_vault, tmp_path / "bk")
    original = result.path.read_bytes()
    session = officer(demo_vault)
    before = files_digest(demo_vault.path.parent)
    for offset in _regions(result.path)[region]:
        flip(result.path, offset)
        if region == "payload":  # the seal is intact; the checksum of the content is not
            assert backup.read_manifest(result.path) == result.manifest
            checked = backup.verify(result.path)
            assert not checked.ok and "damaged" in checked.problems[0]
        else:
            with pytest.raises((BackupDamaged, NotABackup)):
                backup.read_manifest(result.path)
            with pytest.raises((BackupDamaged, NotABackup)):
                backup.verify(result.path)
        with pytest.raises((BackupDamaged, NotABackup)):
            backup.restore(demo_vault.path, result.path, confirm_business_name=None,
                           current=(demo_vault, session))
        assert files_digest(demo_vault.path.parent) == before
        assert not list(demo_vault.path.parent.glob(".*restore-*"))
        result.path.write_bytes(original)
    assert backup.verify(result.path).ok


def test_a_truncated_backup_is_refused(demo_vault: Vault, tmp_path: Path) -> None:
    result = make_backup(demo_vault, tmp_path / "bk")
    data = result.path.read_bytes()
    for length in (0, 5, 24, 4096, len(data) // 2, len(data) - 73, len(data) - 1):
        result.path.write_bytes(data[:length])
        with pytest.raises((BackupDamaged, NotABackup)) as caught:
            backup.verify(result.path)
        assert str(result.path) in str(caught.value)
    result.path.write_bytes(data + b"\0")  # something appended is a change too
    with pytest.raises(BackupDamaged):
        backup.read_manifest(result.path)


def test_other_files_are_not_backups(tmp_path: Path) -> None:
    document = tmp_path / "notes.csbackup"
    document.write_text("Meeting notes\n" * 100)
    with pytest.raises(NotABackup) as caught:
        backup.read_manifest(document)
    assert caught.value.exit_status == 2
    with pytest.raises(NotABackup):
        backup.read_manifest(tmp_path)
    with pytest.raises(BackupNotFound):
        backup.read_manifest(tmp_path / "missing.csbackup")


def test_no_customer_value_in_clear(demo_vault: Vault, tmp_path: Path) -> None:
    from clientsafe.vault import customer_repo

    held = customer_repo.get(demo_vault.conn, 1)
    assert held is not None and held.phone
    result = make_backup(demo_vault, tmp_path / "bk")
    data = result.path.read_bytes()
    for value in (held.full_name, held.phone, held.email):
        assert value.encode("utf-8") not in data
    assert result.manifest.business_name.encode("utf-8") in data  # the manifest is not secret


def test_the_export_fallback_makes_the_same_kind_of_backup(demo_vault: Vault,
                                                           tmp_path: Path) -> None:
    """When the WAL cannot be emptied the snapshot comes from sqlcipher_export; it must restore
    and verify like the fast one."""
    (tmp_path / "bk").mkdir()
    dest = tmp_path / "bk" / "exported.csbackup"
    written = backup_io.write_backup(demo_vault, dest, created_by="test", app_version="x",
                                     now=T0, force_export=True)
    assert written.exported and not written.problems
    assert [p.name for p in dest.parent.iterdir()] == ["exported.csbackup"]
    fast = backup_io.write_backup(demo_vault, tmp_path / "bk" / "fast.csbackup",
                                  created_by="test", app_version="x", now=T0)
    assert not fast.exported  # normally the WAL can be emptied: the fast way
    checked = backup.verify(dest)
    assert checked.ok, checked.problems
    assert checked.manifest.customer_count == 30
    assert checked.manifest.schema_version == demo_vault.info.schema_version


def test_a_reader_holding_the_wal_leads_to_the_export(demo_vault: Vault, tmp_path: Path) -> None:
    """Another connection in a long read transaction keeps the WAL from being emptied; the
    backup then takes the export route, still consistent, and does not hang."""
    from clientsafe.vault.connection import connect

    session = officer(demo_vault)  # leaves frames in the WAL
    reader = connect(demo_vault.path, demo_vault._root.sqlcipher_key(demo_vault.vault_id))
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM audit_log").fetchone()
        officer(demo_vault)  # a frame the reader does not see, so the WAL cannot be reset
        written = backup_io.write_backup(demo_vault, tmp_path / "busy.csbackup",
                                         created_by="test", app_version="x", now=T0)
    finally:
        reader.execute("ROLLBACK")
        reader.close()
    assert written.exported and not written.problems
    assert backup.verify(tmp_path / "busy.csbackup").ok
    normal = make_backup(demo_vault, tmp_path / "bk")
    assert backup.verify(normal.path).ok
    assert session


# --- pure rules --------------------------------------------------------------------------------


def test_file_names() -> None:
    at = datetime(2026, 3, 1, 9, 5, 7, tzinfo=UTC)
    assert backup_file_name("Harbour Salon 海港沙龙", at) == \
        "clientsafe-harbour-salon-20260301T090507Z.csbackup"
    assert backup_file_name("海港沙龙", at) == "clientsafe-vault-20260301T090507Z.csbackup"
    assert backup_file_name("Café / Bar: № 1", at).startswith("clientsafe-cafe-bar-no-1-")


def test_business_name_confirmation() -> None:
    assert business_name_matches(" harbour salon 海港沙龙 ", "Harbour Salon 海港沙龙")
    assert business_name_matches("Harbour  Salon 海港沙龙", "Harbour Salon 海港沙龙")
    assert not business_name_matches("Harbour Salon", "Harbour Salon 海港沙龙")
    assert not business_name_matches("", "")


def test_when_a_backup_is_due() -> None:
    day = timedelta(days=1)
    assert is_due(None, T0)
    assert not is_due(T0, T0 + day - timedelta(seconds=1))
    assert is_due(T0, T0 + day)
    assert not is_due(T0, T0 + day, on_close=True)  # on close only when *older* than a day
    assert is_due(T0, T0 + day + timedelta(seconds=1), on_close=True)
    failed = T0 + day + timedelta(minutes=5)
    assert not is_due(T0, failed + timedelta(minutes=30), last_failed_at=failed)
    assert is_due(T0, failed + backups.RETRY_AFTER, last_failed_at=failed)
    assert is_due(T0, failed + timedelta(minutes=1), last_failed_at=failed, on_close=True)


def test_reminder() -> None:
    assert not needs_reminder(T0, T0 + timedelta(days=2), 2)
    assert needs_reminder(T0, T0 + timedelta(days=2, seconds=1), 2)
    assert not needs_reminder(None, T0 + timedelta(days=1), 2, since=T0)
    assert needs_reminder(None, T0 + timedelta(days=3), 2, since=T0)
    assert needs_reminder(None, T0, 2)


stamps = st.lists(
    st.integers(min_value=0, max_value=120 * 24 * 60).map(lambda m: T0 + timedelta(minutes=m)),
    max_size=60, unique=True)


@given(stamps, st.integers(1, 10), st.integers(0, 6))
def test_retention_properties(found: list[datetime], daily: int, weekly: int) -> None:
    keep = retention_keep(found, daily, weekly)
    assert keep <= set(found)
    assert len(keep) <= daily + weekly
    if found:
        assert max(found) in keep
    days = sorted({s.date() for s in found}, reverse=True)
    weeks = sorted({s.isocalendar()[:2] for s in found}, reverse=True)
    for day in days[:daily]:  # the newest of each of the last N days is kept
        assert max(s for s in found if s.date() == day) in keep
    for week in weeks[:weekly]:  # and of each of the last M weeks
        assert max(s for s in found if s.isocalendar()[:2] == week) in keep
    for kept in keep:  # nothing else
        newest_of_day = kept == max(s for s in found if s.date() == kept.date())
        in_days = kept.date() in days[:daily]
        week = kept.isocalendar()[:2]
        newest_of_week = kept == max(s for s in found if s.isocalendar()[:2] == week)
        assert (newest_of_day and in_days) or (newest_of_week and week in weeks[:weekly])
    assert retention_keep(keep, daily, weekly) == keep  # applying it again deletes nothing


def test_retention_example() -> None:
    # Every day at 10:00 and 22:00 for 30 days: 7 daily (22:00 each) + 4 weekly (Sundays).
    found = [T0 + timedelta(days=d, hours=h) for d in range(30) for h in (0, 12)]
    keep = retention_keep(found, 7, 4)
    newest = T0 + timedelta(days=29, hours=12)
    assert newest in keep
    assert {k.date() for k in keep} >= {(newest - timedelta(days=d)).date() for d in range(7)}
    assert all(k.hour == 22 for k in keep)
    assert len(keep) == 7 + 2  # two of the 4 weeks' newest fall within the last 7 days


def test_retention_needs_a_daily_backup() -> None:
    with pytest.raises(ValueError):
        retention_keep([T0], 0, 4)
