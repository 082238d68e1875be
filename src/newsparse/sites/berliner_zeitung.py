"""Berliner Zeitung (berliner-zeitung.de): the 2023 Next.js page and the 2026 redesign.

2023: CSS-module classes. ``[data-testid=article-header]`` holds the
breadcrumbs (Ressort), ``h1.article_header-title__``, the teaser
``p.article_header-lead__``, the author section and the date; the lead
picture has caption and source spans; ``#articleBody`` holds
``p.article_paragraph__`` and ``h2.article_subtitle__`` among ad slots,
related-article teasers and a closing info box.

2026: Tailwind utility classes, so the layout holds on to ids and
document order: the kicker is the ``p`` just before ``h1#article-title``,
the teaser the ``p`` just after it; the lead picture is the innermost block
with ``#fullscreen-trigger`` and two ``p`` (caption, "© credit");
the text is ``.article-content-blz`` with ad slots (``[id^=qmn-ad]``), a
feedback box (mail link) and the topic links (``/category/``) at its end.
"""

from __future__ import annotations

from newsparse.blocks import image_url
from newsparse.conventions import split_credit
from newsparse.document import select, select_one, text_of
from newsparse.model import Image
from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile


class BerlinerZeitung2023(Layout):
    """The page seen in 2023 (CSS-module classes)."""

    NAME = "2023"
    MARKER = "[data-testid=article-header] .article_header-title__"
    REQUIRED = frozenset({"headline", "body", "teaser", "section"})

    SECTION = "[data-testid=article-header] .breadcrumbs_wrapper__ a:not([href='/'])"
    HEADLINE = "[data-testid=article-header] .article_header-title__"
    TEASER = "[data-testid=article-header] .article_header-lead__"
    BODY = "#articleBody"
    PARAGRAPHS = "p.article_paragraph__"
    SUBHEADINGS = "h2.article_subtitle__, h3.article_subtitle__"
    BOILERPLATE = ".article_teasers__, [class*='infobox_'], [class*='traffective_']"
    IMAGES = "main article .article_image-container__"
    IMAGE_CAPTION = ".article_image-container-caption__"
    IMAGE_CREDIT = ".article_image-container-source__"
    AUTHORS = "[data-testid=author-section] .article_author-name__"
    PAYWALL = ".paywall_overlay__"
    """The overlay over the cut text of a B+ article (its styles ship with every page)."""


class BerlinerZeitung2026(Layout):
    """The 2026 redesign (Tailwind classes)."""

    NAME = "2026"
    MARKER = "main article h1#article-title"
    REQUIRED = frozenset({"headline", "body", "teaser", "images"})

    HEADLINE = "main article h1#article-title"
    BODY = "main article .article-content-blz"
    SUBHEADINGS = "h2, h3"
    BOILERPLATE = "article, [id^='qmn-ad'], [id^='beyondwords'], div:has(a[href^='mailto:'])"
    IMAGES = "main article div:has(#fullscreen-trigger):has(p)"
    TOPICS = "main article .article-content-blz a[href^='/category/']"

    def kicker(self) -> str | None:
        """The label ``p`` just before the title."""
        return self._next_to_title("preceding::p[1]")

    def teaser(self) -> str | None:
        """The ``p`` just after the title."""
        return self._next_to_title("following::p[1]")

    def images(self) -> tuple[Image, ...]:
        """The lead picture: the first ``p`` after the image is the caption, "© ..." the credit."""
        found: list[Image] = []
        blocks = self.doc.select(self.IMAGES or "")
        inner = [b for b in blocks if not any(d in blocks for d in b.iterdescendants("div"))]
        for element in inner:
            img = select_one(element, "img")
            texts = [t for t in (text_of(p) for p in select(element, "p")) if t]
            caption = texts[0] if texts else None
            credit = None
            for text in texts[1:]:
                rest, credit = split_credit(text)
                if credit is not None and not rest:
                    break  # a paragraph that is nothing but the credit
                credit = None
            found.append(
                Image(
                    url=image_url(self.doc, img) if img is not None else None,
                    caption=caption,
                    credit=credit,
                    is_cover=not found,
                )
            )
        return tuple(found)

    def _next_to_title(self, axis: str) -> str | None:
        title = self.doc.select_one(self.HEADLINE or "h1")
        if title is None:
            return None
        found = title.xpath(axis)
        return text_of(found[0]) or None if found else None


SITE = Site(
    name="berliner_zeitung",
    title="Berliner Zeitung",
    domains=("berliner-zeitung.de",),
    layouts=(BerlinerZeitung2026, BerlinerZeitung2023),
    profile=Profile(brands=("Berliner Zeitung", "BLZ")),
)
