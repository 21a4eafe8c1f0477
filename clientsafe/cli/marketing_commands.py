"""`clientsafe marketing export`: the marketing contact list for a campaign tool, as CSV or PDF.

The same service as the app's Marketing list area: only customers who agree to marketing today,
watermarked, audited, and held to the export limit (above it, --approver names a second manager
whose password comes from CLIENTSAFE_APPROVER_PASSWORD or a prompt).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from clientsafe.cli import common
from clientsafe.core.errors import EXIT_OK, ValidationError
from clientsafe.services import customer_export, marketing


class UnknownListFormat(ValidationError):
    template = "--out must name a .csv or a .pdf file, for example marketing.csv."


def cmd_marketing_export(args: argparse.Namespace) -> int:
    target = Path(args.out).expanduser()
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in marketing.FORMATS:
        raise UnknownListFormat()
    vault = common.open_vault(args)
    try:
        session = common.login(vault, args)
        approval = None
        if args.approver:
            count = marketing.marketing_list_count(vault, session, args.service)
            approval = customer_export.approve_export(
                vault, session, count=max(count, 1), manager_username=args.approver,
                manager_password=common.approver_password(args.approver))
        result = marketing.export_marketing_list(vault, session, fmt=fmt, target=target,
                                                 service_id=args.service, approval_id=approval)
    finally:
        vault.close()
    print(f"Exported a marketing list of {result.count} customers to {result.path} "
          f"(sha256 {result.sha256})")
    return EXIT_OK


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("marketing", help="marketing contact lists (managers)")
    what = p.add_subparsers(dest="what", required=True)
    p = what.add_parser("export", help="customers who agree to marketing today, as CSV or PDF")
    p.add_argument("--vault", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--out", required=True, metavar="FILE.csv|FILE.pdf")
    p.add_argument("--service", type=int, metavar="ID",
                   help="only customers who agreed for this service (default: any service)")
    p.add_argument("--approver", help="a manager approving a list above the export limit "
                   "(password from CLIENTSAFE_APPROVER_PASSWORD or a prompt)")
    p.add_argument("--recovery-key", help="unlock for this run only")
    p.set_defaults(run=cmd_marketing_export)
