"""PDF audit export speed and memory.

export_10k_pdf_s: `services.audit_export.export_audit_pdf` (verification, streaming, rendering,
the audit entry) for a vault of 10,000 audit entries, median of 3 (target < 10 s).
export_peak_rss_mb: the peak resident memory (getrusage) of a fresh process that opens the vault,
signs in and exports 100,000 entries; the same figure for 10,000 entries is printed beside it, so
a flat memory use shows. export_100k_pdf_s is that process's export time.

The vault is filled with the builder of bench/audit.py.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SMALL = 10_000
LARGE = int(os.environ.get("CLIENTSAFE_BENCH_EXPORT_ENTRIES", "100000"))
RUNS = 3
OFFICER, PASSWORD = "officer", "Bench-Export-Password-42"


def _export_once(vault_path: Path, out: Path) -> None:
    """Child process: open, sign in, export everything; print seconds, entries and peak RSS."""
    from clientsafe.core.audit_filter import AuditFilter
    from clientsafe.services import audit_export, auth, vault_access

    vault = vault_access.open_with_keyring(vault_path)
    try:
        session = auth.login(vault, OFFICER, PASSWORD)
        started = time.perf_counter()
        result = audit_export.export_audit_pdf(vault, session, flt=AuditFilter(), target=out)
        seconds = time.perf_counter() - started
    finally:
        vault.close()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    print(f"{seconds:.3f} {result.entries} {peak_kb / 1024:.1f} {out.stat().st_size}")


def _child(vault_path: Path, out: Path) -> tuple[float, int, float, int]:
    proc = subprocess.run([sys.executable, __file__, "--child", str(vault_path), str(out)],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.exit(f"export process failed: {proc.stderr.strip()[-500:]}")
    seconds, entries, rss, size = proc.stdout.split()
    return float(seconds), int(entries), float(rss), int(size)


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from audit import build  # the 1M builder of bench/audit.py

    from clientsafe.core.audit_filter import AuditFilter
    from clientsafe.services import audit_export, auth, setup, vault_access

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CLIENTSAFE_HOME"] = str(Path(tmp) / "home")
        path = Path(tmp) / "export.csvault"
        created = setup.create_vault(setup.SetupRequest(path, "Bench 海港健身", OFFICER,
                                                        "Bench Officer", PASSWORD))
        vault = created.vault
        try:
            build(vault, SMALL)
            session = auth.login(vault, OFFICER, PASSWORD)
            timings = []
            for run in range(RUNS):
                started = time.perf_counter()
                result = audit_export.export_audit_pdf(
                    vault, session, flt=AuditFilter(), target=Path(tmp) / f"small{run}.pdf")
                timings.append(time.perf_counter() - started)
            size_kb = result.path.stat().st_size / 1024
            print(f"export_10k_pdf_s: {statistics.median(timings):.2f}  (median of {RUNS}; "
                  f"min {min(timings):.2f}; {result.entries} entries, {size_kb:.0f} KB)")
        finally:
            vault.close()

        _, small_entries, small_rss, _ = _child(path, Path(tmp) / "child-small.pdf")
        vault = vault_access.open_with_keyring(path)
        try:
            build(vault, LARGE)
        finally:
            vault.close()
        seconds, entries, rss, size = _child(path, Path(tmp) / "child-large.pdf")
        print(f"export_peak_rss_mb: {rss:.0f}  (whole process exporting {entries} entries; "
              f"{small_rss:.0f} MB for {small_entries} entries)")
        print(f"export_100k_pdf_s: {seconds:.2f}  ({entries} entries, {size / 1e6:.1f} MB PDF)")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        _export_once(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        main()
