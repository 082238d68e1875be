"""Where the printed headline is when the page's ``h1`` is not it.

Some layouts print the article's title as the last crumb of a breadcrumb trail
in an ``h1`` (``Home › Politik › <h1>short title</h1>``) and the headline
itself in another element. :func:`in_trail` spots such an ``h1``;
:func:`title_element` finds the element printing the structured headline, so
that the kicker and lead are read around the headline the reader sees.
"""

from __future__ import annotations

from newsparse.document import HtmlElement, text_of
from newsparse.generic.container import Measure, class_words, key

#: Elements that may print a headline.
_TITLE_TAGS = ("h1", "h2", "h3", "div", "span", "p", "strong")
_TRAIL_WORDS = frozenset({"breadcrumb", "breadcrumbs", "crumbs", "crumb"})


def in_trail(h1: HtmlElement) -> bool:
    """True when ``h1`` is a crumb: inside ``nav``, a breadcrumb box, or a list item whose
    list holds links before it."""
    if class_words(h1) & _TRAIL_WORDS:
        return True
    for ancestor in h1.iterancestors():
        if ancestor.tag == "nav" or class_words(ancestor) & _TRAIL_WORDS:
            return True
        if ancestor.tag == "li":
            previous = ancestor.getprevious()
            return previous is not None and previous.find(".//a") is not None
        if ancestor.tag in ("article", "main", "body", "header"):
            return False
    return False


def title_element(
    root: HtmlElement, stats: Measure, headline: str | None, skip: HtmlElement
) -> HtmlElement | None:
    """The first element outside a trail printing ``headline`` whole (innermost such)."""
    if not headline:
        return None
    wanted = key(headline)
    length = len(headline)
    found: HtmlElement | None = None
    for element in root.iter(*_TITLE_TAGS):
        if element is skip:
            continue
        size = stats.text.get(element)
        if size is None or abs(size - length) > 3:
            continue
        if key(text_of(element)) != wanted or in_trail(element):
            continue
        if found is None or found in element.iterancestors():
            found = element
        else:
            break
    return found
