"""`clientsafe init|demo|unlock|check|export|audit`, with the exit statuses of DESIGN.md."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from clientsafe import __version__
from clientsafe.cli import backup_commands, key_commands, marketing_commands
from clientsafe.cli.common import (
    APPROVER_PASSWORD_ENV,
    approver_password,
    login,
    open_vault,
    password,
)
from clientsafe.core.audit_filter import AuditFilter
from clientsafe.core.errors import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    EXIT_PROBLEM_FOUND,
    ClientSafeError,
    ValidationError,
    VaultCorrupt,
)
from clientsafe.services import (
    audit_export,
    audit_verify,
    checks,
    customer_export,
    customers,
    demo,
    settings,
    setup,
    vault_access,
)
from clientsafe.services.checks import Finding, FindingKind

COMMANDS = ("init", "demo", "unlock", "check", "export", "audit", "backup", "keys",
            "marketing")


def cmd_init(args: argparse.Namespace) -> int:
    request = setup.SetupRequest(
        vault_path=Path(args.vault),
        business_name=args.business,
        admin_username=args.admin,
        admin_display_name=args.admin_name or args.admin,
        admin_password=password(f"New password for {args.admin}: ", confirm=True),
    )
    result = setup.create_vault(request)
    try:
        print(f"Vault created: {result.vault.path}")
        if args.recovery_kit:
            setup.save_recovery_kit(result.vault, result.recovery_key, Path(args.recovery_kit))
            print(f"Recovery Kit: {args.recovery_kit}")
        print(f"Recovery key: {result.recovery_key}")
        print("Keep the recovery key somewhere safe and offline; it is shown only this once.")
        if not result.in_keyring:
            print(
                f"Warning: {result.keyring_error} The vault can be opened only with the "
                "recovery key until a keyring is available.",
                file=sys.stderr,
            )
    finally:
        result.vault.close()
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    path = Path(args.vault).expanduser() if args.vault else settings.demo_vault_path()
    if args.customers < 0 or args.customers > 1_000_000:
        raise ValidationError("Choose between 0 and 1,000,000 demo customers.")
    result = demo.create_demo_vault(path, customers=args.customers, seed=args.seed)
    try:
        print(f"Demo vault created: {path}")
        print(
            f"Accounts: {', '.join(a.username for a in demo.DEMO_ACCOUNTS)} "
            f"(password '{demo.DEMO_PASSWORD}')"
        )
        print(f"Recovery key: {result.recovery_key}")
        if not result.in_keyring:
            print(f"Warning: {result.keyring_error}", file=sys.stderr)
    finally:
        result.vault.close()
    return EXIT_OK


def cmd_unlock(args: argparse.Namespace) -> int:
    unlocked = vault_access.open_with_recovery_key(
        Path(args.vault).expanduser(), args.recovery_key, remember=True
    )
    unlocked.vault.close()
    if unlocked.keyring_error is not None:
        raise unlocked.keyring_error
    print("The vault's key is now in this computer's keyring.")
    return EXIT_OK


def _count(value: int | None) -> str:
    return "unreadable" if value is None else str(value)


# How `check` names each kind of finding; scripts read these lines (`problem: storage: …`).
_FINDING_PREFIXES = {
    FindingKind.STORAGE: "storage",
    FindingKind.STRUCTURE: "structure",
    FindingKind.AUDIT: "audit chain",
    FindingKind.ANCHOR: "audit anchor",
}


def _problem_line(finding: Finding) -> str:
    return f"problem: {_FINDING_PREFIXES[finding.kind]}: {finding.text}"


def cmd_check(args: argparse.Namespace) -> int:
    try:
        vault = open_vault(args)
        try:
            report = checks.check_vault(vault, login(vault, args))
            info = vault.info
        finally:
            vault.close()
    except VaultCorrupt:
        # Too damaged to open or sign in to: still name the damaged pages.
        for finding in checks.damaged_pages(Path(args.vault), recovery_key=args.recovery_key):
            print(_problem_line(finding))
        raise
    print(f"vault: {vault.path}")
    print(f"vault id: {info.vault_id}")
    print(f"business: {info.business_name}{' (DEMO)' if info.is_demo else ''}")
    print(f"schema: {report.schema_version}")
    print(f"customers: {_count(report.customers)}")
    print(f"staff: {_count(report.staff)}")
    print(f"audit entries: {report.audit.entries}")
    print(f"audit head: {report.audit.head_seq} {report.audit.head_hash}")
    if report.verification is not None:
        anchored = report.verification.anchor_seq
        print(f"audit anchor: {report.verification.anchor}"
              + (f" (entry {anchored})" if anchored is not None else ""))
    for finding in report.problems:
        print(_problem_line(finding))
    if not report.ok:
        print(
            f"The vault check found {len(report.problems)} problem(s); restore the latest "
            "backup or contact support.",
            file=sys.stderr,
        )
        return EXIT_PROBLEM_FOUND
    print("check: OK")
    return EXIT_OK


def cmd_audit_verify(args: argparse.Namespace) -> int:
    """The whole chain plus the anchor beside the vault; stdout names the first bad entry."""
    vault = open_vault(args)
    try:
        result = audit_verify.verify_audit(vault, login(vault, args))
    finally:
        vault.close()
    if result.ok:
        print(f"audit chain OK: {result.entries} entries, head {result.head_hash}")
        if result.anchor_note and str(result.anchor) != "missing":  # missing: written on close
            print(f"clientsafe: warning: {result.anchor_note}.", file=sys.stderr)
        return EXIT_OK
    if result.first_bad_seq is not None:
        print(f"audit chain broken at entry {result.first_bad_seq}: {result.problem}")
    else:
        print(f"audit anchor rejected: {result.problem}")
    print("clientsafe: The audit trail failed verification; keep the vault and the files beside "
          "it unchanged for investigation, and restore the latest backup to another folder.",
          file=sys.stderr)
    return EXIT_PROBLEM_FOUND


class BadDate(ValidationError):
    template = "{option} takes a date written YYYY-MM-DD, for example 2026-03-31; got '{value}'."


def _day(option: str, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadDate(option=option, value=value[:40]) from None


def cmd_audit_export(args: argparse.Namespace) -> int:
    """The audit trail (optionally one period) as a PDF; the export is itself audited."""
    flt = AuditFilter(since=_day("--since", args.since), until=_day("--until", args.until))
    if flt.since and flt.until and flt.since > flt.until:
        raise audit_export.PeriodReversed()
    vault = open_vault(args)
    try:
        result = audit_export.export_audit_pdf(vault, login(vault, args), flt=flt,
                                               target=Path(args.out).expanduser())
    finally:
        vault.close()
    print(f"Exported {result.entries} audit entries to {result.path} (sha256 {result.sha256})")
    if not result.verified_ok:
        # The report was written and says so; the status tells a scheduled job, as for verify.
        print("clientsafe: The audit trail failed verification; the report names the first "
              "problem, and `clientsafe audit verify` shows it too.", file=sys.stderr)
        return EXIT_PROBLEM_FOUND
    return EXIT_OK


def cmd_export_customers(args: argparse.Namespace) -> int:
    """Every customer the user may see, as CSV; above the limit only with a manager's approval
    (the same rule as in the app: it lives in the service)."""
    vault = open_vault(args)
    try:
        session = login(vault, args)
        ids: list[int] = []
        while page := customers.page(vault, session, offset=len(ids), limit=customers.MAX_PAGE):
            ids.extend(row.id for row in page)
        approval = None
        if args.approver:
            approval = customer_export.approve_export(
                vault, session, count=len(ids), manager_username=args.approver,
                manager_password=approver_password(args.approver))
        result = customer_export.export_customers_csv(
            vault, session, customer_ids=ids, target=Path(args.out), approval_id=approval)
    finally:
        vault.close()
    print(f"Exported {result.count} customers to {result.path} (sha256 {result.sha256})")
    if result.left_out:
        # The export is for service delivery: only customers whose service consent is active.
        print(f"Left out {result.left_out} customers without an active consent for service "
              "delivery.")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clientsafe",
        description=(
            "ClientSafe keeps customer information safe. Without a command it opens the app."
        ),
    )
    parser.add_argument("--version", action="version", version=f"clientsafe {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("init", help="create a new vault; prints the recovery key once")
    p.add_argument("--vault", required=True)
    p.add_argument("--business", required=True)
    p.add_argument("--admin", required=True, help="user name of the first security officer")
    p.add_argument("--admin-name", help="display name of the first security officer")
    p.add_argument("--recovery-kit", metavar="FILE.pdf")
    p.set_defaults(run=cmd_init)

    p = sub.add_parser("demo", help="a vault filled with sample data (no login needed)")
    p.add_argument("--vault")
    p.add_argument("--customers", type=int, default=200)
    p.add_argument("--seed", type=int, default=None, help=argparse.SUPPRESS)
    p.set_defaults(run=cmd_demo)

    p = sub.add_parser("unlock", help="put this vault's key into this computer's keyring")
    p.add_argument("--vault", required=True)
    p.add_argument("--recovery-key", required=True)
    p.set_defaults(run=cmd_unlock)

    p = sub.add_parser("check", help="SQLCipher integrity, schema and audit chain")
    p.add_argument("--vault", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--recovery-key", help="unlock for this run only")
    p.set_defaults(run=cmd_check)

    p = sub.add_parser("export", help="export data (limited and audited like the app)")
    what = p.add_subparsers(dest="what", required=True)
    p = what.add_parser("customers", help="the customers you may see, as CSV")
    p.add_argument("--vault", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--out", required=True, metavar="FILE.csv")
    p.add_argument("--approver", help="a manager approving an export above the limit "
                   f"(password from {APPROVER_PASSWORD_ENV} or a prompt)")
    p.add_argument("--recovery-key", help="unlock for this run only")
    p.set_defaults(run=cmd_export_customers)

    p = sub.add_parser("audit", help="the audit trail")
    what = p.add_subparsers(dest="what", required=True)
    p = what.add_parser("verify", help="recompute the audit chain and compare it with its anchor")
    p.add_argument("--vault", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--recovery-key", help="unlock for this run only")
    p.set_defaults(run=cmd_audit_verify)
    p = what.add_parser("export", help="the audit trail as a PDF report (security officer and "
                        "managers)")
    p.add_argument("--vault", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="first day (inclusive)")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="last day (inclusive)")
    p.add_argument("--recovery-key", help="unlock for this run only")
    p.set_defaults(run=cmd_audit_export)
    backup_commands.add_parsers(sub)
    key_commands.add_parsers(sub)
    marketing_commands.add_parsers(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except ClientSafeError as exc:
        print(f"clientsafe: {exc}", file=sys.stderr)
        return exc.exit_status
    except KeyboardInterrupt:
        print("clientsafe: interrupted; nothing was changed.", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:  # last resort: a sentence, never a traceback with values in it
        print(
            f"clientsafe: unexpected {type(exc).__name__}; nothing was changed. Please report "
            "this problem.",
            file=sys.stderr,
        )
        return EXIT_PROBLEM_FOUND
