"""Die Presse (diepresse.com): the article page of 2025.

``article.article`` holds the kicker badge (``.article__kicker``), the ``h1``,
the teaser ``p.lead``, the lead figure (credit in ``.figure__credits``) and
``#article-body``: the byline aside (author, local date), paragraphs and
``h2`` subheadings, with fact boxes (``.fm-box``: notes, author bio) and an
extras bar. A closing paragraph set entirely in italics holds the
translation and copyright note of syndicated pieces; it is read as the
source line. The section is the active link of the top navigation; topics
are the badges under "Lesen Sie mehr zu diesen Themen".

The paywall flag (Presse Premium) comes from JSON-LD ``isAccessibleForFree``.
"""

from __future__ import annotations

from newsparse.conventions import parse_source_line
from newsparse.document import HtmlElement, select, text_of
from newsparse.model import Block, SourceLine
from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile


class DiePresse2025(Layout):
    """The Presse article page (seen 2025)."""

    NAME = "2025"
    MARKER = "article.article #article-body"
    REQUIRED = frozenset({"headline", "body", "teaser", "published", "authors"})

    SECTION = ".nav--meta .nav__link.active"
    KICKER = "article.article .article__kicker"
    HEADLINE = "article.article h1"
    TEASER = "article.article p.lead"
    BODY = "article.article #article-body"
    SUBHEADINGS = "h2, h3"
    BOILERPLATE = ".fm-box, .article__extra, .article__extras, #vi-container, .ad-wrapper"
    IMAGES = "article.article .article__image figure, #article-body figure"
    IMAGE_CAPTION = "figcaption"
    IMAGE_CREDIT = ".figure__credits"
    AUTHORS = "#article-body .article__byline .author__name"
    PUBLISHED = "#article-body .article__byline .meta__date"
    TOPICS = ".article__breadcrumbs .breadcrumbs-list a"

    def body(self) -> tuple[Block, ...]:
        """The body without the italic closing note."""
        blocks = super().body()
        note = self._closing_note()
        if blocks and note is not None and blocks[-1].text == text_of(note):
            return blocks[:-1]
        return blocks

    def source(self) -> SourceLine | None:
        """The italic closing note (translation, copyright) of a syndicated piece."""
        note = self._closing_note()
        if note is None:
            return None
        text = text_of(note)
        return (parse_source_line(text) or SourceLine(raw=text)) if text else None

    def _closing_note(self) -> HtmlElement | None:
        paragraphs: list[HtmlElement] = []
        for body in self.doc.select(self.BODY or ""):
            boxed = {e for box in select(body, self.BOILERPLATE or "") for e in box.iter()}
            paragraphs.extend(p for p in select(body, "p") if p not in boxed)
        if not paragraphs:
            return None
        last = paragraphs[-1]
        emphasis = "".join(text_of(e) for e in select(last, "em, i"))
        text = text_of(last)
        return last if text and emphasis.replace(" ", "") == text.replace(" ", "") else None


SITE = Site(
    name="diepresse",
    title="Die Presse",
    domains=("diepresse.com",),
    layouts=(DiePresse2025,),
    profile=Profile(country="at", brands=("Die Presse", "DiePresse.com")),
)
