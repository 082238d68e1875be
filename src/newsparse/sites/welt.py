"""WELT (welt.de): the 2023 page and the 2024 redesign.

2023: the article ``header.c-content-container`` holds the "Dreifaltigkeit"
(``.c-section`` Ressort link, ``.c-topic`` kicker, ``.c-headline``), the
``time.c-publish-date``, ``.c-author`` byline, the opener figure and the
``.c-summary__intro`` teaser; the body is ``.c-article-text`` with ``p`` and
``h3`` between ad spots, inline teaser lists and image elements whose
caption is only a "Quelle: ..." credit. A closing paragraph set in bold
italics is an editorial note (podcast promo, author's note), not article text.

2024: ``.c-article-header`` (``__topic`` kicker, ``__headline``, ``__author-by``,
``__date`` printed as "Stand: 10:49 Uhr" only), figures with
``.c-content-image__caption-alt`` and ``__caption-source``, the
``.c-article-page__intro`` teaser, and a body of ``.c-rich-text-renderer``
runs. Both pages tell whether the article is WELTplus in the JSON of
``script[data-external-content='Outbrain.CrawlerData']`` (``isPremium``).
"""

from __future__ import annotations

import json
from typing import ClassVar

from newsparse.blocks import is_emphasized
from newsparse.document import HtmlElement, text_of
from newsparse.model import Block
from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile


class Welt2023(Layout):
    """The page with ``o-dreifaltigkeit`` header and ``c-article-text`` body (seen 2023)."""

    NAME = "2023"
    MARKER = "article header .o-dreifaltigkeit"
    REQUIRED = frozenset({"headline", "body", "teaser", "published", "kicker", "section"})

    SECTION = "article header .o-dreifaltigkeit .c-section"
    KICKER = "article header .o-dreifaltigkeit .c-topic"
    HEADLINE = "article header .o-dreifaltigkeit .c-headline"
    TEASER = "article header .c-summary__intro"
    BODY = "article .c-article-text"
    SUBHEADINGS = "h2, h3"
    BOILERPLATE: ClassVar[str | None] = ".c-inline-element"
    IMAGES = "article header .c-image-element figure, article .c-article-text figure"
    IMAGE_CAPTION = "figcaption"
    AUTHORS = "article header .c-author__by-line"
    PUBLISHED: ClassVar[str | None] = "article header time.c-publish-date"
    #: The JSON of Outbrain's crawler data, which says ``isPremium``.
    PREMIUM_DATA: ClassVar[str] = "script[data-external-content='Outbrain.CrawlerData']"

    def body(self) -> tuple[Block, ...]:
        """The body without the closing editorial note (podcast promo, author's note).

        The note is the paragraph of the last block, set entirely in bold and italics,
        links aside. It is found by its text, not as the last ``p``: a box after it
        (newsletter, "Lesen Sie auch") has paragraphs too, which the body leaves out.
        """
        blocks = super().body()
        if not blocks:
            return blocks
        last = next(
            (
                p
                for p in reversed(self.doc.select(f"{self.BODY} p"))
                if text_of(p) == blocks[-1].text
            ),
            None,
        )
        if last is not None and _is_note(last):
            return blocks[:-1]
        return blocks

    def topics(self) -> tuple[str, ...]:
        """The ``news_keywords`` meta (``article:tag`` holds an ad category instead)."""
        value = self.doc.meta_value("news_keywords", "keywords") or ""
        return tuple(dict.fromkeys(t.strip() for t in value.split(",") if t.strip()))

    def paywalled(self) -> bool | None:
        """``isPremium`` of the page's Outbrain crawler data (WELTplus)."""
        script = self.doc.select_one(self.PREMIUM_DATA)
        if script is None or not script.text:
            return None
        try:
            data = json.loads(script.text)
        except ValueError:
            return None
        value = data.get("isPremium") if isinstance(data, dict) else None
        return value if isinstance(value, bool) else None


class Welt2024(Welt2023):
    """The 2024 redesign (``c-article-header``, ``c-rich-text-renderer``)."""

    NAME = "2024"
    MARKER = ".c-article-header .c-article-header__headline"
    REQUIRED = frozenset({"headline", "body", "teaser", "kicker", "section"})

    SECTION = ".c-page-content-header .c-page-content-header__label"
    KICKER = ".c-article-header .c-article-header__topic"
    HEADLINE = ".c-article-header .c-article-header__headline"
    TEASER = ".c-article-page__intro p"
    BODY = ".c-article-page__text .c-rich-text-renderer--article"
    BOILERPLATE = None
    IMAGES = ".c-article-page figure.c-content-image"
    IMAGE_CAPTION = ".c-content-image__caption-alt"
    IMAGE_CREDIT = ".c-content-image__caption-source"
    AUTHORS = ".c-article-header .c-article-header__author-by"
    # The header prints the time of day only ("Stand: 10:49 Uhr"): dates come from JSON-LD.
    PUBLISHED = None


def _is_note(paragraph: HtmlElement) -> bool:
    """True when every word of ``paragraph`` sits in bold/italic elements or links, some in bold."""
    return is_emphasized(paragraph, ("strong", "b", "em", "i", "a")) and any(
        element.tag in ("strong", "b") for element in paragraph.iter()
    )


SITE = Site(
    name="welt",
    title="WELT",
    domains=("welt.de",),
    layouts=(Welt2024, Welt2023),
    profile=Profile(
        brands=("WELT", "DIE WELT", "welt.de"), section_paths=True, paywall_path="/plus\\d"
    ),
)
