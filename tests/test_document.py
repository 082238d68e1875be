"""Document helpers: neighbours past wrappers, the elements after one, an element's
text, and flattening deep trees."""

from __future__ import annotations

from random import Random
from unittest.mock import patch
from urllib.parse import urljoin

import lxml.etree
import lxml.html
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse import document
from newsparse.climb import Climb
from newsparse.conventions import normalize
from newsparse.conventions.memo import forget
from newsparse.document import (
    Document,
    HtmlElement,
    adjacent,
    following,
    http_url,
    select_one,
)
from newsparse.generic.container import key
from newsparse.texts import TextStarts, _walk_text, short_texts, text_endings, text_of


def page(body: str) -> Document:
    return Document(lxml.html.document_fromstring(f"<html><body>{body}</body></html>"))


def one(doc: Document, selector: str) -> HtmlElement:
    found = doc.select_one(selector)
    assert found is not None, selector
    return found


#: Markup of random nested elements with text, tails, comments and the tags that text_of
#: treats apart (skipped, ``<br>``).
_TAGS = ("div", "p", "span", "b", "h2", "li", "a", "br", "script", "svg")


def _markup(text: st.SearchStrategy[str], tail: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.recursive(
        text,
        lambda inner: st.builds(
            lambda tag, parts, tail, comment: (
                f"<{tag}>{''.join(parts)}</{tag}>{'<!-- c -->' if comment else ''}{tail}"
            ),
            st.sampled_from(_TAGS),
            st.lists(inner, max_size=4),
            tail,
            st.booleans(),
        ),
        max_leaves=30,
    )


MARKUP = _markup(st.text("ab \n\xa0", max_size=4), st.text("cd ", max_size=3))
#: The same with every kind of character text_of folds or drops: tabs, a soft hyphen and
#: a zero-width space.
RICH_MARKUP = _markup(*[st.text("ab \n\t\xa0\xad\u200b", max_size=5)] * 2)


def _tree(markup: str) -> HtmlElement:
    parser = lxml.html.HTMLParser(remove_comments=False)
    return lxml.html.document_fromstring(f"<html><body>{markup}</body></html>", parser=parser)


@settings(max_examples=200)
@given(MARKUP, st.integers(0, 12), st.sampled_from([(), ("p",), ("h2", "p"), ("br",)]))
def test_following_is_xpaths_following_axis(markup: str, limit: int, tags: tuple[str, ...]) -> None:
    root = _tree(markup)
    test = " or ".join(f"self::{tag}" for tag in tags)
    xpath = f"following::*{f'[{test}]' if test else ''}[position() <= {limit}]"
    for element in root.iter(lxml.etree.Element):
        assert list(following(element, limit, *tags)) == element.xpath(xpath)


@settings(max_examples=200)
@given(MARKUP)
@example("<p>a<br>c</p>")  # a line break between words is a space
@example("<div>a<span>b</span><script>x</script>c<!-- d -->e</div>")
def test_text_of_reads_what_the_walk_reads(markup: str) -> None:
    # The C path (the string value) must give what the walk gives: without skipped
    # tags, ``<br>`` or comments in the element the two read the same text.
    root = _tree(markup)
    for element in root.iter(lxml.etree.Element):
        assert text_of(element) == normalize("".join(_walk_text(element)))


@settings(max_examples=200)
@given(RICH_MARKUP, st.integers(1, 12))
@example("<div>a<br>b<svg><span>c</span></svg>d</div>", 3)  # an svg's elements have texts
@example("<p>a\u200b <b> \xadb</b></p>", 2)  # folded pieces join as the whole text folds
@example("<div><p>" + "ab " * 50 + "</p>cd</div>", 3)  # a long piece: only its start is kept
def test_short_texts_are_text_of_or_its_start(markup: str, limit: int) -> None:
    root = _tree(markup)
    for start in root.iter(lxml.etree.Element):
        found = short_texts(start, limit)
        for element in start.iter():
            if not isinstance(element.tag, str):
                assert element not in found
                continue
            text = text_of(element)
            if len(text) - text.count(" ") < limit:
                assert found[element] == text
            else:  # its start, long enough to say the text is as long as the limit
                start = found[element]
                assert text.startswith(start)
                assert len(start) - start.count(" ") >= limit
                assert len(start) <= 4 * limit + 5  # what the walk keeps stays short
    forget()


@settings(max_examples=200)
@given(RICH_MARKUP, st.integers(0, 6))
@example("<div>a<br>b<svg><span>c</span></svg>d</div>", 3)
@example("<p>A<b>ß<script>x</script></b><!-- c -->Ü</p>", 2)  # case folding, skipped text
def test_text_endings_are_the_ends_of_the_keys(markup: str, size: int) -> None:
    root = _tree(markup)
    for start in root.iter(lxml.etree.Element):
        found = text_endings(start, size, key)
        for element in start.iter():
            if isinstance(element.tag, str):
                ending = key(text_of(element))[-size:] if size else ""  # [-0:] is all of it
                assert found[element] == ending
            else:
                assert element not in found
    forget()


@settings(max_examples=200)
@given(RICH_MARKUP, st.integers(1, 8), st.randoms(use_true_random=False))
def test_text_starts_in_any_order_are_short_texts(markup: str, limit: int, rng: Random) -> None:
    root = _tree(markup)
    elements = [e for e in root.iter() if isinstance(e.tag, str)]
    for order in (elements, rng.sample(elements, len(elements))):  # page order, then any
        starts = TextStarts(limit)
        for element in order:
            text, whole = starts(element), text_of(element)
            if len(whole) - whole.count(" ") < limit:
                assert text == whole
            else:  # the whole text (the first few) or a start as long as the limit
                assert whole.startswith(text)
                assert len(text) - text.count(" ") >= limit
            assert starts.whole(element) == whole
    forget()


def test_text_starts_walk_each_element_once_in_page_order() -> None:
    chain = "<div>" * 50 + "Text" + "</div>" * 50
    root = _tree(chain + chain)
    walks: list[HtmlElement] = []
    original = short_texts

    def counted(element: HtmlElement, limit: int) -> dict[HtmlElement, str]:
        walks.append(element)
        return original(element, limit)

    starts = TextStarts(10)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("newsparse.texts.short_texts", counted)
        texts = [starts(e) for e in root.iter("div")]
    assert texts == ["Text"] * 100
    assert len(walks) == 2  # one walk per chain, not one per box


def test_text_starts_never_walk_a_box_again_for_the_boxes_inside_it() -> None:
    # text_of walks a box holding a <br> in Python. TextStarts read its first 32 boxes
    # through text_of, so a chain of 32 such boxes was walked 32 times over (a fuzzed
    # page: 0.18 s against 1.5 ms for lxml). Now every element is walked once.
    chain = "<div>Zeile<br>" * 32 + "Text" + "</div>" * 32
    root = _tree(chain)
    visits = 0
    original = lxml.etree.iterwalk

    def counted(*args: object, **kwargs: object) -> object:
        nonlocal visits
        for item in original(*args, **kwargs):  # type: ignore[call-overload]
            visits += 1
            yield item

    elements = sum(1 for _ in root.iter())
    for read in ("start", "whole"):
        starts = TextStarts(1000)
        visits = 0
        forget()
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("newsparse.texts.lxml.etree.iterwalk", counted)
            ask = starts if read == "start" else starts.whole
            texts = [ask(e) for e in root.iter("div")]
        assert texts[-1] == "Zeile Text"
        assert visits <= 2 * elements, read  # a start and an end event each, once
    forget()


@settings(max_examples=200)
@given(MARKUP, st.sampled_from(_TAGS), st.integers(0, 30), st.randoms(use_true_random=False))
def test_climb_answers_as_a_walk_up_the_ancestors(
    markup: str, tag: str, stop_at: int, rng: Random
) -> None:
    root = _tree(markup)
    elements = list(root.iter(lxml.etree.Element))
    stop = elements[stop_at] if stop_at < len(elements) else None

    def expected(element: HtmlElement) -> bool:
        for ancestor in element.iterancestors():
            if ancestor.tag == tag:
                return True
            if ancestor is stop:
                return False
        return False

    climb = Climb(lambda ancestor: ancestor.tag == tag, stop)
    for element in rng.sample(elements, len(elements)):
        assert climb(element) == expected(element)


@settings(max_examples=200)
@given(
    MARKUP,
    st.sampled_from(_TAGS),
    st.sampled_from(_TAGS),
    st.randoms(use_true_random=False),
)
def test_a_deciding_climb_answers_as_the_first_ancestor_that_decides(
    markup: str, yes: str, no: str, rng: Random
) -> None:
    # The first ancestor of tag ``yes`` or ``no`` answers True or False; the answers
    # kept for ancestors must not leak to elements whose nearer ancestor decides.
    root = _tree(markup)
    elements = list(root.iter(lxml.etree.Element))

    def verdict(ancestor: HtmlElement) -> bool | None:
        return True if ancestor.tag == yes else False if ancestor.tag == no else None

    def expected(element: HtmlElement) -> bool:
        for ancestor in element.iterancestors():
            decided = verdict(ancestor)
            if decided is not None:
                return decided
        return False

    climb = Climb.deciding(verdict)
    for element in rng.sample(elements, len(elements)):
        assert climb(element) == expected(element)


@settings(max_examples=150)
@given(MARKUP, st.randoms(use_true_random=False), st.sampled_from([".x", ".x, .y", "#i", "span.x"]))
def test_first_match_below_a_box_is_the_first_one_xpath_finds(
    markup: str, rng: Random, selector: str
) -> None:
    # Below a box, the page's matches are looked up by place (nested boxes are not each
    # read whole); the answer must be the first match of the selector's own XPath.
    root = _tree(markup)
    for element in root.iter(lxml.etree.Element):
        if rng.random() < 0.4:
            element.set("class", rng.choice(["x", "y", "x y", "xy"]))
        if rng.random() < 0.1:
            element.set("id", "i")
    doc = Document(root)
    with patch.object(document, "_BOXES_READ", 0):  # by place from the first box on
        for box in root.iter(lxml.etree.Element):
            assert doc.select_one(selector, box) is select_one(box, selector)


def test_adjacent_looks_past_the_wrappers_an_element_ends() -> None:
    doc = page(
        "<div id='box'><div><h2 id='h'>Titel</h2></div><!-- note --><ul id='list'></ul>"
        "<p id='last'>x</p></div>"
    )
    box = one(doc, "#box")

    def at_box(node: HtmlElement) -> bool:
        return node is box

    assert adjacent(one(doc, "#h"), at_box) is one(doc, "#list")
    before = adjacent(one(doc, "#list"), at_box, before=True)
    assert before is not None
    assert before.tag == "div"  # the wrapper, not the comment between
    assert adjacent(one(doc, "#last"), at_box) is None  # nothing after it in the box


def test_flattening_forgets_what_was_read_from_the_old_tree() -> None:
    deep = "<div>" * 30 + "<meta name='x' content='deep'><h1>Tief</h1><script>x = 1</script>"
    doc = page(f"<h2>oben</h2>{deep}{'</div>' * 30}")
    assert doc.meta_value("x") == "deep"
    assert doc.first_h1 is not None
    divs = list(doc.root.iter("div"))
    for div in divs:
        text_of(div)  # read, and kept for the rest of the page
    doc.limit_depth(10)
    read_now = [text_of(div) for div in divs]
    forget()
    assert read_now == [text_of(div) for div in divs]  # nothing kept from the old tree
    assert doc.meta_value("x") is None  # flattened to text
    assert doc.first_h1 is None
    assert doc.select("h1") == []


SCHEMES = st.sampled_from(["https://", "http://", "HTTPS://", "ftp://", "//", "/", ""])
HOSTS = st.sampled_from(["x.de", "www.example.de:8080", "x.de:x", "[::1]", "[", "a]b", "ä.de", ""])
URL_PARTS = st.sampled_from(
    ["/pfad", "/b;p", ";", "?", "?q=1", "#", "#f", "?#", "..", "/./", " ", "\t", "\x01", "ä",
     "%20", "\\", "/"]
)  # fmt: skip
URLS = st.tuples(SCHEMES, HOSTS, st.lists(URL_PARTS, max_size=5)).map(
    lambda t: t[0] + t[1] + "".join(t[2])
)
BASES = ["https://www.example.de/a/b.html", "http://www.example.de/", "https://[x/a", "ftp://f/"]


@settings(max_examples=400)  # quick: ~1 ms an example
@given(URLS, st.sampled_from(BASES))
@example("https://x.de?", BASES[0])
@example("https://x.de/a#", BASES[0])
@example("https://x.de/a;", BASES[0])
@example("https://[::1/a", BASES[0])
@example("https://x.de/a.jpg", "https://[x/a")
def test_absolute_is_what_urljoin_makes_of_a_url(href: str, base: str) -> None:
    # absolute() returns plain absolute URLs without urljoin: the result must not differ.
    doc = Document(page("").root, base)
    try:
        expected: str | None = http_url(urljoin(base, href.strip()))
    except ValueError:
        expected = None
    if href.strip().startswith("data:") or not href.strip():
        return
    assert doc.absolute(href) == expected


H1_PAGES = [
    "<h1>eins</h1><div><h1>zwei</h1><p class='x'>text</p></div><section><h1>drei</h1></section>",
    "<header><h1 class='x'>oben</h1></header><h2>kein h1</h2>",
    "<p class='x'>ohne Überschrift</p>",
]


@pytest.mark.parametrize("markup", H1_PAGES)
@pytest.mark.parametrize("index_first", [False, True])
def test_h1s_are_every_h1_in_page_order(markup: str, index_first: bool) -> None:
    # Landmarks come from the page index's walk when a selector ran first, else from a
    # walk of their own: both give every h1 of the page, as a walk of the tree does.
    doc = page(markup)
    if index_first:
        doc.select(".x")
        assert doc._index is not None
        assert doc._index.walked
    walked = list(doc.root.iter("h1"))
    assert list(doc.h1s) == walked
    assert doc.first_h1 is (walked[0] if walked else None)
