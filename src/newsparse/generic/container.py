"""Text measurement and the content container: where the article's paragraphs are.

One walk over the tree gives every element's text length, link text length and
the length of the paragraphs inside it (:func:`measure`). The content container
is the element with the most paragraph text net of the other text it holds
(:func:`find_container`), so a body split over several wrappers is found whole
and a page's navigation and teaser lists stay out. The small element tests the
other modules share live here too: class words, hidden elements, comparison keys.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

import attrs
from lxml import etree

from newsparse.climb import Climb
from newsparse.conventions.memo import per_page
from newsparse.document import HtmlElement

#: Elements whose text is never read.
IGNORED = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "head", "title", "meta", "link",
        "iframe", "object", "embed", "canvas", "math", "select", "option", "textarea",
        "input", "button", "audio", "video", "source", "track", "map", "dialog",
    }
)  # fmt: skip
#: Block-level elements: a paragraph is a block without blocks inside.
BLOCKS = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav",
        "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td",
        "th", "caption", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure",
        "figcaption", "picture", "pre", "form", "fieldset", "details", "summary", "address",
        "hr", "center", "hgroup", "menu", "body", "html",
    }
)  # fmt: skip
#: Elements that count as a paragraph when they hold no blocks.
PARAGRAPHS = frozenset({"p", "div", "li", "dd", "blockquote", "td", "pre", "section"})
#: Characters of a paragraph that mark the start of the body: no headline, lead or
#: byline is looked for past it.
BODY_BLOCK_CHARS = 80
#: Regions that hold no body text, unless they hold most of the article.
SIDE_REGIONS = frozenset({"nav", "aside", "footer", "header", "figure", "figcaption"})
#: Elements an ``Autor:`` label is looked for in (:attr:`Measure.labels`).
_LABELLED = frozenset({"li", "p", "div", "span", "dd"})
#: First letters of "Autor", tested before a label candidate is lower-cased.
_AUTOR_INITIALS = frozenset("Aa")
#: Regions of links around the article, measured without walking them.
_NAVIGATION = frozenset({"nav", "footer", "aside"})
_TEXT_LENGTH = etree.XPath("string-length(normalize-space(.))")
#: Kinds of node the measuring walk does not read as text: entities, skipped tags
#: (:data:`IGNORED`), navigation, and runs of short items (found by their children).
_ENTITY, _SKIPPED, _NAVIGATED, _RUN = "entity", "skipped", "navigation", "run"
#: The kind of each tag the walk does not read (an entity's tag is lxml's factory).
_SPECIAL_TAGS: dict[object, str] = {
    etree.Entity: _ENTITY,
    etree.Comment: _ENTITY,
    etree.ProcessingInstruction: _ENTITY,
    **dict.fromkeys(IGNORED, _SKIPPED),
    **dict.fromkeys(_NAVIGATION, _NAVIGATED),
}
#: Children from which a box of short items is a list or table of data (an archive, a
#: tag cloud, a results table, a link list), measured as a whole like navigation; see
#: :func:`item_run`.
ITEM_RUN = 1000
#: Characters every text in such a box stays under.
_ITEM_CHARS = 40
#: True when a box's items nest deeper than three levels (only short items are runs).
_DEEP_ITEMS = etree.XPath("boolean(*/*/*/*)")
#: True when a text in the box has :data:`_ITEM_CHARS` or more characters. (A list of its
#: texts would be sorted by libxml2, comparing nodes by climbing to the root: slow deep
#: in a page, where the test alone is not.)
_LONG_TEXT = etree.XPath(f"boolean(descendant::text()[string-length(.) >= {_ITEM_CHARS}])")


def item_run(element: HtmlElement) -> bool:
    """True for a box of :data:`ITEM_RUN` or more children that are short items: at
    most three levels deep, with no line break and no text of 40 characters anywhere
    in the box (lines split by ``<br>`` are text, as in a poem).

    Checked in C, in time linear in the items: a walk over a million items from
    Python would cost more than the parse of the page.
    """
    if len(element) < ITEM_RUN or _DEEP_ITEMS(element):
        return False
    if next(element.iter("br"), None) is not None:
        return False
    return not _LONG_TEXT(element)


#: Characters of paragraph text below which a page has no article body (an imprint line).
_MIN_ARTICLE_TEXT = 40
#: Class words of a readers' comment section, which is never the article.
_COMMENT_WORDS = frozenset(
    {"comment", "comments", "kommentar", "kommentare", "leserkommentar", "forum", "discussion"}
)
#: Class names of text meant for screen readers only.
_SCREEN_READER = ("sr-only", "visually-hidden", "visuallyhidden", "offscreen", "screen-reader")
_WORD_SPLIT = re.compile(r"[^A-Za-z0-9äöüÄÖÜ]+|(?<=[a-zäöü])(?=[A-ZÄÖÜ])")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


@attrs.frozen
class Measure:
    """Per-element text measures from one walk over the tree."""

    text: dict[HtmlElement, int]
    """Characters of text inside the element, in the order the walk closed the elements
    (an element after everything inside it)."""
    links: dict[HtmlElement, int]
    """Characters of link text inside the element, where any (read with ``get(e, 0)``)."""
    good: dict[HtmlElement, int]
    """Characters of paragraph text inside the element (paragraphs of 40+ characters),
    where any (read with ``get(e, 0)``)."""
    blocky: set[HtmlElement]
    """Elements with a block-level element inside."""
    figures: dict[HtmlElement, int] = attrs.Factory(dict)
    """Characters of text in figures (captions, credits) inside the element, where any."""
    labels: tuple[HtmlElement, ...] = ()
    """Elements whose first text opens with "Autor" (an ``Autor:`` label), in page order:
    ``li``, ``p``, ``div``, ``span`` and ``dd`` with that own text or first child's text."""
    runs: frozenset[HtmlElement] = frozenset()
    """Boxes of short items (:func:`item_run`), measured whole and not walked."""


def measure(root: HtmlElement) -> Measure:
    """Measure text, link text and paragraph text of every element in one walk.

    A paragraph is a block without blocks inside, or the loose text of a block
    (text and inline elements between its child blocks, as in ``text<br><br>text``).
    Navigation, footers, asides and runs of short items (:func:`item_run`) are
    measured whole, as links, and their insides are not walked.
    """
    # ``len`` counts comments and processing instructions too, which the walk does not
    # visit; newsparse's parser keeps none, and a tree that has some is walked again.
    found = _measure(root, len)
    if found is None:
        found = _measure(root, _walked_children)
    assert found is not None  # its counts are the walk's own
    return found


def _walked_children(element: HtmlElement) -> int:
    """The children the measuring walk visits: elements and entities."""
    return sum(1 for _ in element.iterchildren(etree.Element, etree.Entity))


def _measure(root: HtmlElement, count: Callable[[HtmlElement], int]) -> Measure | None:
    """:func:`measure`, with ``count`` telling how many children of an element the walk
    visits; ``None`` when the counts were wrong (an element never closed)."""
    text: dict[HtmlElement, int] = {}
    links: dict[HtmlElement, int] = {}
    good: dict[HtmlElement, int] = {}
    blocky: set[HtmlElement] = set()
    figures: dict[HtmlElement, int] = {}
    labels: list[HtmlElement] = []
    runs: set[HtmlElement] = set()
    # The open element (the one whose children come) keeps its sums in locals: text,
    # links, paragraph text, whether a block is inside, loose text and its links, figure
    # text, its children not yet closed, its tag, itself and whether it is a side region.
    # A child with children of its own puts them on the stack and opens; when its last
    # child has closed it closes, takes them back and adds its own. A leaf adds its own
    # where it starts. Before the root, the open element is none: it never closes (its
    # count of children starts at -1).
    stack: list[tuple[Any, ...]] = []
    push = stack.append
    pop = stack.pop
    length = link = inner = block = loose = loose_links = figure = 0
    left = -1
    open_tag: Any = None
    opened: Any = None
    side = False
    side_depth = 0
    # A labelled element without text of its own: its first child element's text
    # decides, read at that child's start event (``element[0]`` would make a proxy
    # the walk makes again). The child's start comes next, with the element open; any
    # other start means it has no child element.
    waiting: HtmlElement | None = None
    waiting_depth = 0
    walker = etree.iterwalk(root, events=("start",))
    skip = walker.skip_subtree
    special = _SPECIAL_TAGS.get
    exact = count is len  # else the count of children is not len's
    # Start events only, one per element: an element closes when its last child has
    # or at once when it has none or is not walked into, and its parents whose last
    # child it was close with it, in the order end events would have come (a walk with
    # end events too costs a loop step more per element).
    for _, element in walker:
        if waiting is not None:
            first = (element.text or "").lstrip()  # its first letter, then the call
            depth_ok = len(stack) == waiting_depth
            if first[:1] in _AUTOR_INITIALS and depth_ok and _opens_with_autor(first):
                labels.append(waiting)
            waiting = None
        tag = element.tag
        kind = special(tag)
        if kind is None:
            size = len(element)
            if size >= ITEM_RUN and item_run(element):
                kind = _RUN
        if kind is None:
            own_text = element.text
            own_text = own_text.strip() if own_text else ""
            own = len(own_text)
            children = size if exact else count(element)
            if tag in _LABELLED:
                if own_text:
                    # The first letter is tested here: the call is spared for
                    # nearly every text.
                    if own_text[0] in _AUTOR_INITIALS and _opens_with_autor(own_text):
                        labels.append(element)
                elif children:
                    waiting = element
                    waiting_depth = len(stack) + 1  # with the element open, below
            if children:
                push(
                    (length, link, inner, block, loose, loose_links, figure, left, open_tag,
                     opened, side)
                )  # fmt: skip
                length = loose = own
                link = inner = block = loose_links = figure = 0
                left = children
                open_tag = tag
                opened = element
                side = tag in SIDE_REGIONS
                if side:
                    side_depth += 1
                continue
            # A leaf: its text is its own. (A side region's own paragraph text is none
            # either way: no side region is a paragraph tag.)
            text[element] = own
            tail = element.tail
            if tail:
                tail_length = len(tail.strip())
                length += tail_length
                loose += tail_length
            if own:
                length += own
                if tag == "a":
                    links[element] = own
                    link += own
                    loose += own
                    loose_links += own
                elif tag in BLOCKS:
                    block = 1
                    if not side_depth and tag in PARAGRAPHS and own >= (1 if tag == "p" else 40):
                        good[element] = own
                        inner += own
                    elif tag == "figure":
                        figures[element] = own
                        figure += own
                else:
                    loose += own
            elif tag in BLOCKS:
                block = 1
            left -= 1
        elif kind is _ENTITY:
            left -= 1  # an entity: the walk passes comments by, and nothing of it counts
        elif kind is _SKIPPED:
            skip()
            tail = element.tail
            if tail:
                tail_length = len(tail.strip())
                length += tail_length
                loose += tail_length
            left -= 1
        else:
            # Never article text: measured in C, counted as links, not walked.
            if kind is _RUN:
                runs.add(element)
            skip()
            measured = _TEXT_LENGTH(element)
            whole = int(measured) if isinstance(measured, float) else 0
            text[element] = whole
            blocky.add(element)
            if whole:
                links[element] = whole
                if tag == "figure":
                    figures[element] = whole
                    figure += whole
            tail = element.tail
            tail_length = len(tail.strip()) if tail else 0
            length += whole + tail_length
            link += whole
            loose += tail_length
            block = 1
            left -= 1
        while not left:  # the open element closes, then each parent it was the last child of
            closing = opened
            if open_tag == "a":
                link = length
            if not side_depth and open_tag in PARAGRAPHS:
                if not block:
                    if length >= (1 if open_tag == "p" else 40) and link < 0.4 * length:
                        inner = length
                elif loose >= 80 and loose_links < 0.4 * loose:
                    inner += loose
            if side:
                side_depth -= 1
            if open_tag == "figure":
                figure = length
            if figure:
                figures[closing] = figure
            text[closing] = length
            if link:
                links[closing] = link
            if inner:
                good[closing] = inner
            if block:
                blocky.add(closing)
            closed_length = length
            closed_link = link
            closed_inner = inner
            closed_figure = figure
            closed_block = block or open_tag in BLOCKS
            (length, link, inner, block, loose, loose_links, figure, left, open_tag, opened,
             side) = pop()  # fmt: skip
            tail = closing.tail
            tail_length = len(tail.strip()) if tail else 0
            length += closed_length + tail_length
            link += closed_link
            inner += closed_inner
            figure += closed_figure
            loose += tail_length
            if closed_block:
                block = 1
            else:
                loose += closed_length
                loose_links += closed_link
            left -= 1
    if stack:
        return None
    return Measure(
        text=text,
        links=links,
        good=good,
        blocky=blocky,
        figures=figures,
        labels=tuple(labels),
        runs=frozenset(runs),
    )


def _opens_with_autor(text: str) -> bool:
    """True for a text that opens with "Autor" in any case (the first letter is tested
    before anything is lower-cased)."""
    return text[:1] in _AUTOR_INITIALS and text[:5].lower() == "autor"


def outside_runs(
    root: HtmlElement, runs: frozenset[HtmlElement], *tags: str
) -> Iterator[HtmlElement]:
    """``root.iter(*tags)`` without the insides of ``runs`` (:attr:`Measure.runs`)."""
    if not runs:
        yield from root.iter(*tags)  # lxml's C walk: the usual page has no run
        return
    walker = etree.iterwalk(root, events=("start",), tag=(*tags, *{run.tag for run in runs}))
    for _, element in walker:
        if element in runs:
            walker.skip_subtree()
        elif element.tag in tags:
            yield element


def find_container(stats: Measure) -> HtmlElement | None:
    """The element with the most paragraph text net of its other text, outside comments.

    The captions and credits of figures are not "other text": an article with a
    hundred pictures after its paragraphs is still the article.
    """
    figures = stats.figures
    scored = sorted(
        (
            (good - 0.5 * (stats.text[element] - good - figures.get(element, 0)), index, element)
            for index, (element, good) in enumerate(stats.good.items())
            if good >= _MIN_ARTICLE_TEXT and element.tag not in ("html", "body")
        ),
        key=lambda item: (-item[0], item[1]),
    )
    for score, _, element in scored[:64]:
        if score > 0 and not _in_comments(element):
            return element
    return None


@per_page  # asked again about the same element by several tests of a parse
def class_words(element: HtmlElement) -> frozenset[str]:
    """Lower-cased words of an element's class and id (``articleRelated-box`` -> related ...)."""
    value = element.get(b"class")  # a bytes name: lxml need not encode it
    ident = element.get(b"id")
    if ident:
        value = f"{value} {ident}" if value else ident
    return _words(value) if value else frozenset()


@lru_cache(maxsize=8192)
def _words(value: str) -> frozenset[str]:
    words = {w.lower() for w in _WORD_SPLIT.split(value) if w}
    return frozenset(words | {w[:-1] for w in words if w.endswith("s") and len(w) > 3})


def name_key(text: str) -> str:
    """A site or section name for comparison: letters and digits, umlauts spelled out."""
    return key(text).translate(_UMLAUTS)


def key(text: str) -> str:
    """Letters and digits only, case-folded: for comparing texts across sources."""
    if len(text) <= _KEPT_KEY_CHARS:
        return _kept_key(text)  # a block's text is compared several times in a parse
    return _key(text)


#: Texts up to this long keep their key for the next comparison (a paragraph or less),
#: so that what the cache holds stays small.
_KEPT_KEY_CHARS = 1000


@per_page
def _kept_key(text: str) -> str:
    return _key(text)


#: ASCII characters other than letters and digits: taken out of the UTF-8 bytes in C.
_ASCII_OTHERS = bytes(code for code in range(128) if not chr(code).isalnum())
#: Every ASCII byte: what is left of UTF-8 without them is the characters outside ASCII.
_ASCII = bytes(range(128))


#: The UTF-8 of the punctuation German texts print most outside ASCII, none of it a
#: letter or digit: U+2000-U+203F (spaces, dashes, quotes, ellipsis) and, after 0xC2,
#: no-break space, guillemets, soft hyphen, middle dot, section and degree signs, acute.
_GENERAL_PUNCTUATION = re.compile(rb"\xe2\x80[\x80-\xbf]")
_LATIN1_PUNCTUATION = re.compile(rb"\xc2[\xa0\xab\xbb\xad\xb7\xa7\xb0\xb4]")


def _key(text: str) -> str:
    # Spaces and ASCII punctuation go in one bytes.translate, the usual typographic
    # quotes and dashes by a byte regex where their lead byte is (an int's ``in`` is
    # one memchr; a bytes needle's costs more than that on a paragraph). The text
    # regex, which costs about as much per character as per match, then meets only
    # texts with other characters that are no letter or digit. Lone surrogates (JSON-LD
    # escapes) pass through the bytes and out with the regex.
    data = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_OTHERS)
    if 0xE2 in data:
        data = _GENERAL_PUNCTUATION.sub(b"", data)
    if 0xC2 in data:
        data = _LATIN1_PUNCTUATION.sub(b"", data)
    kept = data.decode("utf-8", "surrogatepass")
    if not kept.isalnum():
        # What is left that is no letter or digit (a combining mark, ©, a lone
        # surrogate) is mostly a few characters, each taken out by a C-level replace: a
        # regex would look at every character (decomposed umlauts leave one mark each).
        # Many kinds of them would each cost a pass over the text: the regex, then. All
        # of them are outside ASCII: the bytes of those characters alone, decoded, give
        # them without hashing every letter of the text into a set.
        outside = data.translate(None, _ASCII).decode("utf-8", "surrogatepass")
        others = [char for char in set(outside) if not char.isalnum()]
        if len(others) > _FEW_OTHERS:
            return _NOT_ALNUM.sub("", kept).casefold()
        for char in others:
            kept = kept.replace(char, "")
    return kept.casefold()


#: Kinds of character other than letters and digits a key takes out one by one.
_FEW_OTHERS = 8
#: What ``str.isalnum`` refuses: ``\W`` is anything but letters, digits and ``_``.
_NOT_ALNUM = re.compile(r"[\W_]+")


def hidden(element: HtmlElement) -> bool:
    """Hidden, or text for screen readers only (``sr-only``, ``visually-hidden``)."""
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = element.get("style")
    if style and "display:none" in style.replace(" ", "").lower():
        return True
    classes = element.get("class")
    return bool(classes) and _screen_reader_only(classes)


@lru_cache(maxsize=4096)
def _screen_reader_only(classes: str) -> bool:
    """True when a class value names text for screen readers only (kept per value: a
    page repeats its class values)."""
    lowered = classes.lower()
    return any(name in lowered for name in _SCREEN_READER)


def inside_links(root: HtmlElement) -> Climb:
    """Asks, for many elements of ``root``, whether an ancestor up to ``root`` is a link
    (each ancestor looked at once)."""
    return Climb(_LINK, root)


_LINK = frozenset({"a"})


def _in_comments(element: HtmlElement) -> bool:
    """True inside a readers' comment section (the element or one of its three ancestors)."""
    node: HtmlElement | None = element
    for _ in range(4):
        if node is None:
            return False
        if class_words(node) & _COMMENT_WORDS:
            return True
        node = node.getparent()
    return False
