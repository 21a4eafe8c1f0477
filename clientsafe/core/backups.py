"""Backups as pure rules: the manifest's shape, file names, retention, when one is due.

No I/O here: the vault layer reads and writes .csbackup files, the service decides with these.
All times are aware datetimes (UTC in storage); days and ISO weeks are taken in UTC so the
decision does not depend on the computer's time zone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

BACKUP_SUFFIX = ".csbackup"
DEFAULT_KEEP_DAILY = 7
DEFAULT_KEEP_WEEKLY = 4
DEFAULT_REMIND_AFTER_DAYS = 2
KEEP_RANGE = (1, 365)
REMIND_RANGE = (1, 90)
# "Daily": due once the last good backup is a day old.
DUE_AFTER = timedelta(days=1)
# After a failed automatic attempt, wait this long before trying again (not at every tick).
RETRY_AFTER = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class BackupManifest:
    """What a backup file says about itself; authenticated (HMAC) before anyone sees it."""

    vault_id: str
    business_name: str
    created_at: datetime
    created_by: str  # a staff user name, or "automatic"
    app_version: str
    schema_version: int
    customer_count: int
    audit_count: int
    audit_head_seq: int
    audit_head_hash: str
    payload_sha256: str
    payload_bytes: int


def slug(business_name: str, *, limit: int = 40) -> str:
    """A file-name-safe form of the business name (ASCII letters, digits and '-'); Chinese and
    other scripts are dropped rather than transliterated, so a name may slug to "vault"."""
    ascii_text = unicodedata.normalize("NFKD", business_name).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return text[:limit].strip("-") or "vault"


def backup_file_name(business_name: str, at: datetime) -> str:
    """clientsafe-<business slug>-<YYYYmmddTHHMMSSZ>.csbackup; sorts by time within a vault."""
    stamp = at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"clientsafe-{slug(business_name)}-{stamp}{BACKUP_SUFFIX}"


def business_name_matches(typed: str, business_name: str) -> bool:
    """The restore confirmation: the name as shown, ignoring case, outer spaces and Unicode
    normalisation differences (a typed 沙龙 equals a pasted one)."""
    def norm(text: str) -> str:
        return " ".join(unicodedata.normalize("NFKC", text).casefold().split())

    return bool(typed.strip()) and norm(typed) == norm(business_name)


def retention_keep(stamps: Iterable[datetime], keep_daily: int,
                   keep_weekly: int) -> set[datetime]:
    """Which backups to keep: the newest of each of the `keep_daily` most recent days that have
    a backup, plus the newest of each of the `keep_weekly` most recent ISO weeks that have one.
    Everything else may be deleted. The newest backup is always kept (keep_daily ≥ 1)."""
    if keep_daily < 1 or keep_weekly < 0:
        raise ValueError("keep at least one daily backup")
    newest_per_day: dict[tuple[int, int, int], datetime] = {}
    newest_per_week: dict[tuple[int, int], datetime] = {}
    for stamp in stamps:
        utc = stamp.astimezone(UTC)
        day = (utc.year, utc.month, utc.day)
        iso = utc.isocalendar()
        week = (iso.year, iso.week)
        if day not in newest_per_day or stamp > newest_per_day[day]:
            newest_per_day[day] = stamp
        if week not in newest_per_week or stamp > newest_per_week[week]:
            newest_per_week[week] = stamp
    days = sorted(newest_per_day, reverse=True)[:keep_daily]
    weeks = sorted(newest_per_week, reverse=True)[:keep_weekly]
    return {newest_per_day[d] for d in days} | {newest_per_week[w] for w in weeks}


def is_due(last_good_at: datetime | None, now: datetime, *, last_failed_at: datetime | None = None,
           on_close: bool = False) -> bool:
    """Whether an automatic backup should run now.

    Daily: when there is no good backup yet or the last good one is at least a day old. On
    closing the app: only when the last good one is *older* than a day. After a failed attempt
    the schedule waits RETRY_AFTER before trying again (closing the app does not wait: it is
    the last chance today).
    """
    if last_good_at is not None:
        age = now - last_good_at
        if age < DUE_AFTER or (on_close and age == DUE_AFTER):
            return False
    if on_close:
        return True
    return last_failed_at is None or now - last_failed_at >= RETRY_AFTER


def needs_reminder(last_good_at: datetime | None, now: datetime, remind_after_days: int, *,
                   since: datetime | None = None) -> bool:
    """The status-bar reminder: the last good backup (or, with none yet, `since`: e.g. when the
    vault was created) is older than `remind_after_days` days."""
    reference = last_good_at or since
    if reference is None:
        return True
    return now - reference > timedelta(days=remind_after_days)
