"""Neue Zürcher Zeitung: the 2024 live ticker."""

from datetime import datetime, timezone

from corpus import requires_corpus
from sitecheck import Case, parsed, site_tests

CASES = {
    "NZZ_2024_07_18": Case(
        layout="ticker-2024",
        section="International",
        kicker=None,
        has_teaser=True,
        source=None,
        # "Das Wichtigste in Kürze:", "Live-Ticker", three day headings, twelve entries.
        subheadings=17,
        paywalled=True,  # JSON-LD isAccessibleForFree false (the text is in the page)
        errata={
            "headline": "the reference takes the ticker's permanent JSON-LD headline; the page "
            "prints the running headline of the ticker's current state in its h1",
        },
    ),
}

globals().update(site_tests("nzz", CASES))


@requires_corpus
def test_ticker_dates() -> None:
    article = parsed("NZZ_2024_07_18")
    # The printed time is the last update; the ticker started in October 2023.
    assert article.modified == datetime(2024, 7, 18, 9, 8, 27, tzinfo=timezone.utc)
    assert article.published is not None
    assert article.published.year == 2023
    assert article.report.origin_of("modified") == "site"


@requires_corpus
def test_no_topics_from_headline_keywords() -> None:
    assert parsed("NZZ_2024_07_18").topics == ()
