"""WELT: the 2023 page and the 2024 redesign in the corpus."""

import lxml.html

import newsparse
from newsparse.testing.drift import BOILERPLATE_BOXES, wrap

from corpus import page, requires_corpus
from sitecheck import Case, parsed, site_tests

_SEO_TITLE = (
    "the reference takes the SEO title of the breadcrumb h1; the article header prints "
    "a different kicker and headline"
)

CASES = {
    "DieWelt_2023_04_28": Case(
        layout="2023",
        section="Wirtschaft",
        kicker="692b71889e4e",
        has_teaser=True,
        source=None,
        subheadings=1,
        paywalled=False,
        min_f1=0.96,
        errata={
            "headline": _SEO_TITLE,
            "body": "the reference keeps the closing podcast promo (bold italics, 'Abonnieren "
            "Sie den Podcast bei Spotify ...'), which is not article text",
        },
    ),
    "DieWelt_2024_08_27": Case(
        layout="2024",
        section="Politik",
        kicker="292a887ba69e",
        has_teaser=True,
        source=None,
        subheadings=1,
        paywalled=False,
        errata={"headline": _SEO_TITLE},
    ),
}

globals().update(site_tests("welt", CASES))


@requires_corpus
def test_closing_note_not_in_body() -> None:
    """The bold-italic closing note (promo, author's note) is left out of the body."""
    assert not any("Podcast" in p for p in parsed("DieWelt_2023_04_28").paragraphs[-1:])
    assert not parsed("DieWelt_2024_08_27").paragraphs[-1].startswith("Korrespondent")


@requires_corpus
def test_closing_note_found_before_a_box() -> None:
    """A newsletter box after the closing note does not bring the note back into the body."""
    for page_id in ("DieWelt_2023_04_28", "DieWelt_2024_08_27"):
        corpus_page = page(page_id)
        root = lxml.html.document_fromstring(corpus_page.html)
        note = root.xpath("//p[*[1][self::strong or self::b]]")[-1]
        note.addnext(lxml.html.fragment_fromstring(BOILERPLATE_BOXES[1]))
        drifted = newsparse.parse(lxml.html.tostring(root), url=corpus_page.url)
        assert drifted.body == parsed(page_id).body


@requires_corpus
def test_credit_only_captions() -> None:
    """2023 figures carry a credit and no caption; 2024 figures carry both."""
    old = parsed("DieWelt_2023_04_28").images
    assert old
    assert all(image.caption is None and image.credit is not None for image in old)
    new = parsed("DieWelt_2024_08_27").images
    assert [image.credit.raw for image in new if image.credit] == [
        "Quelle: Hannes P. Albert/dpa/Hannes P Albert",
        "Quelle: Martin Schutt/dpa",
    ]


@requires_corpus
def test_closing_note_with_a_wrapped_link() -> None:
    """The closing note's link in a ``span`` wrapper does not make the note article text."""
    corpus_page = page("DieWelt_2024_08_27")
    root = lxml.html.document_fromstring(corpus_page.html)
    note = root.xpath("//p[*[1][self::strong or self::b]]")[-1]
    link = note.find("a")
    assert link is not None
    wrap(link, "span")
    drifted = newsparse.parse(lxml.html.tostring(root), url=corpus_page.url)
    assert drifted.body == parsed("DieWelt_2024_08_27").body
