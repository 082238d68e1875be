"""taz: the 2023 page in the corpus (a commentary)."""

import lxml.html
import pytest

import newsparse
from newsparse.document import select_one
from newsparse.sites.taz import Taz2023
from newsparse.testing.drift import apply_breaking, wrap

from corpus import page, requires_corpus
from sitecheck import Case, parsed, site_tests

CASES = {
    "Taz_2023_04_28": Case(
        layout="2023",
        section="Politik",
        kicker="63e47afcbdff",
        has_teaser=True,
        source=None,
        subheadings=1,
        paywalled=False,  # microdata isAccessibleForFree: true
        errata={
            "headline": "the reference joins kicker and headline ('Kicker: Headline'); the h1 "
            "sets them in separate spans",
        },
    ),
}

globals().update(site_tests("taz", CASES))


@requires_corpus
def test_picture_caption_and_credit() -> None:
    """The lead picture takes the caption that follows it, its credit split off."""
    images = parsed("Taz_2023_04_28").images
    assert len(images) == 1
    assert images[0].is_cover
    assert images[0].caption
    assert not images[0].caption.endswith("imago")
    assert images[0].credit is not None
    assert images[0].credit.raw == "Foto: Felix Zahn/imago"


@requires_corpus
@pytest.mark.parametrize("action", ["removed", "renamed"])
def test_kicker_never_passes_for_the_headline(action: str) -> None:
    """A kicker span that is gone or lost its class leaves the headline as it was."""
    corpus_page = page("Taz_2023_04_28")
    drift = apply_breaking(corpus_page.html, Taz2023.KICKER or "", "kicker", action)
    article = newsparse.parse(drift.html, url=corpus_page.url)
    assert article.headline == parsed("Taz_2023_04_28").headline
    assert article.kicker is None


@requires_corpus
def test_no_headline_span_is_no_headline() -> None:
    """Without the headline span, the hidden ": " before it is not read as the headline."""
    corpus_page = page("Taz_2023_04_28")
    drift = apply_breaking(corpus_page.html, Taz2023.HEADLINE or "", "headline", "removed")
    article = newsparse.parse(drift.html, url=corpus_page.url)
    assert "headline" in article.report.fallback + article.report.missing
    assert article.headline != ":"


@requires_corpus
def test_caption_found_when_the_picture_is_wrapped() -> None:
    """A picture in a wrapper (its caption no longer the next sibling) keeps caption and credit."""
    corpus_page = page("Taz_2023_04_28")
    root = lxml.html.document_fromstring(corpus_page.html)
    picture = select_one(root, Taz2023.IMAGES or "")
    assert picture is not None
    wrap(picture, "span")
    article = newsparse.parse(lxml.html.tostring(root), url=corpus_page.url)
    assert article.images == parsed("Taz_2023_04_28").images
    assert article.images[0].caption
