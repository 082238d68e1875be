"""WinFuture (winfuture.de): the news page of 2024.

The headline is ``.content_wrap > h1``; ``div#news_content`` holds the
teaser (``.teaser_text``), the byline and date (``.author_date``), the
teaser image, then the article as loose text: runs of text and inline links
separated by ``<br><br>``, with ``h2`` subheadings, a details list (an item
that is only a link is a call to action, not text), affiliate button boxes
(``a.button_box``), ad slots and inline images (``span.hmedia``, caption in
``a.fn``; an inline element holding an image is never text) in between. The section is the first
breadcrumb item; topics are the "Themen:" links under the article.
"""

from __future__ import annotations

import lxml.etree

from newsparse.conventions import normalize
from newsparse.document import HtmlElement, select, text_of
from newsparse.model import Block, Paragraph, Subheading
from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile

_INLINE = frozenset({"a", "b", "strong", "i", "em", "span", "u", "sup", "sub", "small", "mark"})


class WinFuture2024(Layout):
    """The WinFuture news page (seen 2024)."""

    NAME = "2024"
    MARKER = "div#news_content .teaser_text"
    REQUIRED = frozenset({"headline", "body", "teaser", "published", "authors", "section"})

    SECTION = "#breadcrumb li.first a"
    HEADLINE = ".content_wrap h1"
    TEASER = "#news_content .teaser_text"
    BODY = "div#news_content"
    BOILERPLATE = (
        ".teaser_text, .metadata, .teaser_img_container, .hmedia, a.button_box, "
        "[id^='adr_'], [id^='adbox'], div.mark_anzeige, "
        # The affiliate-link notice set in italics at the end of the text.
        "#news_content i:contains('Affiliate-Links')"
    )
    IMAGES = "#news_content .teaser_img_container, #news_content .hmedia"
    IMAGE_CAPTION = ".fn"
    AUTHORS = "#news_content .author_date .author a"
    PUBLISHED = "#news_content .author_date .date"
    TOPICS = ".more_links .links a"

    def body(self) -> tuple[Block, ...]:
        """Paragraphs cut from the loose text at ``<br><br>`` and at block elements."""
        blocks: list[Block] = []
        skip = {e for root in self.doc.select(self.BODY or "") for e in select(root, self._skip())}
        for container in self.doc.select(self.BODY or ""):
            _loose_blocks(container, skip, blocks)
        return tuple(blocks)

    def paywalled(self) -> bool | None:
        """Never: WinFuture is free to read (financed by ads and affiliate links)."""
        return False

    def _skip(self) -> str:
        return f"script, style, noscript, form, iframe, figure, {self.BOILERPLATE}"


class _Run:
    """One box of loose text being read: its children still to read and the text since
    the last block."""

    __slots__ = ("children", "element", "pending_br", "run")

    def __init__(self, element: HtmlElement) -> None:
        self.element = element
        self.children = iter(element)
        self.run: list[str] = [element.text or ""]
        self.pending_br = False

    def flush(self, blocks: list[Block]) -> None:
        text = normalize("".join(self.run))
        self.run.clear()
        if text:
            blocks.append(Paragraph(text=text))


def _loose_blocks(container: HtmlElement, skip: set[HtmlElement], blocks: list[Block]) -> None:
    """Append the blocks of a container whose text is not wrapped in ``p`` elements.

    A box inside is read as a container of its own; a stack of boxes being read (not
    recursion) lets the boxes nest as deep as the page does.
    """
    stack = [_Run(container)]
    while stack:
        box = stack[-1]
        run = box.run
        for child in box.children:
            tag = child.tag if isinstance(child.tag, str) else ""
            if child in skip:
                if tag not in _INLINE:
                    box.flush(blocks)
            elif tag == "br":
                if box.pending_br:
                    box.flush(blocks)
                else:
                    run.append(" ")
                box.pending_br = True
                run.append(child.tail or "")
                if (child.tail or "").strip():
                    box.pending_br = False
                continue
            elif tag in _INLINE:
                run.append(_inline_text(child, skip))
            elif tag in ("h2", "h3", "h4"):
                box.flush(blocks)
                text = text_of(child)
                if text:
                    blocks.append(Subheading(text=text))
            elif tag in ("ul", "ol"):
                box.flush(blocks)
                for item in child.iter("li"):
                    text = text_of(item)
                    if text and text != _link_text(item):
                        blocks.append(Paragraph(text=text))
            elif tag:
                box.flush(blocks)
                stack.append(_Run(child))
                break  # the box inside is read first; its tail follows it
            box.pending_br = False
            run.append(child.tail or "")
        else:
            box.flush(blocks)
            stack.pop()
            if stack:
                stack[-1].pending_br = False
                stack[-1].run.append(box.element.tail or "")


def _inline_text(element: HtmlElement, skip: set[HtmlElement]) -> str:
    """Text of an inline element; skipped elements and image boxes (caption links) give none.

    Read in one walk: an element without an image holds none inside it either.
    """
    if element in skip or element.tag == "img" or element.find(".//img") is not None:
        return ""
    if element.tag == "br":
        return " "
    parts = [element.text or ""]
    walker = lxml.etree.iterwalk(element, events=("start", "end"))
    for event, node in walker:
        if node is element:
            continue
        if event == "end":
            parts.append(node.tail or "")
        elif not isinstance(node.tag, str):
            continue  # a comment: only its tail counts
        elif node in skip or node.tag == "br":
            parts.append("" if node in skip else " ")
            walker.skip_subtree()  # its end event still comes, with the tail
        else:
            parts.append(node.text or "")
    return "".join(parts)


def _link_text(element: HtmlElement) -> str:
    """The text of the only link in ``element`` (a call-to-action item), else ``""``."""
    links = select(element, "a")
    return text_of(links[0]) if len(links) == 1 else ""


SITE = Site(
    name="winfuture",
    title="WinFuture",
    domains=("winfuture.de",),
    layouts=(WinFuture2024,),
    profile=Profile(brands=("WinFuture", "WinFuture.de")),
)
