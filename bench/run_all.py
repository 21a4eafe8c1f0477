"""Run every benchmark script in bench/ and print their figures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
failed = 0
for script in sorted(here.glob("*.py")):
    if script.name == "run_all.py":
        continue
    print(f"== {script.stem}", flush=True)
    failed |= subprocess.run([sys.executable, str(script)], cwd=here.parent).returncode
sys.exit(1 if failed else 0)
