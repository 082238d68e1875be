"""``newsparse parse``: print one page's article, or parse a folder of pages in parallel.

With a folder (or several pages), every ``.html``/``.htm`` file in it (``.gz``
too, searched recursively) is parsed by :func:`newsparse.parse_many` in
``--jobs`` processes, and one JSON Lines record per page is written in
input order to ``--out`` (or stdout): ``{"ok": true, "article": ...}`` or
``{"ok": false, "error": {"type": ..., "message": ...}}``. A page's URL is
taken from ``NAME.json`` beside ``NAME.html[.gz]`` when that file has a
``url`` key. The exit status is 1 when any page failed, after all were tried.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from newsparse.api import parse
from newsparse.batch import DEFAULT_TIMEOUT, parse_many
from newsparse.pages import PAGE_SUFFIXES, find_pages, is_url, read_page
from newsparse.render import to_markdown, to_text

HELP = (
    "Parse a page (file, .html.gz, URL or - for stdin) and print its article; "
    "parse a folder of pages in parallel into JSON Lines."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``newsparse parse``."""
    parser.add_argument(
        "page",
        nargs="+",
        help="path, .html.gz path, http(s) URL, or - for stdin; a folder or several "
        "paths parse in batch mode",
    )
    parser.add_argument("--url", help="the page's URL, when PAGE is a file")
    parser.add_argument("--parser", help="force a site parser by name, or 'generic'")
    parser.add_argument(
        "--format", choices=("json", "text", "markdown"), default="json", help="output format"
    )
    parser.add_argument("--out", type=Path, help="write to this file instead of stdout")
    parser.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=os.cpu_count() or 1,
        help="batch mode: worker processes (default: one per CPU; 0: no subprocess)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        help=f"batch mode: seconds per page before it is stopped (default {DEFAULT_TIMEOUT:g})",
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="batch mode: progress bar on stderr (default: when stderr is a terminal)",
    )


def run(args: argparse.Namespace) -> int:
    """Parse the page and print it, or run the batch."""
    pages: list[str] = args.page
    if len(pages) > 1 or Path(pages[0]).is_dir():
        return run_batch(args)
    location = pages[0]
    url = args.url or (location if is_url(location) else None)
    article = parse(read_page(location), url=url, parser=args.parser)
    if args.format == "json":
        text = article.to_json() + "\n"
    elif args.format == "markdown":
        text = to_markdown(article)
    else:
        text = to_text(article)
    with _output(args.out) as out:
        out.write(text)
    return 0


def run_batch(args: argparse.Namespace) -> int:
    """Parse every page under the given folders; one JSON Lines record per page."""
    if args.format != "json":
        print("newsparse: batch mode writes JSON Lines; --format must be json", file=sys.stderr)
        return 2
    if args.url:
        print("newsparse: --url names one page; it cannot be used in batch mode", file=sys.stderr)
        return 2
    paths = list(find_pages(args.page))
    items = [(path, _sidecar_url(path)) for path in paths]
    failed = 0
    with _output(args.out) as out:
        for result in parse_many(
            items,
            workers=args.jobs,
            parser=args.parser,
            timeout=args.timeout,
            progress=args.progress,
        ):
            failed += not result.ok
            out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    print(
        f"newsparse: {len(items)} pages, {len(items) - failed} parsed, {failed} failed",
        file=sys.stderr,
    )
    return 1 if failed else 0


def _sidecar_url(path: Path) -> str | None:
    """The ``url`` of ``NAME.json`` beside ``NAME.html[.gz]``, if there is one."""
    name = path.name
    for suffix in PAGE_SUFFIXES:
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    sidecar = path.with_name(name + ".json")
    if not sidecar.is_file():
        return None
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    url = data.get("url") if isinstance(data, dict) else None
    return url if isinstance(url, str) and is_url(url) else None


@contextmanager
def _output(path: Path | None) -> Iterator[IO[str]]:
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    with path.open("w", encoding="utf-8") as handle:
        yield handle
