"""The article model: immutability, JSON round trip, plain text."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import attrs
import pytest

from newsparse import (
    Article,
    Credit,
    Image,
    Paragraph,
    PartOrigin,
    Report,
    SourceLine,
    Subheading,
)

CET = timezone(timedelta(hours=1))


def sample() -> Article:
    return Article(
        url="https://www.n-tv.de/politik/x-id1.html",
        site="ntv",
        language="de",
        section="Politik",
        kicker="Kommen weitere Soldaten?",
        headline='Nordkoreas Kim sagt Moskau "bedingungslose" Unterstützung zu',
        teaser="Pjöngjang hat Moskau bereits Soldaten und Waffen geliefert.",
        body=(
            Paragraph(text="Erster Absatz."),
            Subheading(text="Nordkoreaner kämpfen in Kursk"),
            Paragraph(text="Zweiter Absatz."),
        ),
        images=(
            Image(
                url="https://www.n-tv.de/img/1.jpg",
                caption="Lawrow (rechts) wird empfangen.",
                credit=Credit(raw="(Foto: dpa)", kind="photo", holders=("dpa",)),
                is_cover=True,
            ),
        ),
        source=SourceLine(
            raw="Quelle: ntv.de, ino/AFP/dpa",
            outlet="ntv.de",
            editors=("ino",),
            agencies=("AFP", "dpa"),
        ),
        authors=("Seb Dumitru",),
        published=datetime(2025, 12, 12, 5, 7, tzinfo=CET),
        topics=("Nordkorea", "Russland"),
        paywalled=False,
        report=Report(
            parser="ntv",
            layout="2025",
            origins=(PartOrigin(part="headline", origin="site"),),
            warnings=("a warning",),
        ),
    )


def test_round_trip_through_dict_and_json() -> None:
    article = sample()
    assert Article.from_dict(article.to_dict()) == article
    assert Article.from_json(article.to_json()) == article


def test_default_article_round_trips() -> None:
    assert Article.from_json(Article().to_json()) == Article()


def test_frozen() -> None:
    article = sample()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.headline = "x"  # type: ignore[misc]


def test_text_and_paragraphs() -> None:
    article = sample()
    assert article.paragraphs == ("Erster Absatz.", "Zweiter Absatz.")
    assert article.text == "Erster Absatz.\n\nNordkoreaner kämpfen in Kursk\n\nZweiter Absatz."


def test_json_keeps_umlauts_and_iso_dates() -> None:
    text = sample().to_json()
    assert "Unterstützung" in text
    assert "2025-12-12T05:07:00+01:00" in text


def test_report_lookup() -> None:
    report = sample().report
    assert report.origin_of("headline") == "site"
    assert report.origin_of("body") is None
    assert report.ok
    assert not Report(parser="x", missing=("body",)).ok
