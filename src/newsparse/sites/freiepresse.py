"""Freie Presse (freiepresse.de): the classic page (spring 2024) and its redesign (late 2024).

Classic: ``article.artikelFlip`` with a header (``.article-date``, the
``h2.likeArticleH1`` headline, ``.new-author-text`` byline, the cover in
``.article-img`` with its caption and glued credit in ``.img-info``), then
``#artikel-content``: the teaser as ``p.bold``, a dateline span, paragraphs
and ``h2`` subheadings between app and subscription boxes; the author's
Kürzel closes the text in ``span.autorenkuerzel``. The Ressort is the
breadcrumb's first link below the home page.

Redesign: a hero gallery of ``.detail-img`` items (caption in
``.detail-img__description``, credit in ``.detail-img__copyright``), then
``.article__content-wrapper`` with the Ressort label
(``.logo-rubrik__rubrik``), ``h2.article__headline``, the ``.author__name``
byline, an audio player and ``.article__text`` holding the ``p.bold`` teaser,
paragraphs, subheadings, inline images and tweet embeds; a Kürzel or agency
in brackets closes the last paragraph as plain text.

In both, the bracketed source that closes the text is the source line, not
body text: the body leaves it out by its wording, so the body is the same
whether or not the classic page's ``.autorenkuerzel`` span is still there.

Dates come from JSON-LD: the page prints the day only. Paywall: the site
marks FP+ articles with an ``fpplus`` class (seen on its teasers); no FP+
article is in the corpus, so the selector is not yet checked on one.
"""

from __future__ import annotations

from typing import ClassVar

from newsparse.conventions import split_source, trailing_source
from newsparse.model import Block, Paragraph, SourceLine
from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile


class FreiePresse2024(Layout):
    """The classic article page (``article.artikelFlip``), seen in April 2024."""

    NAME = "2024"
    MARKER = "article.article .article-headlines h2"
    REQUIRED = frozenset({"section", "headline", "teaser", "body", "authors", "images"})

    BREADCRUMB = "#breadcrumb_widget .breadcrumb a"
    HEADLINE = "article.article .article-headlines h2"
    TEASER = "#artikel-content p.bold"
    BODY = "#artikel-content"
    SUBHEADINGS = "h2, h3"
    BOILERPLATE = "p.bold, .appHint, [id^='appBottom'], .rgt-wrapper, blockquote, aside"
    IMAGES = "article.article .article-img .gallery-item"
    IMAGE_CAPTION = ".img-info"
    SOURCE: ClassVar[str | None] = "#artikel-content .autorenkuerzel"
    SOURCE_INITIALS = True
    AUTHORS = "article.article .article-author .new-author-text"
    PAYWALL = "article.article-fpplus, article.article [class*='fpplus']"

    def body(self) -> tuple[Block, ...]:
        """Paragraphs and subheadings, without the bracketed source that closes the text."""
        blocks = super().body()
        if not blocks or not isinstance(blocks[-1], Paragraph):
            return blocks
        text, line = split_source(blocks[-1].text, initials=True)
        if line is None:
            return blocks
        return (*blocks[:-1], Paragraph(text=text)) if text else blocks[:-1]

    def source(self) -> SourceLine | None:
        """The ``.autorenkuerzel`` Kürzel; else a source in brackets closing the text."""
        return super().source() or self._closing_source()

    def _closing_source(self) -> SourceLine | None:
        blocks = Layout.body(self)
        if not blocks or not isinstance(blocks[-1], Paragraph):
            return None
        return trailing_source(blocks[-1].text, initials=True)


class FreiePresse2024Redesign(FreiePresse2024):
    """The redesign with a hero gallery and ``article__`` classes, seen in November 2024."""

    NAME = "2024-11"
    MARKER = "article.article .article__content-wrapper h2.article__headline"

    SECTION = ".article__content-wrapper .logo-rubrik__rubrik"
    HEADLINE = ".article__content-wrapper h2.article__headline"
    TEASER = ".article__text p.bold"
    BODY = ".article__content-wrapper .article__text"
    BOILERPLATE = (
        "p.bold, .article__inline-images, .article__rgt-wrapper, blockquote, aside, "
        ".article__copyright"
    )
    IMAGES = (
        "article.article .gallery__item .detail-img, "
        "article.article .article__inline-images .detail-img"
    )
    IMAGE_CAPTION = ".detail-img__description"
    IMAGE_CREDIT = ".detail-img__copyright"
    SOURCE = None
    AUTHORS = ".article__content-wrapper .article__author .author__name"

    def source(self) -> SourceLine | None:
        """A source given at the end of the last paragraph, e.g. ``(dpa)`` or ``(phy)``."""
        return self._closing_source()


SITE = Site(
    name="freiepresse",
    title="Freie Presse",
    domains=("freiepresse.de",),
    layouts=(FreiePresse2024Redesign, FreiePresse2024),
    profile=Profile(brands=("Freie Presse",), section_paths=True, skip_segments=("nachrichten",)),
)
