"""stern (stern.de): the 2023 page and the 2024 redesign (web components).

2023: ``article.article__main`` holds the breadcrumb, ``header.article__header``
(``.title__kicker``, ``.title__headline``, the lead ``figure.image-element``
with ``__description`` and ``__credits``), then ``.article__body``:
``.authors`` (byline, ``time``), ``.intro`` teaser, ``p.text-element`` and
``h2.subheadline-element`` between ad elements and aside groups, and the
``.article__tags`` topic links. A closing paragraph set in italics only
("Dieser Artikel ist zuerst bei "Capital" erschienen.") says where the text
comes from: it is the source line, not body text.

2024: ``article.article`` with ``.article__header`` (breadcrumb, ``.title``,
``.authors``), ``.article__lead-content`` figure and an ``.article__body`` of
``.text-element`` blocks, ``ws-adtag`` slots, inline galleries (each item
captioned by a headline and a text) and video players. stern+ status is
in the tracking data: ``paidStatus`` (2023) or ``product_content_status`` (2024).
"""

from __future__ import annotations

from typing import ClassVar

from newsparse.blocks import image_url, is_emphasized
from newsparse.conventions import normalize, parse_credit, parse_source_line
from newsparse.document import Document, HtmlElement, select_one, text_of
from newsparse.model import Block, Image, SourceLine
from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile


class Stern2023(Layout):
    """The page with ``article__main`` and ``u-typo`` classes (seen 2023)."""

    NAME = "2023"
    MARKER = "article.article__main .article__header .title__headline"
    REQUIRED = frozenset({"headline", "body", "teaser", "published", "kicker", "section"})
    #: Tracking-data key whose value is ``free`` or a paid status.
    PAID_STATUS_KEY: ClassVar[str] = '"paidStatus":"'

    SECTION = "article .breadcrumb .breadcrumb__link"
    KICKER = "article .title .title__kicker"
    HEADLINE = "article .title .title__headline"
    TEASER = "article .article__body .intro"
    BODY = "article .article__body"
    PARAGRAPHS = "p.text-element"
    SUBHEADINGS = "h2.subheadline-element, h3.subheadline-element"
    BOILERPLATE = ".ad-element, .group, .links, .authors, .intro"
    IMAGES = "article .article__header figure"
    IMAGE_CAPTION = ".image-element__description"
    IMAGE_CREDIT = ".image-element__credits"
    AUTHORS = "article .authors .authors__text"
    PUBLISHED = "article .authors time[datetime]"
    TOPICS: ClassVar[str | None] = "article .article__tags .links__item-link"

    def body(self) -> tuple[Block, ...]:
        """The body without the closing provenance note (the source line)."""
        blocks = super().body()
        note = self._note()
        return blocks[:-1] if blocks and note and blocks[-1].text == note else blocks

    def source(self) -> SourceLine | None:
        """The closing italic note on where the article first appeared."""
        note = self._note()
        if not note:
            return None
        return parse_source_line(note) or SourceLine(raw=note)

    def paywalled(self) -> bool | None:
        """From the tracking data: ``free`` is free, any other status is stern+."""
        for script in self.doc.root.iter("script"):
            text = script.text or ""
            start = text.find(self.PAID_STATUS_KEY)
            if start < 0:
                continue
            start += len(self.PAID_STATUS_KEY)
            value = text[start : text.find('"', start)]
            if value in ("", "not_set"):
                return None
            return value != "free"
        return None

    def _note(self) -> str | None:
        """The last paragraph's text when all of it is set in italics (at any depth)."""
        paragraphs = self.doc.select(f"{self.BODY} {self.PARAGRAPHS}")
        last = paragraphs[-1] if paragraphs else None
        if last is None or not is_emphasized(last, ("em", "i")):
            return None
        return text_of(last) or None


class Stern2024(Stern2023):
    """The 2024 redesign (``ws-`` web components, ``typo-`` classes)."""

    NAME = "2024"
    MARKER = "article.article .article__header .title__headline"
    PAID_STATUS_KEY = '"product_content_status":"'

    TEASER = "article .article__body .intro"
    PARAGRAPHS = ".text-element p"
    SUBHEADINGS = "h2.subheadline-element, h3.subheadline-element"
    BOILERPLATE = ".feature-bar, ws-adtag, .ad-container, .group-inline-gallery, .media, .intro"
    IMAGES = "article .article__lead-content figure, article .article__body figure"
    AUTHORS = "article .article__header .authors__list-item"
    PUBLISHED = "article .article__header .authors time[datetime]"
    TOPICS = None

    def image(self, element: HtmlElement, *, is_cover: bool) -> Image | None:
        """Figures; a gallery item's caption is its headline and text, its credit apart."""
        if select_one(element, ".group-gallery-item__copy") is not None:
            return _gallery_image(self.doc, element, is_cover=is_cover)
        return super().image(element, is_cover=is_cover)


def _gallery_image(doc: Document, figure: HtmlElement, *, is_cover: bool) -> Image:
    head = text_of(select_one(figure, ".group-gallery-item__headline"))
    copy = text_of(select_one(figure, ".group-gallery-item__copy"))
    credit = text_of(select_one(figure, ".group-gallery-item__credits"))
    return Image(
        url=image_url(doc, figure),
        caption=normalize(f"{head} {copy}") or None,
        credit=parse_credit(credit) if credit else None,
        is_cover=is_cover,
    )


SITE = Site(
    name="stern",
    title="stern",
    domains=("stern.de",),
    layouts=(Stern2024, Stern2023),
    profile=Profile(brands=("stern", "stern.de", "STERN"), section_paths=True),
)
