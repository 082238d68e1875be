"""The section (Ressort) of a page: breadcrumbs, ``articleSection``, meta tags, the URL path.

A breadcrumb trail (``Startseite › Politik › Ausland › <headline>``) names the
section as its first crumb after the site's own name; an umbrella such as
``Nachrichten`` gives way to the crumb after it. Trails come from a JSON-LD
``BreadcrumbList`` or from the page: a ``nav`` whose ``aria-label`` says
breadcrumb, a list or box whose class words do, else a microdata
``BreadcrumbList``. Without a trail the URL's first path segment is a section
when it is a word, not an id or a year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from newsparse.climb import Climb
from newsparse.conventions import HOME_CRUMBS, UMBRELLA_CRUMBS, normalize, path_section
from newsparse.document import Document, HtmlElement
from newsparse.generic.container import class_words, key, name_key, outside_runs
from newsparse.generic.jsonld import ld_text, ld_types
from newsparse.texts import text_of

# The German word lists (home and umbrella crumbs, path segments that are no
# section) live in newsparse.conventions.
_CRUMB_WORDS = frozenset({"breadcrumb", "breadcrumbs", "crumbs", "crumb", "brotkrumen"})
_MAX_CRUMB_CHARS = 60
#: Tags of a breadcrumb box.
_CRUMB_BOXES = ("nav", "ol", "ul", "div", "p")
#: "Crumb" as a class or aria-label spells it (``breadcrumb``, ``BreadCrumb``).
_CRUMB_CASE = str.maketrans("BC", "bc")


def own_names(doc: Document, ld: dict[str, Any]) -> tuple[str, ...]:
    """Keys of the names the site calls itself: site name, publisher, host."""
    names = [doc.meta_value("og:site_name", "application-name") or ""]
    publisher = ld.get("publisher")
    if isinstance(publisher, dict):
        names.append(ld_text(publisher.get("name")) or "")
    if doc.url:
        host = re.sub(r"^https?://(?:www\.)?", "", doc.url).split("/")[0]
        names.append(host.rsplit(".", 1)[0] if "." in host else host)
    return tuple(k for k in (name_key(n) for n in names) if len(k) >= 3)


def ld_breadcrumbs(doc: Document) -> tuple[str, ...]:
    """The crumb names of the page's first JSON-LD ``BreadcrumbList``, in order."""
    for item in doc.jsonld:
        if "BreadcrumbList" not in ld_types(item):
            continue
        elements = item.get("itemListElement")
        if not isinstance(elements, list):
            continue
        listed = [e for e in elements if isinstance(e, dict)]
        listed.sort(key=_position)
        names = tuple(n for n in (_crumb_name(e) for e in listed) if n)
        if names:
            return names
    return ()


def _position(element: dict[str, Any]) -> float:
    value = element.get("position")
    try:
        return float(value) if value is not None else 0.0
    except (TypeError, ValueError):
        return 0.0


def _crumb_name(element: dict[str, Any]) -> str | None:
    name = ld_text(element.get("name"))
    item = element.get("item")
    if not name and isinstance(item, dict):
        name = ld_text(item.get("name"))
    return name


def dom_breadcrumbs(
    root: HtmlElement, runs: frozenset[HtmlElement] = frozenset()
) -> tuple[str, ...]:
    """The crumbs of the page's first breadcrumb ``nav``, list or box, else of its first
    schema.org microdata trail, not looking inside ``runs`` (the boxes of short items
    :func:`~newsparse.generic.container.measure` found)."""
    # Boxes that gave no crumbs and hold no list item: a box inside one reads a part of
    # the same links, so it gives none either and is not read (nested boxes would each
    # read everything below them again).
    barren: set[HtmlElement] = set()
    in_barren = Climb(barren.__contains__)
    typed: list[HtmlElement] = []
    for element in _crumb_boxes(root, runs):
        label = (element.get("aria-label") or "").lower()
        if "breadcrumb" not in label and not class_words(element) & _CRUMB_WORDS:
            if len(typed) < _MAX_TRAILS:
                typed.append(element)  # a microdata trail, read if no named box gives crumbs
            continue
        if in_barren(element):
            continue
        items = list(element.iter("li"))
        crumbs = _crumbs_in(items or list(element.iter("a")))
        if crumbs:
            return crumbs
        if not items:
            barren.add(element)
    for trail in typed:
        crumbs = _microdata_crumbs(trail)
        if crumbs:
            return crumbs
    return ()


#: Microdata trails read, and items read of each: a page prints a trail or two of a
#: few crumbs.
_MAX_TRAILS = 4
_MAX_ITEMS = 12


def _microdata_crumbs(trail: HtmlElement) -> tuple[str, ...]:
    """The crumbs of a schema.org microdata trail (``itemtype`` a ``BreadcrumbList``):
    each ``itemListElement``'s ``name`` (an element's text or a ``meta``'s content),
    else the item's text.

    One walk of the trail: a ``name`` belongs to the item that opened last.
    """
    items: list[HtmlElement] = []
    names: dict[HtmlElement, str] = {}
    for element in trail.iter():
        if not isinstance(element.tag, str):
            continue
        properties = (element.get("itemprop") or "").split()
        if "itemListElement" in properties:
            if len(items) == _MAX_ITEMS:
                break
            items.append(element)
        elif "name" in properties and items and items[-1] not in names:
            value = element.get("content") if element.tag == "meta" else text_of(element)
            names[items[-1]] = value or ""
    return _crumbs(names.get(item) or text_of(item) for item in items)


def _crumb_boxes(root: HtmlElement, runs: frozenset[HtmlElement]) -> Iterator[HtmlElement]:
    """Boxes whose class or aria-label mentions crumbs, or typed as a schema.org
    ``BreadcrumbList`` (microdata), in page order.

    lxml's C walk visits only the box tags; an XPath with the same test costs
    two to five times as much (it compares every element's attributes).
    """
    for element in outside_runs(root, runs, *_CRUMB_BOXES):
        value = element.get("class")
        if value and _mentions_crumb(value):
            yield element
            continue
        value = element.get("aria-label")
        if value and _mentions_crumb(value):
            yield element
            continue
        value = element.get("itemtype")
        if value and "BreadcrumbList" in value:
            yield element


def _mentions_crumb(value: str) -> bool:
    """True when ``value`` holds "crumb" with either first or last letter in capitals.

    Those two letters are all the case fold changes, so "rum" is in every such value:
    found first, in C, it spares nearly every value the fold.
    """
    return "rum" in value and "crumb" in value.translate(_CRUMB_CASE)


def _crumbs_in(items: list[HtmlElement]) -> tuple[str, ...]:
    """The texts of a trail's items (its list items, else its links), once each."""
    return _crumbs(text_of(item) for item in items)


def _crumbs(texts: Iterator[str]) -> tuple[str, ...]:
    """Crumbs from their printed texts: separators trimmed, none empty or too long, once
    each."""
    trimmed = (normalize(text).strip(" >›»/|") for text in texts)
    return tuple(dict.fromkeys(t for t in trimmed if t and len(t) <= _MAX_CRUMB_CHARS))


def section_of_crumbs(
    crumbs: tuple[str, ...], site_names: tuple[str, ...], headline: str | None
) -> str | None:
    """The section a trail names: the first crumb after home and site name, umbrellas passed."""
    headline_key = key(headline or "")
    kept = []
    for index, crumb in enumerate(crumbs):
        folded = crumb.casefold()
        crumb_key = name_key(crumb)
        if folded in HOME_CRUMBS or not crumb_key:
            continue
        if any(crumb_key == n or crumb_key.startswith(n) for n in site_names if len(n) >= 3):
            continue
        if index == 0 and len(crumb_key) >= 3 and any(crumb_key in n for n in site_names):
            continue  # the first crumb, an abbreviation of the site's name: ``WDR``
        if "." in crumb and " " not in crumb:  # a host name: ``ntv.de``
            continue
        if headline_key and (key(crumb) == headline_key or len(crumb) > _MAX_CRUMB_CHARS):
            continue
        kept.append(crumb)
    if len(kept) > 1 and len(kept[-1]) > 40:
        kept.pop()  # the article's own title, worded other than the headline
    for index, crumb in enumerate(kept):
        if crumb.casefold() in UMBRELLA_CRUMBS and index + 1 < len(kept):
            continue
        return crumb
    return None


def url_section(url: str | None) -> str | None:
    """The URL's section (:func:`~newsparse.conventions.path_section`) from either of
    its first two segments, for a site whose paths the parser does not know."""
    return path_section(url, look=2)
