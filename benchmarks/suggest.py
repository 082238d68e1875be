"""Layout repair across pages: suggest a layout from one corpus page, read another with it.

For every layout with two or more pages in ``../shared/corpus`` (the layout
the site parser picks, ``article.report.layout``, grouped by the module that
defines it, so Funke's layouts span WAZ, Morgenpost, Abendblatt and BZ),
each page in turn is the source: ``newsparse.suggest_layout`` sees that page
alone (no ``site`` hint), and the suggested layout reads the next page of
the group. That article is compared part by part with what the hand-written
layout reads on the same page (``newsparse.suggest.measure.compare``).

Run from the project root::

    python3 benchmarks/suggest.py            # print the table and the means
    python3 benchmarks/suggest.py --write    # also write the table into docs/drift.md
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import newsparse
from newsparse import registry
from newsparse.sites.base import Site
from newsparse.suggest.measure import FLOORS, compare

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
DOC = ROOT / "docs" / "drift.md"
BEGIN = "<!-- suggest-table: begin -->"
END = "<!-- suggest-table: end -->"


@dataclass(frozen=True)
class Page:
    """A corpus page: its id, URL and bytes."""

    id: str
    url: str
    html: bytes


def groups(corpus: Path = CORPUS) -> dict[tuple[str, str], list[Page]]:
    """(layout module, layout name) -> the corpus pages the site parsers read with it."""
    found: dict[tuple[str, str], list[Page]] = defaultdict(list)
    for row in json.loads((corpus / "index.json").read_text(encoding="utf-8")):
        html = gzip.decompress((corpus / row["page"]).read_bytes())
        article = newsparse.parse(html, url=row["url"])
        if article.site is None or article.report.layout is None:
            continue
        layout = next(
            cls for cls in registry.load(article.site).layouts if article.report.layout == cls.NAME
        )
        page_id = Path(row["page"]).name.removesuffix(".html.gz")
        found[(layout.__module__, layout.NAME)].append(Page(page_id, row["url"], html))
    return {key: pages for key, pages in sorted(found.items()) if len(pages) >= 2}


def pairs(found: dict[tuple[str, str], list[Page]]) -> list[tuple[str, Page, Page]]:
    """(group label, source page, target page): each page, then the next one in its group."""
    made = []
    for (module, layout), pages in found.items():
        label = f"{module.rsplit('.', 1)[-1]} {layout}"
        for index, page in enumerate(pages):
            made.append((label, page, pages[(index + 1) % len(pages)]))
    return made


def score(source: Page, target: Page) -> dict[str, float]:
    """Suggest from ``source``, read ``target`` with it, compare with the site's layout."""
    suggestion = newsparse.suggest_layout([source.html], urls=[source.url])
    site = Site(name="suggested", title="Suggested", layouts=(suggestion.layout,))
    got = newsparse.parse(target.html, url=target.url, parser=site)
    want = newsparse.parse(target.html, url=target.url)
    return compare(got, want)


def run(
    corpus: Path = CORPUS,
) -> tuple[list[tuple[str, str, str, dict[str, float]]], dict[str, float]]:
    """Every pair's scores and the mean per part."""
    rows = []
    for label, source, target in pairs(groups(corpus)):
        rows.append((label, source.id, target.id, score(source, target)))
    means = {part: statistics.fmean(r[3][part] for r in rows) for part in FLOORS}
    return rows, means


def table(rows: list[tuple[str, str, str, dict[str, float]]], means: dict[str, float]) -> str:
    """The Markdown table: one row per pair, the means and the floors."""
    head = ["layout", "from", "read", *FLOORS]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for label, source, target, scores in rows:
        cells = [label, source, target, *(f"{scores[p]:.2f}" for p in FLOORS)]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("| **mean** | | | " + " | ".join(f"**{means[p]:.3f}**" for p in FLOORS) + " |")
    lines.append("| floor | | | " + " | ".join(f"{FLOORS[p]:.2f}" for p in FLOORS) + " |")
    return "\n".join(lines) + "\n"


def main() -> int:
    """Print the table; with ``--write`` put it into docs/drift.md."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="write the table into docs/drift.md")
    args = parser.parse_args()
    if not (CORPUS / "index.json").is_file():
        print(f"the shared corpus is not at {CORPUS}", file=sys.stderr)
        return 1
    rows, means = run()
    text = table(rows, means)
    sys.stdout.write(text)
    below = [p for p in FLOORS if means[p] < FLOORS[p]]
    print(f"{len(rows)} pairs; below the floor: {', '.join(below) or 'none'}")
    if args.write:
        doc = DOC.read_text(encoding="utf-8")
        start, end = doc.index(BEGIN) + len(BEGIN), doc.index(END)
        DOC.write_text(doc[:start] + "\n" + text + doc[end:], encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
