"""The ``newsparse`` command: one subcommand per module in :mod:`newsparse.commands`.

No input and no environment ends in a traceback: newsparse's own errors and
OS errors become a one-line message and exit status 2, a broken pipe exit 0,
Ctrl-C exit 130, anything unexpected a message naming the error (the
traceback is logged with ``-vv``) and exit status 3.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
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

log = logging.getLogger("newsparse")


def _version() -> str:
    from newsparse import __version__

    return __version__


def _verbosity() -> argparse.ArgumentParser:
    """``-v``/``-q``, accepted before and after the subcommand."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=argparse.SUPPRESS,
        help="say more on stderr: -v every failed page, -vv debugging detail",
    )
    common.add_argument(
        "-q",
        "--quiet",
        action="count",
        default=argparse.SUPPRESS,
        help="say less on stderr: -q no summary, -qq errors only",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    common = _verbosity()
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Turn German-language news pages into typed articles.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"newsparse {_version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, module_name in COMMANDS.items():
        module = importlib.import_module(module_name)
        command = sub.add_parser(name, help=module.HELP, description=module.HELP, parents=[common])
        module.add_arguments(command)
        command.set_defaults(run=module.run)
    return parser


def configure_logging(verbose: int = 0, quiet: int = 0) -> None:
    """Log newsparse's messages to stderr as ``newsparse: message`` at the chosen level."""
    level = {-2: logging.ERROR, -1: logging.WARNING, 0: 25, 1: logging.INFO}.get(
        max(-2, min(verbose - quiet, 2)), logging.DEBUG
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("newsparse: %(message)s"))
    for existing in list(log.handlers):
        if getattr(existing, "_newsparse_cli", False):
            log.removeHandler(existing)
    handler._newsparse_cli = True  # type: ignore[attr-defined]
    log.addHandler(handler)
    log.setLevel(level)
    log.propagate = False


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    _safe_streams()
    args = build_parser().parse_args(argv)
    configure_logging(getattr(args, "verbose", 0), getattr(args, "quiet", 0))
    try:
        status: int = args.run(args)
    except NewsparseError as exc:
        _say(f"newsparse: {exc}")
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        _say("newsparse: interrupted")
        return 130
    except OSError as exc:
        # Files that are missing or unreadable: say which and why, without a traceback.
        where = f"{exc.filename}: " if exc.filename else ""
        _say(f"newsparse: {where}{exc.strerror or exc}")
        return 2
    except Exception as exc:  # the last resort: a message, never a traceback
        log.debug("unexpected error", exc_info=True)
        _say(f"newsparse: unexpected {type(exc).__name__}: {exc} (-vv shows the traceback)")
        return 3
    return status


def _safe_streams() -> None:
    """Let stdout and stderr write any character: escaped where their encoding has none."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")


def _say(message: str) -> None:
    with contextlib.suppress(OSError, ValueError):
        print(message, file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
