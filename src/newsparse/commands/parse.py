"""``newsparse parse``: print one page's article."""

from __future__ import annotations

import argparse
import sys

from newsparse.api import parse
from newsparse.pages import is_url, read_page
from newsparse.render import to_markdown, to_text

HELP = "Parse a page (file, .html.gz, URL or - for stdin) and print its article."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``newsparse parse``."""
    parser.add_argument("page", help="path, .html.gz path, http(s) URL, or - for stdin")
    parser.add_argument("--url", help="the page's URL, when PAGE is a file")
    parser.add_argument("--parser", help="force a site parser by name, or 'generic'")
    parser.add_argument(
        "--format", choices=("json", "text", "markdown"), default="json", help="output format"
    )


def run(args: argparse.Namespace) -> int:
    """Parse the page and print it."""
    url = args.url or (args.page if is_url(args.page) else None)
    article = parse(read_page(args.page), url=url, parser=args.parser)
    if args.format == "json":
        sys.stdout.write(article.to_json() + "\n")
    elif args.format == "markdown":
        sys.stdout.write(to_markdown(article))
    else:
        sys.stdout.write(to_text(article))
    return 0
