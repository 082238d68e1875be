"""``newsparse check``: parse many pages and show, per site, which layout read them.

For cron and CI. Per site: pages, pages a layout of the site matched, pages
of the site that matched no layout (profile only: the site was recognised,
its layouts have drifted) and pages read by the generic parser alone; and
which required parts were missed or filled by the generic fallback.

Exit status: 0 when every page of a known site matched a layout and gave its
required parts; 1 when any page matched no layout of its site (or lost a
required part); 2 when an input is missing or unreadable, or holds no pages.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import attrs

from newsparse import registry
from newsparse.api import parse
from newsparse.errors import NewsparseError
from newsparse.model import PARTS, Article
from newsparse.pages import find_pages, read_page

HELP = (
    "Parse pages (files, folders, .html.gz) and print per site which layouts read them; "
    "exit 1 on drift, 2 when there is nothing to read."
)

#: Exit statuses.
OK, DRIFT, NO_INPUT = 0, 1, 2
#: Key of pages whose site nobody knows (no registered site, no site named in the report).
UNKNOWN = "(no site)"
#: Warnings that name a site whose layouts all failed on the page.
_GAVE_UP = re.compile(r"site parser (\S+) gave up|^(\S+): .*matche[sd] no (?:known )?layout")


@attrs.define
class SiteTally:
    """What the pages of one site gave."""

    pages: int = 0
    matched: int = 0
    """Pages a layout of the site read."""
    profile_only: int = 0
    """Pages of the site that matched none of its layouts (drifted)."""
    generic: int = 0
    """Pages read by the generic parser with no site recognised."""
    layouts: Counter[str] = attrs.field(factory=Counter)
    found: Counter[str] = attrs.field(factory=Counter)
    missed: Counter[str] = attrs.field(factory=Counter)
    fallback: Counter[str] = attrs.field(factory=Counter)

    @property
    def drifted(self) -> bool:
        """True when a page matched no layout of this site, or lost a required part."""
        return bool(self.profile_only or self.missed or self.fallback)

    def to_dict(self) -> dict[str, Any]:
        """The tally as JSON-ready data."""
        return {
            "pages": self.pages,
            "layout_matched": self.matched,
            "profile_only": self.profile_only,
            "generic": self.generic,
            "layouts": dict(sorted(self.layouts.items())),
            "found": dict(sorted(self.found.items())),
            "missed": dict(sorted(self.missed.items())),
            "fallback": dict(sorted(self.fallback.items())),
            "drifted": self.drifted,
        }


@attrs.define
class Tally:
    """Every site's tally and the pages that could not be read."""

    sites: dict[str, SiteTally] = attrs.field(factory=dict)
    missing: list[str] = attrs.field(factory=list)
    """Inputs that do not exist."""
    unreadable: list[str] = attrs.field(factory=list)
    """Pages that could not be read from disk."""
    errors: list[str] = attrs.field(factory=list)
    """Pages that were read but are no HTML page (a PDF, an empty file)."""

    @property
    def pages(self) -> int:
        """Pages parsed."""
        return sum(t.pages for t in self.sites.values())

    @property
    def drifted(self) -> list[str]:
        """Names of the sites that drifted."""
        return sorted(name for name, t in self.sites.items() if name != UNKNOWN and t.drifted)

    @property
    def status(self) -> int:
        """The exit status: :data:`NO_INPUT`, :data:`DRIFT` or :data:`OK`."""
        if self.missing or self.unreadable or not self.pages:
            return NO_INPUT
        return DRIFT if self.drifted else OK


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


def site_of(article: Article, url: str | None) -> tuple[str, str]:
    """The page's site and how it was read: ``matched``, ``profile_only`` or ``generic``.

    A layout matched when the report names one. Otherwise the site is the one
    the article names, or the one whose parser gave up on the page (its
    warning says so), or the registered site of the URL: the page is then
    "profile only", its site recognised but none of its layouts matched.
    """
    report = article.report
    if report.layout is not None and report.parser not in (None, "generic"):
        return article.site or report.parser, "matched"
    if article.site and article.site != "generic":
        return article.site, "profile_only"
    for warning in report.warnings:
        match = _GAVE_UP.search(warning)
        if match:
            return match.group(1) or match.group(2), "profile_only"
    entry = registry.site_for_url(url) if url else None
    if entry is not None and report.parser == entry.name:
        return entry.name, "matched"  # a site parser without named layouts
    return UNKNOWN, "generic"


def tally(paths: list[str]) -> Tally:
    """Parse every page under ``paths`` and count, per site, how each was read."""
    result = Tally()
    for location in paths:
        if not Path(location).exists():
            result.missing.append(location)
            print(f"newsparse check: {location}: no such file or folder", file=sys.stderr)
    for path in find_pages([p for p in paths if p not in result.missing]):
        url = page_url(path)
        try:
            html = read_page(str(path))
        except OSError as exc:
            result.unreadable.append(str(path))
            print(f"newsparse check: {path}: cannot read: {exc}", file=sys.stderr)
            continue
        except NewsparseError as exc:  # a broken .gz
            result.errors.append(str(path))
            print(f"newsparse check: {path}: {exc}", file=sys.stderr)
            continue
        try:
            article = parse(html, url=url)
        except NewsparseError as exc:
            result.errors.append(str(path))
            print(f"newsparse check: {path}: {exc}", file=sys.stderr)
            continue
        name, how = site_of(article, url)
        entry = result.sites.setdefault(name, SiteTally())
        entry.pages += 1
        setattr(entry, how, getattr(entry, how) + 1)
        report = article.report
        if how == "matched":
            entry.layouts[report.layout or "-"] += 1
        entry.found.update(p for p in PARTS if report.origin_of(p) is not None)
        entry.missed.update(report.missing)
        entry.fallback.update(report.fallback)
    return result


def _counts(counter: Counter[str]) -> str:
    return ", ".join(f"{part} {n}" for part, n in sorted(counter.items())) or "-"


def run(args: argparse.Namespace) -> int:
    """Print the table; the exit status of :attr:`Tally.status`."""
    result = tally(args.paths)
    status = result.status
    if args.json:
        data = {
            "status": status,
            "pages": result.pages,
            "drifted": result.drifted,
            "missing": result.missing,
            "unreadable": result.unreadable,
            "errors": result.errors,
            "sites": {name: t.to_dict() for name, t in sorted(result.sites.items())},
        }
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
        return status
    if not result.pages:
        print("newsparse check: no pages to check", file=sys.stderr)
        return status
    sys.stdout.write(
        f"{'site':<22} {'pages':>5} {'layout':>6} {'profile':>7} {'generic':>7}  "
        f"{'parts/page':>10}  {'missed':<18} {'fallback':<18} layouts\n"
    )
    for name, t in sorted(result.sites.items()):
        per_page = sum(t.found.values()) / t.pages if t.pages else 0.0
        mark = " DRIFT" if name in result.drifted else ""
        layouts = ", ".join(f"{k} {v}" for k, v in sorted(t.layouts.items())) or "-"
        sys.stdout.write(
            f"{name:<22} {t.pages:>5} {t.matched:>6} {t.profile_only:>7} {t.generic:>7}  "
            f"{per_page:>10.1f}  {_counts(t.missed):<18} {_counts(t.fallback):<18} "
            f"{layouts}{mark}\n"
        )
    problems = ""
    if result.errors or result.unreadable:
        problems = f"; {len(result.errors) + len(result.unreadable)} not read"
    sys.stdout.write(
        f"{result.pages} pages, {len(result.sites)} sites{problems}; "
        f"drifted: {', '.join(result.drifted) or 'none'}\n"
    )
    return status
