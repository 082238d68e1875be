"""``newsparse layout suggest``: suggest a site layout from a few pages and print its source."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsparse import registry
from newsparse.api import parse
from newsparse.commands.check import page_url
from newsparse.errors import InputError
from newsparse.model import PARTS
from newsparse.pages import is_url, read_page
from newsparse.sites.base import Site
from newsparse.suggest import suggest_layout
from newsparse.suggest.suggester import other_layout_pages

HELP = "Work on site layouts: 'layout suggest PAGE...' prints a suggested Layout class."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``newsparse layout``."""
    sub = parser.add_subparsers(dest="layout_command", required=True, metavar="ACTION")
    suggest = sub.add_parser(
        "suggest",
        help="suggest a Layout from pages of one design",
        description="Suggest a Layout from pages of one design and print it as Python source.",
    )
    suggest.add_argument(
        "pages", nargs="+", metavar="PAGE", help="page files (.html, .html.gz) or URLs"
    )
    suggest.add_argument(
        "--url", action="append", default=[], help="the URL of each page, in order (repeat)"
    )
    suggest.add_argument(
        "--site", help="registry name: use its layouts as hints and say what differs from them"
    )


def run(args: argparse.Namespace) -> int:
    """Print the suggested layout's source; with ``--site``, the parts that differ."""
    pages = [read_page(location) for location in args.pages]
    urls = _urls(args.pages, args.url)
    others: list[bytes] = []
    if args.site:
        registry.get(args.site)  # UnknownParserError (exit 2) for a name not registered
        others = other_layout_pages(args.site, pages)
    suggestion = suggest_layout(pages, urls=urls, site=args.site, others=others)
    sys.stdout.write(suggestion.source)
    if suggestion.missing:
        sys.stdout.write(f"# not placed: {', '.join(suggestion.missing)}\n")
    for part in suggestion.parts:
        sys.stdout.write(
            f"# {part.part}: confidence {part.confidence:.2f} (pages {part.pages:.2f}, "
            f"generic {part.generic:.2f}, drift "
            f"{'-' if part.drift is None else format(part.drift, '.2f')})\n"
        )
    if args.site:
        sys.stdout.write(_differences(args.site, suggestion.layout, pages, urls))
    return 0


def _urls(locations: list[str], given: list[str]) -> list[str | None]:
    if given and len(given) != len(locations):
        raise InputError(f"{len(locations)} pages but {len(given)} --url")
    if given:
        return list(given)
    return [loc if is_url(loc) else page_url(Path(loc)) for loc in locations]


def _differences(site: str, layout: type, pages: list[bytes], urls: list[str | None]) -> str:
    """Which parts the suggestion reads differently from the site's current layouts."""
    trial = Site(name=f"{site}-suggested", title="suggested", layouts=(layout,))
    lines = []
    for index, (page, url) in enumerate(zip(pages, urls, strict=True), 1):
        current = parse(page, url=url, parser=site)
        suggested = parse(page, url=url, parser=trial)
        differ = [p for p in PARTS if getattr(current, p) != getattr(suggested, p)]
        layout_name = current.report.layout or "none (generic fallback)"
        lines.append(
            f"# page {index}: the {site} layout {layout_name} and the suggestion differ in: "
            f"{', '.join(differ) or 'nothing'}\n"
        )
    return "".join(lines)
