"""Write a small file so that readers see the old or the new content, never a mix; and a file
that exists only if its audit entry does."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from clientsafe.vault.connection import classify


def write_atomically(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(directory: Path) -> None:
    # Makes the rename itself durable; not possible on every platform, harmless to skip there.
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def kept_if_recorded(path: Path) -> Iterator[Callable[[bytes], None]]:
    """For a file that leaves the app with an audit entry: yields `write(data)`, which writes
    `path` atomically (mode 0600; a disk problem becomes a one-sentence error). Call it inside
    the transaction that records the file, after the entry; if the block then fails (the
    transaction does not commit), the written file is removed: it must not stay without its
    entry."""
    written: list[Path] = []

    def write(data: bytes) -> None:
        try:
            write_atomically(path, data, mode=0o600)
        except OSError as exc:
            raise classify(exc, path) from None
        written.append(path)

    try:
        yield write
    except BaseException:
        for done in written:
            done.unlink(missing_ok=True)
        raise
