"""Per-user settings (last vault, language) as a small JSON file. Holds no secret."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from clientsafe.vault.atomic_file import write_atomically
from clientsafe.vault.locations import settings_path


def load(path: Path | None = None) -> dict[str, Any]:
    path = path or settings_path()
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}  # missing or damaged settings: start from defaults, never fail to start
    return data if isinstance(data, dict) else {}


def save(values: dict[str, Any], path: Path | None = None) -> None:
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, json.dumps(values, indent=2, ensure_ascii=False).encode("utf-8"))
