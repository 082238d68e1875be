"""DER SPIEGEL: the 2023 page in the corpus."""

import lxml.html

import newsparse
from newsparse.document import select_one
from newsparse.sites.spiegel import Spiegel2023
from newsparse.testing.drift import apply_breaking, wrap

from corpus import page, requires_corpus
from sitecheck import Case, fp, parsed, site_tests

CASES = {
    "SpiegelOnline_2023_04_28": Case(
        layout="2023",
        section="Wirtschaft",
        kicker="d88f29110052",
        has_teaser=True,
        source="sak/Reuters",
        source_outlet=None,
        source_editors=("sak",),
        source_agencies=("Reuters",),
        subheadings=1,
        paywalled=False,
        # No byline on the page; the reference names the publisher (JSON-LD Organization).
        authors=(),
        errata={
            "headline": "the reference takes the SEO title of the breadcrumb bar; the article "
            "header prints kicker and headline separately",
            "images": "the reference caption has the credit 'Andrew Harnik / AP' glued to its end; "
            "the page prints it apart in .RichTextCredit (checked: caption and credit split)",
            "authors": "the reference lists the organisation 'DER SPIEGEL', the page has no byline",
        },
    ),
}

globals().update(site_tests("spiegel", CASES))


@requires_corpus
def test_cover_caption_and_credit_apart() -> None:
    """The reference glues the credit to the caption; we keep them apart."""
    cover = parsed("SpiegelOnline_2023_04_28").images[0]
    assert cover.is_cover
    assert cover.caption is not None
    assert fp(cover.caption) == "818b0510ef3b"
    assert cover.credit is not None
    assert cover.credit.raw == "Foto: Andrew Harnik / AP"
    assert "AP" in cover.credit.holders


@requires_corpus
def test_no_kicker_span_is_no_kicker() -> None:
    """Without the kicker span, the headline's span (now first in the h2) is not read as kicker."""
    corpus_page = page("SpiegelOnline_2023_04_28")
    drift = apply_breaking(corpus_page.html, Spiegel2023.KICKER, "kicker", "removed")
    article = newsparse.parse(drift.html, url=corpus_page.url)
    assert article.kicker != article.headline
    assert "kicker" in article.report.fallback + article.report.missing
    assert article.report.origin_of("kicker") != "site"


@requires_corpus
def test_source_line_found_when_the_body_is_wrapped() -> None:
    """The body in a wrapper (the source line no longer its sibling) keeps the source line."""
    corpus_page = page("SpiegelOnline_2023_04_28")
    root = lxml.html.document_fromstring(corpus_page.html)
    body = select_one(root, "article [data-area='body']")
    assert body is not None
    wrap(body)
    article = newsparse.parse(lxml.html.tostring(root), url=corpus_page.url)
    assert article.source == parsed("SpiegelOnline_2023_04_28").source
