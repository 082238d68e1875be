#!/usr/bin/env python3
"""Make the project's redacted fixtures from the shared corpus: one per site layout.

For each corpus page (in index order) the site parser is chosen from its URL;
the first page of each layout of each registered site becomes the fixture
``fixtures/<site>-<layout>``: recorded, then redacted with a random key that is
not kept. Sites not registered yet are skipped, and so are pages their site
parser hands to the generic parser. Existing fixtures are kept unless
``--force``. Re-run it whenever site parsers land.

    python3 scripts/make_fixtures.py              # add fixtures for new layouts
    python3 scripts/make_fixtures.py --force      # remake every fixture
    python3 scripts/make_fixtures.py --refresh    # re-parse redacted pages, store the parses

``--refresh`` is the explicit regeneration step after reviewed parser changes:
it rewrites expected.json from the redacted pages already in fixtures/, and
refuses a parse that lost a part unless ``--allow-loss``.

Some layouts have no corpus page of their own site: a publishing group's
layout is shared by several sites (Funke, Ippen) and the corpus holds a page
of only some of them. The script lists those layouts at the end; each gets a
small hand-written page in the layout's markup (the seed article's text,
``"Hand-written ..."`` in its note, not redacted), recorded with
``newsparse fixture record``. The script never touches those.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import secrets
import shutil
import sys
from pathlib import Path

import newsparse
from newsparse import parse, registry
from newsparse.testing import fixtures

ROOT = Path(__file__).resolve().parents[1]


def fixture_name(site: str, layout: str | None) -> str:
    """``<site>-<layout>`` in lower case, other characters as ``-``."""
    slug = re.sub(r"[^a-z0-9]+", "-", (layout or "default").lower()).strip("-")
    return f"{site}-{slug or 'default'}"


def make(corpus: Path, target: Path, *, force: bool, key: bytes | None) -> int:
    """Record and redact one fixture per site layout; the number of failures."""
    rows = json.loads((corpus / "index.json").read_text(encoding="utf-8"))
    seen: set[str] = set()
    failures = 0
    for row in rows:
        path = corpus / row["page"]
        page_id = path.name.removesuffix(".html.gz")
        meta = json.loads(path.with_name(page_id + ".json").read_text(encoding="utf-8"))
        url = meta["url"]
        entry = registry.site_for_url(url)
        if entry is None:
            print(f"skip {page_id}: no site parser for {url.split('/')[2]} yet")
            continue
        html = gzip.decompress(path.read_bytes())
        article = parse(html, url=url)
        if article.site != entry.name:
            print(f"skip {page_id}: the {entry.name} parser handed it to the generic parser")
            continue
        name = fixture_name(entry.name, article.report.layout)
        if name in seen:
            continue
        seen.add(name)
        directory = target / name
        if fixtures.is_fixture(directory) and not force:
            print(f"keep {name} (exists)")
            continue
        fixtures.record(
            html,
            directory,
            url=url,
            fetched=str(meta.get("crawl_date") or "")[:10] or None,
            note=f"Made by scripts/make_fixtures.py from corpus page {page_id}.",
            compress=True,
            force=True,
        )
        _, differing = fixtures.redact(directory, key=key or secrets.token_bytes(32))
        if differing:
            failures += 1
            shutil.rmtree(directory)
            print(
                f"FAIL {name} from {page_id}: the redacted page parses differently in "
                f"{', '.join(differing)}; not kept"
            )
            continue
        size = sum(f.stat().st_size for f in directory.iterdir())
        print(f"made {name} from {page_id} ({size // 1024} KB)")
    return failures


def uncovered(target: Path) -> list[str]:
    """``site layout`` of every registered layout that no fixture in ``target`` reads."""
    have = set()
    for fixture in fixtures.find(target):
        expected = fixture.expected()
        if expected is not None:
            have.add((fixture.meta.site, expected.report.layout))
    return [
        f"{info.name} {layout}"
        for info in newsparse.sites()
        for layout in info.layouts
        if (info.name, layout) not in have
    ]


def refresh(target: Path, *, allow_loss: bool) -> int:
    """Re-parse every redacted fixture and store the parse; the number refused."""
    refused = 0
    for fixture in fixtures.find(target):
        if not fixture.meta.redacted:
            continue
        _, changed, lost = fixtures.refresh(fixture.path, allow_loss=allow_loss)
        if not changed:
            continue
        if lost and not allow_loss:
            refused += 1
            print(f"NOT refreshed {fixture.name}: the parse lost {', '.join(lost)}")
        else:
            print(f"refreshed {fixture.name}: {', '.join(changed)}")
    return refused


def main(argv: list[str] | None = None) -> int:
    """Run the script."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--to", type=Path, default=ROOT / "fixtures", help="fixtures folder")
    parser.add_argument("--force", action="store_true", help="remake existing fixtures")
    parser.add_argument("--key", help="redaction key (default: a random one per fixture)")
    parser.add_argument("--refresh", action="store_true", help="re-parse existing fixtures")
    parser.add_argument("--allow-loss", action="store_true", help="with --refresh: accept losses")
    args = parser.parse_args(argv)
    if args.refresh:
        return 1 if refresh(args.to, allow_loss=args.allow_loss) else 0
    if not (args.corpus / "index.json").is_file():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    key = args.key.encode("utf-8") if args.key else None
    failures = make(args.corpus, args.to, force=args.force, key=key)
    for layout in uncovered(args.to):
        print(f"no fixture for {layout}: no corpus page; write one by hand (docs/fixtures.md)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
