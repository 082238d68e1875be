"""Süddeutsche Zeitung: two corpus pages (2023 column, 2024 metered article), one layout."""

from datetime import datetime, timezone

import lxml.html
import pytest

import newsparse
from newsparse.document import select_one
from newsparse.testing.drift import wrap

from corpus import page, requires_corpus
from sitecheck import Case, parsed, site_tests

_SEO_TITLE = (
    "the reference takes the SEO title (JSON-LD headline, breadcrumb h1); the article "
    "header prints a different kicker and headline"
)

CASES = {
    "SZ_2023_04_28": Case(
        layout="2023",
        section="Landkreis München",
        kicker="acd7f86511a8",
        has_teaser=True,
        source="© SZ/stga/sab",
        source_outlet="SZ",
        source_editors=("stga", "sab"),
        source_agencies=(),
        subheadings=0,
        paywalled=False,  # dataLayer article.pcat "metered"
        errata={
            "headline": _SEO_TITLE,
            "topics": "the reference reads the keywords meta (with 'Süddeutsche Zeitung'); the "
            "page prints its own topic links, among them 'Oberbayern'",
            "images": "the only reference image is the newsletter teaser 'SZ Gerne draußen!', "
            "which is not an article image; the page has none",
        },
    ),
    "SZ_2024_09_30": Case(
        layout="2023",
        section="Sport",
        kicker="bbe1c0b746d8",
        has_teaser=True,
        source="© SZ",
        source_outlet="SZ",
        source_editors=(),
        source_agencies=(),
        subheadings=0,
        # Inside the meter (dataLayer article.pcat "metered"), not SZ Plus ("paid"):
        # the whole text is on the page.
        paywalled=False,
        errata={"headline": _SEO_TITLE},
    ),
}

globals().update(site_tests("sz", CASES))


@requires_corpus
def test_modified_time_in_utc() -> None:
    """The 2024 page's JSON-LD prints UTC without an offset; the meta tag says Z."""
    assert parsed("SZ_2024_09_30").modified == datetime(2024, 9, 30, 7, 50, 48, tzinfo=timezone.utc)


@requires_corpus
@pytest.mark.parametrize("page_id", ["SZ_2023_04_28", "SZ_2024_09_30"])
def test_closing_line_read_when_its_mark_is_wrapped(page_id: str) -> None:
    """The "©" span of the closing line in a wrapper still gives the whole "© SZ/..." line."""
    corpus_page = page(page_id)
    root = lxml.html.document_fromstring(corpus_page.html)
    mark = select_one(root, "[data-testid='closing-line'] span")
    assert mark is not None
    wrap(mark, "span")
    article = newsparse.parse(lxml.html.tostring(root), url=corpus_page.url)
    assert article.source == parsed(page_id).source
    assert article.source is not None
    assert article.source.raw.startswith("© SZ")
