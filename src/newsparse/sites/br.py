"""BR24 (br.de): a Next.js page with CSS-module classes, in two 2024 designs.

Spring 2024: the ``header`` holds the hero picture, its caption and
"Bildrechte" credit in ``.ArticleModuleMediaCollapsibleMetadataBox_*``, and
``section.ArticleModuleTeaser_*`` with the date, the headline (an ``h2``; the
``h1`` is the breadcrumb's copy of it), the teaser and the authors. The body
is ``#articlebody``: one ``.ArticleModuleText_wrapper__`` per text module,
with plain ``p`` and ``h2``. BR prints no kicker: the headline carries it
before a colon.

Summer 2024 redesign: text modules are ``.RichText_richText__`` (lists
included), authors ``.ArticleModuleTeaser_authorName__``, tags
``.ArticleSectionTags_tagPart__``. News tickers use this page: the ticker's
article is its current state, i.e. the visible headline, the teaser on the
latest entry, then the entries (time-stamped ``h2`` with their paragraphs)
and day dividers; the highlights list is kept as text, the link to older
entries is not.

Paragraphs set entirely in italics are editorial notes (newsletter promos,
the ticker's sources note), never body text; the source line is the note
that parses as one.
"""

from __future__ import annotations

from newsparse.blocks import is_emphasized
from newsparse.conventions import parse_source_line
from newsparse.document import HtmlElement, text_of
from newsparse.model import Block, SourceLine
from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile

#: BR's own promo lines closing an article.
_PROMO_PHRASES = ("das ist die europäische perspektive bei br24",)


class Br2024(Layout):
    """The spring 2024 design (``.ArticleModuleText_content__`` text modules)."""

    NAME = "2024-04"
    MARKER = "#articlebody .ArticleModuleText_content__"
    REQUIRED = frozenset({"headline", "body", "teaser", "authors", "images"})

    TEXT = "#articlebody .ArticleModuleText_wrapper__"
    """The text modules of the body."""

    HEADLINE = ".ArticleModuleTeaser_wrapper__ .ArticleModuleTeaser_title__"
    TEASER = ".ArticleModuleTeaser_wrapper__ .ArticleItemTeaserText_text__"
    BODY = TEXT
    SUBHEADINGS = "h2, h3"
    IMAGES = "article header:has(figure img)"
    IMAGE_CAPTION = ".ArticleModuleMediaCollapsibleMetadataBox_caption__"
    IMAGE_CREDIT = (
        ".ArticleModuleMediaCollapsibleMetadataBox_copyrightHero__, "
        ".ArticleModuleMediaCollapsibleMetadataBox_copyright__"
    )
    AUTHORS = ".ArticleModuleTeaser_wrapper__ .ArticleAuthor_authorName__"
    TOPICS = "article header .ArticleItemTag_name__"

    def body(self) -> tuple[Block, ...]:
        """Text-module paragraphs and subheadings without notes and promos."""
        skip = {text_of(p) for p in self._notes()}
        return tuple(
            block
            for block in super().body()
            if block.text not in skip and not block.text.lower().startswith(_PROMO_PHRASES)
        )

    def source(self) -> SourceLine | None:
        """The editorial note that reads as a source line, if any."""
        for paragraph in self._notes():
            line = parse_source_line(text_of(paragraph))
            if line is not None:
                return line
        return None

    def _notes(self) -> list[HtmlElement]:
        return [p for p in self.doc.select(f"{self.TEXT} p") if is_emphasized(p)]


class Br2024Summer(Br2024):
    """The summer 2024 redesign (``.RichText_richText__`` text modules); tickers use it."""

    NAME = "2024-08"
    MARKER = "#articlebody .RichText_richText__"

    PARAGRAPHS = "p, li"
    BOILERPLATE = "ul h2"
    AUTHORS = ".ArticleModuleTeaser_wrapper__ .ArticleModuleTeaser_authorName__"
    TOPICS = "article header .ArticleSectionTags_tagPart__.heading4"


SITE = Site(
    name="br",
    title="BR24",
    domains=("br.de", "br24.de"),
    layouts=(Br2024Summer, Br2024),
    profile=Profile(brands=("BR", "BR24", "Bayerischer Rundfunk")),
)
