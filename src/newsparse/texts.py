"""The text of elements: whole, or the start or end of every box's text from one walk.

:func:`text_of` reads an element's text as a reader sees it (``<br>`` a space, scripts
and styles left out), in C where it can. :func:`short_texts` and :class:`TextStarts`
give the start of each box's text when a caller only needs to know that a text is
short, and :func:`text_endings` the end of each; both walk nested boxes once, where
reading each box on its own would read the boxes inside it again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import lxml.etree
from lxml.html import HtmlElement

from newsparse.conventions import fold, normalize
from newsparse.conventions.memo import per_page

#: Elements whose text is left out.
_SKIPPED_TAGS = ("script", "style", "noscript", "template", "svg")
#: What the C path of :func:`text_of` cannot read as it should: text to skip, ``<br>``,
#: and nodes other than elements (the parser drops comments, but a caller's tree may not).
_SLOW_TAGS = (
    *_SKIPPED_TAGS,
    "br",
    lxml.etree.Comment,
    lxml.etree.ProcessingInstruction,
    lxml.etree.Entity,
)


def text_of(element: HtmlElement | None) -> str:
    """The element's text, normalised; ``<br>`` counts as a space.

    Text inside ``script``, ``style``, ``noscript``, ``template`` and ``svg``
    is left out. Runs without recursion, so any nesting depth is fine.
    """
    if element is None:
        return ""
    return _kept_text(element)


@per_page  # a parse reads the same element's text more than once (a tenth of its calls)
def _kept_text(element: HtmlElement) -> str:
    text = _text_in_c(element)
    return normalize("".join(_walk_text(element))) if text is None else text


@per_page  # TextStarts asks first, text_of may ask again: the subtree is looked at once
def _text_in_c(element: HtmlElement) -> str | None:
    """:func:`text_of` of ``element`` when it is read without a walk in Python, else ``None``."""
    if not len(element):  # no children: the text is all there is
        return normalize(element.text or "") if element.tag not in _SKIPPED_TAGS else ""
    if next(element.iter(*_SLOW_TAGS), None) is not None:
        return None
    # Nothing to skip or to turn into a space: libxml2's text serialisation joins the
    # text and every descendant's text and tail (XPath's ``string()``, without setting
    # up an XPath evaluation). ``itertext`` gives the same string, but makes a proxy
    # for every element on the way.
    return normalize(lxml.etree.tostring(element, method="text", encoding=str, with_tail=False))


def _walk_text(root: HtmlElement) -> list[str]:
    parts: list[str] = []
    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        if event == "start":
            tag = element.tag
            if not isinstance(tag, str):
                continue
            if tag in _SKIPPED_TAGS:
                walker.skip_subtree()  # its "end" event still comes, with the tail
                continue
            if tag == "br":
                parts.append(" ")
            elif element.text:
                parts.append(element.text)
        elif element is not root and element.tail:
            parts.append(element.tail)
    return parts


def short_texts(root: HtmlElement, limit: int) -> dict[HtmlElement, str]:
    """The text of ``root`` and of each element inside it, as :func:`text_of` gives it;
    for one with ``limit`` letters (characters other than spaces) or more, the start of
    that text, with ``limit`` letters or more (the rest is not read).

    A caller that needs a text only when it is shorter than some length reads it
    here with that length as ``limit``: a start as long as the limit says the text is
    longer. One walk builds each text from its children's. Reading the text of nested
    boxes one by one reads each subtree again for every box around it, which on a
    deep page grows with elements times depth; here each element's text is built
    once and kept folded (:func:`~newsparse.conventions.fold`), so none is much
    longer than ``limit``.
    """
    found: dict[HtmlElement, str] = {}
    # Per open element: its folded pieces and their letters, which stop growing at
    # ``limit``; _NO_TEXT for a node whose text does not count (only its tail does).
    frames: list[list[Any]] = []
    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        if event == "start":
            tag = element.tag
            if not isinstance(tag, str) or tag in _SKIPPED_TAGS:
                # Its text counts for no box around it; the elements inside it (an
                # svg's, a noscript's) still get their own texts.
                frames.append(_NO_TEXT)
            else:
                frames.append(_add([[], 0], " " if tag == "br" else element.text, limit))
            continue
        frame = frames.pop()
        text = ""
        if frame is not _NO_TEXT:
            text = fold("".join(frame[0]))
            found[element] = text.strip(" ")
        elif isinstance(element.tag, str):
            found[element] = ""  # script, style ...: no text of its own
        if element is root:
            break
        parent = frames[-1]
        if parent is not _NO_TEXT:
            _add(_add(parent, text, limit), element.tail, limit)
    return found


class TextStarts:
    """:func:`short_texts` of elements asked for in page order, one at a time.

    The first few that :func:`text_of` reads in C are read whole (its answers are
    shared with the rest of the parse), which is all most pages ask. Past them, and
    for an element holding a ``<br>`` or text to skip (which ``text_of`` would walk
    in Python, each box of a nested chain all over again), an element asked for is
    walked with everything inside it, and the next one outside that walk starts a
    new one. In page order no walk comes back to a box around one walked, so no
    element is walked twice, however the boxes nest. Asked for out of order, the
    answers stay right and only cost more.
    """

    __slots__ = ("_limit", "_texts", "_whole")

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._texts: dict[HtmlElement, str] = {}
        self._whole = _READ_WHOLE

    def __call__(self, element: HtmlElement) -> str:
        """The element's text, or its start of ``limit`` letters or more."""
        text = self._texts.get(element)
        if text is None:
            text = self._read_whole(element)
            if text is None:
                self._texts = short_texts(element, self._limit)
                text = self._texts[element]
        return text

    def whole(self, element: HtmlElement) -> str:
        """The element's whole text: from the walk when it has fewer than ``limit``
        letters, else read again (:func:`text_of`)."""
        if element not in self._texts:
            text = self._read_whole(element)
            if text is not None:
                return text
        text = self(element)
        return text if len(text) - text.count(" ") < self._limit else text_of(element)

    def _read_whole(self, element: HtmlElement) -> str | None:
        """:func:`text_of` of ``element`` while whole reads are left and it reads in C."""
        if not self._whole:
            return None
        text = _text_in_c(element)
        if text is not None:
            self._whole -= 1
        return text


#: Elements :class:`TextStarts` reads whole before it keeps what it walks for the next:
#: a bounded cost, and most pages ask no more.
_READ_WHOLE = 32


def text_endings(
    root: HtmlElement, size: int, piece: Callable[[str], str]
) -> dict[HtmlElement, str]:
    """The last ``size`` characters of ``piece(text_of(e))`` for ``root`` and each element
    ``e`` inside it, from one walk.

    ``piece`` must map a text piece by piece and drop whitespace: ``piece(a + b)`` is
    ``piece(a) + piece(b)`` and ``piece(" ")`` is empty, as a comparison key is. Each
    element's ending is built from its children's, so a deep chain of boxes is read
    once, not once per box around it.
    """
    if size < 1:  # no ending at all (a slice from -0 would keep the whole text)
        return {e: "" for e in root.iter() if isinstance(e.tag, str)}
    found: dict[HtmlElement, str] = {}
    # Per open element: its ending so far; None for a node whose text does not count.
    frames: list[str | None] = []
    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        if event == "start":
            tag = element.tag
            if not isinstance(tag, str) or tag in _SKIPPED_TAGS:
                frames.append(None)  # the elements inside an svg still get their own
            else:
                own = element.text if tag != "br" else None  # a line break is a space
                frames.append(piece(own)[-size:] if own else "")
            continue
        ending = frames.pop()
        if ending is None:
            ending = ""
            if isinstance(element.tag, str):
                found[element] = ""
        else:
            found[element] = ending
        if element is root:
            break
        parent = frames[-1]
        if parent is not None:
            tail = element.tail
            frames[-1] = (parent + ending + (piece(tail) if tail else ""))[-size:]
    return found


#: The frame of a node in :func:`short_texts` whose own text does not count.
_NO_TEXT: list[Any] = []


def _add(frame: list[Any], piece: str | None, limit: int) -> list[Any]:
    """``frame`` with ``piece`` folded onto it, up to ``limit`` letters or a few more."""
    if not piece or frame[1] >= limit:
        return frame
    folded = fold(piece)
    letters = len(folded) - folded.count(" ")
    wanted = limit - frame[1]
    if letters > wanted:
        # A folded text has no two spaces in a row, so its first 2n + 2 characters
        # hold n + 1 letters or more: enough, and the box around keeps no more.
        folded = folded[: 2 * wanted + 2]
        letters = len(folded) - folded.count(" ")
    frame[1] += letters
    frame[0].append(folded)
    return frame


__all__ = ["TextStarts", "short_texts", "text_endings", "text_of"]
