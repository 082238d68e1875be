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
        # The ticker's sources note, set in italics above the entries ("edp" is the page's typo
        # for epd, so it is no agency).
        source="Mit Informationen der ARD-Korrespondentinnen und -Korrespondenten sowie der "
        "Nachrichtenagenturen AFP, AP, dpa, edp, KNA und Reuters. Zum Teil lassen sich die "
        "Angaben nicht unabhängig überprüfen.",
        source_outlet=None,
        source_agencies=("AFP", "AP", "dpa", "KNA", "Reuters"),
        subheadings=8,
        errata={
            "headline": "the reference takes the ticker series' title from JSON-LD/og:title; "
            "the page shows 'Nahost-Ticker: ...' as its headline",
        },
    ),
}

globals().update(site_tests("br", CASES))
