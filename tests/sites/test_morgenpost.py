"""Berliner Morgenpost (Funke): the 2024 and 2025 Funke layouts."""

from sitecheck import Case, site_tests

CASES = {
    "BerlinerMorgenpost_2024_05_03": Case(
        layout="2024",
        section="Berlin",
        kicker="c29a40e0bf0c",
        has_teaser=True,
        source=None,
        subheadings=3,
        paywalled=False,
        errata={
            "headline": "the reference takes JSON-LD `headline`, an earlier title; the page "
            "prints the `alternativeHeadline` in its hgroup",
        },
    ),
    "BerlinerMorgenpost_2025_09_09": Case(
        layout="2025",
        section="Ratgeber & Wissen",
        kicker="5c1c00e4c7de",
        has_teaser=True,
        source=None,
        subheadings=4,
        paywalled=False,
    ),
    "BerlinerMorgenpost_2025_11_06": Case(
        layout="2025",
        section="Sport",
        kicker="8a8e30863852",
        has_teaser=True,
        source=None,
        subheadings=3,
        paywalled=False,
    ),
}

globals().update(site_tests("morgenpost", CASES))
