"""Entry point: a command runs the CLI; no command opens the GUI."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    # Anything that is not a GUI option goes to the CLI, so a mistyped command gets a usage
    # error instead of opening a window.
    if args and (not args[0].startswith("-") or args[0] in ("-h", "--help", "--version")):
        from clientsafe.cli.main import main as cli_main

        return cli_main(args)
    from clientsafe.ui.app import main as gui_main  # Qt loads only for the GUI

    return gui_main(args)


if __name__ == "__main__":
    sys.exit(main())
