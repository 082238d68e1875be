"""kicker (kicker.de): the article page of 2024.

``article[data-docid]`` opens with ``header.kick__article__header``: the
crumb (league link, then an SEO ``h1``), the Dachzeile in
``.kick__article__header-subline`` and the headline ``h2``. The body
(``.kick__article__content``) holds the teaser (``p.kick__article__teaser``),
the cover (``.kick__article__picture--teaser``, caption paragraph with the
credit in a ``span``) and ``.kick__article__content__child`` with the
paragraphs between ad slots, pull quotes, polls and gallery teasers. The
article is signed with the editor's Kürzel in
``.kick__article__detail__author``, read as its source line; JSON-LD names
only the organisation as author. Dates come from JSON-LD (the page prints
"vor 14 Minuten").
"""

from __future__ import annotations

from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile


class Kicker2024(Layout):
    """The article page seen in 2024."""

    NAME = "2024"
    MARKER = "article header.kick__article__header"
    REQUIRED = frozenset({"section", "headline", "teaser", "body", "images"})

    SECTION = ".kick__article__header__crumb a"
    KICKER = ".kick__article__header .kick__article__header-subline"
    HEADLINE = ".kick__article__header h2"
    TEASER = ".kick__article__content .kick__article__teaser"
    BODY = ".kick__article__content .kick__article__content__child"
    SUBHEADINGS = "h3"
    BOILERPLATE = (
        "blockquote, section, .kick__article__detail, .kick__article__picture, "
        "[class*='kick__ad'], [class*='bonus-stat']"
    )
    IMAGES = ".kick__article__content .kick__article__picture--teaser"
    IMAGE_CAPTION = "p"
    IMAGE_CREDIT = "p > span"
    SOURCE = ".kick__article__content .kick__article__detail__author"
    SOURCE_INITIALS = True


SITE = Site(
    name="kicker",
    title="kicker",
    domains=("kicker.de",),
    layouts=(Kicker2024,),
    profile=Profile(brands=("kicker", "kicker.de")),
)
