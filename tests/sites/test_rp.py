"""Rheinische Post: the park page (2024)."""

from sitecheck import Case, site_tests

CASES = {
    "RheinischePost_2024_04_21": Case(
        layout="2024",
        section="NRW",
        kicker="b6cfbbc4a671",
        has_teaser=True,
        source=None,
        subheadings=0,
        paywalled=False,
        errata={
            "headline": "the reference joins kicker and headline ('<kicker>: <headline>'); "
            "the page sets them apart in [data-cy=kicker] and [data-cy=article_headline]",
        },
    ),
}

globals().update(site_tests("rp", CASES))
