"""The generic parser's teaser is never an image caption, nor a consent or newsletter layer."""

from __future__ import annotations

import json

import pytest

import newsparse

PARAGRAPHS = [
    "Die Brücke über den Fluss wird im Sommer für drei Monate gesperrt, teilte die Stadt mit.",
    "Während der Arbeiten wird der Verkehr über eine Behelfsbrücke geleitet, die auch "
    "Radfahrer und Fußgänger nutzen können.",
    "Die Kosten von zwölf Millionen Euro tragen Bund und Land gemeinsam, hieß es weiter.",
    "Der Eintritt zum Brückenfest am Eröffnungstag ist frei, Anmeldungen sind nicht nötig.",
] * 2
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
CAPTION = "Die alte Brücke über den Fluss am Morgen, von der Uferpromenade aus gesehen"


def test_a_caption_after_the_h1_is_no_teaser() -> None:
    ld = {"@type": "NewsArticle", "headline": "Brücke gesperrt", "description": "Kurz."}
    html = (
        "<html lang='de'><head><script type='application/ld+json'>"
        f"{json.dumps(ld)}</script></head><body><article><h1>Brücke gesperrt</h1>"
        f"<figure><img src='/b.jpg'><figcaption><p class='intro'>{CAPTION}</p>"
        f"</figcaption></figure><div>{BODY}</div></article></body></html>"
    )
    article = newsparse.parse(html, url="https://x.de/lokales/a-1.html", parser="generic")
    assert article.teaser != CAPTION
    assert [i.caption for i in article.images] == [CAPTION]


#: Consent, cookie, paywall, app and newsletter layers in German, English and French.
LAYERS = [
    "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren. "
    "Mit Klick auf „Alle akzeptieren“ stimmen Sie der Verarbeitung Ihrer Daten durch uns "
    "und unsere Partner zu. <button>Alle akzeptieren</button><button>Einstellungen</button>",
    "We use cookies and similar technologies to personalise content and ads. By clicking "
    "“Accept all” you consent to the processing of your data by us and our partners. "
    "<button>Accept all</button><button>Manage options</button>",
    "Nous utilisons des cookies et des technologies similaires pour personnaliser les contenus. "
    "En cliquant sur « Tout accepter », vous consentez au traitement de vos données. "
    "<button>Tout accepter</button><button>Paramétrer</button>",
    "Jetzt weiterlesen mit PLUS: Sie haben bereits ein Abo? Dann melden Sie sich an. "
    "<button>Jetzt abonnieren</button>",
    "Melden Sie sich jetzt für unseren Newsletter an und erhalten Sie die wichtigsten "
    "Nachrichten des Tages. <input type='email'><button>Anmelden</button>",
    "Laden Sie jetzt unsere App herunter und lesen Sie alle Artikel auch unterwegs. "
    "<a href='/app'>App herunterladen</a>",
]


@pytest.mark.parametrize("where", ["before", "after", "inside-before", "inside-after"])
@pytest.mark.parametrize("layer", LAYERS, ids=range(len(LAYERS)))
def test_consent_paywall_app_and_newsletter_layers_are_no_body_text(layer: str, where: str) -> None:
    box = f"<div class='box-{len(where)}'><p>{layer}</p></div>"
    article_body = BODY
    if where == "inside-before":
        article_body = box + BODY
    elif where == "inside-after":
        article_body = BODY + box
    html = (
        "<html lang='de'><head><title>Brücke gesperrt</title></head><body>"
        + (box if where == "before" else "")
        + f"<article><h1>Brücke gesperrt</h1><div>{article_body}</div></article>"
        + (box if where == "after" else "")
        + "</body></html>"
    )
    article = newsparse.parse(html, url="https://x.de/lokales/a-1.html", parser="generic")
    first_words = layer.split(".")[0][:40]
    assert all(first_words not in text for text in article.paragraphs), article.paragraphs
    assert (article.teaser or "").find(first_words) == -1
    assert len(article.paragraphs) == len(PARAGRAPHS) // 2  # the article, once


# -- the printed lead by its place or type (issue 16) ------------------------------------

LEAD = "Musterstadt sperrt die alte Brücke im Sommer: Was Autofahrer und Radler wissen müssen."
HEAD = (
    "<html lang='de'><head><script type='application/ld+json'>"
    + json.dumps({"@type": "NewsArticle", "headline": "Brücke gesperrt", "description": "Kurz."})
    + "</script></head><body>"
)


def parse_page(article: str) -> newsparse.Article:
    html = f"{HEAD}<main><article>{article}</article></main></body></html>"
    return newsparse.parse(html, url="https://x.de/lokales/a-1.html", parser="generic")


def test_a_lead_between_the_header_and_the_body_container_is_the_teaser() -> None:
    related = "".join(
        f"<li><a href='/lokales/{n}.html'>Mehr aus Musterstadt: Die Brücke im Jahr {n}</a></li>"
        for n in range(2000, 2010)
    )
    article = parse_page(
        f"<header><h1>Brücke gesperrt</h1></header><div><p>{LEAD}</p></div><div>{BODY}</div>"
        f"<ul>{related}</ul>"
    )
    assert article.teaser == LEAD
    assert LEAD not in article.paragraphs


def test_a_block_followed_by_byline_and_date_is_the_teaser() -> None:
    meta = "<div><span>Von Anna Beispiel</span><time datetime='2024-05-03'>03.05.2024</time></div>"
    article = parse_page(f"<h1>Brücke gesperrt</h1><div><div>{LEAD}</div>{meta}{BODY}</div>")
    assert article.teaser == LEAD
    assert article.paragraphs == tuple(PARAGRAPHS[:4])  # each once


def test_a_first_paragraph_like_the_others_stays_in_the_body() -> None:
    article = parse_page(f"<h1>Brücke gesperrt</h1><div><p>{LEAD}</p>{BODY}</div>")
    assert article.teaser == "Kurz."
    assert article.paragraphs[0] == LEAD


def test_a_prompt_with_a_lead_named_class_is_no_teaser() -> None:
    prompt = (
        "<div class='push'><p class='push__description'>Push-Benachrichtigungen sind kurze "
        "Hinweise auf Ihrem Bildschirm mit den wichtigsten Nachrichten.</p></div>"
    )
    article = parse_page(f"<h1>Brücke gesperrt</h1>{prompt}<div>{BODY}</div>")
    assert article.teaser == "Kurz."
