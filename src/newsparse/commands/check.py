"""``newsparse check``: parse many pages and show, per site, what the parsers found.

Exits 1 when any site drifted: a required part missed or filled by the
generic fallback, or a site parser that gave up on a page of its own site.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import attrs

from newsparse.api import parse
from newsparse.errors import NewsparseError
from newsparse.model import PARTS, Article
from newsparse.pages import find_pages, read_page

HELP = "Parse pages (files, folders, .html.gz) and print a per-site table; exit 1 on drift."


@attrs.define
class SiteTally:
    """What the pages of one site gave."""

    pages: int = 0
    layouts: Counter[str] = attrs.field(factory=Counter)
    found: Counter[str] = attrs.field(factory=Counter)
    missed: Counter[str] = attrs.field(factory=Counter)
    fallback: Counter[str] = attrs.field(factory=Counter)
    gave_up: int = 0
    errors: int = 0

    @property
    def drifted(self) -> bool:
        """True when a page of this site lost a required part or fell back."""
        return bool(self.missed or self.fallback or self.gave_up)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``newsparse check``."""
    parser.add_argument("paths", nargs="+", help="page files or folders (searched recursively)")
    parser.add_argument("--json", action="store_true", help="print the table as JSON")


def page_url(path: Path) -> str | None:
    """The URL stored beside a page: ``<name>.json`` (corpus) or ``meta.json`` (fixture)."""
    stem = path.name.split(".")[0]
    for candidate in (path.with_name(f"{stem}.json"), path.with_name("meta.json")):
        if candidate.is_file():
            try:
                url = json.loads(candidate.read_text(encoding="utf-8")).get("url")
            except (ValueError, OSError, AttributeError):
                continue
            if isinstance(url, str):
                return url
    return None


def tally(paths: list[str]) -> dict[str, SiteTally]:
    """Parse every page under ``paths`` and count, per site, what was found."""
    sites: dict[str, SiteTally] = {}
    for path in find_pages(paths):
        try:
            article: Article | None = parse(read_page(str(path)), url=page_url(path))
        except (NewsparseError, OSError) as exc:
            print(f"newsparse check: {path}: {exc}", file=sys.stderr)
            sites.setdefault("(errors)", SiteTally()).errors += 1
            continue
        assert article is not None
        report = article.report
        entry = sites.setdefault(report.parser, SiteTally())
        entry.pages += 1
        entry.layouts[report.layout or "-"] += 1
        entry.found.update(p for p in PARTS if report.origin_of(p) is not None)
        entry.missed.update(report.missing)
        entry.fallback.update(report.fallback)
        if any("gave up" in w for w in report.warnings):
            sites.setdefault(_gave_up_site(report.warnings), SiteTally()).gave_up += 1
    return sites


def _gave_up_site(warnings: tuple[str, ...]) -> str:
    for warning in warnings:
        if warning.startswith("site parser ") and "gave up" in warning:
            return warning.split()[2]
    return "generic"


def _counts(counter: Counter[str]) -> str:
    return ", ".join(f"{part} {n}" for part, n in sorted(counter.items())) or "-"


def run(args: argparse.Namespace) -> int:
    """Print the table; 1 when a site drifted."""
    sites = tally(args.paths)
    drifted = sorted(name for name, t in sites.items() if name != "generic" and t.drifted)
    if args.json:
        data = {
            name: {
                "pages": t.pages,
                "layouts": dict(t.layouts),
                "found": dict(t.found),
                "missed": dict(t.missed),
                "fallback": dict(t.fallback),
                "gave_up": t.gave_up,
                "errors": t.errors,
                "drifted": name in drifted,
            }
            for name, t in sorted(sites.items())
        }
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
    else:
        sys.stdout.write(
            f"{'site':<22} {'pages':>5}  {'parts/page':>10}  {'missed':<18} {'fallback':<18} "
            "layouts\n"
        )
        for name, t in sorted(sites.items()):
            per_page = sum(t.found.values()) / t.pages if t.pages else 0.0
            mark = " DRIFT" if name in drifted else ""
            layouts = ", ".join(f"{k} {v}" for k, v in sorted(t.layouts.items()))
            if t.gave_up:
                layouts += f"; gave up on {t.gave_up}"
            sys.stdout.write(
                f"{name:<22} {t.pages:>5}  {per_page:>10.1f}  {_counts(t.missed):<18} "
                f"{_counts(t.fallback):<18} {layouts}{mark}\n"
            )
        total = sum(t.pages for t in sites.values())
        sys.stdout.write(
            f"{total} pages, {len(sites)} parsers; drifted: {', '.join(drifted) or 'none'}\n"
        )
    return 1 if drifted else 0
