"""Write the supported-sites table in docs/sites.md from the registry.

python3 scripts/sites_table.py          # rewrite docs/sites.md
python3 scripts/sites_table.py --check  # exit 1 when docs/sites.md is stale
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import newsparse

PAGE = Path(__file__).resolve().parents[1] / "docs" / "sites.md"
START = "<!-- sites-table:start -->"
END = "<!-- sites-table:end -->"


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def seen() -> dict[tuple[str, str], list[str]]:
    """(site, layout) -> the fetch dates of the fixtures read with that layout."""
    dates: dict[tuple[str, str], list[str]] = {}
    for meta_path in sorted(FIXTURES.glob("*/meta.json")):
        expected_path = meta_path.with_name("expected.json")
        if not expected_path.is_file():
            continue
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        report = json.loads(expected_path.read_text(encoding="utf-8")).get("report") or {}
        if report.get("layout") and meta.get("fetched"):
            key = (report["parser"], report["layout"])
            dates.setdefault(key, []).append(meta["fetched"][:7])
    return dates


def period(dates: list[str]) -> str:
    """``2024-03`` or ``2023-06 to 2025-09`` from fixture fetch months; ``-`` when none."""
    if not dates:
        return "-"
    first, last = min(dates), max(dates)
    return first if first == last else f"{first} to {last}"


def profile_facts(info: newsparse.SiteInfo) -> str:
    """The site's profile in a few words."""
    profile = info.profile
    facts = [profile.country]
    if profile.section_paths:
        skip = "/".join(profile.skip_segments)
        facts.append(f"section from URL path{f' after {skip}/' if skip else ''}")
    if profile.paywall_path:
        facts.append(f"paywall in URL (`{profile.paywall_path}`)")
    if profile.brands:
        facts.append("not authors: " + ", ".join(profile.brands))
    return "; ".join(facts)


def table() -> str:
    """The Markdown tables: sites with layouts and profiles, then the template families."""
    lines = [
        "| site | publisher | domains | profile | layout | seen "
        "| parts read by the layout's selectors |",
        "|---|---|---|---|---|---|---|",
    ]
    dates = seen()
    infos = newsparse.sites()
    siblings = [info for info in infos if info.family and info.name == info.family.casefold()]
    own = [info for info in infos if info not in siblings]
    for info in own:
        for index, layout in enumerate(info.layouts):
            first = index == 0
            lines.append(
                f"| {'`' + info.name + '`' if first else ''} | {info.title if first else ''} "
                f"| {', '.join(info.domains) if first else ''} "
                f"| {profile_facts(info) if first else ''} | {layout} "
                f"| {period(dates.get((info.name, layout), []))} "
                f"| {', '.join(info.parts[layout])} |"
            )
    lines += [
        "",
        f"{len(own)} sites.",
        "",
        "### Same templates, no page of ours yet",
        "",
        "Sister sites of a publishing group that serve their articles from the page",
        "templates of a site above. They are read with that site's layouts; a page",
        "that matches none of them falls back to the generic parser with a warning",
        "naming the family.",
        "",
        "| family | registry name | read with the layouts of | sister domains |",
        "|---|---|---|---|",
    ]
    for info in siblings:
        members = sorted(f"`{o.name}`" for o in own if o.family == info.family)
        lines.append(
            f"| {info.family} | `{info.name}` | {', '.join(members)} | {', '.join(info.domains)} |"
        )
    return "\n".join(lines)


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
