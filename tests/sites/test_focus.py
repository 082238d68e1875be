"""FOCUS online: the 2023 page in the corpus (a shopping article)."""

from sitecheck import Case, site_tests

CASES = {
    "Focus_2023_04_28": Case(
        layout="2023",
        section="Kaufberatung",
        kicker="0009b5554d90",
        has_teaser=True,
        source=None,
        subheadings=5,
        # The page prints no byline; JSON-LD names the brand "FOCUS online" as a Person.
        authors=(),
        errata={
            "headline": "the reference takes the SEO title (breadcrumb h1, JSON-LD); the article "
            "head prints a different Dachzeile and headline",
            "authors": "the reference lists the brand 'FOCUS online'; the author list is empty",
            "topics": "the reference reads machine-made keyword weights from a script "
            "(e.g. 'Death Metal'); the page prints no topics",
        },
    ),
}

globals().update(site_tests("focus", CASES))
