"""The seed fixture: the n-tv article the library was designed from, in the 2025 markup.

Its text is ours to use (see ../shared/seed/README.md), so the parts are
asserted literally here. Runs without ../shared.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import cache
from pathlib import Path

import pytest

import newsparse
from newsparse.model import Article, Paragraph, Subheading

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "ntv-seed"

SECTION = "Politik"
KICKER = "Kommen weitere Soldaten?"
HEADLINE = 'Nordkoreas Kim sagt Moskau "bedingungslose" Unterstützung zu'
TEASER = (
    "Pjöngjang hat Moskau bereits Soldaten und Waffen geliefert. Und dabei soll es offenbar "
    "nicht bleiben. Beim Besuch von Außenminister Lawrow in Nordkorea deutet Machthaber Kim "
    "weiteren Beistand im Ukraine-Krieg an."
)
CAPTION = "Lawrow (rechts) wird in Nordkorea herzlich von Machthaber Kim Jong Un empfangen."
SUBHEADING = "Nordkoreaner kämpfen in Kursk"
#: The body in order: paragraph openings, and the subheading as a whole.
BODY: tuple[tuple[type, str], ...] = (
    (Paragraph, "Nordkoreas Machthaber Kim Jong Un hat bei einem Treffen mit dem russischen"),
    (Paragraph, "Lawrow hält sich derzeit zu einem dreitägigen Besuch in Nordkorea auf."),
    (Subheading, SUBHEADING),
    (Paragraph, "Seit Beginn des russischen Angriffskrieges gegen die Ukraine im Februar 2022"),
    (Paragraph, "Nach dem Treffen vor einem Jahr sandte er auch Soldaten zur Rückeroberung"),
    (Paragraph, "Laut Medienberichten, die sich auf eine Einschätzung des ukrainischen"),
    (Paragraph, "Bei der Frage, ob nordkoreanische Truppen in Zukunft in anderen Bereichen"),
)
#: The last words of each paragraph, so a cut-off paragraph fails too.
ENDINGS = (
    'auch in Zukunft bedingungslos unterstützen" werde.',
    "berichtete die staatliche russische Nachrichtenagentur Tass.",
    SUBHEADING,
    "für die russische Invasion der Ukraine geschickt.",
    "waren bis zu 14.000 nordkoreanische Soldaten an den Gefechten beteiligt.",
    "Eine offizielle Bestätigung dafür gibt es nicht.",
    "sagte Lawrow nach einem Treffen mit seiner nordkoreanischen Amtskollegin Choe Son Hui.",
)
NOT_ARTICLE_TEXT = (
    "Diese Audioversion wurde künstlich generiert",
    "00:00",
    "Mehr Infos",
    "Artikel anhören",
    "Ich möchte gerne",
    "Nicht mehr anzeigen",
    "Newsletter",
)


@cache
def seed() -> Article:
    meta = json.loads((SEED / "meta.json").read_text(encoding="utf-8"))
    return newsparse.parse((SEED / "page.html").read_bytes(), url=meta["url"])


def test_fixture_files() -> None:
    meta = json.loads((SEED / "meta.json").read_text(encoding="utf-8"))
    assert meta["url"].startswith("https://www.n-tv.de/")
    assert meta["site"] == "ntv"
    assert meta["fetched"]
    assert meta["note"]
    assert meta["redacted"] is False


def test_expected_json_is_the_parse() -> None:
    expected = Article.from_json((SEED / "expected.json").read_text(encoding="utf-8"))
    assert expected == seed()


def test_parsed_by_ntv_2025_cleanly() -> None:
    report = seed().report
    assert (report.parser, report.layout) == ("ntv", "2025")
    assert report.missing == ()
    assert report.fallback == ()
    assert report.warnings == ()


def test_section() -> None:
    assert seed().section == SECTION


def test_kicker() -> None:
    assert seed().kicker == KICKER


def test_headline() -> None:
    assert seed().headline == HEADLINE


def test_teaser() -> None:
    assert seed().teaser == TEASER


def test_body_in_order() -> None:
    body = seed().body
    assert len(body) == len(BODY)
    for block, (kind, opening), ending in zip(body, BODY, ENDINGS, strict=True):
        assert type(block) is kind
        assert block.text.startswith(opening)
        assert block.text.endswith(ending)


def test_subheading() -> None:
    assert [b.text for b in seed().body if isinstance(b, Subheading)] == [SUBHEADING]


def test_teaser_not_repeated_in_body() -> None:
    assert all(TEASER not in block.text for block in seed().body)


def test_image_caption_and_credit() -> None:
    (image,) = seed().images
    assert image.caption == CAPTION
    assert image.credit is not None
    assert image.credit.raw == "(Foto: dpa)"
    assert image.credit.kind == "photo"
    assert image.credit.holders == ("dpa",)
    assert image.is_cover
    assert image.url
    assert image.url.startswith("https://www.n-tv.de/img/")


def test_caption_appears_twice_in_page_once_in_article() -> None:
    page = (SEED / "page.html").read_text(encoding="utf-8")
    assert page.count(CAPTION) == 2  # alt text and figcaption, as on the real page
    assert all(CAPTION not in block.text for block in seed().body)


def test_source_line() -> None:
    source = seed().source
    assert source is not None
    assert source.raw == "Quelle: ntv.de, ino/AFP/dpa"
    assert source.outlet == "ntv.de"
    assert source.editors == ("ino",)
    assert source.agencies == ("AFP", "dpa")


def test_published_is_aware() -> None:
    published = seed().published
    assert published is not None
    assert published.utcoffset() is not None
    assert published == datetime.fromisoformat("2025-07-12T10:34:00+02:00")


def test_topics() -> None:
    assert seed().topics == (
        "Nordkorea",
        "Russland",
        "Kim Jong Un",
        "Sergej Lawrow",
        "Krieg in der Ukraine",
    )


@pytest.mark.parametrize("phrase", NOT_ARTICLE_TEXT)
def test_player_and_newsletter_are_not_article_text(phrase: str) -> None:
    article = seed()
    page = (SEED / "page.html").read_text(encoding="utf-8")
    assert phrase in page  # the page has it, as the real layout does ...
    texts = [
        article.section,
        article.kicker,
        article.headline,
        article.teaser,
        *(b.text for b in article.body),
        *(i.caption for i in article.images),
        article.source.raw if article.source else None,
        *article.topics,
        *article.authors,
    ]
    assert all(phrase not in (text or "") for text in texts)  # ... the article has not
