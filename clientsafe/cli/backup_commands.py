"""`clientsafe backup create|verify|restore`: for cron and the Windows task scheduler.

Output is made for scripts: `create` prints only the new file's path; `verify` prints one
summary line (or `problem: …` lines); errors are one sentence on stderr with the exit status of
DESIGN.md (0 ok, 1 problem found, 2 bad input, 3 authentication or permission, 4 locked).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from clientsafe.cli import common
from clientsafe.core.backup_errors import BusinessNameMismatch
from clientsafe.core.backups import business_name_matches
from clientsafe.core.errors import (
    EXIT_OK,
    EXIT_PROBLEM_FOUND,
    ClientSafeError,
    ValidationError,
    VaultLocked,
)
from clientsafe.services import auth, backup


class ConfirmRestore(ValidationError):
    template = (
        "A restore replaces the vault: add --confirm-business followed by the business name "
        "of the backup, or --yes."
    )


def cmd_backup_create(args: argparse.Namespace) -> int:
    vault = common.open_vault(args)
    try:
        result = backup.create(vault, common.login(vault, args), Path(args.out).expanduser())
    finally:
        vault.close()
    print(result.path)
    return EXIT_OK


def cmd_backup_verify(args: argparse.Namespace) -> int:
    result = backup.verify(Path(args.file), recovery_key=args.recovery_key)
    m = result.manifest
    if result.ok:
        print(f"backup OK: {result.path.name}: {m.business_name}, made "
              f"{m.created_at:%Y-%m-%d %H:%M:%S} UTC by {m.created_by}, schema "
              f"{m.schema_version}, {m.customer_count} customers, {m.audit_count} audit "
              f"entries, head {m.audit_head_seq} {m.audit_head_hash}")
        return EXIT_OK
    for problem in result.problems:
        print(f"problem: {problem}")
    print(f"clientsafe: The backup {result.path} failed verification; use another backup.",
          file=sys.stderr)
    return EXIT_PROBLEM_FOUND


def cmd_backup_restore(args: argparse.Namespace) -> int:
    if args.confirm_business is None and not args.yes:
        raise ConfirmRestore()
    vault_path = Path(args.vault).expanduser()
    backup_path = Path(args.file).expanduser()
    password = common.password(f"Password for {args.user}: ")
    # What can be refused without signing in is refused first, so the vault gets no entry.
    manifest = backup.read_manifest(backup_path, recovery_key=args.recovery_key)
    if args.confirm_business is not None and not business_name_matches(
            args.confirm_business, manifest.business_name):
        raise BusinessNameMismatch(business=manifest.business_name)
    current = None
    if vault_path.exists():
        try:
            current = common.open_vault(args)
        except VaultLocked:
            raise
        except ClientSafeError:
            current = None  # too damaged to open: the officer signs in to the backup instead
    kwargs: dict[str, Any] = {"confirm_business_name": args.confirm_business,
                              "recovery_key": args.recovery_key}
    try:
        if current is not None:
            session = auth.login(current, args.user, password)
            kwargs["current"] = (current, session)
        else:
            kwargs["credentials"] = backup.OfficerCredentials(args.user, password)
        result = backup.restore(vault_path, backup_path, **kwargs)
    finally:
        if current is not None:
            current.close()  # already closed by a restore that got that far; closing is idempotent
    try:
        m = result.manifest
        print(f"Restored {backup_path.name} into {vault_path} (made "
              f"{m.created_at:%Y-%m-%d %H:%M:%S} UTC by {m.created_by}; {m.customer_count} "
              f"customers, audit head {m.audit_head_seq}).")
        if result.pre_restore_path is not None:
            print(f"The previous vault was kept as {result.pre_restore_path}")
        if not result.remembered_in_keyring:
            print("clientsafe: warning: no usable keyring, so the vault's key was not stored; "
                  "open it with --recovery-key.", file=sys.stderr)
    finally:
        result.vault.close()
    return EXIT_OK


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("backup", help="make, verify and restore backup files")
    what = p.add_subparsers(dest="what", required=True)

    p = what.add_parser("create", help="write a verified backup into a folder; prints its path "
                        "(security officer and managers)")
    p.add_argument("--vault", required=True)
    p.add_argument("--out", required=True, metavar="DIR", help="an existing folder")
    p.add_argument("--user", required=True)
    p.add_argument("--recovery-key", help="unlock for this run only")
    p.set_defaults(run=cmd_backup_create)

    p = what.add_parser("verify", help="check a backup file completely (no sign-in needed); "
                        "exit 1 if it has a problem")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--recovery-key", help="when this computer's keyring lacks the vault's key")
    p.set_defaults(run=cmd_backup_verify)

    p = what.add_parser(
        "restore",
        help="replace a vault with a backup (security officer)",
        description=(
            "Replace the vault at --vault with the backup FILE. The backup is verified first; "
            "the current vault is kept beside it as VAULT.pre-restore-<time>. --user signs in "
            "to the current vault, or, when there is none or it cannot be opened (new "
            "computer, damaged vault), to the backup itself; either way it must be a security "
            "officer (password from CLIENTSAFE_PASSWORD or a prompt). Confirm with "
            "--confirm-business NAME (the backup's business name, checked) or --yes (for "
            "scripts that already know the file)."),
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--vault", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--recovery-key", help="when this computer's keyring lacks the vault's key; "
                   "the key is then stored in the keyring")
    p.add_argument("--confirm-business", metavar="NAME",
                   help="the backup's business name, as a confirmation")
    p.add_argument("--yes", action="store_true", help="confirm without the business name")
    p.set_defaults(run=cmd_backup_restore)
