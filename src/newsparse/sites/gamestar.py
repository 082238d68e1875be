"""GameStar (gamestar.de): the article page of 2024.

``.div-article-title`` holds the topic labels, ``h1.article``, the teaser
``p.intro`` and ``p.publication-info`` (author link, then date and time).
``.article-content`` holds the lead image (``p.caption`` with ``span.bu``),
paragraphs, bullet lists and ``h2`` subheadings, between ad placeholders,
"Mehr zum Thema" boxes (``.recirculation-box``), consent boxes for embeds
and affiliate product widgets. Topic tags follow in ``ul.taglist``.

The page prints no Ressort and no source line.
"""

from __future__ import annotations

from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile


class Gamestar2024(Layout):
    """The GameStar article page (seen 2024)."""

    NAME = "2024"
    MARKER = ".div-article-title h1.article"
    REQUIRED = frozenset({"headline", "body", "teaser", "published", "authors"})

    HEADLINE = ".div-article-title h1.article"
    TEASER = ".div-article-title p.intro"
    BODY = ".article .article-content"
    PARAGRAPHS = "p, li"
    SUBHEADINGS = "h2, h3"
    BOILERPLATE = (
        "p.caption, p.info, .recirculation-box, .do-display-embed, .info-box, "
        "[class*='affiliate-widget'], .jad-placeholder, [id^='dfp-'], [id^='aktion-']"
    )
    IMAGES = ".article .article-content p.caption"
    IMAGE_CAPTION = ".bu"
    AUTHORS = ".div-article-title .publication-info a"
    PUBLISHED = ".div-article-title .publication-info"
    TOPICS = "ul.taglist a.tag"


SITE = Site(
    name="gamestar",
    title="GameStar",
    domains=("gamestar.de",),
    layouts=(Gamestar2024,),
    profile=Profile(brands=("GameStar",)),
)
