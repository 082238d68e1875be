"""The generic parser's kicker: never a crumb of the trail, the section's name or the headline."""

from __future__ import annotations

import json

import newsparse

TEXT = "<p>" + "Die Brücke über den Fluss wird im Sommer für drei Monate gesperrt. " * 6 + "</p>"
HEADLINE = "Die Brücke am Fluss wird im Sommer gesperrt"


def ld(**data: object) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", **data}
    return f"<script type='application/ld+json'>{json.dumps(data, ensure_ascii=False)}</script>"


def parse(head: str, body: str) -> newsparse.Article:
    html = f"<html lang='de'><head>{head}</head><body>{body}</body></html>"
    return newsparse.parse(html, url="https://www.beispiel.de/lokales/a-1.html", parser="generic")


def test_an_h1_crumb_gives_way_to_the_printed_headline_and_its_kicker() -> None:
    trail = (
        "<ul><li><a href='/'>Home</a></li><li><a href='/lokales'>Lokales</a></li>"
        "<li><h1>Brücke gesperrt</h1></li></ul>"
    )
    header = f"<header><span>Bauarbeiten</span><h2>{HEADLINE}</h2></header>"
    article = parse(ld(headline=HEADLINE), f"{trail}<article>{header}{TEXT}{TEXT}</article>")
    assert article.headline == HEADLINE
    assert article.kicker == "Bauarbeiten"


def test_no_kicker_from_the_trail_when_the_headline_is_printed_nowhere_else() -> None:
    trail = (
        "<ol><li><a href='/'>Home</a></li><li><a href='/lokales'>Lokales</a></li>"
        f"<li><h1>{HEADLINE}</h1></li></ol>"
    )
    article = parse("", f"{trail}<article>{TEXT}{TEXT}</article>")
    assert article.kicker is None


def test_the_section_name_above_the_h1_is_no_kicker() -> None:
    head = ld(headline=HEADLINE, articleSection="Lokales")
    body = f"<article><div><a href='/lokales'>Lokales</a></div><h1>{HEADLINE}</h1>{TEXT}{TEXT}"
    article = parse(head, body + "</article>")
    assert article.section == "Lokales"
    assert article.kicker is None


def test_a_line_above_holding_the_headline_is_no_kicker() -> None:
    body = f"<article><div>&gt; {HEADLINE}</div><h1>{HEADLINE}</h1>{TEXT}{TEXT}</article>"
    assert parse("", body).kicker is None


def test_a_kicker_line_above_the_h1_is_kept() -> None:
    body = f"<article><div>Bauarbeiten</div><h1>{HEADLINE}</h1>{TEXT}{TEXT}</article>"
    assert parse(ld(headline=HEADLINE), body).kicker == "Bauarbeiten"
