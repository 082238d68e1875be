"""Euronews in German (de.euronews.com): the 2024 article page.

``article.o-article-newsy`` opens with a header (breadcrumbs whose active
link is the Ressort, ``h1.c-article-redesign-title``, the lead picture or
video poster with a ``.c-article-caption``: caption text, then "Copyright"
and the credit). The body column holds the byline ``.c-article-contributors``
("Von <a>author</a> mit <b>AP</b>": linked authors, the agency in bold, read
as the source), the publication ``time``, the teaser
``p.c-article-summary`` and the text in ``.c-article-content`` among ad
slots and related-article widgets; ``.c-article-tags`` are the topics.
"""

from __future__ import annotations

from newsparse.blocks import image_url
from newsparse.conventions import normalize, parse_credit
from newsparse.document import HtmlElement, select_one, text_of
from newsparse.model import Image
from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile


class Euronews2024(Layout):
    """The article page seen in 2024."""

    NAME = "2024"
    MARKER = "article.o-article-newsy h1.c-article-redesign-title"
    REQUIRED = frozenset({"headline", "body", "teaser", "section", "images"})

    SECTION = ".c-article-breadcrumbs a.active"
    HEADLINE = "article.o-article-newsy h1.c-article-redesign-title"
    TEASER = "article.o-article-newsy p.c-article-summary"
    BODY = "article.o-article-newsy .c-article-content"
    SUBHEADINGS = "h2, h3"
    BOILERPLATE = ".c-ad, .widget"
    IMAGES = "article.o-article-newsy .c-article-image-video"
    IMAGE_CAPTION = ".c-article-caption__text"
    IMAGE_CREDIT = ".c-article-caption__credit"
    SOURCE = "article.o-article-newsy .c-article-contributors b"
    AUTHORS = "article.o-article-newsy .c-article-contributors a"
    TOPICS = "article.o-article-newsy .c-article-tags a"

    def paywalled(self) -> bool | None:
        """Never: the whole text is on the page (the ``poool`` hooks serve consent prompts)."""
        return False

    def image(self, element: HtmlElement, *, is_cover: bool) -> Image | None:
        """The lead picture; the caption is the caption element's own text, before "Copyright"."""
        img = select_one(element, "img")
        caption = select_one(element, self.IMAGE_CAPTION or "figcaption")
        credit = text_of(select_one(element, self.IMAGE_CREDIT or "small"))
        return Image(
            url=image_url(self.doc, img) if img is not None else None,
            caption=(normalize(caption.text or "") or None) if caption is not None else None,
            credit=parse_credit(credit) if credit else None,
            is_cover=is_cover,
        )


SITE = Site(
    name="euronews",
    title="Euronews",
    domains=("de.euronews.com",),
    layouts=(Euronews2024,),
    profile=Profile(brands=("euronews", "Euronews")),
)
