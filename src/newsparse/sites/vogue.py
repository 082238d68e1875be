"""Vogue Germany (vogue.de): Condé Nast's Verso article page, seen in 2024.

``article.article`` opens with the content header (``data-testid`` hooks:
``ContentHeaderRubric``, ``ContentHeaderHed``, the dek, ``BylinesWrapper``,
``ContentHeaderPublishDate``, ``ContentHeaderLeadAsset``) and the lead
caption (``.caption__text`` and ``.caption__credit``). The text sits in
several ``[data-testid=BodyWrapper]`` chunks with ``p``, ``h2`` and figures
between ad rails and recirculation lists; the ``TagCloudWrapper`` after the
article lists the tags. The rubric above the headline is the section.
Classes carry styled-components hashes (``SplitScreenContentHeaderDek-emptdL``),
so the dek is matched by its stem.
"""

from __future__ import annotations

from newsparse.document import HtmlElement, adjacent, text_of
from newsparse.model import Block, Paragraph
from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile


class Vogue2024(Layout):
    """The Verso article page seen in 2024."""

    NAME = "2024"
    MARKER = "article [data-testid='ContentHeaderHed']"
    REQUIRED = frozenset({"section", "headline", "teaser", "body", "authors", "published"})

    SECTION = "article .content-header .rubric__name"
    HEADLINE = "article [data-testid='ContentHeaderHed']"
    TEASER = "article .content-header [class*='ContentHeaderDek']"
    BODY = "article [data-testid='BodyWrapper']"
    SUBHEADINGS = "h2, h3"
    BOILERPLATE = (
        "figure, aside, [class*='consumer-marketing'], [class*='recirc'], "
        "[class*='ExternalLinkEmbed'], [class*='product-embed'], [class*='Cart']"
    )
    LINK_EMBED = "[class*='ExternalLinkEmbedWrapper']"
    """A "Lesen Sie mehr" card linking another article."""
    IMAGES = "article .content-header, article [data-testid='BodyWrapper'] figure"
    IMAGE_CAPTION = ".caption__text"
    IMAGE_CREDIT = ".caption__credit"
    AUTHORS = "article .content-header [data-testid='BylineName'] a"
    PUBLISHED = "article [data-testid='ContentHeaderPublishDate']"
    TOPICS = "[data-testid='TagCloudWrapper'] a"

    def body(self) -> tuple[Block, ...]:
        """The chunks' blocks without the line that introduces link cards ("Mehr Themen ...")."""
        if not self.BODY:
            return super().body()
        chunks = set(self.doc.select(self.BODY))
        cards = set(self.doc.select(f"{self.BODY} {self.LINK_EMBED}"))
        intros: set[Block] = set()
        for card in cards:
            previous = _element_before(card, chunks, cards)
            while previous is not None and previous in cards:
                previous = _element_before(previous, chunks, cards)
            if previous is not None and previous.tag == "p":
                intros.add(Paragraph(text=text_of(previous)))
        return tuple(block for block in super().body() if block not in intros)


def _element_before(
    element: HtmlElement, chunks: set[HtmlElement], cards: set[HtmlElement]
) -> HtmlElement | None:
    """The element printed just before ``element`` inside its body chunk, looking past
    wrappers around either of them (a card, a paragraph or a wrapper of those)."""
    sibling = adjacent(element, chunks.__contains__, before=True)
    while sibling is not None and sibling.tag != "p" and sibling not in cards:
        children = [child for child in sibling if isinstance(child.tag, str)]
        if not children:
            break
        sibling = children[-1]
    return sibling


SITE = Site(
    name="vogue",
    title="Vogue Germany",
    domains=("vogue.de",),
    layouts=(Vogue2024,),
    profile=Profile(brands=("Vogue", "VOGUE", "Vogue Germany")),
)
