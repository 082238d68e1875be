"""Klasse Gegen Klasse: the WordPress single-post page (2026)."""

from datetime import date

from corpus import requires_corpus
from sitecheck import Case, parsed, site_tests

CASES = {
    "KlasseGegenKlasse_2026_01_07": Case(
        layout="2026",
        section=None,  # the page names no Ressort or category
        kicker=None,
        has_teaser=True,
        source=None,
        subheadings=0,
        paywalled=None,
        errata={
            "published": "the reference reads the printed '06.01.2026' as June 1 (and has no "
            "zone); it is January 6, a day before the crawl (test_published_day)",
        },
    ),
}

globals().update(site_tests("klassegegenklasse", CASES))


@requires_corpus
def test_published_day() -> None:
    published = parsed("KlasseGegenKlasse_2026_01_07").published
    assert published is not None
    assert published.tzinfo is not None
    assert published.date() == date(2026, 1, 6)
