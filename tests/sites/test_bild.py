"""BILD: the 2023 page in the corpus."""

import lxml.html

import newsparse
from newsparse.document import select_one
from newsparse.testing.drift import wrap

from corpus import page, requires_corpus
from sitecheck import Case, parsed, site_tests

CASES = {
    "Bild_2023_05_15": Case(
        layout="2023",
        section="Sport",
        kicker="9a25ef76e9f1",
        has_teaser=True,
        source=None,
        subheadings=0,
        paywalled=False,
        errata={
            "headline": "the reference takes the whole h1, kicker and headline joined by ':'; "
            "the page sets them in separate spans",
        },
    ),
}

globals().update(site_tests("bild", CASES))


@requires_corpus
def test_video_teaser_is_not_an_image() -> None:
    """Only the lead photo is an image; the inline video teaser is not."""
    images = parsed("Bild_2023_05_15").images
    assert len(images) == 1
    assert images[0].is_cover
    assert images[0].credit is not None
    assert images[0].credit.raw == "Foto: Getty Images"


@requires_corpus
def test_intro_in_a_wrapper_is_still_the_teaser() -> None:
    """The body's first paragraph in a wrapper element stays the teaser, out of the body."""
    corpus_page = page("Bild_2023_05_15")
    root = lxml.html.document_fromstring(corpus_page.html)
    intro = select_one(root, "article .article-body > p")
    assert intro is not None
    wrap(intro)
    article = newsparse.parse(lxml.html.tostring(root), url=corpus_page.url)
    assert article.teaser == parsed("Bild_2023_05_15").teaser
    assert article.body == parsed("Bild_2023_05_15").body
