"""Decrypting a SQLCipher 4 file page by page, without SQLite: what is physically in the vault
file and its write-ahead log, including free pages and old page images SQL cannot see.

SQLCipher 4 defaults: 4096-byte pages, each ending in an 80-byte reserve (a 16-byte IV, then a
64-byte HMAC-SHA512 over the ciphertext, the IV and the page number as 4 little-endian bytes);
AES-256-CBC without padding over the rest. Page 1 starts with the 16-byte salt in clear; its
encrypted part follows it. With a raw key (`PRAGMA key = "x'…'"`, as the vault uses) the 32 key
bytes encrypt directly; the HMAC key is PBKDF2-HMAC-SHA512 of the key over the salt XOR 0x3a,
2 iterations. Every page's HMAC is checked, so a wrong key or layout fails loudly instead of
finding nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
IV_SIZE = 16
SALT_SIZE = 16
WAL_HEADER = 32
FRAME_HEADER = 24


class PageAuthenticationFailed(AssertionError):
    pass


def _hmac_key(key: bytes, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, dklen=32)


def decrypt_page(raw: bytes, number: int, key: bytes, hmac_key: bytes) -> bytes:
    """The plaintext of page `number` (1-based); page 1's salt is left out."""
    if len(raw) != PAGE:
        raise ValueError("a whole page is needed")
    start = SALT_SIZE if number == 1 else 0
    body = raw[start:PAGE - RESERVE]
    iv = raw[PAGE - RESERVE:PAGE - RESERVE + IV_SIZE]
    mac = raw[PAGE - RESERVE + IV_SIZE:]
    expected = hmac.new(hmac_key, body + iv + struct.pack("<I", number), hashlib.sha512).digest()
    if not hmac.compare_digest(mac, expected):
        raise PageAuthenticationFailed(f"page {number}: HMAC does not match")
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def salt_of(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(SALT_SIZE)


def decrypted_pages(path: Path, key: bytes) -> list[bytes]:
    """Every page of the database file, decrypted (free pages too)."""
    data = path.read_bytes()
    if len(data) % PAGE:
        raise ValueError("not a whole number of pages")
    hmac_key = _hmac_key(key, data[:SALT_SIZE])
    return [decrypt_page(data[i:i + PAGE], i // PAGE + 1, key, hmac_key)
            for i in range(0, len(data), PAGE)]


def decrypted_wal_frames(wal: Path, salt: bytes, key: bytes) -> list[bytes]:
    """Every complete frame of the write-ahead log, decrypted (old page images included)."""
    if not wal.exists():
        return []
    data = wal.read_bytes()
    hmac_key = _hmac_key(key, salt)
    frames = []
    at = WAL_HEADER
    while at + FRAME_HEADER + PAGE <= len(data):
        number = struct.unpack(">I", data[at:at + 4])[0]
        page = data[at + FRAME_HEADER:at + FRAME_HEADER + PAGE]
        try:
            frames.append(decrypt_page(page, number, key, hmac_key))
        except PageAuthenticationFailed:
            # A frame left over from before the log was last restarted, written with another
            # salt: skipped by SQLite too; still checked as bytes by the caller.
            frames.append(b"")
        at += FRAME_HEADER + PAGE
    return frames


def everything(vault_path: Path, key: bytes) -> bytes:
    """All decrypted pages and log frames joined, to search for values."""
    salt = salt_of(vault_path)
    pages = decrypted_pages(vault_path, key)
    frames = decrypted_wal_frames(vault_path.with_name(vault_path.name + "-wal"), salt, key)
    return b"\n".join([*pages, *frames])
