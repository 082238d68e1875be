"""Golem.de: the 2024 article page."""

from datetime import datetime, timedelta, timezone

from corpus import page, requires_corpus
from sitecheck import Case, parsed, site_tests

CASES = {
    "Golem_2024_04_28": Case(
        layout="2024",
        section="News",  # not printed; JSON-LD articleSection
        kicker="d888b870a9c5",
        has_teaser=True,
        source=None,
        subheadings=1,
        paywalled=False,
        errata={
            "headline": "the reference joins the kicker span and the headline span of the h1 "
            "with the hidden colon; the kicker is its own part here",
            "published": "the reference takes JSON-LD datePublished 14:26:01Z; the page's "
            "<time datetime> says 14:26:01+02:00 and prints 14:26 Uhr, so Z is wrong",
        },
    ),
}

globals().update(site_tests("golem", CASES))


@requires_corpus
def test_headline_is_reference_title_without_kicker() -> None:
    article = parsed("Golem_2024_04_28")
    assert f"{article.kicker}: {article.headline}" == page("Golem_2024_04_28").reference["title"]


@requires_corpus
def test_published_keeps_the_page_offset() -> None:
    published = parsed("Golem_2024_04_28").published
    assert published == datetime(2024, 4, 28, 14, 26, 1, tzinfo=timezone(timedelta(hours=2)))
