"""Write the supported-sites table in docs/sites.md from the registry.

python3 scripts/sites_table.py          # rewrite docs/sites.md
python3 scripts/sites_table.py --check  # exit 1 when docs/sites.md is stale
"""

from __future__ import annotations

import sys
from pathlib import Path

import newsparse

PAGE = Path(__file__).resolve().parents[1] / "docs" / "sites.md"
START = "<!-- sites-table:start -->"
END = "<!-- sites-table:end -->"


def table() -> str:
    """The Markdown table: site, publisher, domains, and per layout the parts it reads."""
    lines = [
        "| site | publisher | domains | layout | parts read by the layout's selectors |",
        "|---|---|---|---|---|",
    ]
    for info in newsparse.sites():
        for index, layout in enumerate(info.layouts):
            first = index == 0
            lines.append(
                f"| {'`' + info.name + '`' if first else ''} | {info.title if first else ''} "
                f"| {', '.join(info.domains) if first else ''} | {layout} "
                f"| {', '.join(info.parts[layout])} |"
            )
    count = len(newsparse.sites())
    return "\n".join([*lines, "", f"{count} sites."])


def render(page: str) -> str:
    """``page`` with the text between the markers replaced by the current table."""
    head, _, rest = page.partition(START)
    _, _, tail = rest.partition(END)
    return f"{head}{START}\n{table()}\n{END}{tail}"


def main(argv: list[str]) -> int:
    current = PAGE.read_text(encoding="utf-8")
    fresh = render(current)
    if "--check" in argv:
        return 0 if fresh == current else 1
    PAGE.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
