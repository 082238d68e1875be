"""Properties of the generic parser on generated pages: it never fails and never invents text."""

from __future__ import annotations

from html import escape

import lxml.html
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import blocks
from newsparse.conventions import normalize
from newsparse.generic import images

WORDS = st.sampled_from(
    [
        "Brücke",
        "Gemeinderat",
        "Musterstadt",
        "saniert",
        "Herbst",
        "Kosten",
        "Land",
        "Gemeinde",
        "sagte",
        "Bürgermeister",
        "Verkehr",
        "Pfeiler",
        "Gutachten",
        "Anwohner",
        "Risse",
        "Beton",
        "Jahren",
        "Sitzung",
        "Rathaus",
        "Stadt",
    ]
)
SENTENCES = st.lists(WORDS, min_size=3, max_size=40).map(lambda w: " ".join(w) + ".")
CLASSES = st.sampled_from(
    ["", "text", "article-body", "related", "teaser", "newsletter", "share-bar", "caption",
     "credit", "author", "box", "content", "media", "sr-only", "date"]
)  # fmt: skip
TAGS = st.sampled_from(
    ["div", "p", "section", "span", "a", "b", "li", "ul", "nav", "aside", "figure",
     "figcaption", "h2", "h3", "header", "footer", "form", "blockquote", "article"]
)  # fmt: skip


@st.composite
def trees(draw: st.DrawFn, depth: int = 0) -> str:
    """Random markup: nested elements with class names, text and line breaks."""
    parts = []
    for _ in range(draw(st.integers(0, 4 if depth < 4 else 0))):
        kind = draw(st.integers(0, 5))
        if kind == 0:
            parts.append(escape(draw(SENTENCES)))
        elif kind == 1:
            parts.append("<br>")
        elif kind == 2:
            parts.append(f"<img src='/b{draw(st.integers(0, 9))}.jpg'>")
        else:
            tag = draw(TAGS)
            cls = draw(CLASSES)
            inner = draw(trees(depth + 1))
            parts.append(f"<{tag} class='{cls}'>{inner}</{tag}>")
    return "".join(parts)


def _page_text(html: str) -> str:
    # Inline elements run into their neighbours ("<b>a</b>b" reads "ab"); every word of a
    # block is then a substring of the page's text joined without separators.
    return normalize("".join(lxml.html.document_fromstring(html).itertext()))


@given(trees(), st.booleans())
def test_generic_never_fails_nor_invents_text(markup: str, with_h1: bool) -> None:
    head = "<h1>Brücke wird saniert</h1>" if with_h1 else ""
    html = f"<html><head><title>Brücke</title></head><body>{head}{markup}</body></html>"
    article = newsparse.parse(html, url="https://www.beispiel.de/a", parser="generic")
    page_text = _page_text(html)
    for block in article.body:
        assert block.text == normalize(block.text)
        assert block.text
        # Every block's words are on the page (runs may join text across inline elements).
        assert all(word in page_text for word in block.text.split())
    for entry in article.report.origins:
        assert entry.origin in ("jsonld", "meta", "dom")


@given(st.lists(SENTENCES, min_size=3, max_size=8), st.integers(1, 30))
def test_navigation_around_the_article_does_not_change_the_body(
    sentences: list[str], links: int
) -> None:
    article = "".join(f"<p>{escape(s)}</p>" for s in sentences if len(s) > 40)
    nav = "<ul>" + "".join(f"<li><a href='/r{i}'>Ressort {i}</a></li>" for i in range(links))
    bare = f"<html><body><article><h1>Brücke</h1>{article}</article></body></html>"
    wrapped = (
        f"<html><body><nav>{nav}</ul></nav><main><article><h1>Brücke</h1>{article}</article>"
        f"<aside>{nav}</ul></aside></main><footer>{nav}</ul></footer></body></html>"
    )
    url = "https://www.beispiel.de/a"
    before = newsparse.parse(bare, url=url, parser="generic")
    after = newsparse.parse(wrapped, url=url, parser="generic")
    assert after.body == before.body


#: Letters of the picture hints in both cases, separators, and letters that fold oddly.
HINT_TEXT = st.text(alphabet="picmagfotohbldeurPICMAGFOTOHBLDEUR -_xİıſK", max_size=24)


@given(HINT_TEXT)
def test_the_figure_hint_finds_what_its_regex_finds(classes: str) -> None:
    # The quick test on ASCII classes must agree with the case-blind regex it stands in for.
    assert images._figure_hint(classes) == (images._FIGURE_HINT.search(classes) is not None)


#: Letters of the teaser and related-box words in both cases, and separators.
BOX_TEXT = st.text(alphabet="relatdcomnubgshzRELATDCOMNUBGSHZ -_İıſK", max_size=30)


@given(BOX_TEXT)
def test_the_box_kind_finds_what_its_regexes_find(names: str) -> None:
    expected = (
        "related"
        if blocks.RELATED_BOX.search(names)
        else "teaser"
        if blocks.TEASER_BOX.search(names)
        else None
    )
    assert blocks._box_kind(names) == expected
