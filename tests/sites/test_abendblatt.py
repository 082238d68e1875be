"""Hamburger Abendblatt (Funke): the 2024 and 2025 Funke layouts."""

from sitecheck import Case, site_tests

CASES = {
    "HamburgerAbendblatt_2024_04_28": Case(
        layout="2024",
        section="Hamburg",
        kicker="6a4d7c33cd86",
        has_teaser=True,
        source=None,
        subheadings=12,
        paywalled=False,
        errata={
            "headline": "the reference takes JSON-LD `headline`, the title of an earlier "
            "version; the page prints the `alternativeHeadline` in its hgroup",
        },
    ),
    "HamburgerAbendblatt_2025_09_09": Case(
        layout="2025",
        section="Politik",
        kicker="0e9a3096a01b",
        has_teaser=True,
        source=None,
        subheadings=3,
        paywalled=False,
    ),
    "HamburgerAbendblatt_2025_11_06": Case(
        layout="2025",
        section="Politik",
        kicker="6d964dc4e933",
        has_teaser=True,
        source=None,
        subheadings=2,
        paywalled=False,
    ),
}

globals().update(site_tests("abendblatt", CASES))
