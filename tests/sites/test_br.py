from sitecheck import Case, site_tests

CASES = {
    "BR_2024_04_22": Case(
        layout="2024-04",
        section="bayern",  # JSON-LD articleSection; the page prints no Ressort label
        kicker=None,  # BR puts the kicker into the headline, before a colon
        has_teaser=True,
        source=None,
        subheadings=3,
    ),
    # A news ticker: its article is the visible headline, the teaser on the latest
    # entry, the highlights list and the time-stamped entries.
    "BR_2024_08_27": Case(
        layout="2024-08",
        section="deutschland-welt",
        kicker=None,
        has_teaser=True,
        # The sources note ("Mit Informationen der ... Nachrichtenagenturen AFP, AP, dpa ...")
        # is kept out of the body; conventions.parse_source_line does not read it yet.
        subheadings=8,
        errata={
            "headline": "the reference takes the ticker series' title from JSON-LD/og:title; "
            "the page shows 'Nahost-Ticker: ...' as its headline",
        },
    ),
}

globals().update(site_tests("br", CASES))
