"""Bytes are decoded right whatever the page's encoding; umlauts and ß survive.

Each case encodes one of our own German pages in some encoding, declares
(or mis-declares) it, and checks headline and paragraphs against the text we
wrote, character for character, plus the warning the repair leaves in the report.
"""

from __future__ import annotations

import codecs
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.decode import (
    _CONT,
    _CONTROL_BYTES,
    _CONTROL_WINDOW,
    _MOJIBAKE_RUN,
    _shows_mojibake,
    decode,
    has_control_bytes,
    may_pass_unchecked,
    repair_mojibake,
    strip_controls,
)
from test_inputs import HEADLINE, SENTENCES, article_page, expect_article

UMLAUTS = "äöüÄÖÜß"


def assert_german_intact(article: newsparse.Article, *, replaced: int = 0) -> None:
    """Headline and every sentence as written; ``replaced`` U+FFFD we put in on purpose."""
    assert article.headline == HEADLINE
    text = article.text
    for sentence in SENTENCES:
        assert sentence in text, sentence
    assert set(UMLAUTS) - {"Ä", "Ö"} <= set(text)
    assert text.count("\ufffd") == replaced
    assert "Ã" not in text


@pytest.mark.parametrize(
    ("encoding", "declared"),
    [
        ("utf-8", "utf-8"),
        ("iso-8859-1", "iso-8859-1"),
        ("iso-8859-1", "ISO-8859-1"),
        ("iso-8859-1", "latin1"),
        ("windows-1252", "windows-1252"),
        ("windows-1252", "iso-8859-1"),  # the usual mislabel: browsers read it as cp1252
        ("iso-8859-15", "iso-8859-15"),
        ("cp850", "cp850"),
    ],
)
def test_declared_encoding(encoding: str, declared: str) -> None:
    page = article_page(charset=declared).encode(encoding)
    article = expect_article(page)
    assert_german_intact(article)
    read_as = codecs.lookup(decode(page).encoding).name
    assert read_as in (codecs.lookup(encoding).name, "cp1252")


def test_iso_8859_1_page_keeps_its_umlauts() -> None:
    page = article_page(charset="iso-8859-1").encode("iso-8859-1")
    assert b"\xfc" in page  # ü as a single Latin-1 byte
    assert b"\xdf" in page  # ß
    article = expect_article(page)
    assert_german_intact(article)
    assert "Straßenbahn" in article.text
    assert not article.report.warnings or all("decod" not in w for w in article.report.warnings)


def test_windows_1252_typographic_quotes_and_euro() -> None:
    extra = "<p>„Das kostet 5 €“, sagte sie – und lachte … über den ‚Preis‘.</p>"
    page = article_page(charset="windows-1252", body_extra=extra).encode("cp1252")
    article = expect_article(page)
    assert_german_intact(article)
    assert "„Das kostet 5 €“, sagte sie – und lachte … über den ‚Preis‘." in article.paragraphs


_QUOTE = "„Das kostet 5 €“, sagte sie – und lachte … über den ‚Preis‘."


@pytest.mark.parametrize("charset", ["windows-1252", None])
def test_windows_1252_with_a_byte_it_leaves_undefined(charset: str | None) -> None:
    # 0x81 has no character in windows-1252, and Python's codec refuses it. Browsers read
    # it as the control character U+0081 and the rest of the page as windows-1252; so does
    # newsparse, with a warning naming the byte, declared or not (no character-set
    # detector is asked, so the reading is the same wherever newsparse is installed).
    page = article_page(charset=charset or "x", body_extra=f"<p>{_QUOTE}</p>")
    if charset is None:
        page = page.replace('<meta charset="x">', "")
    data = page.encode("cp1252").replace(b"Preis", b"Pre\x81is")
    article = expect_article(data)
    assert_german_intact(article)
    assert _QUOTE.replace("Preis", "Pre\x81is") in article.paragraphs
    assert any("0x81" in w and "windows-1252" in w for w in article.report.warnings)


@pytest.mark.parametrize(
    "encoding", ["utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "utf-32"]
)
def test_byte_order_marks(encoding: str) -> None:
    text = article_page(charset="utf-8")
    if encoding == "utf-16-le-bom":
        page = b"\xff\xfe" + text.encode("utf-16-le")
    elif encoding == "utf-16-be-bom":
        page = b"\xfe\xff" + text.encode("utf-16-be")
    else:
        page = text.encode(encoding)
    assert_german_intact(expect_article(page))


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_detected_and_reported(encoding: str) -> None:
    article = expect_article(article_page().encode(encoding))
    assert_german_intact(article)
    assert any("byte order mark" in w for w in article.report.warnings)


def test_str_input() -> None:
    assert_german_intact(expect_article(article_page(charset="iso-8859-1")))


@pytest.mark.parametrize(
    ("encoding", "declared"),
    [
        ("iso-8859-1", "utf-8"),  # says UTF-8, is Latin-1
        ("windows-1252", "utf-8"),
        ("utf-8", "iso-8859-1"),  # says Latin-1, is UTF-8
        ("utf-8", "windows-1251"),
        ("utf-8", "utf-16"),
        ("utf-8", "no-such-charset"),
        ("iso-8859-1", "no-such-charset"),
    ],
)
def test_meta_charset_that_lies(encoding: str, declared: str) -> None:
    page = article_page(charset=declared).encode(encoding)
    assert_german_intact(expect_article(page))


def test_http_equiv_content_type_declaration() -> None:
    head = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
    page = article_page(charset="x", head=head).replace('<meta charset="x">', "")
    assert_german_intact(expect_article(page.encode("iso-8859-1")))


def test_page_mis_decoded_once_is_repaired_and_reported() -> None:
    good = article_page()
    broken = good.encode("utf-8").decode("cp1252").encode("utf-8")
    assert "FÃ¼r".encode() in broken
    article = expect_article(broken)
    assert_german_intact(article)
    assert any("mis-decoded" in w and "repaired" in w for w in article.report.warnings)


def test_mis_decoded_str_is_repaired_too() -> None:
    broken = article_page().encode("utf-8").decode("latin-1")
    article = expect_article(broken)
    assert_german_intact(article)
    assert any("mis-decoded" in w for w in article.report.warnings)


@pytest.mark.parametrize(
    ("text", "expected", "count"),
    [
        ("FÃ¼r die StraÃŸe", "Für die Straße", 2),
        ("â€žZitatâ€œ", "„Zitat“", 2),
        ("5 â‚¬", "5 €", 1),
        ("„Gruß“ und Fußball…", "„Gruß“ und Fußball…", 0),  # correct text stays
        ("Ã", "Ã", 0),
        ("GRÃœNE", "GRÜNE", 1),
    ],
)
def test_repair_mojibake(text: str, expected: str, count: int) -> None:
    assert repair_mojibake(text) == (expected, count)


#: The definition ``_shows_mojibake`` finds with memchr: a page with a 0x83 byte and
#: ``Ã`` before a mis-decoded Latin-1 or punctuation character, or ``â€``.
MOJIBAKE_BYTES = re.compile(rb"\xc3\x83[\xc2\xc5\xe2]|\xc3\xa2\xe2\x82\xac")


#: Bytes and sequences around the ones ``_shows_mojibake`` looks for.
MOJIBAKE_PARTS = [
    *(bytes([b]) for b in (0xC3, 0x83, 0xC2, 0xC5, 0xE2, 0xA2, 0x82, 0xAC, 0xBC, 0x61)),
    "ü".encode(),
    "€".encode(),
    "Ã".encode(),
    "Ã¼".encode(),
    "â€".encode(),
    "â€ž".encode(),
]


@given(st.lists(st.sampled_from(MOJIBAKE_PARTS), max_size=40))
def test_mojibake_is_found_as_its_definition_says(parts: list[bytes]) -> None:
    data = b"".join(parts)
    assert _shows_mojibake(data) == bool(b"\x83" in data and MOJIBAKE_BYTES.search(data))


#: Lead characters of each length (and two just outside), plain letters, and characters
#: UTF-8 continuation bytes become.
_LEADS = ("\u00c1", "\u00c2", "\u00df", "\u00e0", "\u00ef", "\u00f0", "\u00f4", "\u00f5", "a")
_CONTINUATIONS = ("\u20ac", "\u0080", "\u00bf", "\u00a0", "\u201e")


@given(
    st.lists(
        st.tuples(st.sampled_from(_LEADS), st.integers(0, 4), st.sampled_from(_CONTINUATIONS)),
        max_size=12,
    )
)
def test_mojibake_runs_are_found_as_a_lead_and_its_continuations(
    parts: list[tuple[str, int, str]],
) -> None:
    # The pattern opens with one class and picks its branch by lookbehind (for speed);
    # it must find what the plain definition finds: a lead of two, three or four bytes,
    # then one, two or three continuation characters.
    text = "".join(lead + continuation * count for lead, count, continuation in parts)
    cont = _CONT
    plain = re.compile(
        f"[\u00c2-\u00df]{cont}|[\u00e0-\u00ef]{cont}{{2}}|[\u00f0-\u00f4]{cont}{{3}}"
    )
    assert [m.span() for m in _MOJIBAKE_RUN.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


def test_correct_text_that_looks_a_little_like_mojibake_is_left_alone() -> None:
    extra = "<p>Der „Gruß“ ist ein Fußball… und Ã allein ist ein Buchstabe.</p>"
    article = expect_article(article_page(body_extra=extra))
    assert "Der „Gruß“ ist ein Fußball… und Ã allein ist ein Buchstabe." in article.paragraphs
    assert not any("mis-decoded" in w for w in article.report.warnings)


def test_a_few_invalid_bytes_in_a_utf8_page() -> None:
    page = article_page(body_extra="<p>Kaputt: \xff\xfe hier.</p>")
    data = page.encode("utf-8").replace("\xff\xfe".encode(), b"\xff\xfe")
    article = expect_article(data)
    assert_german_intact(article, replaced=2)
    assert any("invalid UTF-8" in w for w in article.report.warnings)


def test_nul_bytes_and_control_characters_are_removed() -> None:
    page = article_page().replace("Straßenbahnfahrer", "Straßen\x00bahn\x01fahrer")
    for data in (page, page.encode("utf-8"), page.encode("utf-16")):
        article = expect_article(data)
        assert article.headline == HEADLINE
        assert any("NUL" in w for w in article.report.warnings)


def test_control_characters_in_the_body_text_are_removed() -> None:
    page = article_page(body_extra="<p>Ein Sat\x01z mit Steuer\x02zeichen.</p>")
    article = expect_article(page.encode("utf-8"))
    assert "Ein Satz mit Steuerzeichen." in article.paragraphs
    assert not any(ord(c) < 32 for c in article.text.replace("\n", ""))
    assert any("control characters" in w for w in article.report.warnings)


@pytest.mark.parametrize("other", ["", "<p>Noch ein Steuer\x01zeichen.</p>"])
def test_vertical_tabs_and_separators_become_spaces(other: str) -> None:
    # Word's manual line break is a vertical tab: the words on either side stay apart,
    # whether or not another control character makes the page be cleaned.
    page = article_page(body_extra=f"<p>Erste Zeile\x0bzweite Zeile\x1fdritte.</p>{other}")
    article = expect_article(page.encode("utf-8"))
    assert "Erste Zeile zweite Zeile dritte." in article.paragraphs


def test_json_ld_with_control_characters_and_raw_line_breaks_is_read() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"description": "Zeile\x0beins\nZeile zwei", '
        '"datePublished": "2026-03-02T10:15:00+01:00"}</script>'
    )
    article = expect_article(article_page(head=ld).encode("utf-8"))
    assert article.published is not None
    assert article.published.isoformat() == "2026-03-02T10:15:00+01:00"


def test_control_characters_anywhere_are_removed_before_the_tree_is_built() -> None:
    # Even where the article does not read them: one scan decides, before parsing.
    page = article_page(body_extra='<div data-note="a\x01b"></div>')
    article = expect_article(page.encode("utf-8"))
    assert_german_intact(article)
    assert any("control characters" in w for w in article.report.warnings)


def test_a_nul_inside_a_tag_name_keeps_the_body() -> None:
    clean = expect_article(article_page().encode("utf-8"))
    page = article_page().replace("<p>", "<p\x00>", 1)
    article = expect_article(page.encode("utf-8"))
    assert article.paragraphs == clean.paragraphs
    assert any("NUL bytes" in w for w in article.report.warnings)


def test_a_replacement_character_of_the_page_itself_stays() -> None:
    page = article_page(body_extra="<p>Ersetzt: \ufffd hier.</p>")
    article = expect_article(page.encode("utf-8"))
    assert "Ersetzt: \ufffd hier." in article.paragraphs
    assert not any("control characters" in w for w in article.report.warnings)


def test_decode_removes_control_bytes() -> None:
    data = article_page(body_extra="<p>a\x01b</p>").encode("utf-8")
    assert b"\x01" not in decode(data).data
    notes: list[str] = []
    assert strip_controls(data, notes) == data.replace(b"\x01", b"")
    assert notes


@given(
    st.integers(0, 3 * _CONTROL_WINDOW),
    st.sampled_from([*_CONTROL_BYTES, *b"\t\n\r\x0c a\x7f\xc3"]),
    st.sampled_from([0, 1, _CONTROL_WINDOW - 1, _CONTROL_WINDOW, 2 * _CONTROL_WINDOW + 1]),
)
def test_a_control_byte_is_found_anywhere(size: int, byte: int, offset: int) -> None:
    # The page is searched a window at a time: a byte on either side of a window's
    # edge, in the last window or the first, is found as a search of the whole is.
    data = bytearray(b"<p>" * (size // 3 + 1))[:size]
    if offset < size:
        data[offset] = byte
    assert has_control_bytes(bytes(data)) == any(code in data for code in _CONTROL_BYTES)


def test_lone_surrogates_in_str_input() -> None:
    page = article_page(body_extra="<p>Kaputt: \ud800 und \udfff hier.</p>")
    article = expect_article(page)
    assert_german_intact(article, replaced=2)
    assert any("surrogate" in w for w in article.report.warnings)
    assert "Kaputt: \ufffd und \ufffd hier." in article.paragraphs


def test_surrogate_pair_in_str_input_is_joined() -> None:
    page = article_page(body_extra="<p>Emoji: \ud83d\ude00.</p>")
    article = expect_article(page)
    assert "Emoji: \U0001f600." in article.paragraphs


def test_valid_utf8_is_passed_on_without_a_copy() -> None:
    page = article_page().encode("utf-8")
    assert decode(page).data is page


def test_latin1_page_without_any_charset_declaration() -> None:
    page = article_page().replace('<meta charset="utf-8">', "").encode("latin-1")
    assert_german_intact(expect_article(page))


def test_undeclared_utf8_may_pass_unchecked() -> None:
    # libxml2 reports invalid UTF-8 while parsing; only then is the page decoded again.
    page = article_page().replace('<meta charset="utf-8">', "").encode("utf-8")
    assert may_pass_unchecked(page)
    assert not may_pass_unchecked(article_page(charset="iso-8859-1").encode("latin-1"))
    assert not may_pass_unchecked(page, charset="iso-8859-1")
    assert not may_pass_unchecked(b"\xef\xbb\xbf" + page)
