"""`clientsafe keys rotate`: a new field-encryption key, every value re-encrypted (resumable: an
interrupted run is completed by the next one); with `--root`, a new root secret and recovery
key. Security officer only."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from clientsafe.cli import common
from clientsafe.core.errors import EXIT_OK
from clientsafe.services import keys, setup


def cmd_keys_rotate(args: argparse.Namespace) -> int:
    vault = common.open_vault(args)
    try:
        session = common.login(vault, args)
        if args.root:
            recovery = keys.rotate_root(vault, session).formatted()
            if args.recovery_kit:
                setup.save_recovery_kit(vault, recovery, Path(args.recovery_kit))
                print(f"Recovery Kit: {args.recovery_kit}")
            print(f"Recovery key: {recovery}")
            print("The old recovery key no longer opens this vault (older backups keep theirs). "
                  "Keep the new one somewhere safe and offline; it is shown only this once.")
            return EXIT_OK
        result = keys.rotate(vault, session, batch=args.batch)
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
    p.add_argument("--batch", type=int, default=keys.BATCH, metavar="N",
                   help=f"values re-encrypted per transaction (default {keys.BATCH})")
    p.add_argument("--root", action="store_true",
                   help="replace the vault's root secret instead: new database key and new "
                        "recovery key (printed once)")
    p.add_argument("--recovery-kit", metavar="FILE.pdf",
                   help="with --root: also write a fresh Recovery Kit")
    p.set_defaults(run=cmd_keys_rotate)
