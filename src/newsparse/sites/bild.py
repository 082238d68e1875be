"""BILD (bild.de): the article page seen 2023.

``main article`` opens with ``h1.article-title`` (``__kicker``, ``__headline``),
the lead ``figure.fig--lead`` (``.fig__caption__text`` and
``.fig__caption__meta__credits``), the ``.author`` byline and a ``time``. The
``.article-body`` starts with the intro paragraph, printed in bold, which is
the teaser; "Lesen Sie auch" boxes, video teasers and ad wrappers sit between
the paragraphs. The Ressort is the breadcrumb after the "BILD" home link.
BILDplus articles carry the BILDplus icon (an ``svg`` titled "BILDplus Icon",
as in the site menu) in the title; no BILDplus page is in the corpus.
"""

from __future__ import annotations

from newsparse.document import HtmlElement, select_one, text_of
from newsparse.model import Image
from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile


class Bild2023(Layout):
    """The page with ``article-title`` and ``article-body`` classes (seen 2023)."""

    NAME = "2023"
    MARKER = "main article h1.article-title"
    REQUIRED = frozenset({"headline", "body", "teaser", "published", "kicker"})

    KICKER = "article .article-title__kicker"
    HEADLINE = "article .article-title__headline"
    BODY = "article .article-body"
    # The intro is the body's first paragraph, at any depth (a wrapper may come between).
    TEASER = "article .article-body p"
    TEASER_IN_BODY = True
    SUBHEADINGS = "h2, h3"
    BOILERPLATE = ".related-topics, .ad-wrapper, .video-heading, .outbrain-widget"
    IMAGES = "article figure.fig--lead, article .article-body > figure.fig--inline"
    IMAGE_CAPTION = ".fig__caption__text"
    IMAGE_CREDIT = ".fig__caption__meta__credits"
    AUTHORS = "article .author .author__name"
    PUBLISHED = "article time.datetime--article"

    def section(self) -> str | None:
        """The breadcrumb after the "BILD" home link."""
        links = self.doc.select("nav.breadcrumb .subnav__list-item a")
        return (text_of(links[1]) or None) if len(links) > 1 else None

    def image(self, element: HtmlElement, *, is_cover: bool) -> Image | None:
        """Photos; video teasers (figures holding a ``.video-teaser``) are left out."""
        if select_one(element, ".video-teaser") is not None:
            return None
        return super().image(element, is_cover=is_cover)

    def paywalled(self) -> bool:
        """True when the article's title shows the BILDplus icon (teasers' icons don't count)."""
        titles = self.doc.select("main article h1 svg title")
        return any(text_of(title) == "BILDplus Icon" for title in titles)


SITE = Site(
    name="bild",
    title="BILD",
    domains=("bild.de",),
    layouts=(Bild2023,),
    profile=Profile(
        brands=("BILD", "Bild", "bild.de"), section_paths=True, paywall_path="/bild-plus/"
    ),
)
