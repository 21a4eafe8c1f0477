"""SQL lives only in clientsafe/vault (DESIGN.md, "Layers"): import-linter keeps the other
layers from importing the database driver, and this keeps them from running SQL through a
connection the vault handed them."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "clientsafe"
SQL = re.compile(r"\.execute(many|script)?\(|\b(SELECT|INSERT INTO|DELETE FROM|PRAGMA)\b"
                 r"|\bUPDATE [a-z_]+ SET\b")


def test_no_sql_outside_the_vault_package() -> None:
    found = [f"{path.relative_to(PACKAGE.parent)}:{number}"
             for path in sorted(PACKAGE.rglob("*.py"))
             if PACKAGE / "vault" not in path.parents
             for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
             if SQL.search(line)]
    assert not found, "SQL outside clientsafe/vault: " + ", ".join(found)
