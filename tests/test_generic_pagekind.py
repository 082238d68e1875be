"""An article is never called an index page or "no article", however much else the page holds.

The page kind must stay ``article`` when the page carries a NewsArticle-like
JSON-LD with a body or with the headline its ``h1`` prints, or one long run of
paragraphs, whatever link lists, teaser boxes and consent layers surround it.
"""

from __future__ import annotations

import json
from html import escape

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse

WORDS = st.sampled_from(
    ["Brücke", "Gemeinderat", "saniert", "Herbst", "Kosten", "Land", "sagte", "Verkehr",
     "Bürgermeister", "Gutachten", "Anwohner", "Beton", "Jahren", "Sitzung", "Rathaus"]
)  # fmt: skip
SENTENCE = st.lists(WORDS, min_size=6, max_size=14).map(lambda w: " ".join(w).capitalize() + ".")
PARAGRAPH = st.lists(SENTENCE, min_size=2, max_size=5).map(" ".join)
LINK = st.lists(WORDS, min_size=2, max_size=6).map(" ".join)
NOT_ARTICLE = ("index-page", "no-article", "home-page")
LINKS = "".join(
    f"<li><a href='/a/{i}.html'>Artikel Nummer {i} zum Lesen</a></li>" for i in range(40)
)


@st.composite
def link_lists(draw: st.DrawFn) -> str:
    """Navigation, teaser lists and link boxes: what makes a page look like an index."""
    links = draw(st.lists(LINK, min_size=0, max_size=60))
    items = "".join(f"<li><a href='/a/{i}.html'>{escape(t)}</a></li>" for i, t in enumerate(links))
    tag = draw(st.sampled_from(["nav", "div", "section", "aside", "footer"]))
    return f"<{tag}><ul>{items}</ul></{tag}>"


@st.composite
def article_pages(draw: st.DrawFn) -> tuple[str, str, bool]:
    """A page with an article in it, by JSON-LD, by its paragraphs or both; and its URL."""
    headline = draw(LINK).capitalize()
    paragraphs = draw(st.lists(PARAGRAPH, min_size=1, max_size=12))
    signal = draw(st.sampled_from(["ld-body", "ld-headline", "paragraphs"]))
    head = ""
    if signal == "paragraphs":
        while sum(len(p) for p in paragraphs) < 1600 or len(paragraphs) < 3:
            paragraphs.append(draw(PARAGRAPH))
    if signal.startswith("ld"):
        ld = {
            "@context": "https://schema.org",
            "@type": draw(st.sampled_from(["NewsArticle", "Article", "ReportageNewsArticle"])),
            "headline": headline,
        }
        if signal == "ld-body":
            while sum(len(p) for p in paragraphs) < 600:
                paragraphs.append(draw(PARAGRAPH))
            ld["articleBody"] = "\n".join(paragraphs)
        head = f"<script type='application/ld+json'>{json.dumps(ld, ensure_ascii=False)}</script>"
    # With JSON-LD the page may print all, one or none of the paragraphs (loaded later).
    shown = (
        paragraphs
        if signal == "paragraphs"
        else draw(st.sampled_from([paragraphs, paragraphs[:1], []]))
    )
    body = "".join(f"<p>{escape(p)}</p>" for p in shown)
    article = f"<article><h1>{escape(headline)}</h1><div>{body}</div></article>"
    before = "".join(draw(st.lists(link_lists(), max_size=3)))
    after = "".join(draw(st.lists(link_lists(), max_size=3)))
    html = (
        f"<html lang='de'><head><title>{escape(headline)}</title>{head}</head>"
        f"<body>{before}<main>{article}</main>{after}</body></html>"
    )
    url = draw(st.sampled_from(["https://x.de/", "https://x.de/lokales/", "https://x.de/a-1"]))
    return html, url, bool(shown) or signal == "ld-body"


@given(article_pages())
def test_an_article_is_never_an_index_or_no_article(case: tuple[str, str, bool]) -> None:
    html, url, has_text = case
    article = newsparse.parse(html, url=url, parser="generic")
    assert article.report.page_kind not in NOT_ARTICLE, article.report
    if has_text:
        assert article.body


def test_a_list_of_links_is_still_an_index_page() -> None:
    links = "".join(
        f"<li><a href='/a/{i}.html'>Artikel Nummer {i} zum Lesen</a></li>" for i in range(40)
    )
    html = (
        f"<html lang='de'><head><title>Lokales</title></head><body><ul>{links}</ul></body></html>"
    )
    kind = newsparse.parse(html, url="https://x.de/lokales/", parser="generic").report.page_kind
    assert kind == "index-page"


LINKS = "".join(
    f"<li><a href='/a/{i}.html'>Artikel Nummer {i} zum Lesen</a></li>" for i in range(40)
)
LONG = "<p>" + "Die Brücke über den Fluss wird im Sommer für drei Monate gesperrt. " * 8 + "</p>"


@pytest.mark.parametrize("url", ["https://x.de/", "https://x.de/lokales/brücke-1.html"])
@pytest.mark.parametrize(
    ("head", "article"),
    [
        # The text is loaded later; the JSON-LD names the headline the h1 prints.
        (
            {"@type": "NewsArticle", "headline": "Brücke gesperrt im Sommer"},
            "<h1>Brücke gesperrt im Sommer</h1><div></div>",
        ),
        # A whole articleBody, the page showing none of it.
        (
            {"@type": "Article", "headline": "Andere Zeile", "articleBody": LONG[3:-4] * 2},
            "<h1>Brücke gesperrt</h1>",
        ),
        # No JSON-LD, one long run of paragraphs inside a link-heavy page.
        (None, f"<h1>Brücke gesperrt</h1><div>{LONG}{LONG}{LONG}</div>"),
    ],
)
def test_signals_of_an_article_beat_a_link_heavy_page(
    head: dict[str, str] | None, article: str, url: str
) -> None:
    script = f"<script type='application/ld+json'>{json.dumps(head)}</script>" if head else ""
    html = (
        f"<html lang='de'><head>{script}</head><body><nav><ul>{LINKS}</ul></nav>"
        f"<main><article>{article}</article></main><footer><ul>{LINKS}</ul></footer></body></html>"
    )
    kind = newsparse.parse(html, url=url, parser="generic").report.page_kind
    assert kind == "article"
