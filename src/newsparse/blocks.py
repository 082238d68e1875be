"""Reading article parts out of elements: body blocks, images, dates.

Shared by the site parsers and the generic parser, so both turn markup into
parts the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from datetime import datetime
from functools import lru_cache
from urllib.parse import urlsplit

from newsparse.conventions import (
    BOILERPLATE_PHRASES,
    BOILERPLATE_SHORT,
    parse_credit,
    parse_date,
    split_credit,
)
from newsparse.document import Document, HtmlElement, select, select_one, text_of
from newsparse.model import Block, Credit, Image, Paragraph, Subheading

#: Tags whose content is never body text, whatever the site.
NEVER_BODY_TAGS = frozenset(
    ("script", "style", "noscript", "template", "svg", "button", "form", "nav", "aside",
     "footer", "iframe", "audio", "video", "figure", "figcaption", "picture", "select",
     "input", "label", "dialog")
)  # fmt: skip


def never_body(element: HtmlElement) -> bool:
    """True for an element whose content is never body text: a tag of
    :data:`NEVER_BODY_TAGS`, or a dialog (``role="dialog"``, ``aria-modal="true"``)."""
    return (
        element.tag in NEVER_BODY_TAGS
        or element.get("role") == "dialog"
        or element.get("aria-modal") == "true"
    )


#: Blocks that are boilerplate only as the whole block.
_SHORT_BOILERPLATE = BOILERPLATE_SHORT
#: Blocks this long or longer are article text, whatever they start with.
_LONGEST_BOILERPLATE = 160


def is_boilerplate_text(text: str) -> bool:
    """True when a block's text is a known boilerplate phrase (``Lesen Sie auch`` ...)."""
    trimmed = text.strip(" :.-–»›>")
    if len(trimmed) >= _LONGEST_BOILERPLATE:
        return False  # lower() never makes a text shorter: no need to lower a paragraph
    lowered = trimmed.lower()
    if lowered in _SHORT_BOILERPLATE:
        return True
    return len(lowered) < _LONGEST_BOILERPLATE and lowered.startswith(BOILERPLATE_PHRASES)


def is_emphasized(element: HtmlElement, tags: tuple[str, ...] = ("em", "i")) -> bool:
    """True when every word of ``element`` is set in one of ``tags`` (italics by default).

    Sites set editorial notes in italics (newsletter promos, "more in our live
    blog", a ticker's sources note): they are never body text. With
    ``("strong", "b")`` it finds a teaser set in bold.
    """
    plain: list[str] = []
    stack = [element]  # iterative: any nesting depth is fine
    while stack:
        node = stack.pop()
        if node.tag in tags or not isinstance(node.tag, str):
            continue
        plain.append(node.text or "")
        for child in node:
            stack.append(child)
            plain.append(child.tail or "")
    return bool(text_of(element)) and not "".join(plain).strip()


def body_blocks(
    containers: Iterable[HtmlElement],
    *,
    paragraphs: str = "p",
    subheadings: str = "h2, h3, h4",
    exclude: str | Callable[[HtmlElement], Collection[HtmlElement]] | None = None,
) -> tuple[Block, ...]:
    """Paragraphs and subheadings inside ``containers``, in page order.

    An element inside an ``exclude`` match (or one that is :func:`never_body`)
    is skipped, as is a block nested in another block and a boilerplate phrase.
    ``exclude`` is a selector, or a function that returns the excluded elements
    of a container (``functools.partial(doc.within, selector)`` answers from the
    page index).
    """
    blocks: list[Block] = []
    block_selector = f"{paragraphs}, {subheadings}"
    for container in containers:
        # Sets of elements (not ids): holding the proxies keeps lxml from making new ones.
        excluded: set[HtmlElement] = set()
        if isinstance(exclude, str):
            excluded = set(select(container, exclude))
        elif exclude is not None:
            excluded = set(exclude(container))
        excluded.discard(container)
        headings = set(select(container, subheadings))
        taken: set[HtmlElement] = set()
        clear: set[HtmlElement] = set()
        blocked: set[HtmlElement] = set()
        for element in select(container, block_selector):
            if _inside(element, container, excluded, taken, clear, blocked):
                continue
            taken.add(element)
            text = text_of(element)
            if not text or is_boilerplate_text(text):
                continue
            if element in headings:
                blocks.append(Subheading(text=text))
            else:
                blocks.append(Paragraph(text=text))
    return tuple(blocks)


def _inside(
    element: HtmlElement,
    container: HtmlElement,
    excluded: set[HtmlElement],
    taken: set[HtmlElement],
    clear: set[HtmlElement],
    blocked: set[HtmlElement],
) -> bool:
    """True when ``element`` is inside an excluded or never-body element, or inside a
    block already taken, below ``container``.

    ``clear`` collects the ancestors found to be none of these all the way up, and
    ``blocked`` those found inside one: the walk of a later block stops at either, so
    blocks nested deep inside a box are not each walked up to it. (Blocks come in page
    order, so a block that holds another is taken before it, and a clear ancestor
    never becomes taken.)
    """
    node: HtmlElement | None = element
    passed: list[HtmlElement] = []
    while node is not None and node is not container and node not in clear:
        if (
            node in blocked
            or node in excluded
            or never_body(node)
            or (node is not element and node in taken)
        ):
            blocked.update(passed[1:])  # inside what blocks ``element``: so is all below
            return True
        passed.append(node)
        node = node.getparent()
    clear.update(passed[1:])  # not ``element``: a block nested in it must meet it as taken
    return False


def following(
    doc: Document, leaders: str, followers: str
) -> tuple[list[HtmlElement], dict[HtmlElement, HtmlElement]]:
    """The ``leaders`` matches, and for each the first ``followers`` match after it
    in page order and before the next leader, however the two are wrapped.

    Sites print a picture and its caption block as siblings; a wrapper around
    either must not separate them.
    """
    leading = doc.select(leaders)
    chosen = set(leading)
    pairs: dict[HtmlElement, HtmlElement] = {}
    current: HtmlElement | None = None
    for element in doc.select(f"{leaders}, {followers}"):
        if element in chosen:
            current = element
        elif current is not None and current not in pairs:
            pairs[current] = element
    return leading, pairs


def image_url(doc: Document, element: HtmlElement) -> str | None:
    """The image URL of an ``img`` (or the first one inside ``element``), lazy-loading aware."""
    img = element if element.tag == "img" else select_one(element, "img")
    if img is None:
        source = select_one(element, "source[srcset]")
        return doc.absolute(_largest(source.get("srcset", ""))) if source is not None else None
    for attr in ("data-src", "data-original", "data-lazy-src", "src"):
        value = img.get(attr)
        if value and not value.startswith("data:") and not value.endswith(".svg"):
            return doc.absolute(value)
    srcset = img.get("data-srcset") or img.get("srcset")
    return doc.absolute(_largest(srcset)) if srcset else None


#: Longest ``srcset`` read: a value past it is cut there.
_MAX_SRCSET_CHARS = 20_000
#: What comes before a ``srcset`` candidate: whitespace and commas.
_SRCSET_GAP = re.compile(r"[\s,]*")
#: A candidate's URL: everything up to whitespace (``\s`` is what ``str.isspace`` takes).
_SRCSET_URL = re.compile(r"\S*")


def srcset_candidates(srcset: str) -> list[tuple[str, float]]:
    """``(url, width or density)`` pairs of a ``srcset``; URLs may contain commas.

    As in the HTML standard, a URL runs to the next whitespace, and commas
    right after it end the candidate.

    >>> srcset_candidates("a.jpg?crop=1,2 640w, b.jpg 1280w")
    [('a.jpg?crop=1,2', 640.0), ('b.jpg', 1280.0)]
    """
    found: list[tuple[str, float]] = []
    text = srcset[:_MAX_SRCSET_CHARS]
    position, end = 0, len(text)
    while position < end:
        # Each gap and URL is one regex match, not a loop over its characters: a page's
        # srcsets hold thousands of characters of URLs.
        start = _SRCSET_GAP.match(text, position).end()  # type: ignore[union-attr]
        position = _SRCSET_URL.match(text, start).end()  # type: ignore[union-attr]
        url = text[start:position]
        descriptor = ""
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            comma = text.find(",", position)
            stop = end if comma == -1 else comma
            descriptor, position = text[position:stop].strip(), stop + 1
        if not url:
            continue
        number = descriptor[:-1] if descriptor[-1:] in ("w", "x") else ""
        found.append((url, float(number) if number.replace(".", "", 1).isdigit() else 0.0))
    return found


def _largest(srcset: str) -> str | None:
    best: tuple[float, str] | None = None
    for url, size in srcset_candidates(srcset):
        if best is None or size > best[0]:
            best = (size, url)
    return best[1] if best else None


#: Class names of a box of other articles: a "more on this topic" card, a recommendation
#: widget. Matched inside a class or id (``article__related``, ``relatedArticles``).
RELATED_BOX = re.compile(r"related|recommend|outbrain|taboola|mehr-?zum-?thema", re.I)
#: Class names of a teaser or gallery box. Sites also call the article's own lead picture
#: a teaser (``teaser-image``), so such a box counts only when it links to another page.
TEASER_BOX = re.compile(r"teaser|galler", re.I)
#: What :data:`RELATED_BOX` and :data:`TEASER_BOX` find in ASCII names, as substrings of
#: their lower case.
_RELATED_PARTS = (
    "related", "recommend", "outbrain", "taboola",
    "mehrzumthema", "mehr-zumthema", "mehrzum-thema", "mehr-zum-thema",
)  # fmt: skip
_TEASER_PARTS = ("teaser", "galler")
#: File endings of an image: a link to one opens the picture, not another page.
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|webp|gif|avif|svg|bmp|tiff?)$", re.I)


def is_teaser_figure(doc: Document, figure: HtmlElement, *, credited: bool) -> bool:
    """True when ``figure`` shows another article, so it is never an article image.

    That is a figure inside a "more on this topic" card or a recommendation
    widget (by the class or id of the figure or an ancestor, :data:`RELATED_BOX`),
    and, when the figure prints no credit of its own (``credited``), a figure
    whose picture links to another page or that sits in a teaser or gallery box
    (:data:`TEASER_BOX`) linking to another page. A link to the picture's own
    file or to a place on this page, and a credited picture that opens in a
    viewer page, leave the figure an article image.
    """
    related, teaser_box = _boxes_around(doc, figure)
    if related:
        return True
    if credited:
        return False
    img = figure if figure.tag == "img" else select_one(figure, "img")
    for link in (img if img is not None else figure).iterancestors("a"):
        if _links_elsewhere(doc, link.get("href")):
            return True
    if teaser_box is not None:
        linking = doc.memo.setdefault("teaser box links elsewhere", {})
        found = linking.get(teaser_box)
        if found is None:  # the figures of one box ask once
            found = linking[teaser_box] = any(
                _links_elsewhere(doc, link.get("href")) for link in teaser_box.iter("a")
            )
        return bool(found)
    return False


def _boxes_around(doc: Document, figure: HtmlElement) -> tuple[bool, HtmlElement | None]:
    """Whether ``figure`` or a box around it (below ``body``) is a related box, and the
    nearest one that is a teaser box.

    The answers are kept per element for the page (:attr:`Document.memo`): the climb
    from the next figure stops at a box answered before, so figures deep in a page are
    not each walked up to the body.
    """
    known: dict[HtmlElement, tuple[bool, HtmlElement | None]]
    known = doc.memo.setdefault("boxes around", {})
    path: list[HtmlElement] = []
    related, teaser = False, None
    node: HtmlElement | None = figure
    while node is not None and node.tag not in ("body", "html"):
        seen = known.get(node)
        if seen is not None:
            related, teaser = seen
            break
        path.append(node)
        node = node.getparent()
    for node in reversed(path):  # from the top down: a lower teaser box is the nearer
        names = f"{node.get('class') or ''} {node.get('id') or ''}"
        kind = _box_kind(names) if names != " " else None
        if kind == "related":
            related = True
        elif kind == "teaser":
            teaser = node
        known[node] = (related, teaser)
    return related, teaser


@lru_cache(maxsize=2048)
def _box_kind(names: str) -> str | None:
    """``"related"`` or ``"teaser"`` for the class and id of such a box, else ``None``.

    Each figure asks about every ancestor, so the same names come back (kept).
    """
    if mentions(names, _RELATED_PARTS, RELATED_BOX):
        return "related"
    return "teaser" if mentions(names, _TEASER_PARTS, TEASER_BOX) else None


def mentions(value: str, parts: tuple[str, ...], pattern: re.Pattern[str]) -> bool:
    """True when ``pattern`` (a case-blind alternation of words) finds something in
    ``value``; ``parts`` are its alternatives, lower-cased.

    An ASCII value is searched for each part of its lower case: the regex tries
    every alternative at every position, several microseconds on a long
    utility-class value. Other values go to the regex.
    """
    if value.isascii():
        folded = value.lower()
        return any(part in folded for part in parts)
    return pattern.search(value) is not None


def _links_elsewhere(doc: Document, href: str | None) -> bool:
    """True when ``href`` leads to another web page than this one (not a picture file)."""
    if not href or href.lstrip().startswith("#"):
        return False
    target = doc.absolute(href.strip())
    if not target:
        return False
    try:
        parts, here = urlsplit(target), urlsplit(doc.url or "")
    except ValueError:  # a malformed host ("http://[::1/x")
        return False
    if parts.scheme not in ("http", "https") or _IMAGE_FILE.search(parts.path):
        return False
    return (parts.netloc, parts.path.rstrip("/")) != (here.netloc, here.path.rstrip("/"))


def figure_image(
    doc: Document,
    figure: HtmlElement,
    *,
    caption: str | None = "figcaption",
    credit: str | None = None,
    is_cover: bool = False,
) -> Image | None:
    """An :class:`Image` from a figure-like element, its credit parsed.

    With ``credit`` the credit is read from that element; otherwise it is split
    off the end of the caption (``... (Foto: dpa)``). A figure that shows
    another article (:func:`is_teaser_figure`) gives ``None``.
    """
    url = image_url(doc, figure)
    caption_text = text_of(doc.select_one(caption, figure)) if caption else ""
    parsed_credit: Credit | None = None
    if credit:
        credit_element = doc.select_one(credit, figure)
        credit_text = text_of(credit_element)
        parsed_credit = parse_credit(credit_text) if credit_text else None
        if credit_text and caption_text.endswith(credit_text):
            caption_text = caption_text[: -len(credit_text)].strip()
    if parsed_credit is None and caption_text:
        rest, parsed_credit = split_credit(caption_text)
        caption_text = rest or ""
    if url is None and not caption_text and parsed_credit is None:
        return None
    if is_teaser_figure(doc, figure, credited=parsed_credit is not None):
        return None
    return Image(url=url, caption=caption_text or None, credit=parsed_credit, is_cover=is_cover)


def element_date(element: HtmlElement | None, tz: str, text: str | None = None) -> datetime | None:
    """A date from an element's ``datetime``/``content`` attribute, else its text
    (``text`` when the caller has read it, its first 200 characters are enough)."""
    if element is None:
        return None
    for attr in ("datetime", "content", "data-datetime", "data-date"):
        value = element.get(attr)
        if value:
            parsed = parse_date(value, tz=tz)
            if parsed is not None:
                return parsed
    return parse_date(text_of(element) if text is None else text, tz=tz)
