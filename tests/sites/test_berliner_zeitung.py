from sitecheck import Case, site_tests

CASES = {
    "BerlinerZeitung_2023_04_28": Case(
        layout="2023",
        section="News",  # breadcrumb: Home > News
        kicker=None,
        has_teaser=True,
        source=None,
        subheadings=1,
        paywalled=False,
    ),
    "BerlinerZeitung_2026_05_18": Case(
        layout="2026",
        section="Debatte",  # JSON-LD articleSection; the page prints no Ressort label
        kicker="478ef0d3b9aa",
        has_teaser=True,
        source=None,
        subheadings=4,
        paywalled=False,  # JSON-LD isAccessibleForFree
    ),
}

globals().update(site_tests("berliner_zeitung", CASES))
