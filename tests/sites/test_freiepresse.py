"""Freie Presse: the classic page (April 2024) and the redesign (November 2024)."""

from sitecheck import UNSET, Case, site_tests

CASES = {
    "FreiePresse_2024_04_30": Case(
        layout="2024",
        section="Chemnitz",
        kicker=None,
        has_teaser=True,
        # The author's Kürzel closes the text in span.autorenkuerzel.
        source="(kas)",
        source_editors=("kas",),
        source_agencies=(),
        subheadings=1,
        paywalled=False,
        errata={
            "published": "the reference date '2024-04-30 00:00:00' has no zone (the page and "
            "its JSON-LD give the day only); ours is that day in Europe/Berlin",
        },
    ),
    "FreiePresse_2024_11_29": Case(
        layout="2024-11",
        section="Panorama",
        kicker=None,
        has_teaser=True,
        # The Kürzel "(phy)" ends the last paragraph as plain text; conventions'
        # trailing_source does not read editor-only lines yet, so no check here.
        source=UNSET,
        subheadings=4,
        paywalled=False,
    ),
}

globals().update(site_tests("freiepresse", CASES))
