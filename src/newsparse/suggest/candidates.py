"""Selector candidates for an element, cheapest (most maintainable) first.

A *compound* names one element by what a maintainer would keep: a semantic
tag, ``itemprop``, a ``data-*`` attribute, a stable class (a CSS-module hash
replaced by the project's ``stem__`` convention) or a stable id. A candidate
selector is a compound, optionally below one or two ancestor compounds joined
by the descendant combinator (wrappers may come and go). Positional selectors
are never made: a part nothing else separates is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsparse.document import HtmlElement

#: Tags that say what they hold; cheap to name and stable across redesigns.
SEMANTIC_TAGS = frozenset(
    ("article", "main", "header", "footer", "aside", "nav", "section", "hgroup", "h1", "h2",
     "h3", "h4", "h5", "h6", "time", "address", "figure", "figcaption", "picture", "blockquote",
     "small", "cite", "ul", "ol", "li", "p")
)  # fmt: skip
#: Inline tags: never a selector on their own, only below a named ancestor.
INLINE_TAGS = frozenset(("span", "a", "strong", "b", "i", "em", "u", "small", "div", "p", "li"))
#: A CSS-module class: a stem ending in ``__`` and a short hash with a capital or digit.
_HASHED = re.compile(r"^(-?[A-Za-z_][\w-]*?__)((?=[a-z]*[A-Z0-9_-])[A-Za-z0-9_-]{4,8})$")
#: A class or id word that CSS can name without escaping.
_PLAIN_WORD = re.compile(r"^-?[A-Za-z_][\w-]*$")
#: Generated names: styled-components (``eSaWxK``), emotion, JSX scopes, long digit runs.
_GENERATED = re.compile(
    r"^(?:sc-|css-|jsx-|svelte-|ng-|ember)|\d{3,}|^[a-z]{1,3}-(?=[a-z]*[A-Z0-9])[A-Za-z0-9]{5,}$"
    r"|^(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])[A-Za-z0-9]{5,7}$"
)
#: Utility classes (Tailwind and friends): style, not meaning.
_UTILITY = re.compile(
    r"^-?(?:m|p|mx|my|mt|mb|ml|mr|px|py|pt|pb|pl|pr|w|h|min|max|flex|grid|gap|text|font|bg|"
    r"border|rounded|leading|tracking|order|col|row|items|justify|self|z|top|left|right|"
    r"bottom|inset|align|aspect|line|outline|object|cursor|select|transition|duration|overflow|shadow|opacity|space|divide|hidden|block|inline|relative|"
    r"absolute|fixed|sticky|container|sr|uppercase|lowercase|italic|underline|truncate)"
    r"(?:-|$)"
)
#: Attributes that hold content or are rewritten by lazy loading: never a selector.
_CONTENT_DATA = frozenset(
    ("data-src", "data-srcset", "data-original", "data-lazy-src", "data-img", "data-image",
     "data-href", "data-url", "data-id", "data-uuid", "data-title", "data-text", "data-label")
)  # fmt: skip
#: State modifiers (``is-active``, ``has-italic``): they follow what this page's content
#: is (an italic label, an open menu), so the next page's same element may lack them.
_STATE = re.compile(r"^(?:is|has)-[a-z]")
_VALUE = re.compile(r"^[A-Za-z][\w-]{0,39}$")

Compound = tuple[str, int]
"""A compound selector and its cost (lower is more maintainable)."""


def class_word(token: str) -> tuple[str, int] | None:
    """The class selector for one class token and its cost, or ``None`` if unusable."""
    if not _PLAIN_WORD.match(token) or token.startswith("drift") or len(token) > 48:
        return None
    if token.isupper() or _STATE.match(token):
        return None  # a state flag (``FREE``, ``is-active``), not a part of the layout
    hashed = _HASHED.match(token)
    if hashed:
        return "." + hashed.group(1), 3
    if _GENERATED.search(token):
        return None
    if _UTILITY.match(token):
        return "." + token, 8
    return "." + token, 3


def compounds(element: HtmlElement) -> list[Compound]:
    """Every compound that names ``element``, cheapest first.

    An attribute value that repeats the element's own text (``data-label="Politik"``)
    names this page's content, not the layout: it is left out.
    """
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in ("html", "head", "body", "title", "meta"):
        return []
    own_text = element.text_content().casefold() if len(element.text_content()) < 400 else ""
    found: dict[str, int] = {}
    tag_cost = 2 if tag in SEMANTIC_TAGS else 9
    if tag:
        found[tag] = tag_cost
    words: list[tuple[str, int]] = []
    itemprop = element.get("itemprop")
    if itemprop and _VALUE.match(itemprop):
        words.append((f"[itemprop='{itemprop}']", 1))
    for name, value in element.attrib.items():
        if not name.startswith("data-") or name in _CONTENT_DATA or name.startswith("data-drift"):
            continue
        if not re.fullmatch(r"data-[a-z][a-z0-9-]{0,30}", name):
            continue
        if value and value.casefold() in own_text:
            continue
        if value and _VALUE.match(value) and not _GENERATED.search(value):
            words.append((f"[{name}='{value}']", 2))
        elif not value:
            words.append((f"[{name}]", 3))
    for token in (element.get("class") or "").split():
        named = class_word(token)
        if named is not None:
            words.append(named)
    ident = element.get("id") or ""
    usable = _PLAIN_WORD.match(ident) and not _GENERATED.search(ident) and len(ident) < 40
    if usable and not ident.startswith("drift"):
        words.append((f"#{ident}", 4))
    for word, cost in words:
        found.setdefault(word, cost)
        if word.startswith("#"):
            continue
        if tag:
            # A tag with the word: a little longer, no less stable.
            found.setdefault(f"{tag}{word}", cost + (0 if tag in SEMANTIC_TAGS else 1))
    return sorted(found.items(), key=lambda item: (item[1], len(item[0])))


def selectors(
    element: HtmlElement, *, stop: HtmlElement | None = None, depth: int = 8
) -> Iterator[tuple[str, int]]:
    """Candidate selectors for ``element``, roughly cheapest first.

    Ancestors up to ``depth`` levels (and not above ``stop``) may narrow a
    compound down; a selector with ancestors costs their compounds too.
    """
    own = compounds(element)[:8]
    ancestors: list[list[Compound]] = []
    node = element.getparent()
    while node is not None and len(ancestors) < depth and node is not stop:
        if node.tag in ("html", "body"):
            break
        named = [c for c in compounds(node) if c[1] < 9][:4]
        if named:
            ancestors.append(named)
        node = node.getparent()
    found: dict[str, int] = {}
    for css, cost in own:
        if css not in INLINE_TAGS:  # a bare ``strong`` or ``span`` names anything
            found.setdefault(css, cost * 2)
        for level, named in enumerate(ancestors):
            for outer, outer_cost in named:
                found.setdefault(f"{outer} {css}", cost * 2 + outer_cost + 1 + level // 3)
    for css, cost in own[:4]:
        for level, named in enumerate(ancestors[:5]):
            for outer, outer_cost in named[:2]:
                for level2, named2 in enumerate(ancestors[level + 1 : 6]):
                    for top, top_cost in named2[:2]:
                        total = cost * 2 + outer_cost + top_cost + 3 + (level + level2) // 3
                        found.setdefault(f"{top} {outer} {css}", total)
    # Last resort: the first or last child among its siblings (wrappers and comments
    # do not change that, unlike a count such as nth-child), and only among a few: the
    # last of many paragraphs is no element of its own.
    parent = element.getparent()
    kin = [c for c in parent if c.tag == element.tag] if parent is not None else []
    edges = (
        ((":first-child", element.getprevious()), (":last-child", element.getnext()))
        if len(kin) <= 2
        else ()
    )
    for edge, sibling in edges:
        while sibling is not None and not isinstance(sibling.tag, str):
            sibling = sibling.getprevious() if edge == ":first-child" else sibling.getnext()
        if sibling is not None:
            continue
        for css, cost in own[:3]:
            found.setdefault(css + edge, cost * 2 + 12)
            for outer, outer_cost in (ancestors[0] if ancestors else [])[:2]:
                found.setdefault(f"{outer} {css}{edge}", cost * 2 + outer_cost + 13)
    yield from sorted(found.items(), key=lambda item: (item[1], len(item[0])))
