"""Redaction: stand-ins keep the shape of words, and redaction commutes with parsing.

The seed fixture checks commutation everywhere; the corpus pages (when
../shared/corpus is present) check it on every real page, and that no sentence
of five words or more of a page's article survives redaction.
"""

from __future__ import annotations

import html
import json
import re
from functools import cache
from pathlib import Path

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.conventions import AGENCIES, normalize
from newsparse.testing.fixtures import compare
from newsparse.testing.redact import (
    DEFAULT_KEY,
    Redactor,
    redact_article,
    redact_page,
    redact_text,
    redact_url,
    scripts_read,
)

from corpus import pages, requires_corpus

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "fixtures" / "ntv-seed"
SEED_URL = json.loads((SEED / "meta.json").read_text(encoding="utf-8"))["url"]
KEY = b"test key, not secret"


@cache
def redactor() -> Redactor:
    return Redactor(key=KEY)


def shape(text: str) -> str:
    """Letters as a/A, everything else as itself."""
    return "".join(("A" if c.isupper() else "a") if c.isalpha() else c for c in text)


# -- words ---------------------------------------------------------------------------


def test_a_word_maps_the_same_everywhere() -> None:
    r = redactor()
    one = r.text("Lawrow traf Kim.")
    two = r.text("Kim begrüßte Lawrow.")
    assert one.split()[0] == two.split()[-1].rstrip(".")
    assert one.split()[-1].rstrip(".") == two.split()[0]
    assert "Lawrow" not in one
    assert "Kim" not in two


def test_stand_ins_keep_shape_digits_and_punctuation() -> None:
    text = 'Bis zu 14.000 nordkoreanische Soldaten (laut "KCNA-Bericht") - 30.000 weitere?'
    out = redactor().text(text)
    assert len(out) == len(text)
    assert shape(out) == shape(text)
    assert "14.000" in out
    assert "30.000" in out
    assert "nordkoreanische" not in out
    assert "Soldaten" not in out


def test_case_of_a_word_does_not_change_its_stand_in() -> None:
    r = redactor()
    assert r.text("Grenze").lower() == r.text("grenze") == r.text("GRENZE").lower()


@pytest.mark.parametrize(
    "text",
    [
        "(Foto: dpa)",
        "Bild: picture alliance / dpa",
        "Quelle: ntv.de",
        "© Reuters",
        "Von",
        "12. Dezember 2025, 18:11 Uhr",
        "Montag, 3. März",
        "2025-12-12T05:07:47+01:00",
        "Politik",
        "Lesen Sie auch",
        "Diese Audioversion wurde künstlich generiert",
        "Getty Images",
        "Keystone-SDA",
    ],
)
def test_parser_tokens_are_kept(text: str) -> None:
    assert redactor().text(text) == text


def test_every_agency_name_is_kept() -> None:
    r = redactor()
    for name in AGENCIES:
        assert r.text(name) == name


def test_editor_initials_stay_initials() -> None:
    out = redactor().text("Quelle: ntv.de, ino/AFP/dpa")
    assert re.fullmatch(r"Quelle: ntv\.de, [a-z]{3}/AFP/dpa", out)
    assert out != "Quelle: ntv.de, ino/AFP/dpa"


def test_the_key_decides_the_stand_ins() -> None:
    text = "Machthaber empfangen Außenminister"
    assert Redactor(key=KEY).text(text) == Redactor(key=KEY).text(text)
    assert Redactor(key=b"another key").text(text) != Redactor(key=KEY).text(text)
    assert redact_text(text) == Redactor(key=DEFAULT_KEY).text(text)


def test_extra_words_and_phrases_can_be_kept() -> None:
    r = Redactor(key=KEY, keep_words=frozenset({"Seilbahn"}), keep_phrases=("so geht es",))
    assert r.text("Die Seilbahn fährt").split()[1] == "Seilbahn"
    assert r.text("So geht es weiter").startswith("So geht es ")


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80))
def test_redaction_keeps_length_and_non_letters(text: str) -> None:
    # Characters normalize() deletes (soft hyphens ...) are deleted by redaction too.
    text = "".join(c for c in text if normalize(f"a{c}b") != "ab")
    out = redactor().text(text)
    assert len(out) == len(text)
    assert [c for c in out if not c.isalpha()] == [c for c in text if not c.isalpha()]


# -- URLs ----------------------------------------------------------------------------


def test_url_slugs_are_redacted_host_and_ids_kept() -> None:
    url = "https://www.n-tv.de/politik/Nordkoreas-Kim-sagt-Moskau-zu-id25912345.html"
    out = redact_url(url, key=KEY)
    assert out.startswith("https://www.n-tv.de/politik/")
    assert out.endswith("-id25912345.html")
    assert "Nordkoreas" not in out
    assert len(out) == len(url)


def test_short_path_segments_are_kept() -> None:
    url = "https://www.n-tv.de/img/25912350/1752309252/Img_16_9/1024/x.webp"
    assert redact_url(url, key=KEY) == url


# -- pages and articles --------------------------------------------------------------


def seed_page() -> bytes:
    return (SEED / "page.html").read_bytes()


def test_seed_redaction_commutes_with_parsing() -> None:
    page = seed_page()
    r = redactor()
    want = r.article(newsparse.parse(page, url=SEED_URL))
    got = newsparse.parse(r.page(page), url=r.url(SEED_URL))
    assert compare(want, got) == []
    assert got == want


def test_seed_redaction_keeps_structure_and_drops_the_text() -> None:
    out = redact_page(seed_page(), key=KEY).decode("utf-8")
    assert "article-detail-head_headline__LjYky" in out
    assert "storyline_paragraph_p__qSR5N" in out
    assert "Quelle: ntv.de, " in out
    assert "(Foto: dpa)" in out
    for sentence in ("Nordkoreaner kämpfen in Kursk", "Kommen weitere Soldaten?", "Lawrow"):
        assert sentence not in out
    ld = json.loads(
        lxml.html.fromstring(out).xpath("//script[@type='application/ld+json']")[0].text
    )
    assert ld["@type"] == "NewsArticle"
    assert ld["datePublished"] == "2025-07-12T10:34:12+02:00"
    assert "Lawrow" not in ld["description"]


def test_scripts_styles_and_svg_are_dropped() -> None:
    page = (
        b"<html><head><style>.a{color:red}</style><script>var t = 'Geheimer Text';</script>"
        b'<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Hallo Welt"}'
        b"</script></head><body><svg><text>Bildtext</text></svg><p class='x'>Hallo Welt</p>"
        b"</body></html>"
    )
    out = redact_page(page, key=KEY).decode("utf-8")
    assert "<style" not in out
    assert "Geheimer" not in out
    assert "<svg" not in out
    assert "application/ld+json" in out
    assert 'class="x"' in out


def test_inline_scripts_can_be_kept_redacted() -> None:
    page = b'<html><body><script>var data = {"kw": "Geheimer Text"};</script><p>x</p></body></html>'
    out = redactor().page(page, keep_scripts=True).decode("utf-8")
    assert re.search(r'<script>var data = \{"\w+": "\w+ Text"\};</script>', out)
    assert "Geheimer" not in out
    template = redactor().script("var t = `Geheimer Text`;")
    assert re.fullmatch(r"var t = `\w{8} Text`;", template)
    assert "Geheimer" not in template


def test_redact_article_is_redact_page_then_parse_for_the_seed() -> None:
    article = newsparse.parse(seed_page(), url=SEED_URL)
    redacted = redact_article(article, key=KEY)
    assert redacted.headline != article.headline
    assert len(redacted.headline or "") == len(article.headline or "")
    assert redacted.source is not None
    assert redacted.source.agencies == ("AFP", "dpa")
    assert redacted.images[0].credit == article.images[0].credit
    assert redacted.published == article.published


# -- every corpus page ---------------------------------------------------------------


CORPUS_IDS = [p.id for p in pages()]


def corpus_page(page_id: str):  # type: ignore[no-untyped-def]
    return next(p for p in pages() if p.id == page_id)


@cache
def redacted_corpus_page(page_id: str) -> tuple[newsparse.Article, newsparse.Article, str]:
    """The parse of the page redacted, the redacted parse, and the redacted page."""
    page = corpus_page(page_id)
    r = redactor()
    article = newsparse.parse(page.html, url=page.url)
    red = r.page(page.html, keep_scripts=scripts_read(page.html, page.url))
    return r.article(article), newsparse.parse(red, url=r.url(page.url)), red.decode("utf-8")


@requires_corpus
@pytest.mark.parametrize("page_id", CORPUS_IDS)
def test_redaction_commutes_with_parsing(page_id: str) -> None:
    want, got, _ = redacted_corpus_page(page_id)
    assert compare(want, got) == []


def sentences(text: str) -> list[str]:
    """Sentences of five words or more."""
    parts = re.split(r"(?<=[.!?:;])\s+", normalize(text))
    return [s for s in parts if len(s.split()) >= 5]


def searchable(page: str) -> str:
    """The page's text and attribute values with entities resolved, whitespace folded."""
    return normalize(html.unescape(page))


@requires_corpus
@pytest.mark.parametrize("page_id", CORPUS_IDS)
def test_no_sentence_of_the_article_survives(page_id: str) -> None:
    page = corpus_page(page_id)
    article = newsparse.parse(page.html, url=page.url)
    texts = [
        *(block.text for block in article.body),
        article.teaser or "",
        article.headline or "",
        *page.reference_paragraphs(),
    ]
    found = [s for t in texts for s in sentences(t)]
    assert found, "the page has no sentence to check"
    haystack = searchable(redacted_corpus_page(page_id)[2])
    survived = [s for s in found if s in haystack]
    assert survived == []


def test_redacted_page_declares_utf8() -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Grüße aus Köln</p></body></html>'
    out = redact_page(page.encode("latin-1"), key=KEY)
    assert b'<meta charset="utf-8">' in out
    assert "aus" in out.decode("utf-8")


def test_data_urls_lose_their_payload() -> None:
    assert redact_url("data:image/svg+xml;base64,PHN2Zz48dGV4dD5IYWxsbzwvdGV4dD48L3N2Zz4=") == (
        "data:image/svg+xml;base64,"
    )


_LETTERS = "abcdefghijklmnopqrstuvwxyzäöüßABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜéÉ"
_WORD = st.text(alphabet=_LETTERS + "0123456789-.,;:!?'\"()/&", min_size=1, max_size=14)
#: Words and phrases redaction keeps, mixed into generated text to stress their edges.
_KEPT = st.sampled_from(
    ["Foto:", "(Foto: dpa)", "Quelle:", "ntv.de", "AFP", "Von", "Uhr", "März", "Lesen Sie auch",
     "Newsletter", "picture alliance", "mit Material von", "12.07.2025", "ino/dpa", "Politik"]
)  # fmt: skip
_TEXT = st.lists(_WORD | _KEPT, min_size=1, max_size=14).map(" ".join)
_SEED_TEASER = "Pjöngjang hat Moskau bereits Soldaten und Waffen geliefert."
_SEED_FIRST = "Nordkoreas Machthaber Kim Jong Un hat bei einem Treffen"


@given(teaser=_TEXT, first=_TEXT, kicker=_TEXT, source=_TEXT, caption=_TEXT)
def test_redaction_commutes_on_generated_text(
    teaser: str, first: str, kicker: str, source: str, caption: str
) -> None:
    page = seed_page().decode("utf-8")
    page = page.replace(">Quelle: ntv.de, ino/AFP/dpa<", f">{html.escape(source)}<", 1)
    page = page.replace("empfangen. <!-- -->(Foto: dpa)", html.escape(caption), 1)
    page = page.replace(_SEED_TEASER, html.escape(teaser), 1)
    page = page.replace(_SEED_FIRST, html.escape(first), 1)
    page = page.replace(">Kommen weitere Soldaten?<", f">{html.escape(kicker)}<", 1)
    r = redactor()
    want = r.article(newsparse.parse(page, url=SEED_URL))
    got = newsparse.parse(r.page(page), url=r.url(SEED_URL))
    assert compare(want, got) == []


def test_scripts_read_names_only_what_the_parser_needs() -> None:
    assert scripts_read(seed_page(), SEED_URL) == ()
    page = (
        seed_page()
        .decode("utf-8")
        .replace("</body>", "<script>var a = 1;</script><script>var b = 2;</script></body>")
    )
    assert scripts_read(page, SEED_URL) == ()  # the n-tv parser reads no script


def test_the_package_keeps_every_public_name_of_the_old_module() -> None:
    """``newsparse.testing.redact`` became a package; its public names stay where they were."""
    import newsparse.testing.redact as redact

    for name in (
        *redact.__all__,
        "redactor",
        "TEXT_ATTRIBUTES",
        "URL_ATTRIBUTES",
        "INLINE_TAGS",
    ):
        assert getattr(redact, name) is not None, name
    assert redact.redactor(DEFAULT_KEY) is redact.redactor(DEFAULT_KEY)
    assert "alt" in redact.TEXT_ATTRIBUTES
