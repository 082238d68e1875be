"""Braunschweiger Zeitung (Funke): the 2024 and 2025 Funke layouts."""

from sitecheck import Case, site_tests

CASES = {
    "BSZ_2024_05_16": Case(
        layout="2024",
        section="Sport",
        kicker="c65f3bcd1066",
        has_teaser=True,
        # The dpa story's closing line (dpa-infocom footer).
        source="© dpa-infocom, dpa:240516-99-53606/3 (dpa)",
        source_editors=(),
        source_agencies=("dpa",),
        subheadings=3,
        paywalled=False,
    ),
    "BSZ_2025_09_09": Case(
        layout="2025",
        section="Politik",
        kicker="753c65c0eea3",
        has_teaser=True,
        source=None,
        subheadings=4,
        paywalled=False,
    ),
    "BSZ_2025_11_06": Case(
        layout="2025",
        section="Politik",
        kicker="6ee8bab05e5a",
        has_teaser=True,
        source=None,
        subheadings=2,
        paywalled=False,
    ),
}

globals().update(site_tests("braunschweiger_zeitung", CASES))
