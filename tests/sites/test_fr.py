"""Frankfurter Rundschau: the 2024 Ippen page in the corpus."""

import newsparse

from corpus import page, requires_corpus
from sitecheck import Case, parsed, site_tests

CASES = {
    "FrankfurterRundschau_2024_04_26": Case(
        layout="2024",
        section="Ratgeber",
        kicker=None,
        has_teaser=True,
        source=None,
        subheadings=3,
        paywalled=None,  # the page says nothing about access
    ),
}

globals().update(site_tests("fr", CASES))


@requires_corpus
def test_body_figure_is_not_the_cover() -> None:
    """The lead medium is a video; the figure after two paragraphs is no cover."""
    images = parsed("FrankfurterRundschau_2024_04_26").images
    assert len(images) == 1
    assert not images[0].is_cover
    assert images[0].credit is not None
    assert images[0].credit.raw == "© Montage"


@requires_corpus
def test_reads_the_2023_platform_page_too() -> None:
    """fr shares the Ippen layouts: it reads a 2023 platform page (merkur.de) like merkur does."""
    merkur = page("Merkur_2023_04_28")
    article = newsparse.parse(merkur.html, url=merkur.url, parser="fr")
    assert article.report.layout == "2023"
    assert article.report.ok
    assert article.body == parsed("Merkur_2023_04_28").body
