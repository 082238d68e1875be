"""Count how site parsers fare under layout drift, over every corpus page with a site parser.

    python3 benchmarks/drift.py [--benign N] [--seed S]

For each page: N benign drifts of 1-5 random operations (the parse must not
change), and every breaking drift the layout's selectors allow (each part
removed, then renamed; the parse may lose the part but must report it).
Prints the totals that docs/drift.md records, and every failure.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from pathlib import Path

import newsparse
from newsparse import registry
from newsparse.testing.drift import (
    BENIGN,
    apply_benign,
    apply_breaking,
    benign_changes,
    layout_keep,
    layout_selectors,
    unreported_changes,
)

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--benign", type=int, default=50, help="benign drifts per page")
    options.add_argument("--seed", type=int, default=2026)
    args = options.parse_args()
    rng = random.Random(args.seed)
    rows = json.loads((CORPUS / "index.json").read_text(encoding="utf-8"))
    totals = {"pages": 0, "benign": 0, "benign_same": 0, "breaking": 0, "breaking_reported": 0}
    failures: list[str] = []
    started = time.perf_counter()
    for row in rows:
        url = row["url"]
        if registry.site_for_url(url) is None:
            continue
        page = gzip.decompress((CORPUS / row["page"]).read_bytes())
        before = newsparse.parse(page, url=url)
        site = registry.load(before.site) if before.site else None
        layout = (
            next((x for x in site.layouts if before.report.layout == x.NAME), None)
            if site
            else None
        )
        if layout is None:
            continue
        totals["pages"] += 1
        keep = layout_keep(layout)
        for _ in range(args.benign):
            steps = [
                (rng.choice(sorted(BENIGN)), rng.randrange(2**32)) for _ in range(rng.randint(1, 5))
            ]
            after = newsparse.parse(apply_benign(page, steps, keep), url=url)
            totals["benign"] += 1
            changes = benign_changes(before, after)
            if changes:
                failures.append(f"benign {row['page']} {steps}: {changes[0][:200]}")
            else:
                totals["benign_same"] += 1
        for part, selector in layout_selectors(layout).items():
            for action in ("removed", "renamed"):
                drift = apply_breaking(page, selector, part, action, rng.randrange(2**16))
                after = newsparse.parse(drift.html, url=url)
                totals["breaking"] += 1
                silent = unreported_changes(before, after)
                if silent:
                    failures.append(f"breaking {row['page']} {action} {part}: {silent[0][:200]}")
                else:
                    totals["breaking_reported"] += 1
    seconds = time.perf_counter() - started
    print(f"pages with a site parser: {totals['pages']}")
    print(f"benign drifts: {totals['benign']}, parse unchanged: {totals['benign_same']}")
    print(
        f"breaking drifts: {totals['breaking']}, "
        f"reported or unchanged: {totals['breaking_reported']}, "
        f"silently wrong: {totals['breaking'] - totals['breaking_reported']}"
    )
    print(f"seconds: {seconds:.1f}")
    for failure in failures:
        print("FAIL", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
