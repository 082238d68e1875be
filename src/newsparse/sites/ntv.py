"""n-tv (ntv.de): the classic page (2023, 2024) and the 2025 redesign.

Classic page: ``article.article`` holds ``.article__header`` (kicker and
headline spans inside an ``h2``, author and date), the lead figure, then
``.article__text`` whose first paragraph, set in bold or italics, is the
teaser. ``p.article__source`` ("Quelle: ntv.de, ino/dpa") and
``.article__tags`` close the article. The 2023 page names the section in a
``span.title--dark`` atop the article; the 2024 page does not, and the
``nav.breadcrumb`` above it and the URL path (``/politik/...``) name it.
Teaser boxes inside the text (a gallery, "Mehr zum Thema") are asides too,
and are no article images (see :func:`newsparse.blocks.is_teaser_figure`).

2025 redesign: a Next.js page with CSS-module classes
(``article-detail-head_headline__LjYky``); the section is the ``title`` of
the block above the head, the teaser is ``p.storyline_lead_text_leadtext__``,
body paragraphs and subheadings are ``storyline_*`` elements between
video teasers and ad slots.
"""

from __future__ import annotations

from newsparse.document import select_one, text_of
from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile


class NtvClassic(Layout):
    """The page served until the 2025 redesign (seen 2023 and 2024)."""

    NAME = "2023"
    MARKER = "article.article .article__header"
    REQUIRED = frozenset({"headline", "body", "published"})

    SECTION = "article.article .title--dark"
    KICKER = ".article__header .article__kicker"
    HEADLINE = ".article__header .article__headline"
    # The teaser is the body's first paragraph, set in bold or italics. Captions of aside
    # figures are left out by their class; a class on the paragraph itself is no sign.
    TEASER = ".article__text p:first-of-type:not(.article__aside__caption)"
    TEASER_EMPHASIS = ("strong", "b", "i", "em")
    TEASER_IN_BODY = True
    BODY = "article.article .article__text"
    SUBHEADINGS = "h2, h3"
    BOILERPLATE = (
        ".article__aside, .article__audioplayer, [id^='sc_'], .ad, .teaser, "
        ".article__infobox, [class*='newsletter'], .article__source"
    )
    IMAGES = "article.article .article__media figure, article.article .article__aside figure"
    IMAGE_CAPTION = ".article__caption, .article__aside__caption"
    IMAGE_CREDIT = ".article__credit, .article__aside__credit"
    SOURCE = "article.article .article__source"
    AUTHORS = ".article__header .article__author"
    PUBLISHED = ".article__header .article__date"
    TOPICS = ".article__tags li a"
    BREADCRUMB = "nav.breadcrumb a"

    def section(self) -> str | None:
        """The Ressort: the title atop the article (2023), else the first breadcrumb
        below the home page. (Where neither is printed, the site's profile reads the
        URL's first path segment, ``/politik/...``.)"""
        return self._text(self.SECTION) or self._breadcrumb()


class Ntv2025(Layout):
    """The 2025 redesign with CSS-module class names."""

    NAME = "2025"
    MARKER = ".article-detail-head_headline__"
    REQUIRED = frozenset({"headline", "body", "published", "teaser"})

    KICKER = ".article-detail-head_headlines__ > span:not(.article-detail-head_headline__)"
    HEADLINE = ".article-detail-head_headline__"
    TEASER = ".storyline_lead_text_leadtext__"
    BODY = "article .wrapper-article"
    PARAGRAPHS = ".storyline_paragraph_p__"
    SUBHEADINGS = ".storyline_subheadline_subheadline__"
    BOILERPLATE = "section, .Ada_wrapper__, [class*='teaser'], [class*='newsletter']"
    IMAGES = "article .wrapper-article figure"
    SOURCE = ".article-detail-footer_source__"
    AUTHORS = ".article-detail-head_author__, .article-detail-head_authors__ a"
    PUBLISHED = ".article-detail-head_info-wrapper__ span"
    TOPICS = ".article-detail-footer_tags__ a"

    def section(self) -> str | None:
        """The Ressort: the ``title`` of the first title block in the article that holds the head.

        Teaser boxes are articles of their own with their own title blocks ("Videos");
        theirs never count.
        """
        head = self.doc.select_one(self.HEADLINE or "")
        story = next(head.iterancestors("article"), None) if head is not None else None
        if story is None:
            return None
        for element in self.doc.select(".Title_title__", story):
            if next(element.iterancestors("article"), None) is story:
                return element.get("title") or text_of(select_one(element, "span")) or None
        return None


SITE = Site(
    name="ntv",
    title="n-tv",
    domains=("n-tv.de", "ntv.de"),
    layouts=(Ntv2025, NtvClassic),
    profile=Profile(
        brands=("n-tv", "ntv", "ntv.de", "n-tv.de", "ntv Nachrichten"), section_paths=True
    ),
)
