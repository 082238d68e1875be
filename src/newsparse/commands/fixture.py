"""``newsparse fixture``: record, redact, check and update regression fixtures.

newsparse fixture record PATH|URL --to DIR   a fixture from a page, its parse as expectation
newsparse fixture redact DIR                 swap the prose for stand-in text, in place
newsparse fixture check DIR...               which parts of the parse differ, with diffs
newsparse fixture update DIR...              store the current parse as the expectation
"""

from __future__ import annotations

import argparse
import secrets
import sys
from datetime import date
from pathlib import Path

from newsparse.pages import is_url, read_page
from newsparse.testing import fixtures

HELP = "Record, redact, check and update regression fixtures (page + meta.json + expected.json)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``newsparse fixture`` and its actions."""
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")

    record = actions.add_parser("record", help="make a fixture from a page (file, .gz, URL, -)")
    record.add_argument("page", help="path, .html.gz path, http(s) URL, or - for stdin")
    record.add_argument("--to", required=True, type=Path, metavar="DIR", help="fixture directory")
    record.add_argument("--url", help="the page's URL, when PAGE is a file")
    record.add_argument("--parser", help="force a site parser by name, or 'generic'")
    record.add_argument("--note", default="", help="free text stored in meta.json")
    record.add_argument("--fetched", help="day the page was fetched (default: today)")
    record.add_argument("--gzip", action="store_true", help="store the page as page.html.gz")
    record.add_argument("--redact", action="store_true", help="redact the fixture right away")
    record.add_argument("--key", help="redaction key (default: a random one, not stored)")
    record.add_argument("--force", action="store_true", help="overwrite an existing fixture")

    redact = actions.add_parser("redact", help="redact a fixture's prose in place")
    redact.add_argument("dir", type=Path, help="fixture directory")
    redact.add_argument("--key", help="redaction key (default: a random one, not stored)")
    redact.add_argument("--force", action="store_true", help="redact again a redacted fixture")

    check = actions.add_parser("check", help="compare fixtures with the current parse")
    check.add_argument("dirs", nargs="+", type=Path, metavar="DIR", help="fixtures or folders")

    update = actions.add_parser("update", help="store the current parse as expectation")
    update.add_argument("dirs", nargs="+", type=Path, metavar="DIR", help="fixtures or folders")
    update.add_argument(
        "--allow-loss", action="store_true", help="also store a parse that lost a part"
    )


def run(args: argparse.Namespace) -> int:
    """Run the chosen action."""
    action: str = args.action
    if action == "record":
        return _record(args)
    if action == "redact":
        return _redact(args.dir, _key(args.key), force=args.force)
    if action == "check":
        return _check(args.dirs)
    return _update(args.dirs, allow_loss=args.allow_loss)


def _key(text: str | None) -> bytes:
    return text.encode("utf-8") if text else secrets.token_bytes(32)


def _record(args: argparse.Namespace) -> int:
    url = args.url or (args.page if is_url(args.page) else None)
    try:
        fixture = fixtures.record(
            read_page(args.page),
            args.to,
            url=url,
            fetched=args.fetched or date.today().isoformat(),
            note=args.note,
            parser=args.parser,
            compress=args.gzip,
            force=args.force,
        )
    except FileExistsError as exc:
        print(f"newsparse: {exc}", file=sys.stderr)
        return 2
    article = fixture.expected()
    assert article is not None
    report = article.report
    print(
        f"recorded {fixture.path}: parser {report.parser}"
        + (f", layout {report.layout}" if report.layout else "")
        + (f"; missing: {', '.join(report.missing)}" if report.missing else "")
    )
    if args.redact:
        return _redact(fixture.path, _key(args.key), force=False)
    print("review expected.json before you commit it")
    return 0


def _redact(directory: Path, key: bytes, *, force: bool) -> int:
    try:
        fixture, differing = fixtures.redact(directory, key=key, force=force)
    except fixtures.FixtureError as exc:
        print(f"newsparse: {exc}", file=sys.stderr)
        return 2
    if differing:
        print(
            f"redacted {fixture.path}, but its parse differs from the redacted expectation in: "
            f"{', '.join(differing)} (run 'newsparse fixture check {fixture.path}')",
            file=sys.stderr,
        )
        return 1
    print(f"redacted {fixture.path}: page, URL and expectation")
    return 0


def _all(dirs: list[Path]) -> list[fixtures.Fixture]:
    found: list[fixtures.Fixture] = []
    for directory in dirs:
        if not directory.is_dir():
            raise fixtures.FixtureError(f"{directory}: no such folder")
        found.extend(fixtures.find(directory))
    return found


def _check(dirs: list[Path]) -> int:
    try:
        found = _all(dirs)
    except fixtures.FixtureError as exc:
        print(f"newsparse: {exc}", file=sys.stderr)
        return 2
    failed = 0
    for fixture in found:
        expected = fixture.expected()
        got = fixture.parse()
        if expected is None:
            print(f"{fixture.path}: no expected.json")
            failed += 1
            continue
        differing = fixtures.compare(expected, got)
        if not differing:
            print(f"{fixture.path}: ok")
            continue
        failed += 1
        print(f"{fixture.path}: differs in {', '.join(differing)}")
        want, have = expected.to_dict(), got.to_dict()
        for part in differing:
            print(fixtures.diff_part(part, want[part], have[part]))
    print(f"{len(found) - failed} of {len(found)} fixtures match")
    return 1 if failed else 0


def _update(dirs: list[Path], *, allow_loss: bool) -> int:
    try:
        found = _all(dirs)
    except fixtures.FixtureError as exc:
        print(f"newsparse: {exc}", file=sys.stderr)
        return 2
    refused = 0
    for fixture in found:
        _, changed, lost = fixtures.refresh(fixture.path, allow_loss=allow_loss)
        if not changed:
            continue
        if lost and not allow_loss:
            refused += 1
            print(f"{fixture.path}: NOT updated, the parse lost {', '.join(lost)}")
        else:
            print(f"{fixture.path}: updated {', '.join(changed)}")
    return 1 if refused else 0
