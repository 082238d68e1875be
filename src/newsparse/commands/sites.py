"""``newsparse sites``: list the site parsers."""

from __future__ import annotations

import argparse
import json
import sys

import attrs

from newsparse.api import sites

HELP = "List the site parsers, their domains and layouts."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``newsparse sites``."""
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


def run(args: argparse.Namespace) -> int:
    """Print the registry."""
    found = sites()
    if args.json:
        sys.stdout.write(json.dumps([attrs.asdict(s) for s in found], indent=2) + "\n")
        return 0
    width = max((len(s.name) for s in found), default=4)
    for info in found:
        sys.stdout.write(
            f"{info.name:<{width}}  {info.title} ({', '.join(info.domains)}); "
            f"layouts: {', '.join(info.layouts)}\n"
        )
    sys.stdout.write(f"{len(found)} sites\n")
    return 0
