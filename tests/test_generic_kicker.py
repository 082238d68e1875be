"""The generic parser's kicker: never a crumb of the trail, the section's name or the headline."""

from __future__ import annotations

import json

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

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


# -- the printed headline (issue 16: the printed h1, the kicker separate) ----------------


def test_the_printed_h1_beats_a_different_structured_headline() -> None:
    seo = "Brücke am Fluss: Alles zur Sperrung im Sommer"
    body = f"<article><div>Bauarbeiten</div><h1>{HEADLINE}</h1>{TEXT}{TEXT}</article>"
    article = parse(ld(headline=seo), body)
    assert article.headline == HEADLINE
    assert article.kicker == "Bauarbeiten"
    assert article.report.origin_of("headline") == "dom"


def test_a_kicker_span_joined_by_a_colon_is_cut_from_the_headline() -> None:
    h1 = f"<h1><span class='kicker'>Bauarbeiten</span><span class='hide'>: </span>{HEADLINE}</h1>"
    article = parse(ld(headline=f"Bauarbeiten: {HEADLINE}"), f"<article>{h1}{TEXT}{TEXT}</article>")
    assert (article.kicker, article.headline) == ("Bauarbeiten", HEADLINE)


def test_a_crumb_h1_unlike_the_printed_headline_gives_way_to_the_h2_after_the_trail() -> None:
    trail = (
        "<nav><a href='/'>Home</a> <a href='/lokales'>Lokales</a>"
        "<h1>Brücke in Musterstadt: Sperrung im Sommer</h1></nav>"
    )
    header = f"<header><span>Bauarbeiten</span><h2>{HEADLINE}</h2></header>"
    head = ld(headline="Brücke in Musterstadt: Sperrung im Sommer")
    article = parse(head, f"{trail}<main><article>{header}{TEXT}{TEXT}</article></main>")
    assert (article.kicker, article.headline) == ("Bauarbeiten", HEADLINE)


def test_an_h1_after_a_row_of_links_is_a_crumb() -> None:
    trail = (
        "<div><a href='/'>Home</a><a href='/lokales'>Lokales</a>"
        "<h1>Brücke in Musterstadt: Sperrung im Sommer</h1></div>"
    )
    header = f"<header><h2><span>Bauarbeiten</span><span>{HEADLINE}</span></h2></header>"
    article = parse("", f"{trail}<article>{header}{TEXT}{TEXT}</article>")
    assert (article.kicker, article.headline) == ("Bauarbeiten", HEADLINE)


def test_without_an_h1_the_first_h2_at_the_top_of_the_article_is_the_headline() -> None:
    header = f"<header><h2><span>Bauarbeiten</span><span>{HEADLINE}</span></h2></header>"
    body = f"<article>{header}{TEXT}<h2>Was die Anwohner sagen</h2>{TEXT}</article>"
    article = parse(ld(headline="Brücke in Musterstadt: Sperrung"), body)
    assert (article.kicker, article.headline) == ("Bauarbeiten", HEADLINE)


def test_an_h2_below_the_first_paragraph_is_a_subheading_not_the_headline() -> None:
    body = f"<article>{TEXT}<h2>Was die Anwohner sagen</h2>{TEXT}</article>"
    article = parse(ld(headline=HEADLINE), body)
    assert article.headline == HEADLINE


def test_a_teaser_linking_to_the_article_is_not_its_printed_headline() -> None:
    trail = f"<ol><li><a href='/'>Home</a></li><li><h1>{HEADLINE}</h1></li></ol>"
    header = "<header><span>Bauarbeiten</span><h2>Musterstadt sperrt die Brücke</h2></header>"
    teaser = f"<div><a href='/lokales/a-1.html'><h3>{HEADLINE}</h3></a></div>"
    article = parse(
        ld(headline=HEADLINE), f"{trail}<article>{header}{TEXT}{TEXT}</article>{teaser}"
    )
    assert (article.kicker, article.headline) == ("Bauarbeiten", "Musterstadt sperrt die Brücke")


def test_a_site_name_in_the_h1_is_no_headline() -> None:
    head = ld(headline=HEADLINE) + "<meta property='og:site_name' content='Beispiel Zeitung'>"
    body = f"<header><h1>Beispiel Zeitung</h1></header><article>{TEXT}{TEXT}</article>"
    assert parse(head, body).headline == HEADLINE


def test_a_row_of_section_and_kicker_gives_the_kicker() -> None:
    row = "<div><span><a href='/lokales'>Lokales</a></span><span>Bauarbeiten</span></div>"
    article = parse(
        ld(headline=HEADLINE),
        f"<article><header>{row}<h1>{HEADLINE}</h1></header>{TEXT}{TEXT}</article>",
    )
    assert article.kicker == "Bauarbeiten"


@pytest.mark.parametrize("badge", ["Live", "Liveticker", "Video", "Plus", "Anzeige"])
def test_a_format_badge_above_the_headline_is_no_kicker(badge: str) -> None:
    body = f"<article><div>{badge}</div><h1>{HEADLINE}</h1>{TEXT}{TEXT}</article>"
    assert parse(ld(headline=HEADLINE), body).kicker is None


def test_the_printed_kicker_beats_the_one_in_the_structured_headline() -> None:
    body = f"<article><div>Bauarbeiten</div><h1>{HEADLINE}</h1>{TEXT}{TEXT}</article>"
    article = parse(ld(headline=f"Verkehr: {HEADLINE}"), body)
    assert (article.kicker, article.headline) == ("Bauarbeiten", HEADLINE)


WORDS = st.sampled_from(
    ["Brücke", "Gemeinderat", "Musterstadt", "saniert", "Herbst", "Kosten", "Land", "Pfeiler",
     "Gutachten", "Anwohner", "Risse", "Beton", "Sitzung", "Rathaus", "Stadt", "Sommer"]
)  # fmt: skip
#: A kicker is a few words, shorter than the headline.
PHRASES = st.lists(WORDS, min_size=1, max_size=3).map(" ".join)
LINES = st.lists(WORDS, min_size=6, max_size=12).map(" ".join)


def _forms(kicker: str, headline: str) -> list[tuple[str, str]]:
    """The same kicker and headline in the markup forms sites print them in: (head, body)."""
    trail = "<nav><a href='/'>Home</a><a href='/lokales'>Lokales</a><h1>Seite</h1></nav>"
    return [
        (
            ld(headline=f"{kicker}: {headline}"),
            f"<h1><span>{kicker}</span>: <span>{headline}</span></h1>",
        ),
        (
            "",
            f"<h1><span class='kicker'>{kicker}</span><span class='hide'>: </span>{headline}</h1>",
        ),
        ("", f"<h1><span>{kicker}</span> <span>{headline}</span></h1>"),
        (ld(headline=headline), f"<div>{kicker}</div><h1>{kicker}: {headline}</h1>"),
        (ld(headline=f"{kicker}: {headline}"), f"<div>{kicker}</div><h1>{headline}</h1>"),
        ("", f"{trail}<header><span>{kicker}</span><h2>{headline}</h2></header>"),
    ]


@given(PHRASES, LINES)
def test_the_kicker_is_never_repeated_in_the_headline(kicker: str, headline: str) -> None:
    assume(kicker not in headline and headline not in kicker)
    for head, printed in _forms(kicker, headline):
        article = parse(
            head, f"<main><article><header>{printed}</header>{TEXT}{TEXT}</article></main>"
        )
        assert (article.kicker, article.headline) == (kicker, headline), printed
