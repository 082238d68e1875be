"""ZDFheute (zdf.de/nachrichten): a Next.js page with atomic hashed classes (seen 2024).

Class names are build hashes (``r1nj4qn5``), so the layout reads structure
and ``data-testid`` hooks instead. The head is the ``main`` child with an
``h2``: a genre label, the ``h2`` (kicker span, ":" span, headline span),
byline, ``time`` and the teaser ``p``; the breadcrumb ``h1`` repeats the SEO
title. ``[data-testid=text-module]`` stacks one ``div`` per module: text
(a ``div`` of inline text or a list), subheading (``h2``), picture (caption
and "Quelle: ..." credit as the next two ``div``), video, quote, infographic
consent placeholder and link teasers. Topics are ``[data-testid=topic-tags]``.
"""

from __future__ import annotations

from newsparse.blocks import image_url, is_emphasized
from newsparse.conventions import parse_credit
from newsparse.document import HtmlElement, select, select_one, text_of
from newsparse.model import Block, Image
from newsparse.places import outermost
from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile

_TEXT = "[data-testid=text-module]"
#: A text block: a ``div`` with no block inside (wrappers around it do have one).
_LEAF = "div:not(:has(div, ul, ol, picture, figure, blockquote, h2, h3, button, article))"


def _innermost(elements: list[HtmlElement]) -> list[HtmlElement]:
    found = set(elements)
    return [e for e in elements if not any(d in found for d in e.iterdescendants())]


class Zdf2024(Layout):
    """The ZDFheute article page seen in 2024."""

    NAME = "2024"
    MARKER = "main [data-testid=text-module]"
    REQUIRED = frozenset({"headline", "body", "teaser", "kicker"})

    HEAD = "main div:has(h2):has(time):not(:has([data-testid])):not(:has(article))"
    """The article head (and any wrapper around it); the parts below are read inside it."""

    SECTION = "[aria-label=Pfadnavigation] a:not([aria-label=Startseite])"
    TEASER = f"{HEAD} p"
    BODY = _TEXT
    PARAGRAPHS = f"{_TEXT} {_LEAF}, {_TEXT} li"
    SUBHEADINGS = "h2"
    BOILERPLATE = f"{_TEXT} div:has(picture, figure, blockquote, article, iframe, button, script)"
    IMAGES = f"{_TEXT} div:has(picture):not(:has(script, figure, article))"
    TOPICS = "[data-testid=topic-tags] a"

    def kicker(self) -> str | None:
        """The first text of the head's ``h2``, when a ":" parts it from the headline."""
        texts = self._title_texts()
        return texts[0] if len(texts) == 3 and texts[1] == ":" else None

    def headline(self) -> str | None:
        """The head's ``h2`` without the kicker."""
        texts = self._title_texts()
        if len(texts) == 3 and texts[1] == ":":
            return texts[2]
        return self.doc.text(f"{self.HEAD} h2")

    def body(self) -> tuple[Block, ...]:
        """Text blocks, list items and subheadings; notes set wholly in italics are left out."""
        notes = {text_of(e) for e in self.doc.select(self.PARAGRAPHS) if is_emphasized(e)}
        return tuple(block for block in super().body() if block.text not in notes)

    def images(self) -> tuple[Image, ...]:
        """Picture modules: the first text block is the caption, the second the credit."""
        found: list[Image] = []
        for module in outermost(self.doc.select(self.IMAGES or "")):
            if any(a.tag == "article" for a in module.iterancestors()):
                continue  # a link teaser's picture
            img = select_one(module, "img")
            texts = [t for t in (text_of(e) for e in select(module, _LEAF)) if t]
            found.append(
                Image(
                    url=image_url(self.doc, img) if img is not None else None,
                    caption=texts[0] if texts else None,
                    credit=parse_credit(texts[1]) if len(texts) > 1 else None,
                    is_cover=not found,
                )
            )
        return tuple(found)

    def _title_texts(self) -> list[str]:
        spans = _innermost(self.doc.select(f"{self.HEAD} h2 span"))
        return [t for t in (text_of(s) for s in spans) if t]


SITE = Site(
    name="zdf",
    title="ZDFheute",
    domains=("zdf.de", "zdfheute.de"),
    layouts=(Zdf2024,),
    profile=Profile(
        brands=("ZDF", "ZDFheute", "zdfheute"), section_paths=True, skip_segments=("nachrichten",)
    ),
)
