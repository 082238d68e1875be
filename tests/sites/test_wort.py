"""Luxemburger Wort: the 2025 article page and its 2026 rebuild."""

from corpus import requires_corpus
from sitecheck import Case, parsed, site_tests

CASES = {
    "LuxemburgerWort_2025_06_30": Case(
        layout="2025",
        section="Sport",
        kicker="2f803ac2c1de",
        has_teaser=True,
        source=None,
        subheadings=2,
        paywalled=False,
        authors=("André Klein",),
        errata={
            "authors": "the reference takes the JSON-LD name 'André Oliver KLEIN'; the page's "
            "byline prints 'André Klein'",
        },
    ),
    "LuxemburgerWort_2026_07_12": Case(
        layout="2026",
        section="Sport",
        kicker="c920b540a0ed",
        has_teaser=True,
        source=None,
        subheadings=1,
        paywalled=False,
    ),
}

globals().update(site_tests("wort", CASES))


@requires_corpus
def test_language_is_the_pages_german() -> None:
    for page_id in CASES:
        assert parsed(page_id).language == "de-lu"
