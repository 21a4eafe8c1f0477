"""`clientsafe keys rotate`: a new field-encryption key, every value re-encrypted (resumable: an
interrupted run is completed by the next one). Security officer only."""

from __future__ import annotations

import argparse
from typing import Any

from clientsafe.core.errors import EXIT_OK
from clientsafe.services import keys


def _cli() -> Any:
    from clientsafe.cli import main as cli_main  # shared helpers; it imports this module

    return cli_main


def cmd_keys_rotate(args: argparse.Namespace) -> int:
    cli = _cli()
    vault = cli._open(args)
    try:
        result = keys.rotate(vault, cli._login(vault, args))
    finally:
        vault.close()
    note = " (completed an interrupted rotation)" if result.resumed else ""
    print(f"field key v{result.version}: {result.reencrypted} values re-encrypted{note}")
    return EXIT_OK


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("keys", help="encryption keys")
    what = p.add_subparsers(dest="what", required=True)
    p = what.add_parser("rotate", help="new field-encryption key; re-encrypt every value "
                                       "(resumable)")
    p.add_argument("--vault", required=True)
    p.add_argument("--user", required=True, help="a security officer")
    p.add_argument("--recovery-key", help="unlock for this run only")
    p.set_defaults(run=cmd_keys_rotate)
