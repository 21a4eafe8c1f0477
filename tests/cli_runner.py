"""Run the real `clientsafe` command in a subprocess (same keyring session, own environment)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Result:
    status: int
    out: str
    err: str


def run_cli(*args: str, password: str | None = None, env: dict[str, str] | None = None,
            prefix: tuple[str, ...] = ()) -> Result:
    environment = dict(os.environ)
    environment.pop("CLIENTSAFE_PASSWORD", None)
    if password is not None:
        environment["CLIENTSAFE_PASSWORD"] = password
    environment.update(env or {})
    proc = subprocess.run(
        [*prefix, sys.executable, "-m", "clientsafe", *args],
        capture_output=True, text=True, env=environment, stdin=subprocess.DEVNULL, timeout=120,
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)


def snapshot(folder: Path) -> dict[str, str]:
    """Name → SHA-256 of every file under a folder: to prove a failure changed nothing."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*")) if p.is_file()
    }
