"""stern: the 2023 page and the 2024 redesign in the corpus."""

import lxml.html
import pytest

import newsparse
from newsparse.document import select
from newsparse.testing.drift import wrap

from corpus import page, requires_corpus
from sitecheck import Case, parsed, site_tests

CASES = {
    "Stern_2023_04_28": Case(
        layout="2023",
        section="Wirtschaft",
        kicker="ab3fd5fd0cd5",
        has_teaser=True,
        source='Dieser Artikel ist zuerst bei "Capital" erschienen.',
        subheadings=2,
        paywalled=False,  # tracking data: paidStatus "free"
    ),
    "Stern_2024_11_05": Case(
        layout="2024",
        section="Capital",
        kicker="ee2aa47db8f9",
        has_teaser=True,
        source="© The Financial Times Ltd. 2024",
        subheadings=2,
        paywalled=False,  # tracking data: product_content_status "free"
    ),
}

globals().update(site_tests("stern", CASES))


@requires_corpus
def test_gallery_item_caption_joins_headline_and_text() -> None:
    """An inline gallery item is an image whose caption is its headline and text."""
    images = parsed("Stern_2024_11_05").images
    assert len(images) == 3
    assert images[1].caption is not None
    assert images[1].caption.startswith("John Paulson ")
    assert images[1].credit is not None
    assert images[1].credit.raw == "© Matt Campbell / DPA"


@requires_corpus
@pytest.mark.parametrize("page_id", ["Stern_2023_04_28", "Stern_2024_11_05"])
def test_closing_note_read_when_its_italics_are_wrapped(page_id: str) -> None:
    """The italic closing note with a ``span`` around its ``em`` stays the source, not body text."""
    corpus_page = page(page_id)
    root = lxml.html.document_fromstring(corpus_page.html)
    italic = select(root, "article .article__body p > em, article .article__body p > i")[-1]
    wrap(italic, "span")
    article = newsparse.parse(lxml.html.tostring(root), url=corpus_page.url)
    assert article.source == parsed(page_id).source
    assert article.body == parsed(page_id).body
