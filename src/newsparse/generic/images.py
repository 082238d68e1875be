"""The article's images: which figures and image boxes count, their captions and credits.

Image boxes are ``figure`` elements and image-named boxes with an ``img`` and
little text, inside the article but not inside a link, a teaser box or an
audio player, and not a pull quote or a teaser card (a list of linked
pictures, a picture linked like the headline beside it). A caption is the
``figcaption`` or a caption-named element, else a caption box printed right
after the figure; the credit is a credit-named element or a ``Foto:``/``©``
line inside it or the figure, else in the box after the figure, else the end
of the caption, else the image's title or alt text, else the JSON-LD image
with the same file name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

from newsparse.blocks import image_url, is_boilerplate_text, is_teaser_figure, mentions
from newsparse.climb import Climb
from newsparse.conventions import (
    PLAYER_CONTROLS,
    is_byline,
    normalize,
    parse_credit,
    split_credit,
)
from newsparse.document import Document, HtmlElement
from newsparse.generic.boilerplate import READING_TIME
from newsparse.generic.captions import CAPTION_WORDS as _CAPTION_WORDS
from newsparse.generic.captions import CREDIT_WORDS as _CREDIT_WORDS
from newsparse.generic.captions import (
    MEDIA_INFO,
    attribute_caption,
    cut_credit,
    following_box,
    image_key,
    named_credit,
)
from newsparse.generic.container import Measure, class_words, inside_links, outside_runs
from newsparse.model import Credit, Image
from newsparse.texts import TextStarts, text_of

#: Class words of an image box (only tried when the class also matches _FIGURE_HINT).
_FIGURE_WORDS = frozenset(
    {"picture", "image", "img", "photo", "foto", "bild", "figure", "media", "pic", "imagebox"}
)
_FIGURE_HINT = re.compile(r"pic|im(?:a)?g|foto|photo|bild|figure|media", re.I)
#: What :data:`_FIGURE_HINT` finds in an ASCII class, as substrings of its lower case.
_FIGURE_HINT_PARTS = ("pic", "img", "imag", "foto", "photo", "bild", "figure", "media")
#: Class words of a box of links to other articles, whose pictures are no article images.
_TEASER_WORDS = frozenset(
    {
        "related", "recommend", "recommendation", "promo", "outbrain", "taboola", "more",
        "audio", "player", "podcast",
    }
)  # fmt: skip
#: Class words of an audio player, whose poster is no article image.
_PLAYER_WORDS = frozenset({"audio", "podcast", "audioplayer"})
#: How many levels above an image box a teaser card's headline is looked for.
_CARD_LEVELS = 3
_CAPTION_LABEL = re.compile(r"^(?:legende|bildunterschrift|bildtext)\s*:\s*", re.I)
#: A line opening like a credit (``Foto:``, ``Quelle:``, ``©``); the caller then parses it.
#: Kept local: conventions' ``is_credit`` also takes bare holders (``dpa``,
#: ``picture alliance/dpa | Jan Woitas``) and turns down ``Quelle: ntv.de``; used instead,
#: it changes the generic output of seven corpus pages (body) and three (figure credits).
CREDIT_START = re.compile(
    r"^\(?\s*(?:fotos?|bild(?:er)?|grafik|quelle|copyright|illustration|video|"
    r"symbolbild|archivbild|titelbild)\s*:|^\(?\s*©",
    re.I,
)


def image_scope(root: HtmlElement | None, container: HtmlElement | None) -> HtmlElement | None:
    """The article root; where that is the container alone, its ``article`` or grandparent."""
    if root is None or container is None or root is not container:
        return root
    for ancestor in root.iterancestors():
        if ancestor.tag in ("article", "main"):
            return ancestor
        if ancestor.tag in ("body", "html"):
            break
    parent = root.getparent()
    grandparent = parent.getparent() if parent is not None else None
    if grandparent is not None and grandparent.tag not in ("body", "html"):
        return grandparent
    return parent if parent is not None and parent.tag not in ("body", "html") else root


def dom_images(
    doc: Document, scope: HtmlElement | None, stats: Measure, ld_images: tuple[Image, ...]
) -> tuple[Image, ...]:
    """The article's figures and image boxes in ``scope``, the first one the cover."""
    if scope is None:
        return ()
    candidates = [e for e in _boxes(scope, stats.runs) if _candidate(e, stats)]
    chosen = set(candidates)
    # Each asks about the ancestors of every candidate, each ancestor looked at once.
    # Every candidate lies in the scope, so the climb for another box around one stops there.
    in_figure = Climb(chosen.__contains__, scope)
    linked = inside_links(scope)
    in_teaser_box = Climb(lambda a: a is not scope and _teaser_named(a), scope)
    by_url = {image_key(i.url): i for i in ld_images if i.url}
    found: list[Image] = []
    teasers = 0
    for element in candidates:
        if in_figure(element):
            continue  # inside another figure
        if linked(element) or in_teaser_box(element):
            continue
        if any(class_words(e) & _PLAYER_WORDS for e in element.iter() if e is not element):
            continue  # an audio player's poster
        if element.tag == "figure" and _quote_only(element):
            continue  # a pull quote with the speaker as its caption, not a picture
        if element.tag != "figure" and _listed_picture(element):
            continue  # a box holding a list of teaser cards, not a picture of its own
        if _headlined_link(element):
            continue  # a teaser card: picture and headline link to the same other page
        image = figure_image(doc, element, by_url, not found)
        if image is None or (image.caption and is_byline(image.caption)):
            continue  # nothing to show, or the author's portrait
        if image.caption and is_boilerplate_text(image.caption):
            continue  # a placeholder ("Bitte aktivieren Sie Javascript"), not a picture
        if (found or teasers) and image.caption is None and image.credit is None:
            continue  # an icon or a teaser picture, not an article image
        if is_teaser_figure(doc, element, credited=image.credit is not None):
            teasers += 1  # a teaser, a gallery of another page, a "more on this topic" card
            continue
        found.append(image)
    return tuple(found)


#: Letters a credit line stays under; the texts of a figure's boxes are read up to it
#: (:class:`~newsparse.texts.TextStarts`), so a figure holding half the page (tags
#: left open) is read once, not once for every box in it.
_CREDIT_LIMIT = 200

#: Tags of an image box: a ``figure``, or a box named like one holding an ``img``.
_BOX_TAGS = ("figure", "div", "span", "section", "p")


def _candidate(element: HtmlElement, stats: Measure) -> bool:
    """True for a ``figure``, and for a box with a picture-named class, little text and
    an ``img`` inside."""
    if element.tag == "figure":
        return True
    classes = element.get("class")
    return bool(
        classes
        and _figure_hint(classes)
        and class_words(element) & _FIGURE_WORDS
        and stats.text.get(element, 0) <= 400
        and next(element.iter("img"), None) is not None
    )


def _boxes(scope: HtmlElement, runs: frozenset[HtmlElement]) -> list[HtmlElement]:
    """The elements of :data:`_BOX_TAGS` in ``scope`` that can be an image box, in page
    order: every ``figure``, and every other box above an ``img`` (only those hold one).

    Each ``img`` and ``figure`` (in page order) adds the boxes on its way down from
    ``scope`` that an earlier one did not: that is page order, and it spares a walk of
    every box of the page. With runs of short items (:attr:`Measure.runs`) the boxes
    come from the walk around them.
    """
    if runs:
        return list(outside_runs(scope, runs, *_BOX_TAGS))
    boxes: list[HtmlElement] = []
    seen: set[HtmlElement] = set()
    for seed in scope.iter("img", "figure"):
        path: list[HtmlElement] = []  # the boxes on the way up, the lowest first
        node: HtmlElement | None = seed
        while node is not None and node not in seen:  # its ancestors were added with it
            seen.add(node)
            if node.tag in _BOX_TAGS:
                path.append(node)
            if node is scope:
                break
            node = node.getparent()
        path.reverse()
        boxes += path
    return boxes


@lru_cache(maxsize=4096)
def _figure_hint(classes: str) -> bool:
    """True when a class value mentions a picture (``pic``, ``img``, ``foto`` ...).

    Kept per value: a page repeats its class values many times.
    """
    return mentions(classes, _FIGURE_HINT_PARTS, _FIGURE_HINT)


def _quote_only(figure: HtmlElement) -> bool:
    """True for a ``figure`` holding a ``blockquote`` and no picture, video or audio."""
    return (
        next(figure.iter("blockquote"), None) is not None
        and next(figure.iter("img", "picture", "video", "audio", "iframe"), None) is None
    )


def _headlined_link(box: HtmlElement) -> bool:
    """True when the box's picture links to the page a headline next to it links to.

    A teaser card links its picture and its ``h2``-``h4`` headline to the
    same article, credited picture or not; a picture that opens in a viewer
    page has no headline linking there. Looks at most three levels up.
    """
    img = next(box.iter("img"), None)
    if img is None:
        return False
    href = next((a.get("href") for a in img.iterancestors("a") if a.get("href")), None)
    if not href or href.lstrip().startswith("#"):
        return False
    node: HtmlElement | None = box
    for _ in range(_CARD_LEVELS):
        node = node.getparent() if node is not None else None
        if node is None or node.tag in ("article", "main", "body", "html"):
            return False
        for heading in node.iter("h2", "h3", "h4"):
            if any(a.get("href") == href for a in heading.iter("a")):
                return True
    return False


def _listed_picture(box: HtmlElement) -> bool:
    """True when the box's first picture is a link in a list item inside it (a list of
    teasers to other pages)."""
    img = next(box.iter("img"), None)
    if img is None:
        return False
    linked = False
    for ancestor in img.iterancestors():
        if ancestor is box:
            return False
        if ancestor.tag == "a" and ancestor.get("href"):
            linked = True
        elif ancestor.tag == "li":
            return linked
    return False


def figure_image(
    doc: Document, figure: HtmlElement, by_url: dict[str, Image], is_cover: bool
) -> Image | None:
    """The image of one figure with its caption and credit; None when it shows nothing."""
    url = image_url(doc, figure)
    caption_element = next(figure.iter("figcaption"), None)
    if caption_element is None:
        for element in figure.iterdescendants():
            if isinstance(element.tag, str) and class_words(element) & _CAPTION_WORDS:
                caption_element = element
                break
    after = following_box(figure) if caption_element is None else None
    if after is not None and url is not None and not _lone_credit(after):
        caption_element = after  # the caption printed after the figure, outside it
    caption = ""
    credit: Credit | None = None
    if caption_element is not None:
        caption, credit = _caption_and_credit(caption_element)
    if credit is None:
        # Only the boxes asked about are read: a credit-named one, or a footer, small
        # print or a line opening like a credit (_figure_credit).
        texts = TextStarts(_CREDIT_LIMIT)
        for element in figure.iter():
            if (
                isinstance(element.tag, str)
                and element is not caption_element
                and class_words(element) & _CREDIT_WORDS
            ):
                text = texts(element)
                if text and len(text) < _CREDIT_LIMIT:
                    credit = parse_credit(text)
                    if credit is not None:
                        break
        if credit is None:
            credit = _figure_credit(figure, caption_element, texts)
    if credit is None:
        looked = caption_element is None or caption_element is after
        credit = _credit_after(after if looked else following_box(figure))
    if caption_element is None and figure.tag != "figure":
        text = text_of(figure)
        if credit is not None and credit.raw in text:
            # Every occurrence, not cut_credit's last one: a box that prints caption and
            # credit twice (a zoom view's copy) must lose both credits before _once.
            text = text.replace(credit.raw, "")
        caption, glued = _split_caption(normalize(text))
        credit = credit or glued
    if caption:
        caption = _once(without_controls(caption))
    if caption and (READING_TIME.match(caption) or MEDIA_INFO.search(caption)):
        caption = ""  # a player's duration ("8 Min", "02:57 Min."), not a caption
    if is_cover:  # only the cover: teaser pictures carry such attributes too
        caption = caption or attribute_caption(figure) or ""
    if credit is None and (is_cover or caption):
        credit = _attribute_credit(figure)
    ld_image = by_url.get(image_key(url)) if url else None
    if ld_image is not None:
        caption = caption or ld_image.caption or ""
        credit = credit or ld_image.credit
    if url is None and not caption and credit is None:
        return None
    return Image(url=url, caption=caption or None, credit=credit, is_cover=is_cover)


def _once(caption: str) -> str:
    """``caption`` printed twice in a row (the figure's and a zoom view's copy) once."""
    half = len(caption) // 2
    if caption[:half].strip() == caption[half:].strip() and half:
        return caption[:half].strip()
    return caption


def without_controls(caption: str) -> str:
    """``caption`` without a media player's control label before it (``Video starten``)."""
    folded = caption.casefold()
    for label in PLAYER_CONTROLS:
        if folded.startswith(label) and (
            len(caption) == len(label) or not caption[len(label)].isalnum()
        ):
            return caption[len(label) :].strip(" ,:;-–")
    return caption


def _caption_and_credit(caption_element: HtmlElement) -> tuple[str, Credit | None]:
    """The caption text and its credit: a credit element inside, else one glued to the end."""
    whole = text_of(caption_element)
    caption = _CAPTION_LABEL.sub("", whole)
    marked = _credit_marked(whole)
    texts = TextStarts(_CREDIT_LIMIT)
    for element in caption_element.iter():
        if element is caption_element or not isinstance(element.tag, str):
            continue
        named = bool(class_words(element) & _CREDIT_WORDS) or element.tag in ("small", "cite")
        if not (named or marked):
            continue  # no box in it can open like a credit: only named ones are read
        text = texts(element)
        if not text:
            continue
        if (named or CREDIT_START.match(text)) and len(text) < _CREDIT_LIMIT:
            credit = parse_credit(text)
            if credit is not None:
                return cut_credit(caption, text), credit
    rest, glued = split_credit(caption)
    return rest or "", glued


def _lone_credit(box: HtmlElement) -> bool:
    """True when ``box`` is a credit-named element alone (no caption in it)."""
    return not any(
        isinstance(e.tag, str) and (e.tag == "figcaption" or class_words(e) & _CAPTION_WORDS)
        for e in box.iter()
    ) and bool(class_words(box) & _CREDIT_WORDS)


def _credit_after(box: HtmlElement | None) -> Credit | None:
    """The credit in a caption or credit box printed after the figure (:func:`following_box`)."""
    named = named_credit(box) if box is not None else None
    return named[1] if named is not None else None


#: Boxes a credit is looked for in, outside the caption: the first three are read
#: whatever their text, the others when it opens like a credit (:data:`CREDIT_START`).
_CREDIT_BOXES = ("footer", "small", "cite", "span", "p", "div")
#: What every :data:`CREDIT_START` match holds, one or the other: a colon or a ©.
_CREDIT_MARKS = (":", "\u00a9")
#: True when an element's text (script text and all) holds one of :data:`_CREDIT_MARKS`.
_CREDIT_MARKED = etree.XPath(" or ".join(f"contains(., '{mark}')" for mark in _CREDIT_MARKS))


def _credit_marked(text: str) -> bool:
    """True when ``text`` holds one of :data:`_CREDIT_MARKS`."""
    return any(mark in text for mark in _CREDIT_MARKS)


def _figure_credit(
    figure: HtmlElement, caption: HtmlElement | None, texts: TextStarts
) -> Credit | None:
    """A credit printed in the figure outside its caption (footer, small print, ``Foto:``);
    ``texts`` reads the texts of the figure's boxes."""
    in_caption = set(caption.iter()) if caption is not None else set()
    # A span, p or div counts only when its text opens like a credit, with a colon or a
    # ©; a figure whose text holds neither has only its footers and small print read.
    tags = _CREDIT_BOXES if _CREDIT_MARKED(figure) else _CREDIT_BOXES[:3]
    for element in figure.iter(*tags):
        if element in in_caption:
            continue
        text = texts(element)
        if (
            text
            and len(text) < 150
            and (element.tag in ("footer", "small", "cite") or CREDIT_START.match(text))
        ):
            credit = parse_credit(text)
            if credit is not None:
                return credit
    return None


def _attribute_credit(figure: HtmlElement) -> Credit | None:
    """A credit in the image's title or alt text: ``Titel | AP``, ``... © NDR Foto: M. Muster``."""
    for img in figure.iter("img"):
        title = img.get("title") or ""
        if " | " in title:
            last = normalize(title.rsplit(" | ", 1)[1])
            if 0 < len(last) <= 80:
                return parse_credit(last)
        for text in (title, img.get("alt") or ""):
            _, credit = split_credit(text)
            if credit is not None:
                return credit
    return None


def _split_caption(text: str) -> tuple[str, Credit | None]:
    if not text:
        return "", None
    rest, credit = split_credit(text)
    return rest or "", credit


def _teaser_named(element: HtmlElement) -> bool:
    return bool(class_words(element) & _TEASER_WORDS)
