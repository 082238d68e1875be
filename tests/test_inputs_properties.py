"""Property tests: any bytes and any str give an Article or a NewsparseError, nothing else.

Random input alone rarely looks like HTML, so a third strategy builds
tag soup: real and invented tags, broken attributes, entities, comments,
JSON-LD fragments, encodings declarations and German text, cut anywhere.
The ``ci`` profile (conftest.py) keeps this quick; ``HYPOTHESIS_PROFILE=deep``
runs a thousand examples each.
"""

from __future__ import annotations

import gzip
import json
import re
import sys

from hypothesis import example, given
from hypothesis import strategies as st

import newsparse
from newsparse import Article, NewsparseError
from newsparse.conventions import normalize


def check(page: str | bytes) -> None:
    """``parse`` gives an Article with a report, or raises a NewsparseError with a message."""
    try:
        article = newsparse.parse(page)
    except NewsparseError as exc:
        error = exc
    else:
        error = None
    if error is not None:
        assert str(error), f"{type(error).__name__} without a message"
        return
    assert isinstance(article, Article)
    assert article.report.page_kind
    # The article survives its own serialisation, whatever the input was.
    assert Article.from_json(article.to_json()) == article


TAGS = st.sampled_from(
    [
        "html", "head", "body", "title", "meta", "script", "style", "div", "p", "span", "a",
        "h1", "h2", "article", "main", "figure", "figcaption", "img", "br", "time", "svg",
        "template", "noscript", "table", "td", "li", "ul", "header", "footer", "x-custom",
        "iframe", "frameset", "textarea", "plaintext", "xmp", "math", "select", "option",
    ]
)  # fmt: skip
WORDS = st.sampled_from(
    [
        "Straße", "Größe", "Übung", "für", "Fußgänger", "Quelle: ntv.de, ino/dpa",
        "(Foto: picture alliance / dpa | Kay Nietfeld)", "Von Erika Mustermann",
        "14.01.2025, 08:30 Uhr", "Lesen Sie auch", "&amp;", "&auml;", "&#0;", "&#xD800;",
        "&#1114112;", "&nbsp;", "\u00ad", "\u200b", "\x00", "\x0b", "\ufeff", "\ud800",
        "FÃ¼r", "â€ž", "+++", "404", "Liveticker", "Cookies akzeptieren", "]]>", "-->",
    ]
)  # fmt: skip
ATTRS = st.sampled_from(
    [
        ' class="article-body"', ' id="content"', ' hidden', ' style="display:none"',
        ' itemprop="articleBody"', ' data-src="/a.jpg"', ' src="data:,x"', ' href="/x"',
        ' charset="iso-8859-1"', ' property="og:title" content="Titel"',
        ' type="application/ld+json"', " class='a__x1'", ' datetime="2025-01-14T08:30"',
        ' name="description" content="Teaser"', ' srcset="a.jpg 1x, b.jpg 2x"', ' x="', " ='",
    ]
)  # fmt: skip
LD = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20) | WORDS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "@type",
                    "@graph",
                    "headline",
                    "author",
                    "name",
                    "image",
                    "url",
                    "datePublished",
                    "articleBody",
                    "keywords",
                    "description",
                ]
            ),
            inner,
            max_size=5,
        )
    ),
    max_leaves=12,
)


@st.composite
def jsonld(draw: st.DrawFn) -> str:
    data = draw(LD)
    if isinstance(data, dict) and draw(st.booleans()):
        data["@type"] = draw(st.sampled_from(["NewsArticle", "LiveBlogPosting", ["Article"], 5]))
    text = json.dumps(data)
    if draw(st.booleans()):
        text = text[: draw(st.integers(0, len(text)))]  # truncated
    return f'<script type="application/ld+json">{text}</script>'


@st.composite
def tag_soup(draw: st.DrawFn) -> str:
    pieces: list[str] = []
    if draw(st.booleans()):
        pieces.append(draw(st.sampled_from(["<!DOCTYPE html>", '<?xml version="1.0"?>', ""])))
    for _ in range(draw(st.integers(1, 40))):
        choice = draw(st.integers(0, 6))
        tag = draw(TAGS)
        if choice == 0:
            attrs = "".join(draw(st.lists(ATTRS, max_size=3)))
            pieces.append(f"<{tag}{attrs}>")
        elif choice == 1:
            pieces.append(f"</{tag}>")
        elif choice == 2:
            pieces.append(" ".join(draw(st.lists(WORDS, min_size=1, max_size=8))))
        elif choice == 3:
            pieces.append(draw(jsonld()))
        elif choice == 4:
            pieces.append(draw(st.sampled_from(["<!--", "-->", "<![CDATA[", "<!", "<?", "<", ">"])))
        elif choice == 5:
            pieces.append(draw(st.text(max_size=30)))
        else:
            depth = draw(st.integers(1, 300))
            pieces.append(f"<{tag}>" * depth)
    soup = "".join(pieces)
    if draw(st.booleans()):
        soup = soup[: draw(st.integers(0, len(soup)))]
    return soup


@given(st.binary(max_size=4096))
@example(b"")
@example(b"\x1f\x8b")
@example(b"\xef\xbb\xbf")
@example(b"\xff\xfe<\x00p\x00>\x00")
@example(b"<p>\x80\x81\x8d\x8f\x90\x9d</p>")
@example(b"<meta charset=utf-16><p>x</p>")
@example(b"<meta charset=idna><p>x</p>")
@example(b"<meta charset=rot13><p>x</p>")
@example(b"\x00" * 300 + b"<p>")
def test_any_bytes(page: bytes) -> None:
    check(page)


@given(st.text(max_size=4096))
@example("")
@example("\ud800<p>\udfff</p>")
@example("\ufeff")
@example("<p>\x00</p>")
def test_any_str(page: str) -> None:
    check(page)


@given(tag_soup())
def test_any_tag_soup(page: str) -> None:
    check(page)


@given(tag_soup(), st.sampled_from(["utf-8", "utf-16", "latin-1", "cp1252", "utf-32"]))
def test_any_tag_soup_in_any_encoding(page: str, encoding: str) -> None:
    check(page.encode(encoding, errors="replace"))


@given(tag_soup())
def test_any_tag_soup_gzipped(page: str) -> None:
    check(gzip.compress(page.encode("utf-8", "surrogatepass")))


INVISIBLE_AND_SPACES = st.sampled_from(
    list(" \t\n\r\u00a0\u00ad\u200b\u200c\u200d\u2060\ufeff\u2028\x0b\x1c")
)


@given(st.text(INVISIBLE_AND_SPACES | st.characters(), max_size=200))
def test_normalize_matches_its_definition(text: str) -> None:
    # normalize's fast path (str.split) must equal the plain regex definition.
    invisible = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]")
    assert normalize(text) == re.sub(r"\s+", " ", invisible.sub("", text)).strip()


def test_normalize_between_words_for_every_code_point() -> None:
    # Exhaustive where the fast path (``isprintable``) decides: any one character
    # between two words is kept, dropped or made a space as the definition says.
    invisible = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]")
    wrong = []
    for point in range(sys.maxunicode + 1):
        if 0xD800 <= point <= 0xDFFF:
            continue
        text = f"ab{chr(point)}c d"
        if normalize(text) != re.sub(r"\s+", " ", invisible.sub("", text)).strip():
            wrong.append(hex(point))
    assert wrong == []
