"""Rheinische Post (rp-online.de): the "park" page with ``data-cy`` test hooks.

``article[data-park-article]`` opens with a header whose ``h2`` holds the
kicker (``[data-cy=kicker]``) and the headline (``[data-cy=article_headline]``),
then the intro paragraph (``[data-cy=dateline]`` · ``[data-cy=intro]``), the
date, the cover figure and the author box. The text comes in one
``[data-cy=article-content-text]`` block per paragraph, between ad portals,
teaser lists and info boxes (``[data-cy=inline-infobox]``, editorial text,
kept). The breadcrumb's first link below the home page is the Ressort.
Dates, topics and the paywall flag come from JSON-LD and meta tags.
"""

from __future__ import annotations

from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile


class Rp2024(Layout):
    """The park page seen in 2024."""

    NAME = "2024"
    MARKER = "article[data-park-article] [data-cy='article_headline']"
    REQUIRED = frozenset({"section", "headline", "teaser", "body", "authors"})

    BREADCRUMB = "nav[aria-label='Breadcrumb Navigation'] a"
    KICKER = "article[data-park-article] header [data-cy='kicker']"
    HEADLINE = "article[data-park-article] header [data-cy='article_headline']"
    TEASER = "article[data-park-article] [data-cy='intro']"
    BODY = (
        "article[data-park-article] [data-cy='article-content-text'], "
        "article[data-park-article] [data-cy='inline-infobox']"
    )
    SUBHEADINGS = "h2, h3"
    IMAGES = "article[data-park-article] figure[data-cy='park-figure']"
    IMAGE_CAPTION = "figcaption p"
    IMAGE_CREDIT = "figcaption .js-figure-credit"
    AUTHORS = "article[data-park-article] [data-cy='authorsbox'] [role='heading']"


SITE = Site(
    name="rp",
    title="Rheinische Post",
    domains=("rp-online.de",),
    layouts=(Rp2024,),
    profile=Profile(
        brands=("Rheinische Post", "RP", "RP ONLINE"),
        section_paths=True,
        section_names={"nrw": "NRW"},
    ),
    family="RP",
)
