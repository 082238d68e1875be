"""The generic parser's section: breadcrumbs, articleSection, meta tags, the URL path."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.generic.section import (
    _CRUMB_CASE,
    _mentions_crumb,
    section_of_crumbs,
    url_section,
)

TEXT = "<p>" + "Die Brücke über den Fluss wird im Sommer für drei Monate gesperrt. " * 6 + "</p>"


def page(head: str = "", crumbs: str = "") -> str:
    return (
        f"<html lang='de'><head><title>Brücke gesperrt</title>{head}</head><body>{crumbs}"
        f"<article><h1>Brücke gesperrt</h1>{TEXT}{TEXT}</article></body></html>"
    )


def ld_trail(*names: str) -> str:
    items = [
        {"@type": "ListItem", "position": i + 1, "name": n, "item": f"https://x.de/{i}"}
        for i, n in enumerate(names)
    ]
    data = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": items}
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def section(
    html: str, url: str = "https://www.beispiel-zeitung.de/a/brücke-100.html"
) -> str | None:
    return newsparse.parse(html, url=url, parser="generic").section


def test_breadcrumb_list_in_jsonld() -> None:
    trail = ld_trail("Startseite", "Politik", "Ausland", "Brücke gesperrt")
    assert section(page(head=trail)) == "Politik"


def test_breadcrumbs_beat_article_section_and_skip_the_site_name() -> None:
    head = ld_trail("Beispiel Zeitung", "Lokales", "Brücke gesperrt") + (
        "<meta property='og:site_name' content='Beispiel Zeitung'>"
        "<meta property='article:section' content='Lokales'>"
    )
    assert section(page(head=head)) == "Lokales"


@pytest.mark.parametrize(
    "crumbs",
    [
        "<nav aria-label='Breadcrumb'><a href='/'>Home</a> › <a href='/wirtschaft'>Wirtschaft</a>"
        "</nav>",
        "<ol class='page-breadcrumb'><li><a href='/'>Startseite</a></li>"
        "<li><a href='/wirtschaft'>Wirtschaft</a></li></ol>",
        "<ul class='breadcrumbs__list'><li><a href='/'></a></li><li>Nachrichten</li>"
        "<li><a href='/wirtschaft'>Wirtschaft</a></li></ul>",
        # the class in camel case; a box of crumbs, not a list
        "<div class='c-BreadCrumb'><a href='/'>Home</a> › <a href='/wirtschaft'>Wirtschaft</a>"
        "</div>",
        # a crumb box after a section that only mentions crumbs in its class
        "<section class='breadcrumb'><a href='/sport'>Sport</a></section>"
        "<p aria-label='Breadcrumb'><a href='/'>Home</a> › <a href='/wirtschaft'>Wirtschaft</a>"
        "</p>",
        # schema.org microdata, no class or label saying crumbs: names in the items
        "<ul class='rootline' itemscope itemtype='https://schema.org/BreadcrumbList'>"
        "<li itemprop='itemListElement' itemscope itemtype='https://schema.org/ListItem'>"
        "<meta itemprop='position' content='1'><a itemprop='item' href='/'>"
        "<span itemprop='name'>Startseite</span></a></li>"
        "<li itemprop='itemListElement' itemscope itemtype='https://schema.org/ListItem'>"
        "<a itemprop='item' href='/wirtschaft'><span itemprop='name'>Wirtschaft</span></a>"
        "</li></ul>",
        # ... names in meta tags, the items not list items
        "<div itemscope itemtype='http://schema.org/BreadcrumbList'>"
        "<span itemprop='itemListElement' itemscope><a href='/'>Zur Startseite</a>"
        "<meta itemprop='name' content='Startseite'></span> › "
        "<span itemprop='itemListElement' itemscope><a href='/wirtschaft'>Wirtschaft und Geld</a>"
        "<meta itemprop='name' content='Wirtschaft'></span></div>",
    ],
)
def test_breadcrumbs_in_the_markup(crumbs: str) -> None:
    assert section(page(crumbs=crumbs)) == "Wirtschaft"


def test_article_section_then_meta_then_url() -> None:
    ld = {"@type": "NewsArticle", "headline": "Brücke gesperrt", "articleSection": "Kultur"}
    script = f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
    assert section(page(head=script)) == "Kultur"
    assert section(page(head="<meta name='article:section' content='Sport'>")) == "Sport"
    assert section(page(), url="https://www.beispiel-zeitung.de/sport/bruecke-100.html") == "Sport"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://x.de/politik/ausland/bruecke-100.html", "Politik"),
        ("https://x.de/nachrichten/bayern/bruecke-100.html", "Bayern"),
        ("https://x.de/schleswig-holstein/bruecke-100.html", "Schleswig-Holstein"),
        ("https://x.de/Wirtschaft/bruecke-100.html", "Wirtschaft"),
        ("https://x.de/article245055596/brücke.html", None),
        ("https://x.de/2024/04/bruecke.html", None),
        ("https://x.de/bruecke-gesperrt-im-sommer.html", None),
        ("https://x.de/de/bruecke-gesperrt", None),
        ("https://x.de/story/3000000218734/bruecke", None),
        (None, None),
    ],
)
def test_url_section_is_a_word_before_more_path(url: str | None, expected: str | None) -> None:
    assert url_section(url) == expected


def test_umbrella_home_site_and_title_crumbs_are_passed() -> None:
    names = ("beispielzeitung",)
    assert section_of_crumbs(("Home", "Nachrichten", "Panorama"), names, None) == "Panorama"
    assert section_of_crumbs(("Beispiel Zeitung", "News"), names, None) == "News"
    assert section_of_crumbs(("beispiel-zeitung.de", "Welt", "Brücke"), names, "Brücke") == "Welt"
    assert section_of_crumbs(("Home", "Brücke gesperrt"), names, "Brücke gesperrt") is None


@given(st.text(alphabet="cCrRuUmMbBx -_", max_size=24))
def test_the_crumb_precheck_never_misses_a_crumb(value: str) -> None:
    assert _mentions_crumb(value) == ("crumb" in value.translate(_CRUMB_CASE))
