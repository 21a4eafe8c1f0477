"""The audit anchor: the chain head (sequence, hash) kept in a small file beside the vault.

The hash chain alone proves that no entry was edited in place, but someone holding the database
key could cut entries off the end, or rewrite the tail with a fresh chain that is consistent in
itself. The anchor remembers, outside the database, where the chain stood, so both are caught.
An HMAC under a key derived from the root secret seals it: lowering its sequence to match a cut
log breaks the seal. It holds a sequence number and a hash — no secret, no customer value.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from clientsafe.vault import audit_log
from clientsafe.vault.atomic_file import write_atomically
from clientsafe.vault.connection import Connection

FORMAT = "clientsafe-audit-anchor"
VERSION = 1
MAX_ANCHOR_BYTES = 4096
_HASH = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True, slots=True)
class Anchor:
    vault_id: str
    seq: int
    hash: str
    written_at: str


class AnchorState(StrEnum):
    MATCHES = "matches"  # the log still holds the anchored entry, unchanged
    MISSING = "missing"  # no anchor yet (a vault older than anchors); written at the next close
    UNREADABLE = "unreadable"  # there is something at the anchor's place we cannot read
    STALE = "stale"  # matches, but this session could not bring it up to date
    ALTERED = "altered"  # the seal does not match: the file was edited or is another vault's
    REMOVED = "removed"  # the log ends before the anchored entry
    REWRITTEN = "rewritten"  # the anchored entry now has another hash


# States that are evidence against the log (or the anchor) rather than a note.
CONTRADICTIONS = frozenset({AnchorState.ALTERED, AnchorState.REMOVED, AnchorState.REWRITTEN})


@dataclass(frozen=True, slots=True)
class AnchorCheck:
    state: AnchorState
    anchor_seq: int | None = None
    first_bad_seq: int | None = None
    message: str = ""  # one sentence, "" when the anchor simply matches

    @property
    def contradicts_log(self) -> bool:
        return self.state in CONTRADICTIONS


class AnchorAltered(Exception):
    """The file is not a sealed anchor of this vault."""


class AnchorHeld(Exception):
    """The anchor on disk contradicts the log; it is the evidence, so it is not overwritten."""


def _mac(key: bytes, fields: dict[str, Any]) -> str:
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hmac.new(key, canonical.encode("ascii"), hashlib.sha256).hexdigest()


def _fields(anchor: Anchor) -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION, "vault_id": anchor.vault_id,
            "seq": anchor.seq, "hash": anchor.hash, "written_at": anchor.written_at}


def encode(anchor: Anchor, key: bytes) -> bytes:
    fields = _fields(anchor)
    document = {**fields, "mac": _mac(key, fields)}
    return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("ascii")


def write(path: Path, anchor: Anchor, key: bytes) -> None:
    """Atomic, so a crash leaves the old anchor or the new one, never half of each."""
    write_atomically(path, encode(anchor, key), mode=0o600)


def read(path: Path, key: bytes, vault_id: str) -> Anchor | None:
    """None when there is no anchor file; OSError when it cannot be read; AnchorAltered when it
    is not an intact anchor of this vault."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_ANCHOR_BYTES + 1)
    except FileNotFoundError:
        return None
    if len(data) > MAX_ANCHOR_BYTES:
        raise AnchorAltered()
    try:
        document = json.loads(data.decode("ascii"))
        anchor = Anchor(str(document["vault_id"]), document["seq"], str(document["hash"]),
                        str(document["written_at"]))
        mac = document["mac"]
        well_formed = (
            document["format"] == FORMAT and document["version"] == VERSION
            and type(anchor.seq) is int and anchor.seq >= 1 and _HASH.fullmatch(anchor.hash)
            and isinstance(mac, str)
        )
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError):
        raise AnchorAltered() from None
    if not well_formed or not hmac.compare_digest(mac, _mac(key, _fields(anchor))):
        raise AnchorAltered()
    if anchor.vault_id != vault_id:  # a copied anchor cannot carry a valid seal; belt and braces
        raise AnchorAltered()
    return anchor


def compare(conn: Connection, anchor: Anchor) -> AnchorCheck:
    """Does the log still hold the anchored entry? Two primary-key look-ups."""
    last_seq, _ = audit_log.head(conn)
    if last_seq < anchor.seq:
        return AnchorCheck(
            AnchorState.REMOVED, anchor.seq, last_seq + 1,
            f"the audit log ends at entry {last_seq} but the anchor beside the vault records "
            f"entry {anchor.seq}: entries were removed")
    stored = audit_log.hash_at(conn, anchor.seq)
    if stored is None:
        return AnchorCheck(
            AnchorState.REMOVED, anchor.seq, anchor.seq,
            f"entry {anchor.seq}, recorded by the anchor beside the vault, is missing: entries "
            "were removed")
    if stored != anchor.hash:
        return AnchorCheck(
            AnchorState.REWRITTEN, anchor.seq, anchor.seq,
            f"entry {anchor.seq} differs from the anchored one: the log was rewritten")
    return AnchorCheck(AnchorState.MATCHES, anchor.seq)


def check(conn: Connection, path: Path, key: bytes, vault_id: str) -> AnchorCheck:
    try:
        anchor = read(path, key, vault_id)
    except AnchorAltered:
        return AnchorCheck(
            AnchorState.ALTERED, None, None,
            "the anchor file beside the vault fails its seal check: it was edited, or it "
            "belongs to another vault")
    except OSError:
        return AnchorCheck(AnchorState.UNREADABLE, None, None,
                           "the anchor file beside the vault could not be read")
    if anchor is None:
        return AnchorCheck(AnchorState.MISSING, None, None,
                           "there is no anchor beside the vault yet; it is written when the "
                           "vault is closed")
    return compare(conn, anchor)


def refresh(conn: Connection, path: Path, key: bytes, vault_id: str, *, at: str) -> int:
    """Anchor the current head; returns the anchored sequence number.

    Raises AnchorHeld when the anchor on disk contradicts the log (overwriting it would destroy
    the evidence of a cut or rewritten log), OSError when the file cannot be written.
    """
    seq, digest = audit_log.head(conn)
    if seq == 0:
        return 0  # nothing to anchor yet
    existing = check(conn, path, key, vault_id)
    if existing.contradicts_log:
        raise AnchorHeld()
    if existing.state is AnchorState.MATCHES and existing.anchor_seq == seq:
        return seq  # nothing new since the last anchor: spare the disk
    # WAL with synchronous=NORMAL may lose the last commits on a power cut. Make what we are
    # about to anchor durable first, or a power cut would later look like removed entries.
    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    write(path, Anchor(vault_id, seq, digest, at), key)
    return seq
