"""Hard inputs: each case gives an Article or a documented NewsparseError, nothing else.

The battery covers input that is not a page at all, broken and hostile
markup and JSON-LD, huge and deeply nested pages, and XML entity tricks. Every
case runs through :func:`outcome`, which fails the test on any exception that
is not a :class:`~newsparse.NewsparseError`. Time bounds are generous and
linear in the input size; speed itself is measured by ``benchmarks/speed.py``.

Pages are built here from our own German sentences; nothing comes from the corpus.
"""

from __future__ import annotations

import gzip
import json
import re
import socket
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

import pytest

import newsparse
from newsparse import (
    Article,
    CompressedInputError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    NewsparseError,
    NotHTMLError,
)
from newsparse.document import Document
from newsparse.model import Paragraph
from newsparse.pagekind import KINDS
from newsparse.testing import fixtures

SENTENCES = (
    "Die Fahrer der Straßenbahn üben heute auf dem Gelände, wie man bei Glätte sicher bremst.",
    "Außerdem schulen die Verkehrsbetriebe ihre Mitarbeiter im Umgang mit Fußgängern.",
    "Größere Übungen sind für das Frühjahr geplant, sagte eine Sprecherin am Dienstag.",
    "Für die Fahrgäste ändert sich zunächst nichts; Verspätungen seien nicht zu erwarten.",
    "Die Gewerkschaft begrüßte die Schulung und forderte mehr Personal für die Nachtschichten.",
)
HEADLINE = "Straßenbahnfahrer üben für den Winter"
TEASER = "Glätte, Schnee und dunkle Abende: Die Verkehrsbetriebe bereiten sich früh vor."


def article_page(
    *,
    charset: str = "utf-8",
    head: str = "",
    body_extra: str = "",
    paragraphs: int = 6,
    headline: str = HEADLINE,
) -> str:
    """A small but complete German news page (our own text) as ``str``."""
    body = "\n".join(
        f"<p>{SENTENCES[i % len(SENTENCES)]} {SENTENCES[(i + 2) % len(SENTENCES)]}</p>"
        for i in range(paragraphs)
    )
    return (
        f'<!DOCTYPE html>\n<html lang="de"><head><meta charset="{charset}">'
        f"<title>{headline} - Stadtanzeiger</title>"
        f'<meta property="og:title" content="{headline}">'
        f'<meta name="description" content="{TEASER}">{head}</head>\n'
        f"<body><header><nav><a href='/'>Start</a></nav></header>"
        f"<main><article><h1>{headline}</h1><p class='teaser'>{TEASER}</p>\n{body}\n"
        f"{body_extra}</article></main><footer>Impressum</footer></body></html>"
    )


def outcome(page: str | bytes, **kwargs: object) -> Article | NewsparseError:
    """The article, or the NewsparseError raised; any other exception fails the test."""
    try:
        return newsparse.parse(page, **kwargs)  # type: ignore[arg-type]
    except NewsparseError as exc:
        error = exc
    assert str(error), f"{type(error).__name__} without a message"
    return error


def expect_error(page: str | bytes, kind: type[NewsparseError], *words: str) -> NewsparseError:
    result = outcome(page)
    assert isinstance(result, kind), f"expected {kind.__name__}, got {result!r}"
    for word in words:
        assert word.lower() in str(result).lower(), f"{word!r} not in {str(result)!r}"
    return result


def expect_article(page: str | bytes, **kwargs: object) -> Article:
    result = outcome(page, **kwargs)
    assert isinstance(result, Article), f"expected an Article, got {result!r}"
    return result


def seconds(make: Callable[[], object]) -> float:
    """The fastest of two runs of ``make``."""
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        make()
        best = min(best, time.perf_counter() - start)
    return best


def budget(size: int) -> float:
    """A generous time bound, linear in the input size: 5 s plus 6 s per MB.

    Typical figures are a tenth of it; a busy CI machine must not make it flaky,
    while work quadratic in the size would still overshoot it by far.
    """
    return 5.0 + 6.0 * size / 1_000_000


# -- input that is no page ------------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "words"),
    [
        pytest.param(b"", ["empty"], id="empty-bytes"),
        pytest.param("", ["empty"], id="empty-str"),
        pytest.param(b" \n\t\r\n  ", ["whitespace"], id="whitespace-bytes"),
        pytest.param("  \n\u3000\u00a0 ", ["whitespace"], id="whitespace-str-unicode"),
        pytest.param("<!-- nur ein Kommentar -->", ["no html elements"], id="comment-only"),
        pytest.param("<!DOCTYPE html>", ["no html elements"], id="doctype-only"),
        pytest.param(gzip.compress(b"   "), ["whitespace"], id="gzip-of-whitespace"),
    ],
)
def test_empty_input(page: str | bytes, words: list[str]) -> None:
    error = expect_error(page, EmptyInputError, *words)
    assert isinstance(error, ValueError)


@pytest.mark.parametrize(
    ("page", "words"),
    [
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", ["PDF"], id="pdf"),
        pytest.param(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01", ["JPEG"], id="jpeg"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ["PNG"], id="png"),
        pytest.param(b"GIF89a\x01\x00\x01\x00", ["GIF"], id="gif"),
        pytest.param(b"PK\x03\x04\x14\x00\x06\x00", ["ZIP"], id="zip"),
        pytest.param(b"\x00\x00\x00\x18ftypmp42", ["MP4"], id="mp4"),
        pytest.param(b'{"headline": "Hallo", "tags": ["a", "b"]}', ["JSON"], id="json-object"),
        pytest.param(b'  [{"id": 1}, {"id": 2}]', ["JSON"], id="json-array"),
        pytest.param('{"html": "<p>Absatz</p>"}', ["JSON"], id="json-with-markup-str"),
        pytest.param(b"Nur ein Satz ohne jedes Markup.\nUnd ein zweiter.", ["markup"], id="text"),
        pytest.param("Preis: 3 < 4 und 5 > 2, sonst nichts.", ["markup"], id="text-with-lt"),
        pytest.param(
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
            ["feed"],
            id="rss",
        ),
        pytest.param(
            b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/"><url/></urlset>',
            ["sitemap"],
            id="sitemap",
        ),
        pytest.param(bytes(range(256)) * 40, ["binary"], id="binary-all-bytes"),
        pytest.param(
            bytes((i * 7919 + 13) % 256 for i in range(50_000)), ["binary"], id="binary-junk"
        ),
    ],
)
def test_not_html(page: str | bytes, words: list[str]) -> None:
    error = expect_error(page, NotHTMLError, *words)
    assert isinstance(error, (InputError, ValueError))


def test_over_the_size_limit_names_both_sizes() -> None:
    page = article_page().encode()
    message = f"{len(page):,} bytes, over the limit of 1,000 \\(raise it with max_bytes"
    with pytest.raises(InputTooLargeError, match=message):
        newsparse.parse(page, max_bytes=1000)
    with pytest.raises(InputTooLargeError, match="limit of 1,000"):
        newsparse.parse(page.decode(), max_bytes=1000)
    assert newsparse.parse(page, max_bytes=len(page)).headline == HEADLINE


def test_default_size_limit_is_some_tens_of_megabytes() -> None:
    limit = newsparse.parse.__kwdefaults__["max_bytes"]  # type: ignore[index]
    assert 16_000_000 <= limit <= 128_000_000
    with pytest.raises(InputTooLargeError):
        newsparse.parse(b"<p>" + b" " * limit)


def test_gzip_bytes_are_decompressed_and_reported() -> None:
    article = expect_article(gzip.compress(article_page().encode()))
    assert article.headline == HEADLINE
    assert any("gzip" in warning for warning in article.report.warnings)


def test_concatenated_gzip_members_are_read() -> None:
    page = article_page().encode()
    half = len(page) // 2
    article = expect_article(gzip.compress(page[:half]) + gzip.compress(page[half:]))
    assert article.headline == HEADLINE


def test_gzip_bomb_stops_at_the_limit() -> None:
    bomb = gzip.compress(b"<p>" + b"a" * 30_000_000)
    assert len(bomb) < 100_000
    with pytest.raises(
        InputTooLargeError, match="decompresses to more than the limit of 1,000,000"
    ):
        newsparse.parse(bomb, max_bytes=1_000_000)


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        pytest.param(lambda z: z[: len(z) // 2], ["truncated"], id="truncated"),
        pytest.param(lambda z: z[:10] + b"\x00" * 40 + z[50:], ["damaged"], id="corrupt"),
        pytest.param(lambda z: z[:2], ["truncated"], id="magic-only"),
    ],
)
def test_damaged_gzip_is_a_compressed_input_error(
    damage: Callable[[bytes], bytes], words: list[str]
) -> None:
    expect_error(damage(gzip.compress(article_page().encode())), CompressedInputError, *words)


def test_wrong_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="str or bytes"):
        newsparse.parse(12345)  # type: ignore[arg-type]


def test_bytearray_and_memoryview_are_bytes() -> None:
    page = article_page().encode()
    assert expect_article(bytearray(page)).headline == HEADLINE
    assert expect_article(memoryview(page)).headline == HEADLINE  # type: ignore[arg-type]


# -- broken and truncated markup ------------------------------------------------------


def _cut_before(text: str, marker: str, extra: int = 0) -> str:
    return text[: text.index(marker) + extra]


LD = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": HEADLINE,
    "datePublished": "2025-01-14T08:30:00+01:00",
    "author": [{"@type": "Person", "name": "Erika Mustermann"}],
}
LD_SCRIPT = f'<script type="application/ld+json">{json.dumps(LD, ensure_ascii=False)}</script>'


@pytest.mark.parametrize(
    "cut",
    [
        pytest.param(lambda p: _cut_before(p, "</article>", 0) + "<p class=", id="in-a-tag"),
        pytest.param(lambda p: _cut_before(p, "</article>") + "<p title='offen", id="in-attribute"),
        pytest.param(
            lambda p: _cut_before(p, "</article>") + "<!-- Kommentar ohne E", id="comment"
        ),
        pytest.param(lambda p: _cut_before(p, "</article>") + "<script>var a = '", id="in-script"),
        pytest.param(lambda p: _cut_before(p, "</article>") + "&auml", id="in-entity"),
        pytest.param(lambda p: _cut_before(p, "</article>") + "<![CDATA[ x", id="in-cdata"),
        pytest.param(lambda p: _cut_before(p, "</article>") + "</", id="end-tag-start"),
        pytest.param(lambda p: p.replace("</p>", ""), id="no-closing-p"),
        pytest.param(lambda p: p.replace("<html", "</html><html"), id="close-before-open"),
        pytest.param(lambda p: p.replace("<body>", "<body><body><head>"), id="repeated-body"),
    ],
)
def test_truncated_or_broken_markup_still_gives_the_article(cut: Callable[[str], str]) -> None:
    page = cut(article_page(head=LD_SCRIPT))
    article = expect_article(page)
    assert article.headline == HEADLINE
    assert len(article.body) >= 3


def test_unclosed_inline_elements_in_every_paragraph() -> None:
    # Each paragraph opens a div, span and b that never close: the page nests deeper and deeper.
    # The generic parser finds no body here (yet); what matters is that the report says so.
    article = expect_article(article_page().replace("<p>", "<p><div><span><b>"))
    assert article.headline == HEADLINE
    assert article.body or "body" in article.report.missing


def test_markup_with_spaces_after_every_lt_is_not_html() -> None:
    expect_error(article_page().replace("<", "< "), NotHTMLError, "no HTML markup")


@pytest.mark.parametrize("where", [0.1, 0.3, 0.5, 0.7, 0.9])
def test_truncated_in_the_middle_of_the_jsonld(where: float) -> None:
    page = article_page(head=LD_SCRIPT)
    start = page.index(LD_SCRIPT)
    cut = page[: start + int(len(LD_SCRIPT) * where)]
    result = outcome(cut)
    assert isinstance(result, Article)
    assert result.report.page_kind in ("no-article", "article")
    if result.report.page_kind == "no-article":
        assert "body" in result.report.missing


def test_page_truncated_at_every_kilobyte_boundary() -> None:
    page = article_page(head=LD_SCRIPT).encode()
    for end in range(1, len(page), 97):
        result = outcome(page[:end])
        assert isinstance(result, (Article, EmptyInputError, NotHTMLError)), (end, result)


# -- hostile JSON-LD ------------------------------------------------------------------


def _ld_page(payload: str) -> str:
    return article_page(head=f'<script type="application/ld+json">{payload}</script>')


WRONG_TYPES = {
    "headline": [5, None, [], {"a": 1}, True, ["a", "b"]],
    "author": [5, "x", [None, 3, {"name": 7}], {"name": {"a": 1}}, [[["deep"]]]],
    "datePublished": [5, {"x": 1}, [], "gestern", "9999-99-99T99:99", "2025-13-45"],
    "dateModified": [[], 1e308, "-1"],
    "image": [7, [None], {"url": 5}, [{"url": ["a"]}], {"caption": {}}],
    "keywords": [{"a": 1}, 5, [1, None, {}], ""],
    "articleBody": [["x"], 5, {"text": "y"}],
    "articleSection": [[{"a": 1}], 5, [None]],
    "isAccessibleForFree": [[], "vielleicht", 2, {"a": 1}],
    "description": [[], 5],
    "@type": [5, None, [1, 2], {"a": "NewsArticle"}, ["NewsArticle", 5]],
    "@graph": [5, "x", {"@graph": {"@graph": []}}, [None, 5, "a"]],
}


@pytest.mark.parametrize(
    ("key", "value"),
    [pytest.param(k, v, id=f"{k}-{i}") for k, vs in WRONG_TYPES.items() for i, v in enumerate(vs)],
)
def test_jsonld_with_wrong_types(key: str, value: object) -> None:
    data = dict(LD)
    data[key] = value
    article = expect_article(_ld_page(json.dumps(data)))
    assert article.headline  # the DOM still has it
    assert article.body


@pytest.mark.parametrize(
    "author",
    [
        {"@type": {}},
        {"@type": [{}], "name": "Erika Mustermann"},
        [{"@type": {"a": 1}, "name": "X"}],
    ],
)
def test_jsonld_author_whose_type_is_an_object(author: object) -> None:
    # Found by the deep Hypothesis profile: a TypeError in the generic parser, since fixed.
    article = expect_article(_ld_page(json.dumps({**LD, "author": author})))
    assert article.headline == HEADLINE


@pytest.mark.parametrize(
    "payload",
    [
        pytest.param("[" * 10_000 + "]" * 10_000, id="10000-nested-arrays"),
        pytest.param('{"a":' * 10_000 + "1" + "}" * 10_000, id="10000-nested-objects"),
        pytest.param('{"@type": "NewsArticle", "@graph": ' * 2000 + "[]" + "}" * 2000, id="graph"),
        pytest.param("[" * 100_000, id="100000-open-brackets"),
        pytest.param(json.dumps([{"@type": "Thing", "name": i} for i in range(50_000)]), id="many"),
        pytest.param(json.dumps({**LD, "headline": "x" * 3_000_000}), id="3MB-string-over-the-cap"),
        pytest.param(json.dumps({**LD, "articleBody": "Satz. " * 200_000}), id="1MB-body"),
        pytest.param('{"@type": "NewsArticle", "headline": "\\ud800\\udfff\\u0000"}', id="escapes"),
        pytest.param("{'@type': 'NewsArticle'}", id="single-quotes"),
        pytest.param("NaN", id="nan"),
        pytest.param("</script><script>", id="script-break"),
        pytest.param(json.dumps(LD) + ";" * 1000, id="semicolons"),
    ],
)
def test_hostile_jsonld(payload: str) -> None:
    page = _ld_page(payload)
    start = time.perf_counter()
    article = expect_article(page)
    assert time.perf_counter() - start < budget(len(page))
    assert article.headline
    assert article.body


def test_many_jsonld_blocks() -> None:
    head = LD_SCRIPT * 5000
    article = expect_article(article_page(head=head))
    assert article.headline == HEADLINE


# -- malformed URLs -------------------------------------------------------------------

MALFORMED_URLS = [
    "https://[]/a.jpg",
    "//[x]/b.jpg",
    "http://[::1/c",
    "https://a]b/d",
    "https://[x/e",
]


@pytest.mark.parametrize("bad", MALFORMED_URLS)
@pytest.mark.parametrize("page_url", [None, "https://www.stadtanzeiger.example/a", "https://[x/a"])
def test_malformed_urls_in_the_page_or_the_call(bad: str, page_url: str | None) -> None:
    # Found by fuzzing: urljoin raises ValueError for a malformed bracketed host.
    head = f'<link rel="canonical" href="{bad}"><meta property="og:image" content="{bad}">'
    figure = f'<figure><img src="{bad}"><figcaption>Bild (Foto: dpa)</figcaption></figure>'
    extra = f'{figure}<a href="{bad}">Link</a><img srcset="{bad} 2x">'
    article = expect_article(article_page(head=head, body_extra=extra), url=page_url)
    assert article.headline == HEADLINE
    assert all(image.url is None or "[" not in image.url for image in article.images)


# -- size and depth -------------------------------------------------------------------


def test_100000_nested_elements_gives_an_article_and_says_where_reading_stopped() -> None:
    nest = "<div>" * 100_000 + "tief" + "</div>" * 100_000
    page = article_page(body_extra=nest)
    start = time.perf_counter()
    article = expect_article(page)
    assert time.perf_counter() - start < budget(len(page))
    assert article.headline == HEADLINE
    assert len(article.body) >= 3  # read before the nest
    assert any("nested too deep" in w for w in article.report.warnings)


def test_nesting_just_below_the_limit_reads_the_whole_page() -> None:
    nest = "<div>" * 1500 + "<p>Ein Absatz ganz unten in der Tiefe, mit genug Text daran.</p>"
    nest += "</div>" * 1500
    article = expect_article(article_page(body_extra=nest))
    assert not any("nested" in w for w in article.report.warnings)
    assert article.headline == HEADLINE


def test_nested_inline_elements_in_one_paragraph() -> None:
    nest = "<p>" + "<span>" * 1500 + "Verschachtelt, aber lesbar." + "</span>" * 1500 + "</p>"
    article = expect_article(article_page(body_extra=nest))
    assert "Verschachtelt, aber lesbar." in article.paragraphs


def test_a_deep_page_needs_no_recursion() -> None:
    # Every walk is iterative: libxml2's deepest tree parses under a small recursion limit.
    nest = "<div><span>x</span>" * 2000 + "</div>" * 2000
    page = article_page(body_extra=nest)
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(250)
    try:
        article = newsparse.parse(page, parser="generic")
    finally:
        sys.setrecursionlimit(limit)
    assert article.headline == HEADLINE
    assert article.paragraphs
    assert article == newsparse.parse(page, parser="generic")  # as without the limit


_FIXTURES = list(fixtures.find(Path(__file__).resolve().parents[1] / "fixtures"))


@pytest.mark.parametrize("fixture", _FIXTURES, ids=[f.name for f in _FIXTURES])
def test_site_parsers_need_no_recursion(fixture: fixtures.Fixture) -> None:
    # Boxes nested as deep as libxml2 lets them, in the article text of each fixture
    # page (before its second paragraph): no site parser walks them by recursion.
    expected = fixture.expected()
    assert expected is not None
    page = fixture.page()
    at = -1
    for block in [b for b in expected.body if isinstance(b, Paragraph)][1:3]:
        # The paragraph in the markup, after a tag (not in JSON-LD or a meta tag).
        found = re.search(rb">\s*(%s)" % re.escape(block.text[:30].encode()), page)
        if found:
            at = found.start(1)
            break
    if at <= 0:
        pytest.skip("no second or third paragraph found in the page's bytes")
    nest = b"<div><span>x</span>" * 2000 + b"</div>" * 2000
    deep = page[:at] + nest + page[at:]
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(250)
    try:
        article = newsparse.parse(deep, url=fixture.meta.url)
    finally:
        sys.setrecursionlimit(limit)
    assert article.headline == expected.headline


def test_out_of_memory_lets_go_of_the_failed_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    # A MemoryError leaves parse() without the frames of the failed parse (they hold the
    # page's tree): whoever catches it has the memory back to handle it.
    def exhausted(*args: object) -> None:
        raise MemoryError

    def libxml2_failed(*args: object) -> None:
        raise ValueError("unknown error")  # how libxml2 reports a failed allocation

    page = article_page()
    for failing, out_of_memory in ((exhausted, False), (libxml2_failed, True)):
        monkeypatch.setattr(newsparse.api, "_parse_document", failing)
        monkeypatch.setattr(newsparse.api, "_out_of_memory", lambda answer=out_of_memory: answer)
        with pytest.raises(MemoryError) as caught:
            newsparse.parse(page)
        frames = {frame.f_code.co_name for frame, _ in traceback.walk_tb(caught.tb)}
        assert not frames & {"run", "_parse", failing.__name__}, frames  # nothing below parse()
        context = caught.value.__context__
        assert context is None or context.__traceback__ is None


def test_limit_depth_keeps_the_text_and_caps_the_depth() -> None:
    nest = "<div>" * 1500 + "<p>ganz <b>unten</b></p>" + "</div>" * 1500 + "<p>danach</p>"
    doc = Document.from_bytes(f"<html><body>{nest}</body></html>".encode())
    assert doc.limit_depth(100) == 1
    deepest = max(len(list(e.iterancestors())) for e in doc.root.iter())
    assert deepest <= 100
    assert "ganz unten" in doc.root.text_content()
    assert doc.root.text_content().endswith("danach")


def test_a_50_megabyte_page() -> None:
    page = article_page(paragraphs=1).encode()
    text = " ".join(SENTENCES)
    filler = "".join(f"<p>{text} Absatz {i}.</p>\n" for i in range(110_000)).encode()
    cut = page.index(b"</article>")
    big = page[:cut] + filler + page[cut:]
    assert len(big) > 49_000_000
    start = time.perf_counter()
    article = expect_article(big)
    assert time.perf_counter() - start < budget(len(big))
    assert article.headline == HEADLINE
    assert len(article.body) > 100_000


#: How many times the bare lxml parse of the same page a parse may take on the
#: element-heavy pages: about 3x is measured (docs/performance.md), work that
#: grows faster than the page would be thousands of times.
ELEMENT_HEAVY_RATIO = 150


def test_a_million_tiny_paragraphs() -> None:
    # Bounded by the bare parse timed in the same process, so a busy machine slows
    # both sides alike.
    import lxml.html

    page = article_page(body_extra="<p>Satz.</p>" * 1_000_000)
    floor = seconds(lambda: lxml.html.document_fromstring(page.encode()))
    start = time.perf_counter()
    article = expect_article(page)
    elapsed = time.perf_counter() - start
    assert elapsed < 5 + ELEMENT_HEAVY_RATIO * floor, (elapsed, floor)
    assert article.headline == HEADLINE
    # The million one-word paragraphs after the article are a run of short items,
    # not its body.
    assert len(article.body) == 6


def test_10_megabyte_attribute_values() -> None:
    huge = "x" * 10_000_000
    extra = f'<div class="{huge}" data-x="{huge}"><p>Ein Absatz im großen Attribut.</p></div>'
    head = f'<meta name="keywords" content="{"Wort, " * 1_000_000}">'
    page = article_page(head=head, body_extra=extra)
    start = time.perf_counter()
    article = expect_article(page)
    assert time.perf_counter() - start < budget(len(page))
    assert article.headline == HEADLINE


def test_a_10_megabyte_word_without_spaces() -> None:
    page = article_page(body_extra=f"<p>{'Donaudampfschiff' * 600_000}</p>")
    article = expect_article(page)
    assert article.headline == HEADLINE


def _linear(make_page: Callable[[int], str], n: int) -> None:
    """Parsing 4n units takes well under 16x as long as n units (not quadratic)."""
    small, large = make_page(n), make_page(4 * n)
    t_small = seconds(lambda: outcome(small))
    t_large = seconds(lambda: outcome(large))
    assert t_large < 10 * max(t_small, 0.005), (t_small, t_large)


@pytest.mark.parametrize(
    "make_page",
    [
        pytest.param(lambda n: article_page(paragraphs=n), id="paragraphs"),
        pytest.param(lambda n: article_page(body_extra="<a href='/x'>Link</a> " * n), id="links"),
        pytest.param(lambda n: article_page(body_extra="<div>" * n), id="unclosed-divs"),
        pytest.param(lambda n: article_page(head=LD_SCRIPT * (n // 10)), id="jsonld-blocks"),
        pytest.param(
            lambda n: article_page(
                body_extra="<figure><img src='a.jpg'><figcaption>Bild "
                "(Foto: dpa)</figcaption></figure>" * (n // 4)
            ),
            id="figures",
        ),
        pytest.param(lambda n: article_page(body_extra="<p>" + "ä " * (n * 20)), id="long-text"),
    ],
)
def test_time_grows_linearly(make_page: Callable[[int], str]) -> None:
    _linear(make_page, 2000)


# -- XML, XHTML and entity tricks -----------------------------------------------------

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE html [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>&lol9;</title></head>
<body><h1>&lol9;</h1><p>&lol9; &lol9; &lol9;</p></body></html>
"""


def test_billion_laughs_is_not_expanded() -> None:
    start = time.perf_counter()
    article = expect_article(BILLION_LAUGHS)
    assert time.perf_counter() - start < 5
    assert len(article.to_json()) < 100_000
    assert "lollollol" not in article.to_json()


def test_quadratic_blowup_entity_is_not_expanded() -> None:
    big = "A" * 50_000
    page = (
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "{big}">]>'
        f"<html><body><p>{'&a;' * 5000}</p></body></html>"
    )
    article = expect_article(page)
    assert len(article.to_json()) < 1_000_000


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Any attempt to open a socket is recorded and refused."""
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network access during a parse")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>',
        '<!DOCTYPE html [<!ENTITY % p SYSTEM "file://{secret}"> %p;]>',
        '<!DOCTYPE html SYSTEM "file://{secret}">',
        '<!DOCTYPE html [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/evil.dtd">]>',
        '<!DOCTYPE html PUBLIC "-//X//DTD X//EN" "http://127.0.0.1:9/evil.dtd">',
        '<!DOCTYPE html [<!ENTITY % r SYSTEM "http://127.0.0.1:9/x"> %r;]>',
    ],
)
def test_external_entities_are_never_fetched(
    doctype: str, tmp_path: object, no_network: list[object]
) -> None:
    from pathlib import Path

    secret_file = Path(str(tmp_path)) / "secret.txt"
    secret_file.write_text("GEHEIMNIS-4711", encoding="utf-8")
    head = '<?xml version="1.0" encoding="utf-8"?>' + doctype.format(secret=secret_file)
    page = head + article_page().split("\n", 1)[1].replace("<h1>", "<h1>&xxe;")
    xinclude = '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file://{}"/>'
    page = page.replace("</article>", xinclude.format(secret_file) + "</article>")
    article = expect_article(page)
    assert "GEHEIMNIS" not in article.to_json()
    assert not no_network
    assert article.body


def test_xhtml_page_parses() -> None:
    page = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
        + article_page()
        .split("\n", 1)[1]
        .replace('<html lang="de">', '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="de">')
    )
    article = expect_article(page)
    assert article.headline == HEADLINE
    assert article.language == "de"


# -- pages that are not articles ------------------------------------------------------


def _page(title: str, body: str, head: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{title}</title>'
        f"{head}</head><body>{body}</body></html>"
    )


def _ld(kind: str, **extra: object) -> str:
    data = {"@context": "https://schema.org", "@type": kind, **extra}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


TEASERS = "".join(
    f"<article class='teaser'><a href='/politik/artikel-{i}'><h3>Schlagzeile Nummer {i} "
    f"über Verkehr</h3></a><a href='/politik'>Politik</a></article>"
    for i in range(60)
)
LONG_BODY = "".join(f"<p>{s} {s}</p>" for s in SENTENCES * 3)


@pytest.mark.parametrize(
    ("page", "url", "kind"),
    [
        pytest.param(
            _page(
                "Stadtanzeiger - Nachrichten aus der Region",
                f"<main>{TEASERS}</main>",
                _ld("WebSite", name="Stadtanzeiger"),
            ),
            "https://www.stadtanzeiger.example/",
            "home-page",
            id="home-page",
        ),
        pytest.param(
            _page(
                "Politik - Stadtanzeiger",
                f"<main><h1>Politik</h1>{TEASERS}</main>",
                _ld("CollectionPage"),
            ),
            "https://www.stadtanzeiger.example/politik/",
            "index-page",
            id="section-front",
        ),
        pytest.param(
            _page(
                "Seite nicht gefunden (404) - Stadtanzeiger",
                "<main><h1>Fehler 404</h1><p>Die Seite existiert nicht mehr.</p></main>",
            ),
            "https://www.stadtanzeiger.example/alt/weg",
            "not-found",
            id="404",
        ),
        pytest.param(
            _page(
                "Stadtanzeiger",
                "<div class='cmp'><h2>Wir brauchen Ihre Zustimmung</h2><p>"
                "Wir und unsere Partner verwenden Cookies und Tracking. Mit einem Klick auf "
                "Akzeptieren stimmen Sie zu; werbefrei lesen mit dem Pur-Abo.</p>"
                "<button>Alle akzeptieren</button><button>Einstellungen</button></div>",
            ),
            "https://www.stadtanzeiger.example/politik/artikel-1",
            "consent-wall",
            id="consent-wall",
        ),
        pytest.param(
            _page(
                HEADLINE,
                f"<article><h1>{HEADLINE}</h1><p>{SENTENCES[0]}</p><div class="
                "'paywall'><p>Jetzt weiterlesen mit Stadtanzeiger+</p><p>Schon Abonnent? "
                "Hier einloggen.</p></div></article>",
            ),
            "https://www.stadtanzeiger.example/politik/artikel-2",
            "paywall-stub",
            id="paywall-stub",
        ),
        pytest.param(
            _page(
                "Wintereinbruch im Liveticker",
                f"<article><h1>Wintereinbruch: Alle "
                f"Entwicklungen im Liveticker</h1>{LONG_BODY}</article>",
                _ld("LiveBlogPosting", headline="Wintereinbruch"),
            ),
            "https://www.stadtanzeiger.example/region/wintereinbruch-live",
            "live-ticker",
            id="live-ticker",
        ),
        pytest.param(
            _page(
                "Bildergalerie: Der erste Schnee",
                "<main><h1>Der erste Schnee in Bildern</h1>"
                + "".join(
                    f"<figure><img src='/b/{i}.jpg'><figcaption>Bild {i} (Foto: dpa)"
                    "</figcaption></figure>"
                    for i in range(12)
                )
                + "</main>",
                _ld("ImageGallery"),
            ),
            "https://www.stadtanzeiger.example/bilder/schnee",
            "gallery",
            id="gallery",
        ),
        pytest.param(
            _page(
                "Video: Schneepflug im Einsatz",
                "<main><h1>Schneepflug im Einsatz</h1>"
                "<video src='/v/1.mp4'></video><p>Ein kurzer Film.</p></main>",
                _ld("VideoObject", name="Schneepflug")
                + '<meta property="og:type" content="video.other">',
            ),
            "https://www.stadtanzeiger.example/video/schneepflug",
            "video",
            id="video",
        ),
        pytest.param(
            _page("Impressum", "<main><p>Kontakt: Musterstraße 1</p></main>"),
            "https://www.stadtanzeiger.example/impressum",
            "no-article",
            id="imprint",
        ),
        pytest.param(
            article_page(), "https://www.stadtanzeiger.example/a/b", "article", id="article"
        ),
    ],
)
def test_page_kind(page: str, url: str, kind: str) -> None:
    article = expect_article(page, url=url)
    assert article.report.page_kind == kind, article.report
    assert kind in KINDS


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(_page("Leer", "<div></div>"), id="empty-body"),
        pytest.param("<html></html>", id="bare-html"),
        pytest.param("<p>Kurz.</p>", id="fragment"),
        pytest.param("<frameset><frame src='/a'></frameset>", id="frameset"),
        pytest.param("<svg><text>Kein Artikel</text></svg>", id="svg"),
    ],
)
def test_html_without_an_article_reports_what_is_missing(page: str) -> None:
    article = expect_article(page)
    assert article.report.page_kind != "article"
    assert "body" in article.report.missing
    assert not article.report.ok
