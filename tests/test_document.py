"""Document helpers: neighbours past wrappers, and flattening deep trees."""

from __future__ import annotations

from urllib.parse import urljoin

import lxml.html
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse.document import Document, HtmlElement, adjacent, http_url


def page(body: str) -> Document:
    return Document(lxml.html.document_fromstring(f"<html><body>{body}</body></html>"))


def one(doc: Document, selector: str) -> HtmlElement:
    found = doc.select_one(selector)
    assert found is not None, selector
    return found


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
    deep = "<div>" * 30 + "<meta name='x' content='deep'><h1>Tief</h1>" + "</div>" * 30
    doc = page(f"<h2>oben</h2>{deep}")
    assert doc.meta_value("x") == "deep"
    assert doc.first_h1 is not None
    doc.limit_depth(10)
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
