"""Where the printed headline is when the page's ``h1`` is not it.

Some layouts print the article's title as the last crumb of a breadcrumb trail
in an ``h1`` (``Home › Politik › <h1>short title</h1>``) and the headline
itself in another element. :func:`in_trail` spots such an ``h1`` (in a trail,
or after a row of crumb links); :func:`title_element` finds the element
printing the structured headline, and where the printed headline differs from
it, :func:`printed_heading` takes the first plausible ``h2`` after the trail (or
at the top of an article without ``h1``), so that the headline, kicker and lead
are read as the reader sees them.
"""

from __future__ import annotations

from itertools import islice

from newsparse.blocks import is_boilerplate_text
from newsparse.climb import Climb
from newsparse.document import HtmlElement, following, text_of
from newsparse.generic.container import BODY_BLOCK_CHARS, Measure, class_words, hidden, key

#: Elements that may print a headline.
_TITLE_TAGS = ("h1", "h2", "h3", "div", "span", "p", "strong")
_TRAIL_WORDS = frozenset({"breadcrumb", "breadcrumbs", "crumbs", "crumb"})


def in_trail(h1: HtmlElement, climb: Climb | None = None) -> bool:
    """True when ``h1`` is a crumb: inside ``nav``, a breadcrumb box, a list item whose
    list holds links before it, or after a row of links.

    ``climb`` (:func:`trail_climb`) keeps the answers of the ancestors for the next
    element asked about: a chain of nested boxes is climbed once.
    """
    if class_words(h1) & _TRAIL_WORDS or _after_links(h1):
        return True
    return (climb or trail_climb())(h1)


def trail_climb() -> Climb:
    """The climb :func:`in_trail` asks whether an element's ancestors make it a crumb."""
    return Climb.deciding(_trail_verdict)


def _trail_verdict(ancestor: HtmlElement) -> bool | None:
    """Whether the elements inside ``ancestor`` are crumbs, where it decides that; ``None``
    where it leaves that to the ancestors above it."""
    if ancestor.tag == "nav" or class_words(ancestor) & _TRAIL_WORDS:
        return True
    if ancestor.tag == "li":
        previous = ancestor.getprevious()
        return previous is not None and previous.find(".//a") is not None
    if ancestor.tag in ("article", "main", "body", "header"):
        return False
    return None


def _after_links(h1: HtmlElement) -> bool:
    """True when two or more links come right before ``h1`` among its siblings, with
    nothing else between them: crumbs printed as a row of links."""
    links = 0
    for sibling in h1.itersiblings(preceding=True):
        if not isinstance(sibling.tag, str):
            continue
        if sibling.tag != "a":
            break
        links += 1
        if links >= 2:
            return True
    return False


#: Boxes of about the headline's length whose text is compared with it, at most: a page
#: prints its headline in a few places (25 boxes of its length on the busiest page of the
#: corpus and the fixtures). Each is read whole, so a chain of nested boxes
#: of that length (text the walk does not measure in it, a title's or a button's) would
#: otherwise be read once for every box around it.
_TITLE_CANDIDATES = 128


def title_element(
    stats: Measure, headline: str | None, skip: HtmlElement | None
) -> HtmlElement | None:
    """The first element outside a trail printing ``headline`` whole, innermost: one
    of the elements ``stats`` measured, with no such element inside it."""
    if not headline:
        return None
    wanted = key(headline)
    lowest, highest = len(headline) - 3, len(headline) + 3
    trail, linked = trail_climb(), Climb(frozenset({"a"}))  # a chain of boxes: climbed once
    read = 0
    # In the order the walk closed the elements, each comes after everything inside it:
    # the first that prints the headline holds no other that does.
    for element, size in stats.text.items():
        if not lowest <= size <= highest or element.tag not in _TITLE_TAGS or element is skip:
            continue
        read += 1
        if read > _TITLE_CANDIDATES:
            break
        if key(text_of(element)) != wanted or in_trail(element, trail):
            continue
        if stats.links.get(element, 0) > size / 2 or linked(element):
            continue  # a teaser linking to the article itself
        return element
    return None


#: Elements looked at after a crumb ``h1`` (or from the top of the article) for the headline.
_LOOKAHEAD = 60


def printed_heading(
    stats: Measure, after: HtmlElement | None, scope: HtmlElement | None
) -> HtmlElement | None:
    """The ``h2`` printing the headline where the ``h1`` does not.

    It is the first plausible ``h2`` after the crumb ``h1`` (``after``), or, on a
    page without an ``h1``, the first one inside ``scope`` (the article); a
    paragraph of body length before it means the body has begun and there is none.
    """
    if after is not None:
        found = following(after, _LOOKAHEAD, "h2", "p")
    elif scope is not None:
        found = islice(scope.iterdescendants("h2", "p"), _LOOKAHEAD)
    else:
        return None
    for element in found:
        size = stats.text.get(element, 0)
        if element.tag == "p":
            if size >= BODY_BLOCK_CHARS:
                return None
            continue
        if heading_like(element, stats):
            return element
    return None


def heading_like(element: HtmlElement, stats: Measure) -> bool:
    """True when ``element`` can print a headline: visible, outside links and trails,
    ten to three hundred characters of a few words, mostly not link text."""
    size = stats.text.get(element, 0)
    if size < 10 or size > 300 or stats.links.get(element, 0) > size / 2:
        return False
    if hidden(element) or in_trail(element):
        return False
    if any(a.tag == "a" for a in element.iterancestors()):
        return False
    text = text_of(element)
    return len(text.split()) >= 2 and not is_boilerplate_text(text)
