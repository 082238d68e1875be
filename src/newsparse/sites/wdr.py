"""WDR (wdr.de): the article page of www1.wdr.de (seen 2024).

``article`` is a stack of ``.con`` modules. The first holds the lead video
or picture, ``h1.articleHeader``, "Stand", the teaser ``p.einleitung`` and
the byline ``p.autor``; text modules (``.modParagraph``) hold ``p.text``,
``h2.subtitle`` and pictures (``.mediaCon`` with a ``p.infotext`` caption,
credit after " | " in the ``img`` title, as on the ARD image service); link
lists (``.modHeadline``) and audio modules sit between them. The closing
"Quellen:" paragraph introduces a ``.checklist`` of sources, read as the
source line. The breadcrumb's last entry is the Ressort.
"""

from __future__ import annotations

from newsparse.conventions import parse_source_line
from newsparse.document import HtmlElement, text_of
from newsparse.model import Block, Image, SourceLine
from newsparse.sites.ard import titled_picture
from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile

#: The label WDR prints above its list of sources.
_SOURCES_LABELS = frozenset({"quelle:", "quellen:"})
#: The first ``.checklist`` after an element, wherever wrappers put it.
_NEXT_CHECKLIST = (
    "following::*[contains(concat(' ', normalize-space(@class), ' '), ' checklist ')][1]"
)


class Wdr2024(Layout):
    """The article page seen in 2024."""

    NAME = "2024"
    MARKER = "article h1.articleHeader"
    REQUIRED = frozenset({"headline", "body", "teaser", "images"})

    HEADLINE = "article h1.articleHeader"
    TEASER = "article p.einleitung"
    BODY = "article"
    PARAGRAPHS = "p.text"
    SUBHEADINGS = "h2.subtitle"
    BOILERPLATE = ".mediaCon, .modHeadline, .audiomodul"
    IMAGES = "article .modParagraph .mediaCon"
    IMAGE_CAPTION = ".mediaInfo p.infotext"
    AUTHORS = "article p.autor"

    def section(self) -> str | None:
        """The last breadcrumb entry (``WDR > Nachrichten > Landespolitik``)."""
        trail = self.doc.texts(".breadcrumb li a")
        return trail[-1] if len(trail) > 1 else None

    def body(self) -> tuple[Block, ...]:
        """Text paragraphs and subheadings; the sources label is not body text."""
        return tuple(b for b in super().body() if b.text.lower() not in _SOURCES_LABELS)

    def image(self, element: HtmlElement, *, is_cover: bool) -> Image | None:
        """A picture in a text module; the credit follows " | " in the ``img`` title."""
        return titled_picture(self.doc, element, self.IMAGE_CAPTION, is_cover=is_cover)

    def source(self) -> SourceLine | None:
        """The list of sources under the "Quellen:" label, items joined by semicolons."""
        for label in self.doc.select("article p.text"):
            if text_of(label).lower() not in _SOURCES_LABELS:
                continue
            following = label.xpath(_NEXT_CHECKLIST)
            if not following:
                continue
            items = [text_of(item) for item in following[0].iter("li")]
            raw = f"{text_of(label)} {'; '.join(i for i in items if i)}"
            return parse_source_line(raw) or SourceLine(raw=raw)
        return None


SITE = Site(
    name="wdr",
    title="WDR",
    domains=("wdr.de",),
    layouts=(Wdr2024,),
    profile=Profile(
        brands=("WDR", "WDR aktuell"), section_paths=True, skip_segments=("nachrichten",)
    ),
)
