"""DER STANDARD (derstandard.at, derstandard.de): the story page of 2024.

``article.story-article`` holds ``.article-header`` (kicker ``h2``, headline
``h1``, subtitle as teaser, the authors in ``.article-origins`` and the local
time in ``p.article-pubdate time``) and ``.article-body``: paragraphs and
``h3`` subheadings between ``ad-container`` slots, with figures by
``data-type`` (images with ``figcaption`` and the credit in ``footer``,
pull quotes, embeds). The section is the breadcrumb in the site header.

The closing "(Name, Name, 3.5.2024)" sign-off stays in the last paragraph:
:mod:`newsparse.conventions` has no form for it yet. The page carries no
paywall marker, so the paywall flag is left unknown.
"""

from __future__ import annotations

from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile


class DerStandard2024(Layout):
    """The derStandard story page (seen 2024)."""

    NAME = "2024"
    MARKER = "article.story-article .article-header"
    REQUIRED = frozenset(
        {"headline", "body", "teaser", "published", "authors", "kicker", "section"}
    )

    SECTION = ".app--header--breadcrumb a"
    KICKER = ".article-header .article-kicker"
    HEADLINE = ".article-header .article-title"
    TEASER = ".article-header .article-subtitle"
    BODY = "article.story-article .article-body"
    SUBHEADINGS = "h2, h3"
    BOILERPLATE = "ad-container, ad-slot, .js-embed-container"
    IMAGES = "article.story-article .article-body figure[data-type='image']"
    IMAGE_CAPTION = "figcaption"
    IMAGE_CREDIT = "footer"
    AUTHORS = ".article-header .article-origins span"
    PUBLISHED = ".article-header .article-pubdate time"


SITE = Site(
    name="derstandard",
    title="DER STANDARD",
    domains=("derstandard.at", "derstandard.de"),
    layouts=(DerStandard2024,),
    profile=Profile(country="at", brands=("DER STANDARD", "derStandard.at", "derStandard")),
)
