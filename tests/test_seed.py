"""The seed fixtures: the n-tv article the library was designed from, in each n-tv layout.

``fixtures/ntv-seed`` is the 2025 markup; ``fixtures/ntv-seed-2023`` and
``fixtures/ntv-seed-2024`` are the classic markup as served in 2023 (section
title atop the article) and 2024 (section only in the breadcrumb and the URL
path, a gallery teaser box inside the text). Its text is ours to use (see
../shared/seed/README.md), so every named part is asserted literally for each
fixture. Runs without ../shared.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import cache
from pathlib import Path

import pytest

import newsparse
from newsparse.model import Article, Paragraph, Subheading

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
#: Each seed fixture and the n-tv layout that must read it.
SEEDS = {"ntv-seed": "2025", "ntv-seed-2023": "2023", "ntv-seed-2024": "2023"}
CLASSIC = ("ntv-seed-2023", "ntv-seed-2024")
TOPICS = ("Nordkorea", "Russland", "Kim Jong Un", "Sergej Lawrow", "Krieg in der Ukraine")

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
def seed(name: str = "ntv-seed") -> Article:
    meta = json.loads((FIXTURES / name / "meta.json").read_text(encoding="utf-8"))
    return newsparse.parse((FIXTURES / name / "page.html").read_bytes(), url=meta["url"])


def page_text(name: str) -> str:
    return (FIXTURES / name / "page.html").read_text(encoding="utf-8")


each_seed = pytest.mark.parametrize("name", list(SEEDS))


@each_seed
def test_fixture_files(name: str) -> None:
    meta = json.loads((FIXTURES / name / "meta.json").read_text(encoding="utf-8"))
    assert meta["url"].startswith("https://www.n-tv.de/politik/")
    assert meta["site"] == "ntv"
    assert meta["fetched"]
    assert meta["note"]
    assert meta["redacted"] is False


@each_seed
def test_expected_json_is_the_parse(name: str) -> None:
    expected = Article.from_json((FIXTURES / name / "expected.json").read_text(encoding="utf-8"))
    assert expected == seed(name)


@each_seed
def test_parsed_by_its_ntv_layout_cleanly(name: str) -> None:
    report = seed(name).report
    assert (report.parser, report.layout) == ("ntv", SEEDS[name])
    assert seed(name).site == "ntv"
    assert report.missing == ()
    assert report.fallback == ()
    assert report.warnings == ()
    assert report.absent == ("authors",)


@each_seed
def test_section(name: str) -> None:
    assert seed(name).section == SECTION


def test_2024_page_names_the_section_only_in_breadcrumb_and_url() -> None:
    page = page_text("ntv-seed-2024")
    assert "title--dark" not in page  # the 2023 page's section title is gone ...
    assert '<a href="https://www.n-tv.de/politik/">Politik</a>' in page  # ... the breadcrumb has it
    assert "title--dark" in page_text("ntv-seed-2023")


def test_section_from_the_url_path_alone() -> None:
    page = page_text("ntv-seed-2024").replace('<nav class="breadcrumb">', '<nav class="crumbs">')
    meta = json.loads((FIXTURES / "ntv-seed-2024" / "meta.json").read_text(encoding="utf-8"))
    article = newsparse.parse(page, url=meta["url"])
    assert (article.report.layout, article.section) == ("2023", SECTION)


@each_seed
def test_kicker(name: str) -> None:
    assert seed(name).kicker == KICKER


@each_seed
def test_headline(name: str) -> None:
    assert seed(name).headline == HEADLINE


@each_seed
def test_teaser(name: str) -> None:
    assert seed(name).teaser == TEASER


@each_seed
def test_body_in_order(name: str) -> None:
    body = seed(name).body
    assert len(body) == len(BODY)
    for block, (kind, opening), ending in zip(body, BODY, ENDINGS, strict=True):
        assert type(block) is kind
        assert block.text.startswith(opening)
        assert block.text.endswith(ending)


@each_seed
def test_subheading(name: str) -> None:
    assert [b.text for b in seed(name).body if isinstance(b, Subheading)] == [SUBHEADING]


@each_seed
def test_teaser_not_repeated_in_body(name: str) -> None:
    assert all(TEASER not in block.text for block in seed(name).body)


@each_seed
def test_image_caption_and_credit(name: str) -> None:
    (image,) = seed(name).images  # one image: teaser boxes in the text are none
    assert image.caption == CAPTION
    assert image.credit is not None
    assert image.credit.raw == "(Foto: dpa)"
    assert image.credit.kind == "photo"
    assert image.credit.holders == ("dpa",)
    assert image.is_cover
    assert image.url
    assert image.url.startswith(("https://www.n-tv.de/img/", "https://bilder1.n-tv.de/img/"))
    assert "Lawrow-und-Kim-in-Wonsan" in image.url


@pytest.mark.parametrize("name", CLASSIC)
def test_gallery_teaser_box_is_no_article_image(name: str) -> None:
    page = page_text(name)
    assert 'class="teaser teaser--gallery' in page  # a picture inside the article text ...
    assert page.count("<figure") == 2
    (image,) = seed(name).images  # ... that links to a picture series: no article image
    assert "Kim-und-Putin" not in (image.url or "")
    texts = [b.text for b in seed(name).body]
    assert all("Bilderserie" not in t and "Mehr zum Thema" not in t for t in texts)


@each_seed
def test_caption_appears_twice_in_page_once_in_article(name: str) -> None:
    assert page_text(name).count(CAPTION) == 2  # alt text and figcaption, as on the real page
    assert all(CAPTION not in block.text for block in seed(name).body)


@each_seed
def test_source_line(name: str) -> None:
    source = seed(name).source
    assert source is not None
    assert source.raw == "Quelle: ntv.de, ino/AFP/dpa"
    assert source.outlet == "ntv.de"
    assert source.editors == ("ino",)
    assert source.agencies == ("AFP", "dpa")


@each_seed
def test_no_authors(name: str) -> None:
    assert seed(name).authors == ()  # the seed names no author; the source line is no byline


@each_seed
def test_published_is_aware(name: str) -> None:
    published = seed(name).published
    assert published is not None
    assert published.utcoffset() is not None
    assert published == datetime.fromisoformat("2025-07-12T10:34:00+02:00")


@each_seed
def test_topics(name: str) -> None:
    assert seed(name).topics == TOPICS


@each_seed
@pytest.mark.parametrize("phrase", NOT_ARTICLE_TEXT)
def test_player_and_newsletter_are_not_article_text(name: str, phrase: str) -> None:
    article = seed(name)
    page = page_text(name)
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
