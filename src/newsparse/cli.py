"""The ``newsparse`` command: one subcommand per module in :mod:`newsparse.commands`."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from newsparse.errors import NewsparseError

#: Subcommand name -> module with ``HELP``, ``add_arguments(parser)`` and ``run(args) -> int``.
COMMANDS: dict[str, str] = {
    "check": "newsparse.commands.check",
    "parse": "newsparse.commands.parse",
    "sites": "newsparse.commands.sites",
    "fixture": "newsparse.commands.fixture",
    "layout": "newsparse.commands.layout",
}


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="newsparse", description="Turn German-language news pages into typed articles."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, module_name in COMMANDS.items():
        module = importlib.import_module(module_name)
        command = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(command)
        command.set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        status: int = args.run(args)
    except NewsparseError as exc:
        print(f"newsparse: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except OSError as exc:
        # Files that are missing or unreadable: say which and why, without a traceback.
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"newsparse: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    return status


if __name__ == "__main__":
    sys.exit(main())
