"""The .csbackup file: one file holding a vault snapshot, its key file and a sealed manifest.

Layout (integers big-endian):

    "CSBACKUP" | format version u16 | reserved u16 | reserved u32 | payload length u64
    payload: the encrypted SQLCipher snapshot, byte for byte as the restored vault file
    header length u32 | header: UTF-8 JSON {"manifest": {...}, "key_file": base64}
    SHA-256 of everything above except the payload (32 bytes)
    HMAC-SHA256 of the same, keyed from the root secret (32 bytes)
    "CSBKEND1"

The payload comes first so it can be streamed while its SHA-256 is computed; the header (which
holds that SHA-256) follows. The plain SHA-256 tells accidental damage ("damaged") from the wrong
key before any key is used; the HMAC makes a deliberate edit impossible without the root secret.
Since the manifest carries the payload's SHA-256 and length, one changed byte anywhere — prefix,
payload, header, trailer — or a cut-off end is detected. Nothing here is secret or a customer
value in clear: the payload is encrypted, the key file is wrapped by the recovery key.
"""

from __future__ import annotations

import base64
import contextlib
import errno
import hashlib
import hmac
import json
import os
import queue
import struct
import threading
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any

from clientsafe.core.backup_errors import BackupDamaged, BackupNotFound, NotABackup
from clientsafe.core.backups import BackupManifest
from clientsafe.core.clock import from_iso, to_iso
from clientsafe.vault import key_file
from clientsafe.vault.keys import RootSecret

MAGIC = b"CSBACKUP"
END = b"CSBKEND1"
VERSION = 1
_PREFIX = struct.Struct(">8sHHIQ")  # magic, version, reserved, reserved, payload length
_HEADER_LEN = struct.Struct(">I")
_TRAILER_BYTES = 32 + 32 + len(END)
MAX_HEADER_BYTES = 256 * 1024
CHUNK = 1024 * 1024
# The kernel copies this much per call; progress (and a cancel) comes between calls.
COPY_CHUNK = 16 * 1024 * 1024

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class BackupHeader:
    """What precedes nothing but follows the payload: read without touching the payload."""

    manifest: BackupManifest
    key_file: bytes  # the vault's `.key` file as it was
    payload_offset: int
    sealed: bytes  # prefix + header bytes: the input of the checksum and the seal
    checksum: bytes
    seal: bytes


def manifest_to_dict(manifest: BackupManifest) -> dict[str, Any]:
    values = asdict(manifest)
    values["created_at"] = to_iso(manifest.created_at)
    return values


def manifest_from_dict(values: dict[str, Any]) -> BackupManifest:
    """ValueError/KeyError/TypeError when a field is missing or of the wrong kind."""
    ints = ("schema_version", "customer_count", "audit_count", "audit_head_seq", "payload_bytes")
    texts = ("vault_id", "business_name", "created_by", "app_version", "audit_head_hash",
             "payload_sha256")
    for name in ints:
        if type(values[name]) is not int or values[name] < 0:
            raise ValueError(name)
    for name in texts:
        if not isinstance(values[name], str):
            raise TypeError(name)
    return BackupManifest(**{n: values[n] for n in ints + texts},
                          created_at=from_iso(str(values["created_at"])))


def _mac(root: RootSecret, vault_id: str, sealed: bytes) -> bytes:
    return hmac.new(root.backup_mac_key(vault_id), sealed, hashlib.sha256).digest()


class PayloadMismatch(Exception):
    """The payload read back from the disk differs from what was copied."""


class PayloadWriter:
    """Writes one backup file: the prefix on creation, the payload with `copy_from()` (or
    `write()`), `confirm_on_disk()`, then `finish()`. The caller owns the file handle (temp
    file, fsync, rename); this shapes and checks the bytes."""

    def __init__(self, handle: IO[bytes], payload_bytes: int) -> None:
        self._handle = handle
        self._expected = payload_bytes
        self._written = 0
        self._hash: Any = hashlib.sha256()
        self._hasher: _SourceHasher | None = None
        self._prefix = _PREFIX.pack(MAGIC, VERSION, 0, 0, payload_bytes)
        handle.write(self._prefix)

    def write(self, chunk: bytes) -> None:
        self._hash.update(chunk)
        self._handle.write(chunk)
        self._written += len(chunk)

    def copy_from(self, source: Path, progress: Progress | None = None, total: int = 0) -> None:
        """The whole payload from `source` (which must not change until `finish`), copied by
        the kernel, with no trip through Python's buffers. A helper thread hashes the source
        meanwhile and on through the checks that follow (hashlib releases the GIL), so the
        SHA-256 costs little extra time on a second core."""
        self._handle.flush()
        self._hasher = _SourceHasher(source, self._expected)
        self._hasher.start()
        try:
            with source.open("rb") as src:
                while self._written < self._expected:
                    count = min(COPY_CHUNK, self._expected - self._written)
                    copied = _kernel_copy(src.fileno(), self._handle.fileno(), count)
                    if copied <= 0:
                        raise OSError(errno.EIO, "the source ended early")
                    self._written += copied
                    if progress is not None:
                        progress(self._written, total)
        except BaseException:
            self.abort()
            raise
        self._handle.seek(0, os.SEEK_END)  # the buffered handle learns where the kernel got to

    def confirm_on_disk(self, written: Path, source: Path, *, progress: Progress | None = None,
                        done: int = 0, total: int = 0, from_disk: bool = True) -> None:
        """Make the payload durable, drop it from the OS cache, read it back from the disk and
        compare it byte for byte with the source. PayloadMismatch if anything differs.
        `from_disk=False` keeps the cache (the comparison then checks only what was handed to
        the disk; the benchmark uses it to show what reading back costs)."""
        self._handle.flush()
        os.fsync(self._handle.fileno())
        if from_disk:
            drop_from_cache(self._handle)
        compared = 0
        with source.open("rb") as src:
            for chunk in read_ahead(written, _PREFIX.size, self._expected):
                if src.read(len(chunk)) != chunk:
                    raise PayloadMismatch()
                compared += len(chunk)
                if progress is not None:
                    progress(done + compared, total)
        if compared != self._expected:
            raise PayloadMismatch()

    def abort(self) -> None:
        """Stop the helper thread (after an error or a cancel)."""
        if self._hasher is not None:
            self._hasher.stop()
            self._hasher.join()

    @property
    def sha256(self) -> str:
        if self._hasher is not None:  # waits for the helper thread to finish
            self._hasher.join()
            self._hash = self._hasher.result()
            self._hasher = None
        return str(self._hash.hexdigest())

    @property
    def written(self) -> int:
        return self._written

    def finish(self, manifest: BackupManifest, key_file_bytes: bytes, root: RootSecret) -> None:
        if self._written != self._expected or manifest.payload_bytes != self._written:
            raise RuntimeError("payload length differs from the announced one")
        header = json.dumps(
            {"format": "clientsafe-backup", "manifest": manifest_to_dict(manifest),
             "key_file": base64.b64encode(key_file_bytes).decode("ascii")},
            sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        sealed = self._prefix + _HEADER_LEN.pack(len(header)) + header
        self._handle.write(_HEADER_LEN.pack(len(header)) + header)
        self._handle.write(hashlib.sha256(sealed).digest())
        self._handle.write(_mac(root, manifest.vault_id, sealed))
        self._handle.write(END)


def read_header(path: Path) -> BackupHeader:
    """Parse the prefix, header and trailer; checks the plain checksum (not yet the seal, which
    needs the key). NotABackup for another kind of file, BackupDamaged for a damaged one."""
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            prefix = handle.read(_PREFIX.size)
            if len(prefix) < len(MAGIC) or not prefix.startswith(MAGIC):
                raise NotABackup(path=str(path))
            if len(prefix) < _PREFIX.size:
                raise BackupDamaged(path=str(path))
            _, version, _, _, payload_len = _PREFIX.unpack(prefix)
            header_at = _PREFIX.size + payload_len
            if version != VERSION or header_at + _HEADER_LEN.size + _TRAILER_BYTES > size:
                raise BackupDamaged(path=str(path))
            handle.seek(header_at)
            (header_len,) = _HEADER_LEN.unpack(handle.read(_HEADER_LEN.size))
            if header_len > MAX_HEADER_BYTES or header_at + 4 + header_len + _TRAILER_BYTES != size:
                raise BackupDamaged(path=str(path))
            header = handle.read(header_len)
            checksum, seal, end = handle.read(32), handle.read(32), handle.read(len(END))
    except FileNotFoundError:
        raise BackupNotFound(path=str(path)) from None
    except (IsADirectoryError, PermissionError):
        raise NotABackup(path=str(path)) from None
    sealed = prefix + _HEADER_LEN.pack(header_len) + header
    if end != END or not hmac.compare_digest(hashlib.sha256(sealed).digest(), checksum):
        raise BackupDamaged(path=str(path))
    try:
        document = json.loads(header.decode("utf-8"))
        if document["format"] != "clientsafe-backup":
            raise ValueError("format")
        manifest = manifest_from_dict(document["manifest"])
        key_bytes = base64.b64decode(document["key_file"], validate=True)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError):
        raise BackupDamaged(path=str(path)) from None
    if manifest.payload_bytes != payload_len:
        raise BackupDamaged(path=str(path))
    return BackupHeader(manifest, key_bytes, _PREFIX.size, sealed, checksum, seal)


def embedded_key_file(header: BackupHeader, path: Path) -> key_file.KeyFile:
    kf = key_file.parse(header.key_file, path=str(path))
    if kf.vault_id != header.manifest.vault_id:
        raise BackupDamaged(path=str(path))
    return kf


def check_seal(header: BackupHeader, root: RootSecret, path: Path) -> None:
    """BackupDamaged unless the manifest was sealed with this vault's root secret."""
    expected = _mac(root, header.manifest.vault_id, header.sealed)
    if not hmac.compare_digest(expected, header.seal):
        raise BackupDamaged(path=str(path))


def copy_payload(path: Path, header: BackupHeader, target: IO[bytes] | None, *,
                 progress: Progress | None = None, done: int = 0, total: int = 0) -> None:
    """Stream the payload into `target` (or nowhere), checking its SHA-256 against the sealed
    manifest; BackupDamaged if it differs. Reports progress in bytes, starting at `done`."""
    digest = hashlib.sha256()
    length = header.manifest.payload_bytes
    got = 0
    for chunk in read_ahead(path, header.payload_offset, length):
        digest.update(chunk)
        if target is not None:
            target.write(chunk)
        got += len(chunk)
        done += len(chunk)
        if progress is not None:
            progress(done, total)
    if got != length or digest.hexdigest() != header.manifest.payload_sha256:
        raise BackupDamaged(path=str(path))


def drop_from_cache(handle: IO[bytes]) -> None:
    """Ask the OS to forget the file's cached pages, so reading it back reads the disk."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is not None:
        with contextlib.suppress(OSError):
            advise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)


def _kernel_copy(fd_in: int, fd_out: int, count: int) -> int:
    """Copy up to `count` bytes between the files' current positions, in the kernel when the
    platform can (copy_file_range, then sendfile), else through a buffer."""
    copy_range = getattr(os, "copy_file_range", None)
    if copy_range is not None:
        try:
            return int(copy_range(fd_in, fd_out, count))
        except OSError as exc:
            if exc.errno not in (errno.EXDEV, errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP,
                                 errno.EBADF):
                raise
    sendfile = getattr(os, "sendfile", None)
    if sendfile is not None:
        try:
            return int(sendfile(fd_out, fd_in, None, count))
        except OSError as exc:
            if exc.errno not in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSOCK):
                raise
    data = os.read(fd_in, min(count, CHUNK))
    return os.write(fd_out, data) if data else 0


class _SourceHasher(threading.Thread):
    """SHA-256 of the first `length` bytes of a file, computed in a helper thread."""

    def __init__(self, path: Path, length: int) -> None:
        super().__init__(name="backup-hasher", daemon=True)
        self._path, self._length = path, length
        self._hash = hashlib.sha256()
        self._stop_event = threading.Event()
        self._error: BaseException | None = None
        self._hashed = 0

    def run(self) -> None:
        try:
            with self._path.open("rb") as handle:
                while self._hashed < self._length and not self._stop_event.is_set():
                    chunk = handle.read(min(CHUNK, self._length - self._hashed))
                    if not chunk:
                        break
                    self._hash.update(chunk)
                    self._hashed += len(chunk)
        except BaseException as exc:  # handed to the copying thread by result()
            self._error = exc

    def stop(self) -> None:
        self._stop_event.set()

    def result(self) -> Any:
        if self._error is not None:
            raise self._error
        if self._hashed != self._length:
            raise OSError(errno.EIO, "the source ended early")
        return self._hash


def read_ahead(path: Path, offset: int, length: int) -> Iterator[bytes]:
    """The bytes [offset, offset + length) of a file in chunks, read by a helper thread one
    chunk ahead, so reading the disk and hashing overlap. Fewer bytes when the file is short."""
    chunks: queue.Queue[bytes | BaseException | None] = queue.Queue(maxsize=4)
    stop = threading.Event()

    def read() -> None:
        try:
            with path.open("rb") as handle:
                handle.seek(offset)
                remaining = length
                while remaining and not stop.is_set():
                    chunk = handle.read(min(CHUNK, remaining))
                    if not chunk:
                        break
                    chunks.put(chunk)
                    remaining -= len(chunk)
        except BaseException as exc:
            chunks.put(exc)
            return
        chunks.put(None)

    reader = threading.Thread(target=read, name="backup-reader", daemon=True)
    reader.start()
    try:
        while (item := chunks.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        while reader.is_alive():  # unblock a reader waiting on a full queue
            with contextlib.suppress(queue.Empty):
                chunks.get(timeout=0.05)
        reader.join()
