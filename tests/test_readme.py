"""The README's tables of who may do what are the core tables, so they cannot drift."""

from __future__ import annotations

from pathlib import Path

from clientsafe.core.field_access import ROLE_FIELD_ACCESS, FieldClass
from clientsafe.core.roles import ROLE_PERMISSIONS, Permission, Role

README = Path(__file__).resolve().parents[1] / "README.md"
START, END = "<!-- permission-tables:start -->", "<!-- permission-tables:end -->"


def permission_tables() -> str:
    roles = list(Role)
    header = " | ".join(r.label for r in roles)
    rule = "|---|" + "---|" * len(roles)
    lines = [f"| may … | {header} |", rule]
    lines += [f"| {p.label} | " + " | ".join("yes" if p in ROLE_PERMISSIONS[r] else "–"
                                              for r in roles) + " |" for p in Permission]
    lines += ["", f"| customer fields | {header} |", rule]
    lines += [f"| {c.value} | " + " | ".join(ROLE_FIELD_ACCESS[r][c].value for r in roles)
              + " |" for c in FieldClass]
    return "\n".join(lines)


def test_readme_tables_match_the_core() -> None:
    text = README.read_text("utf-8")
    block = text.split(START, 1)[1].split(END, 1)[0].strip()
    assert block == permission_tables(), (
        "README.md's permission tables differ from clientsafe/core; replace the block with:\n"
        + permission_tables())
