"""Opening speed.

open_vault_ms: keyring read + SQLCipher open (key, cipher_version, schema check) + first query,
in-process, median of repeated opens of a demo vault with 1,000 customers.
start_to_login_ms: a new `clientsafe` process until its login window has been shown (the app
prints a marker and quits when CLIENTSAFE_BENCH_EXIT_ON_LOGIN is set).

Run through `make bench`, which provides a real Secret Service.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 30
START_RUNS = 7


def open_vault_ms(path: Path) -> list[float]:
    from clientsafe.services import auth, customers, vault_access

    session = None
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        vault = vault_access.open_with_keyring(path)
        if session is None:
            session = auth.login(vault, "manager", "demo")  # not timed: a person types this
        customers.page(vault, session, offset=0, limit=50)
        timings.append((time.perf_counter() - started) * 1000)
        vault.close()
    return timings


def start_to_login_ms(path: Path, home: Path) -> list[float]:
    env = dict(os.environ, CLIENTSAFE_HOME=str(home), CLIENTSAFE_BENCH_EXIT_ON_LOGIN="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    timings = []
    for _ in range(START_RUNS):
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "clientsafe", "--vault", str(path)],
                              env=env, capture_output=True, text=True, timeout=60)
        if "login-window-shown" not in proc.stdout:
            raise SystemExit(f"the app did not reach the login window: {proc.stderr[-500:]}")
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def report(name: str, values: list[float]) -> None:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(f"{name}: {statistics.median(values):.1f}  (median of {len(values)}; "
          f"min {ordered[0]:.1f}, p95 {p95:.1f})")


def main() -> None:
    from clientsafe.services import demo

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        os.environ["CLIENTSAFE_HOME"] = str(home)
        path = Path(tmp) / "bench.csvault"
        demo.create_demo_vault(path, customers=1000, seed=1).vault.close()
        report("open_vault_ms", open_vault_ms(path))
        report("start_to_login_ms", start_to_login_ms(path, home))


if __name__ == "__main__":
    main()
