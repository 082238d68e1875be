"""Stuttgarter Zeitung (stuttgarter-zeitung.de): the "brick" article page.

``article.mod-article`` holds ``.article-header`` (``.article-kicker`` and
``.article-headline`` in an ``h2``), the cover in ``.article-image`` (its
caption, credit glued on, is the ``title`` of ``figure .data``), then
``.article-body``: the Vorspann in ``.intro-text``, the author box
(``.author-wrap``), and paragraphs and ``h2`` subheadings, partly inside
bricks, between the paywall brick, ads and reading tips. Inline photos are
``dnl-image`` elements whose ``caption`` and ``creditline`` attributes carry
the text. The breadcrumb's ``a.level-1`` is the Ressort. Dates, topics and
the paywall flag come from JSON-LD (the page prints the update time only).
"""

from __future__ import annotations

from newsparse.blocks import image_url
from newsparse.conventions import normalize, parse_credit, split_credit
from newsparse.model import Image
from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile


class StuttgarterZeitung2025(Layout):
    """The brick page seen in 2025."""

    NAME = "2025"
    MARKER = "article.mod-article .article-header .article-headline"
    REQUIRED = frozenset({"section", "headline", "teaser", "body", "authors", "images"})

    SECTION = ".mod-breadcrumb .breadcrumb a.level-1"
    KICKER = "article.mod-article .article-header .article-kicker"
    HEADLINE = "article.mod-article .article-header .article-headline"
    TEASER = "article.mod-article .article-body .intro-text p"
    BODY = "article.mod-article .article-body"
    SUBHEADINGS = "h2, h3"
    BOILERPLATE = (
        ".intro-text, .article-details, .sharewrapper, .mod-paywall, .ad, "
        ".recoTeaserContainer, .articleTeaser, [class*='teaser']"
    )
    IMAGES = "article.mod-article .article-image figure, article.mod-article dnl-image"
    AUTHORS = "article.mod-article .article-body .author-wrap"

    def images(self) -> tuple[Image, ...]:
        """The cover (caption and credit from ``.data[title]``) and the inline ``dnl-image``."""
        found: list[Image] = []
        for element in self.doc.select(self.IMAGES or ""):
            if element.tag == "dnl-image":
                caption = normalize(element.get("caption") or "") or None
                credit_text = normalize(element.get("creditline") or "")
                credit = parse_credit(credit_text) if credit_text else None
                url = None
            else:
                data = self.doc.select_one(".data[title]", element)
                caption, credit = split_credit(data.get("title", "") if data is not None else "")
                url = image_url(self.doc, element)
            if caption or credit or url:
                found.append(Image(url=url, caption=caption, credit=credit, is_cover=not found))
        return tuple(found)


SITE = Site(
    name="stuttgarter_zeitung",
    title="Stuttgarter Zeitung",
    domains=("stuttgarter-zeitung.de",),
    layouts=(StuttgarterZeitung2025,),
    profile=Profile(brands=("Stuttgarter Zeitung", "StZ")),
)
