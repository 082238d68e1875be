"""Reading article parts out of elements: body blocks, images, dates.

Shared by the site parsers and the generic parser, so both turn markup into
parts the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from datetime import datetime

from newsparse.conventions import parse_credit, parse_date, split_credit
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


#: Phrases that mark a block as boilerplate when the block is (or starts with) them.
BOILERPLATE_PHRASES: tuple[str, ...] = (
    "lesen sie auch",
    "lesen sie mehr",
    "lesen sie hier",
    "mehr zum thema",
    "auch interessant",
    "das könnte sie auch interessieren",
    "diese audioversion wurde künstlich generiert",
    "artikel anhören",
    "newsletter",
    "ich möchte gerne nachrichten und redaktionelle artikel",
    "nicht mehr anzeigen",
    "hier finden sie weitere",
    "hier geht es zum",
    "hier geht's zum",
    "anzeige",
    "werbung",
    "empfohlener redaktioneller inhalt",
    "externer inhalt",
    "um externe inhalte anzuzeigen",
    "zum abonnement",
    "jetzt abonnieren",
    "weiterlesen mit",
    "sie haben bereits ein abo",
    "folgen sie uns",
    "teilen sie diesen artikel",
    "mehr infos",
    "zur startseite",
    "an dieser stelle finden sie einen externen inhalt",
    "an dieser stelle finden sie einen inhalt",
    "wir verwenden cookies",
    "wir benötigen ihre zustimmung",
)
_SHORT_BOILERPLATE = frozenset({"anzeige", "werbung", "newsletter", "mehr infos", "teilen"})
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
        for element in select(container, block_selector):
            if _inside(element, container, excluded, taken):
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
) -> bool:
    node: HtmlElement | None = element
    while node is not None and node is not container:
        if node in excluded or never_body(node) or (node is not element and node in taken):
            return True
        node = node.getparent()
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


def srcset_candidates(srcset: str) -> list[tuple[str, float]]:
    """``(url, width or density)`` pairs of a ``srcset``; URLs may contain commas.

    As in the HTML standard, a URL runs to the next whitespace, and commas
    right after it end the candidate.

    >>> srcset_candidates("a.jpg?crop=1,2 640w, b.jpg 1280w")
    [('a.jpg?crop=1,2', 640.0), ('b.jpg', 1280.0)]
    """
    found: list[tuple[str, float]] = []
    text, position, end = srcset[:20_000], 0, min(len(srcset), 20_000)
    while position < end:
        while position < end and (text[position].isspace() or text[position] == ","):
            position += 1
        start = position
        while position < end and not text[position].isspace():
            position += 1
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
    off the end of the caption (``... (Foto: dpa)``).
    """
    url = image_url(doc, figure)
    caption_text = text_of(select_one(figure, caption)) if caption else ""
    parsed_credit: Credit | None = None
    if credit:
        credit_element = select_one(figure, credit)
        credit_text = text_of(credit_element)
        parsed_credit = parse_credit(credit_text) if credit_text else None
        if credit_text and caption_text.endswith(credit_text):
            caption_text = caption_text[: -len(credit_text)].strip()
    if parsed_credit is None and caption_text:
        rest, parsed_credit = split_credit(caption_text)
        caption_text = rest or ""
    if url is None and not caption_text and parsed_credit is None:
        return None
    return Image(url=url, caption=caption_text or None, credit=parsed_credit, is_cover=is_cover)


def element_date(element: HtmlElement | None, tz: str) -> datetime | None:
    """A date from an element's ``datetime``/``content`` attribute, else its text."""
    if element is None:
        return None
    for attr in ("datetime", "content", "data-datetime", "data-date"):
        value = element.get(attr)
        if value:
            parsed = parse_date(value, tz=tz)
            if parsed is not None:
                return parsed
    return parse_date(text_of(element), tz=tz)
