"""Captions an image carries in its attributes or right after it, and repeated captions.

Some layouts print no caption element but give the caption to the image
itself: a ``data-caption`` attribute, or the same descriptive sentence as both
``alt`` and ``title`` (a tooltip shown like a caption). An alt text alone is a
description for screen readers, not a caption, and stays out. One caption
repeated for a different picture is a layout's fallback text, not that
picture's caption (:func:`without_repeats`). Some layouts print the caption or
the credit in a box of its own after the image (:func:`following_box`).
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Final

import attrs

from newsparse.conventions import normalize, parse_credit, split_credit
from newsparse.document import HtmlElement
from newsparse.generic.container import class_words
from newsparse.model import Credit, Image
from newsparse.texts import TextStarts, text_of

#: An empty credit slot after a title: ``Caption | ``.
_TRAILING_BAR: Final = re.compile(r"(?<![\s|])\s*\|\s*$")  # linear: starts before the spaces
#: A credit label left at the caption's end once the credit printed after it is cut off.
_TRAILING_LABEL: Final = re.compile(
    r"(?:^|[\s|–-])(?:©|\(c\)|copyright|fotos?|bild|quelle|credits?)\s*:?\s*$", re.I
)

#: Attributes of an ``img`` that hold its caption.
CAPTION_ATTRIBUTES: Final = ("data-caption", "data-bu", "data-legend")
#: Attributes of an ``img`` that hold its credit.
CREDIT_ATTRIBUTES: Final = ("data-credit", "data-source", "data-copyright", "data-photographer")
#: A date or a duration inside a credit holder: nobody's name.
NOT_A_HOLDER: Final = re.compile(
    r"\b\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?(?!\d)|\b\d{1,2}:\d{2}\b|\b\d+\s?(?:min|sek|sec)\b",
    re.I,
)
#: A media player's info line: a running time (``02:57 Min.``) or an expiry (``Verfügbar bis``).
MEDIA_INFO: Final = re.compile(
    r"\b\d{1,2}:\d{2}(?::\d{2})?\s*min\b|\bverfügbar bis\s+(?:zum\s+)?\d", re.I
)
#: Fewest words an ``alt``/``title`` pair needs to count as a caption, not a label.
_MIN_WORDS: Final = 3
#: Class words of a caption.
CAPTION_WORDS: Final = frozenset(
    {"caption", "figcaption", "bildunterschrift", "legend", "bu", "imagetext", "subline"}
)
#: Class words of an element holding a credit.
CREDIT_WORDS: Final = frozenset(
    {"credit", "credits", "copyright", "source", "quelle", "photographer", "rights", "author",
     "license", "licence", "lizenz", "bildnachweis", "bildquelle"}
)  # fmt: skip
#: Class words of a caption or credit box printed after its image (an author box is no credit).
_AFTER_WORDS: Final = (CAPTION_WORDS | CREDIT_WORDS) - {"author"}
#: How many wrappers holding only the image a caption box after it may sit outside of.
_AFTER_LEVELS: Final = 4
#: Elements a caption box after an image never holds: another picture, links, lists, headings.
_NOT_IN_CAPTION: Final = ("img", "a", "ul", "ol", "h2", "h3", "h4", "button")
#: Longest credit line read from a credit-named element in such a box, in characters.
LONGEST_CREDIT: Final = 100
#: Most elements a caption box after an image holds.
_AFTER_MOST_ELEMENTS: Final = 40
#: Longest caption box after an image, in characters.
_AFTER_LONGEST: Final = 400


def attribute_caption(figure: HtmlElement) -> str | None:
    """The caption of the figure's first image given in its attributes, credit cut off."""
    img = figure if figure.tag == "img" else next(figure.iter("img"), None)
    if img is None:
        return None
    for name in CAPTION_ATTRIBUTES:
        text = normalize(img.get(name) or "")
        if text:
            return _without_credit(text)
    return _alt_and_title(img)


def _alt_and_title(img: HtmlElement) -> str | None:
    """The text given as both ``alt`` and ``title``, each without a credit after it."""
    alt = _without_credit(_TRAILING_BAR.sub("", normalize(img.get("alt") or "")))
    title = _without_credit(_TRAILING_BAR.sub("", normalize(img.get("title") or "")))
    if alt and alt == title and len(alt.split()) >= _MIN_WORDS:
        return alt
    return None


def following_box(box: HtmlElement) -> HtmlElement | None:
    """The caption or credit box printed right after the image ``box``, outside it.

    Some layouts close the figure before its caption (``<a><img></a><p
    class="caption">``) or print the credit in a block of its own below it. The
    first element with text after the box (or after wrappers that hold nothing
    else with text) counts when it is short, holds no image, link, list or
    heading, and it or an element inside is named like a caption or a credit.
    """
    element = box
    for _ in range(_AFTER_LEVELS):
        for sibling in element.itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            if next(islice(sibling.iter(), _AFTER_MOST_ELEMENTS, None), None) is not None:
                return None  # a large block (the article text), not a caption: not read out
            text = text_of(sibling)
            if not text:
                continue  # a button or an empty slot between the image and its caption
            if (
                len(text) <= _AFTER_LONGEST
                and next(sibling.iter(*_NOT_IN_CAPTION), None) is None
                and any(_named(e) for e in sibling.iter())
            ):
                return _narrowed(sibling)
            return None
        parent = element.getparent()
        if parent is None or parent.tag in ("article", "main", "body", "html"):
            return None
        element = parent
    return None


def _narrowed(box: HtmlElement) -> HtmlElement:
    """The part of ``box`` that is the caption, without a paragraph of text beside it.

    An unnamed box can hold the caption box and the article's intro paragraph
    (``<div><div class="caption">...</div><p>Intro</p></div>``): the one child
    holding the named elements is the caption then.
    """
    if _named(box):
        return box
    children = [c for c in box if isinstance(c.tag, str)]
    named = [c for c in children if any(_named(e) for e in c.iter())]
    if len(named) == 1 and any(c.tag == "p" and c not in named for c in children):
        return named[0]
    return box


def _named(element: HtmlElement) -> bool:
    """True for a ``figcaption`` or an element named like a caption or a credit."""
    if not isinstance(element.tag, str):
        return False
    return element.tag == "figcaption" or bool(class_words(element) & _AFTER_WORDS)


def page_captions(root: HtmlElement, images: tuple[Image, ...]) -> tuple[Image, ...]:
    """Images from JSON-LD or meta tags, given the caption their ``img`` on the page carries."""
    wanted = {image_key(i.url) for i in images if i.caption is None and i.url}
    if not wanted:
        return images
    found: dict[str, tuple[str | None, Credit | None]] = {}
    for img in root.iter("img"):
        img_key = image_key(img.get("src") or img.get("data-src"))
        if img_key in wanted and img_key not in found:
            caption, credit = _box_caption(following_box(img))
            caption = caption or attribute_caption(img)
            credit = credit or next(
                (c for n in CREDIT_ATTRIBUTES if (c := parse_credit(img.get(n) or ""))), None
            )
            if caption or credit:
                found[img_key] = (caption, credit)
    kept = []
    for image in images:
        caption, credit = found.get(image_key(image.url), (None, None))
        if image.caption is None and (caption or credit):
            image = attrs.evolve(image, caption=caption, credit=image.credit or credit)
        kept.append(image)
    return tuple(kept)


def _box_caption(box: HtmlElement | None) -> tuple[str | None, Credit | None]:
    """The caption and credit in a caption box after an image (:func:`following_box`)."""
    if box is None:
        return None, None
    text = text_of(box)
    named = named_credit(box)
    if named is not None:
        raw, credit = named
        return normalize(cut_credit(text, raw)) or None, credit
    rest, glued = split_credit(text)
    return rest or None, glued


def cut_credit(caption: str, credit: str) -> str:
    """``caption`` without the credit text printed in it, and without the label
    ("Foto:") the credit leaves behind.

    The last occurrence is cut (a credit follows the caption), so a name the
    caption mentions before it stays.

    >>> cut_credit("Anna Muster am Hafen. Foto: Anna Muster", "Anna Muster")
    'Anna Muster am Hafen.'
    """
    head, _, tail = caption.rpartition(credit)
    left = _TRAILING_LABEL.sub("", f"{head} {tail}".strip(" |-–"))
    return left.strip(" |-–")


def named_credit(box: HtmlElement) -> tuple[str, Credit] | None:
    """The first credit-named element in ``box`` whose short text parses as a credit:
    that text and the credit."""
    starts = TextStarts(LONGEST_CREDIT)  # nested credit boxes are read once
    for element in box.iter():
        if isinstance(element.tag, str) and class_words(element) & CREDIT_WORDS:
            raw = starts(element)
            credit = parse_credit(raw) if len(raw) < LONGEST_CREDIT else None
            if credit is not None:
                return raw, credit
    return None


def _without_credit(text: str) -> str | None:
    if not text:
        return None
    rest, _ = split_credit(text)
    return rest or None


def image_key(url: str | None) -> str:
    """An image URL's file name, lower-cased: the same picture in several sizes or places."""
    if not url:
        return ""
    path = url.split("?")[0].rstrip("/")
    return path.rsplit("/", 1)[-1].lower()


def plausible_credit(credit: Credit | None) -> Credit | None:
    """The credit without holders that are no one: dates and durations.

    ``BILD 15.05.2023`` and ``2:43 min`` credit nobody; a credit left
    with no holder (and not a bare ``Foto``-kind credit) is dropped.
    """
    if credit is None or not credit.holders:
        return credit
    holders = tuple(h for h in credit.holders if not NOT_A_HOLDER.search(h))
    if holders == credit.holders:
        return credit
    return attrs.evolve(credit, holders=holders) if holders else None


def without_repeats(images: tuple[Image, ...]) -> tuple[Image, ...]:
    """The images with a caption already given to a different picture taken off, and
    implausible credit holders (:func:`plausible_credit`)."""
    seen: dict[str, str | None] = {}
    kept: list[Image] = []
    for image in images:
        caption = image.caption
        credit = plausible_credit(image.credit)
        if credit is not image.credit:
            image = attrs.evolve(image, credit=credit)
        if caption is not None and caption in seen and seen[caption] != image.url:
            image = attrs.evolve(image, caption=None)
        elif caption is not None:
            seen[caption] = image.url
        kept.append(image)
    return tuple(kept)
