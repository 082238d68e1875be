"""The loader: caller input in, one Document out, every retry decided in one place."""

from __future__ import annotations

import re

import lxml.html
import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from newsparse import loader
from newsparse.decode import repair_mojibake
from newsparse.errors import InputTypeError, InvalidURLError

HEADLINE = "Straßenbahn fährt öfter"


def page(*, head: str = "", body: str = "", charset: str = "utf-8") -> str:
    return (
        f'<html lang="de"><head><meta charset="{charset}"><title>{HEADLINE}</title>{head}'
        f"</head><body><h1>{HEADLINE}</h1><p>Die Fahrgäste ärgern sich nicht.</p>{body}"
        "</body></html>"
    )


def test_url_is_set_at_construction() -> None:
    loaded = loader.load(page(), "https://www.example.de/a")
    assert loaded.document.url == "https://www.example.de/a"


def test_page_url_from_canonical_only_when_http() -> None:
    good = page(head='<link rel="canonical" href="https://www.example.de/b">')
    assert loader.load(good).document.url == "https://www.example.de/b"
    bad = page(
        head='<link rel="canonical" href="javascript:alert(1)">'
        '<meta property="og:url" content="file:///etc/passwd">'
    )
    assert loader.load(bad).document.url is None


@pytest.mark.parametrize(
    ("url", "error"),
    [
        (b"https://x.de/", InputTypeError),
        (["https://x.de/"], InputTypeError),
        ("javascript:alert(1)", InvalidURLError),
        ("https://x.de/\udc80", InvalidURLError),
        ("https://x.de/\x00", InvalidURLError),
        ("www.example.de/a", InvalidURLError),
    ],
)
def test_check_url_refuses(url: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        loader.check_url(url)
    assert issubclass(InputTypeError, TypeError)
    assert issubclass(InvalidURLError, ValueError)


def test_check_url_keeps_http_and_blank() -> None:
    assert loader.check_url(" https://x.de/a ") == "https://x.de/a"
    assert loader.check_url("HTTP://x.de/") == "HTTP://x.de/"
    assert loader.check_url("") is None
    assert loader.check_url(None) is None


def test_undeclared_latin1_is_detected_on_the_one_retry() -> None:
    data = page().replace('<meta charset="utf-8">', "").encode("latin-1")
    loaded = loader.load(data)
    assert loaded.encoding != "utf-8"
    assert loaded.document.title == HEADLINE


def test_a_given_charset_goes_before_the_page_declaration() -> None:
    data = page(charset="utf-8").encode("latin-1")
    loaded = loader.load(data, charset="iso-8859-1")
    assert loaded.document.title == HEADLINE
    assert loaded.encoding == "windows-1252"


def test_control_bytes_are_removed_before_parsing() -> None:
    loaded = loader.load(page(body="<p\x00>Zweiter Absatz über Glätte.</p>"))
    assert "Zweiter Absatz über Glätte." in loaded.document.texts("p")
    assert any("NUL bytes" in w for w in loaded.warnings)


#: Ways libxml2 reads thousands of attributes: spaced, glued after quoted values,
#: split by ``/``, without values, and with quotes in their names.
FLOODS = {
    "spaced": " ".join(f"a{i}='1'" for i in range(5000)),
    "glued": "".join(f'a{i}="1"' for i in range(5000)),
    "slashes": "/".join(f"a{i}" for i in range(5000)),
    "bare names": " ".join(f"a{i}" for i in range(5000)),
    "quoted names": " ".join(f'"a{i}"' for i in range(5000)),
    # A name may start with ``="``: what follows is more names, not a quoted value.
    "equals-quote name first": '="' + " ".join(f"a{i}" for i in range(5000)) + '"',
}


@pytest.mark.parametrize("attributes", FLOODS.values(), ids=FLOODS.keys())
def test_attribute_floods_are_cut(attributes: str) -> None:
    flood = "<div " + attributes + ">Text</div>"
    loaded = loader.load(page(body=flood))
    div = loaded.document.select_one("div")
    assert div is not None
    assert len(div.attrib) == loader.MAX_ATTRIBUTES
    assert div.text == "Text"
    assert any("more than 1000 attributes" in w for w in loaded.warnings)


@settings(max_examples=60, deadline=None)
@given(before=st.integers(0, 3 * loader._LONG), count=st.integers(1100, 2500))
def test_a_flood_is_found_wherever_it_starts(before: int, count: int) -> None:
    # The precheck looks at fixed stretches of the page: a flood just over
    # _LONG bytes is found at every offset, not only at a lucky one.
    attributes = " ".join(f"{i:x}" for i in range(count))  # about 4 bytes each
    data = ("<p>" + "x" * before + "</p><div " + attributes + ">Text</div>").encode()
    assert loader._may_flood(data)
    notes: list[str] = []
    assert loader.cut_attribute_floods(data, notes) is not data
    assert notes


def _flooded_without_early_exit(tag: bytes) -> bool:
    """``loader._flooded`` without its two counting shortcuts: the attributes read."""
    return tag[:1].isalpha() and len(_attribute_names(tag)) > loader.MAX_ATTRIBUTES


_ONE_ATTRIBUTE = re.compile(loader._ATTRIBUTE)
_NAME = re.compile(rb"[\t\n\x0c\r /]*([^\t\n\x0c\r />][^\t\n\x0c\r />=]*)")


def _attribute_names(tag: bytes) -> list[bytes]:
    """The attribute names of a start tag's inside (after ``<``), one by one, as
    :data:`loader._ATTRIBUTE` reads them."""
    at = len(re.match(rb"[^\t\n\x0c\r />]*", tag).group())  # type: ignore[union-attr]
    names: list[bytes] = []
    while (attribute := _ONE_ATTRIBUTE.match(tag, at)) is not None:
        names.append(_NAME.match(attribute.group()).group(1))  # type: ignore[union-attr]
        at = attribute.end()
    return names


#: The loader hands libxml2 UTF-8 and says so (lxml 6.0 reads undeclared bytes as Latin-1).
_UTF8 = lxml.html.HTMLParser(encoding="utf-8")

#: Bytes that change how libxml2 splits a tag: HTML whitespace, ``/``, ``=``,
#: both quotes, and letters for names. A non-breaking space is no separator.
_TAG_BYTES = st.lists(
    st.sampled_from([b" ", b"\t", b"\n", b"\r", b"\x0c", b"/", b"=", b'"', b"'", b"\xc2\xa0"])
    | st.sampled_from([b"a", b"b", b"c", b"d"]),
    max_size=40,
).map(b"".join)


@settings(max_examples=300, deadline=None)
@given(inside=_TAG_BYTES)
@example(inside=b'="a b c"')
@example(inside=b"a=\"x\"b='y'c")
@example(inside=b'a="x"=y')
@example(inside=b"a /=x")
@example(inside=b'a=b"c d')
def test_attributes_are_read_as_libxml2_reads_them(inside: bytes) -> None:
    # The flood count stands for libxml2's: the names it reads are libxml2's, in
    # order (libxml2 lower-cases them and keeps the first of a repeated name).
    html = b"<html><body><div " + inside + b">Text</div></body></html>"
    div = lxml.html.document_fromstring(html, parser=_UTF8).find(".//div")
    assume(div is not None)  # a quote left open runs to the end of the page
    assert div is not None
    read = list(dict.fromkeys(name.lower() for name in _attribute_names(b"div " + inside)))
    assert read == [name.encode("utf-8") for name in div.attrib]


@settings(max_examples=300, deadline=None)
@given(inside=_TAG_BYTES)
@example(inside=b" a b c d")
@example(inside=b' a=""b=""c')
def test_a_tag_holds_at_most_half_its_length_in_attributes(inside: bytes) -> None:
    # Why tags shorter than _LONG are not looked at: each attribute takes two bytes
    # or more (a name and the separator or quoted value before it), so such a tag
    # holds at most _LONG // 2 attributes, a few milliseconds for libxml2.
    assert len(_attribute_names(b"div" + inside)) <= len(inside) // 2


@settings(max_examples=100, deadline=None)
@given(
    first=_TAG_BYTES,
    form=st.sampled_from([b" a", b"/a", b'"a', b"=a", b" a=1", b" a='/ /'", b'a="x y"']),
    count=st.integers(loader.MAX_ATTRIBUTES - 4, loader.MAX_ATTRIBUTES + 4),
)
def test_a_flood_is_cut_to_exactly_the_limit(first: bytes, form: bytes, count: int) -> None:
    # Whatever comes first in the tag (``="`` included), the tag is cut when
    # libxml2 would read more than the limit, and keeps exactly the limit.
    tag = b"div " + first + b"".join(form + str(i).encode() for i in range(count))
    flooded = loader._FLOOD.match(tag)
    assert (flooded is not None) is (len(_attribute_names(tag)) > loader.MAX_ATTRIBUTES)
    if flooded is not None:
        assert len(_attribute_names(tag[: flooded.end()])) == loader.MAX_ATTRIBUTES


#: Attributes as libxml2 reads them: bare, with a quoted value (which may hold
#: separators), glued to the quoted value before it, after a ``/``.
_ATTRIBUTE_FORMS = st.sampled_from(
    [b" a", b" a='1'", b' a="x y"', b'a="1"', b"/a", b" a=1", b' "a"', b" a='/ /'"]
)


@settings(max_examples=100, deadline=None)
@given(
    form=_ATTRIBUTE_FORMS,
    count=st.integers(loader.MAX_ATTRIBUTES - 8, loader.MAX_ATTRIBUTES + 8),
    others=st.lists(_ATTRIBUTE_FORMS, max_size=20),
)
def test_the_separator_count_only_skips_tags_the_full_count_passes(
    form: bytes, count: int, others: list[bytes]
) -> None:
    # At the limit, in every way attributes are written: the early exit (one pass
    # counting separator bytes) must never say "no flood" where counting words and
    # quotes would go on.
    tag = b"div" + form * count + b"".join(others)
    assert loader._flooded(tag) is _flooded_without_early_exit(tag)


LONG_TAGS = {
    "data URL": "<img src='data:image/png;base64," + "A" * 10_000 + "' alt='Bild'>",
    "SVG path": '<path d="' + " ".join(f"L {i} {i + 1}" for i in range(3000)) + '"/>',
    "srcset": '<img srcset="'
    + ", ".join(f"/bild-{i}.jpg {i}w" for i in range(2000))
    + '" src="/bild.jpg">',
}


@pytest.mark.parametrize("long_value", LONG_TAGS.values(), ids=LONG_TAGS.keys())
def test_ordinary_long_tags_are_left_alone(long_value: str) -> None:
    notes: list[str] = []
    data = page(body=long_value).encode()
    assert loader.cut_attribute_floods(data, notes) is data
    assert notes == []


@pytest.mark.parametrize("times", [1, 2, 3])
def test_utf8_mis_decoded_several_times_is_repaired_to_the_end(times: int) -> None:
    text = "Die Straßenbahn fährt über die Brücke – „pünktlich“"
    broken = text
    for _ in range(times):
        broken = broken.encode("utf-8").decode("cp1252", errors="replace")
    loaded = loader.load(page(body=f"<p>{broken}</p>"))
    assert text in loaded.document.texts("p")
    assert any("mis-decoded" in w for w in loaded.warnings)


def test_the_issue_example_latin1_twice() -> None:
    # ``StraÃÂ\x9fenbahn``: ``ß`` read as Latin-1 twice, once repaired by the old code.
    broken = "Straße".encode().decode("latin-1").encode().decode("latin-1")
    text, _ = repair_mojibake(broken)
    assert repair_mojibake(text)[0] == "Straße"
    loaded = loader.load(page(body=f"<p>{broken}nbahn fährt.</p>"))
    assert "Straßenbahn fährt." in loaded.document.texts("p")


def test_stray_ff_bytes_keep_utf8() -> None:
    data = page(body="<p>\xff\xff Glätte und Übung.</p>").encode("utf-8")
    data = data.replace("\xff".encode(), b"\xff")
    loaded = loader.load(data)
    assert loaded.encoding == "utf-8"
    assert any("0xFF" in w for w in loaded.warnings)
    assert any("Glätte und Übung." in t for t in loaded.document.texts("p"))
