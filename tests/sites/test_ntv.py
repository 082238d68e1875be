"""n-tv: the three layouts in the corpus (2023, 2024 classic; 2025 redesign)."""

import lxml.html

import newsparse
from newsparse.document import select_one

from corpus import page, requires_corpus
from sitecheck import Case, parsed, site_tests

CASES = {
    "NTV_2023_04_28": Case(
        layout="2023",
        section="Leben",
        kicker="c628c74cc280",
        has_teaser=True,
        source="Quelle: ntv.de",
        source_outlet="ntv.de",
        source_editors=(),
        source_agencies=(),
        subheadings=2,
    ),
    "NTV_2024_08_05": Case(
        layout="2023",
        # No Ressort label above the head on this page: the breadcrumb's first link
        # below the home page (Startseite > Sport > Olympia) names it.
        section="Sport",
        kicker="f142d0dc90ba",
        has_teaser=True,
        source="Quelle: ntv.de",
        source_outlet="ntv.de",
        # The reference lists the dateline as an author: "Von Seb Dumitru, Lille".
        authors=("Seb Dumitru",),
        errata={"authors": "the reference takes the dateline 'Lille' for an author"},
        subheadings=4,
    ),
    "NTV_2025_12_12": Case(
        layout="2025",
        section="Politik",
        kicker="dc13b5533787",
        has_teaser=True,
        source="Quelle: ntv.de, ino/dpa",
        source_outlet="ntv.de",
        source_editors=("ino",),
        source_agencies=("dpa",),
        subheadings=2,
    ),
}

globals().update(site_tests("ntv", CASES))


@requires_corpus
def test_teaser_paragraph_with_a_class_is_still_the_teaser() -> None:
    """A class added to the bold/italic first paragraph does not turn the teaser into body text."""
    corpus_page = page("NTV_2024_08_05")
    root = lxml.html.document_fromstring(corpus_page.html)
    first = select_one(root, ".article__text p")
    assert first is not None
    first.set("class", "lead")
    article = newsparse.parse(lxml.html.tostring(root), url=corpus_page.url)
    assert article.teaser == parsed("NTV_2024_08_05").teaser
    assert article.body == parsed("NTV_2024_08_05").body


@requires_corpus
def test_gallery_teaser_box_in_the_text_is_no_image() -> None:
    """The 2024 page's picture-series teaser inside the text is no article image."""
    article = parsed("NTV_2024_08_05")
    root = lxml.html.document_fromstring(page("NTV_2024_08_05").html)
    gallery = select_one(root, ".article__text .teaser--gallery img")
    assert gallery is not None  # the page has one ...
    urls = [i.url for i in article.images]
    assert all(i.caption for i in article.images)  # ... and every image kept has a caption
    assert not any("mediathek" in (u or "") for u in urls)
    assert len(urls) == 4


@requires_corpus
def test_section_from_the_url_when_the_breadcrumb_is_gone() -> None:
    corpus_page = page("NTV_2024_08_05")
    root = lxml.html.document_fromstring(corpus_page.html)
    crumbs = select_one(root, "nav.breadcrumb")
    assert crumbs is not None
    crumbs.getparent().remove(crumbs)
    article = newsparse.parse(lxml.html.tostring(root), url=corpus_page.url)
    assert article.section == "Sport"  # https://www.n-tv.de/sport/olympia/...
