"""The per-page memos: the same answers, and nothing kept once a page is read."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.conventions import credits, memo, sources
from newsparse.suggest import suggest_layout

#: Pieces of credits, captions and source lines, so that drawn texts often parse.
_PIECES = st.sampled_from(
    [
        "Foto:", "Bild:", "©", "Quelle:", "(dpa)", "dpa", "AFP", "Reuters", "IMAGO",
        "picture alliance", "/", "|", ",", "ino", "ntv.de", "Kay Nietfeld", "mit Material von",
        "Die Halle brennt.", "(", ")", " ", "red", "Getty Images",
    ]
)  # fmt: skip
_TEXTS = st.lists(_PIECES | st.text(max_size=12), max_size=8).map(" ".join)

PAGE = (
    "<html><body><article><h1>Neue Radwege für die Innenstadt</h1>"
    "<figure><img src='https://example.org/a.jpg'><figcaption>Ein Radweg. "
    "Foto: dpa</figcaption></figure>"
    "<p>Der Stadtrat hat am Dienstag beschlossen, vier neue Radwege zu bauen.</p>"
    "<p>Quelle: ntv.de, ino/AFP/dpa</p></article></body></html>"
)


@given(_TEXTS, _TEXTS, st.booleans())
def test_a_kept_answer_is_the_answer_the_grammar_gives(first: str, second: str, flag: bool) -> None:
    memo.forget()
    for text in (first, second, first):  # the third call is answered from the cache
        assert credits.parse_credit(text) == credits._parse_credit.__wrapped__(text)
        assert credits.split_credit(text) == credits._split_credit.__wrapped__(text)
        expected = sources._parse_source_line.__wrapped__(text, flag)
        assert sources.parse_source_line(text, initials=flag) == expected


def test_forget_empties_every_cache() -> None:
    credits.parse_credit("Foto: dpa")
    sources.parse_source_line("Quelle: dpa")
    assert credits._parse_credit.cache_info().currsize > 0
    memo.forget()
    for cached in (credits._parse_credit, credits._split_credit, sources._parse_source_line):
        assert cached.cache_info().currsize == 0


def test_nothing_a_page_kept_outlives_its_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    kept: list[int] = []
    forget = memo.forget

    def counted() -> None:
        kept.append(_answers())
        forget()

    monkeypatch.setattr(memo, "forget", counted)
    newsparse.parse(PAGE, url="https://example.org/radwege", parser="generic")
    assert kept[-1] > 0  # the page asked, and was answered from the caches
    assert _answers() == 0


def _answers() -> int:
    return sum(cached.cache_info().currsize for cached in memo._caches)


def test_the_layout_suggester_leaves_no_answers_behind() -> None:
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "ntv-2025"
    url = json.loads((fixture / "meta.json").read_text(encoding="utf-8"))["url"]
    suggest_layout([gzip.decompress((fixture / "page.html.gz").read_bytes())], urls=[url])
    assert _answers() == 0  # the generic parser's answers about its pages' elements are gone
