"""`clientsafe marketing export` as a scheduled job runs it: real subprocesses, real keyring."""

from __future__ import annotations

import re
from pathlib import Path

from tests.cli_runner import run_cli


def test_marketing_export_through_the_cli(tmp_path: Path) -> None:
    vault = tmp_path / "demo.csvault"
    assert run_cli("demo", "--vault", str(vault), "--customers", "30", "--seed", "7").status == 0
    base = ("marketing", "export", "--vault", str(vault))

    out = tmp_path / "list.csv"
    made = run_cli(*base, "--user", "manager", "--out", str(out), "--service", "1",
                   password="demo")
    assert made.status == 0, made.err
    match = re.search(r"^Exported a marketing list of (\d+) customers to .*list\.csv "
                      r"\(sha256 [0-9a-f]{64}\)$", made.out, re.M)
    assert match and int(match.group(1)) > 0
    assert out.read_text("utf-8-sig").startswith("# ClientSafe marketing list by 李强 Li Qiang")

    wrong = run_cli(*base, "--user", "manager", "--out", str(tmp_path / "list.xlsx"),
                    password="demo")
    assert wrong.status == 2 and ".csv or a .pdf" in wrong.err
    desk = run_cli(*base, "--user", "frontdesk", "--out", str(tmp_path / "d.csv"),
                   password="demo")
    assert desk.status == 3 and "may not make marketing contact lists" in desk.err
    assert not (tmp_path / "d.csv").exists()

    pdf = tmp_path / "list.pdf"
    small = run_cli(*base, "--user", "manager", "--out", str(pdf), "--service", "2",
                    password="demo")
    assert small.status == 0, small.err
    assert pdf.read_bytes().startswith(b"%PDF")
    # An approval comes from another manager, never from the one making the list.
    self_approved = run_cli(*base, "--user", "manager", "--out", str(pdf), "--approver",
                            "manager", password="demo",
                            env={"CLIENTSAFE_APPROVER_PASSWORD": "demo"})
    assert self_approved.status == 3 and "other than the person who asked" in self_approved.err
