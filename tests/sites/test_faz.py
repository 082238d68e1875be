"""Frankfurter Allgemeine: the 2023 page and the 2024 redesign in the corpus."""

import lxml.html
import pytest

import newsparse
from newsparse.document import select_one
from newsparse.testing.drift import wrap

from corpus import page, requires_corpus
from sitecheck import Case, parsed, site_tests

_SEO_TITLE = (
    "the reference takes the SEO title of the breadcrumb bar's h1; the article header "
    "prints a different kicker and headline"
)

CASES = {
    "FAZ_2023_04_28": Case(
        layout="2023",
        section="Rhein-Main",
        kicker="59d052c71fb7",
        has_teaser=True,
        source="Quelle: F.A.Z.",
        source_outlet="F.A.Z.",
        source_editors=(),
        source_agencies=(),
        subheadings=2,
        paywalled=False,
        errata={"headline": _SEO_TITLE},
    ),
    "FAZ_2024_04_17": Case(
        layout="2024",
        section="Politik",
        kicker="a2fb8831a4b5",
        has_teaser=True,
        source="Quelle: F.A.Z.",
        source_outlet="F.A.Z.",
        source_editors=(),
        source_agencies=(),
        subheadings=3,
        paywalled=False,
        errata={"headline": _SEO_TITLE},
    ),
}

globals().update(site_tests("faz", CASES))


@requires_corpus
def test_lead_image_description_and_credit() -> None:
    """The description and credit printed beside the lead picture belong to it."""
    for page_id, credit in (
        ("FAZ_2023_04_28", "Bild: Maximilian von Lachner"),
        ("FAZ_2024_04_17", "Imago"),
    ):
        images = parsed(page_id).images
        assert len(images) == 1
        assert images[0].is_cover
        assert images[0].url
        assert images[0].caption
        assert images[0].credit is not None
        assert images[0].credit.raw == credit


@requires_corpus
@pytest.mark.parametrize(
    ("page_id", "picture"),
    [
        ("FAZ_2023_04_28", ".atc-ImageContainer"),
        ("FAZ_2024_04_17", ".header-teaser__image"),
    ],
)
def test_lead_image_description_found_when_the_picture_is_wrapped(
    page_id: str, picture: str
) -> None:
    """The picture in a wrapper element still gets the description that follows it."""
    corpus_page = page(page_id)
    root = lxml.html.document_fromstring(corpus_page.html)
    element = select_one(root, picture)
    assert element is not None
    wrap(element)
    article = newsparse.parse(lxml.html.tostring(root), url=corpus_page.url)
    assert article.images == parsed(page_id).images
    assert article.images[0].caption
