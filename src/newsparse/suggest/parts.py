"""Placing the short parts: headline, kicker, teaser, source line, section, authors, published.

Each function learns the part's value on every page from the generic
article, finds the elements that print it, and returns a :class:`Draft`: the
selector constants that read the same value on every page, best first, or
``None`` when no selector does (the part is then left out, never guessed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import attrs

from newsparse.blocks import element_date, is_emphasized
from newsparse.conventions import is_source_line, parse_byline, without_rights_note
from newsparse.document import HtmlElement, text_of
from newsparse.generic.titles import h1_kicker
from newsparse.places import outermost
from newsparse.suggest.candidates import INLINE_TAGS
from newsparse.suggest.choose import Check, choose, text_check, value_check
from newsparse.suggest.pages import Page, within
from newsparse.testing.scoring import token_f1

#: A kicker is a short label: at most this many characters.
_LONGEST_KICKER = 90
_HEADINGS = ("h1", "h2", "h3")
_SEPARATORS = frozenset((":", "-", "–", "—", "|", "·"))


@attrs.define(kw_only=True)
class Draft:
    """A part placed on the given pages: alternatives best first, and what each page holds."""

    part: str
    """The article part (``headline``)."""
    options: list[dict[str, object]]
    """Constant sets that read the part, best first (the next is tried if one drifts)."""
    expected: list[Any]
    """Per page: the value the layout must read."""
    generic: list[Any]
    """Per page: the generic parser's value."""
    texts: list[str | None]
    """Per page: the printed text the selector matched."""


def _single(
    part: str,
    constant: str,
    pages: Sequence[Page],
    expected: list[str | None],
    targets: list[HtmlElement],
    hints: Sequence[str],
) -> Draft | None:
    if not any(expected) or not targets:
        return None
    chain = _same_text_chain(targets)
    found = choose(
        [e for e, _ in chain],
        text_check(pages, expected),
        hints=hints,
        penalties=[p for _, p in chain],
        prefer=_firm(text_check(pages, expected, tight=True)),
    )
    if not found:
        return None
    return Draft(
        part=part,
        options=[{constant: css} for css in found],
        expected=list(expected),
        generic=[getattr(page.article, part) for page in pages],
        texts=list(expected),
    )


def _firm(check: Check) -> Check:
    """``check``, failing a selector whose own compound is a bare inline tag (``header a``):
    that names whatever link or span the next page prints there; and one that names a
    link however qualified (``a:last-child``): a label linked on one page is printed
    plain on the next."""

    def firm(css: str) -> bool:
        own = css.split()[-1]
        return own not in INLINE_TAGS and _LINK.match(own) is None and check(css)

    return firm


#: A compound naming a link element: ``a`` then a class, attribute or pseudo-class.
_LINK = re.compile(r"a(?![\w-])")


def _same_text_chain(targets: list[HtmlElement]) -> list[tuple[HtmlElement, int]]:
    """The targets and their ancestors (three levels) that print the same text, each with
    a cost for its distance from the target (the innermost is the most precise)."""
    chain: dict[HtmlElement, int] = {}
    for element in targets:
        text = text_of(element)
        node: HtmlElement | None = element
        for level in range(4):
            if node is None or text_of(node) != text:
                break
            chain[node] = min(chain.get(node, level), level)
            node = node.getparent()
    return list(chain.items())


def _printed(page: Page, text: str | None) -> list[HtmlElement]:
    return page.elements(text)


def _printed_match(page: Page, css: str) -> HtmlElement | None:
    """The first match of ``css`` that prints text, as a layout reads it (a ``meta`` with
    the same hook in the head matches first and prints nothing)."""
    return next((e for e in page.doc.select(css) if text_of(e)), None)


def headline(pages: Sequence[Page], hints: Sequence[str] = ()) -> Draft | None:
    """The printed headline: the generic headline's element, else the heading most like it."""
    expected: list[str | None] = []
    targets: list[HtmlElement] = []
    for page in pages:
        want = page.article.headline
        found = [
            e for e in _printed(page, want) if e.tag not in ("title", "a") and not _in_breadcrumb(e)
        ]
        if not found:
            found, want = _heading_above_body(page)
        if not found:
            found, want = _closest_heading(page, want)
        split = h1_kicker(found[0]) if found else None
        if split is not None:
            # A kicker span inside the heading: the headline is the span(s) after it.
            inner = [e for e in found[0].iter() if text_of(e) == split[1] and e is not found[0]]
            found, want = (inner[:1], split[1]) if inner else (found, want)
        expected.append(want)
        targets.extend(found[:3])
    return _single("headline", "HEADLINE", pages, expected, targets, hints)


def _heading_above_body(page: Page) -> tuple[list[HtmlElement], str | None]:
    """The last ``h1``/``h2`` printed before the body container, outside breadcrumbs: the
    printed headline where the structured one is an SEO title printed elsewhere."""
    container = page.generic.content_container()
    if container is None:
        return [], None
    last: HtmlElement | None = None
    for element in page.doc.root.iter():
        if element is container:
            break
        if element.tag in ("h1", "h2") and not _in_breadcrumb(element):
            text = text_of(element)
            outside = next(element.iterancestors("nav", "footer", "aside"), None) is None
            if len(text) >= 15 and outside:
                last = element
    if last is None:
        return [], None
    return [last], text_of(last)


def _closest_heading(page: Page, want: str | None) -> tuple[list[HtmlElement], str | None]:
    """The heading printed most like ``want`` (a JSON-LD headline is often an SEO title)."""
    best: tuple[float, HtmlElement] | None = None
    for element in page.doc.select(", ".join(_HEADINGS)):
        text = text_of(element)
        if not text or len(text) > 300:
            continue
        score = token_f1([text], [want]) if want else 0.0
        if element is page.generic.h1():
            score += 0.3  # the generic parser's own choice of printed headline
        if best is None or score > best[0]:
            best = (score, element)
    if best is None or best[0] < 0.5:
        return [], None
    return [best[1]], text_of(best[1])


def kicker(
    pages: Sequence[Page], headline_css: str | None, hints: Sequence[str] = ()
) -> Draft | None:
    """The Dachzeile: the generic kicker where it is printed by the headline, else the
    short label printed right above the headline inside the headline's group."""
    expected: list[str | None] = []
    targets: list[HtmlElement] = []
    for page in pages:
        heading = _printed_match(page, headline_css) if headline_css else page.generic.h1()
        want = page.article.kicker
        if want and want == page.article.section:
            want = None  # the Ressort printed by the headline is the section, not a kicker
        near = [e for e in _printed(page, want) if heading is not None and _near(e, heading)]
        if not near and heading is not None:
            label = _label_above(heading)
            near, want = ([label], text_of(label)) if label is not None else ([], None)
        expected.append(want if near else None)
        targets.extend(near[:2])
    return _single("kicker", "KICKER", pages, expected, targets, hints)


def _near(element: HtmlElement, heading: HtmlElement) -> bool:
    """True when ``element`` sits with ``heading`` in one small group (two levels)."""
    group = heading
    for _ in range(2):
        parent = group.getparent()
        if parent is None:
            break
        group = parent
    return element is not heading and any(a is group for a in element.iterancestors())


def _label_above(heading: HtmlElement) -> HtmlElement | None:
    """The innermost short text printed just before ``heading`` inside its group: the
    nearest of its four closest ancestors that prints anything before it."""
    group = heading
    for _ in range(4):
        parent = group.getparent()
        if parent is None or parent.tag in ("body", "html", "main", "article"):
            return None
        group = parent
        before: HtmlElement | None = None
        holders = set(heading.iterancestors())
        for element in group.iter():
            if element is heading:
                break
            if element in holders or not isinstance(element.tag, str):
                continue
            text = text_of(element)
            if element.tag not in ("script", "style") and text and text not in _SEPARATORS:
                before = element
        if before is None:
            continue
        text = text_of(before)
        if before.tag == "a" and not urlsplit(before.get("href") or "").path.strip("/"):
            return None
        if len(text) > _LONGEST_KICKER or text.endswith("."):
            return None
        if before.tag in ("time", "button", "img", "nav", "li", "a"):
            return None
        return before
    return None


def teaser(
    pages: Sequence[Page], headline_css: str | None = None, hints: Sequence[str] = ()
) -> Draft | None:
    """The printed Vorspann: the generic teaser where printed as a lead (not as a caption),
    else the lead printed right below the headline (the generic one may be a meta
    description), else the body's first paragraph where it is set wholly in bold or
    italics (:func:`_emphasized_lead`)."""
    expected: list[str | None] = []
    targets: list[HtmlElement] = []
    for page in pages:
        want = page.article.teaser
        printed = [e for e in _printed(page, want) if not _aside(e)]
        if not printed:
            heading = _printed_match(page, headline_css) if headline_css else None
            lead = _lead_below(heading, page) if heading is not None else None
            printed, want = ([lead], text_of(lead)) if lead is not None else ([], None)
        expected.append(want)
        targets.extend(printed[:2])
    draft = _single("teaser", "TEASER", pages, expected, targets, hints)
    emphasized = _emphasized_lead(pages, expected)
    if emphasized is None:
        return draft
    if draft is None:
        return emphasized
    # Named by a class, an attribute or an id: kept first. Bare tags (``p strong``) name
    # any bold text; the emphasised first paragraph is the better reading then.
    named = [o for o in draft.options if _named(str(o["TEASER"]))]
    bare = [o for o in draft.options if o not in named]
    draft.options = named + emphasized.options + bare
    return draft


#: The tags a lead set in bold or italics is printed in.
_EMPHASIS = ("strong", "b", "i", "em")
_FIRST_PARAGRAPH = "p:first-of-type"


def _named(css: str) -> bool:
    """True when the element's own compound in ``css`` names more than a bare tag (a
    class, an attribute or an id): ``.lead``, not ``.article strong``."""
    return any(mark in css.split()[-1] for mark in (".", "[", "#"))


def _aside(element: HtmlElement) -> bool:
    """True when ``element`` sits in a figure, caption, navigation, aside or link: a copy
    of the teaser there (an image caption, a card) is not where the page prints its lead."""
    places = ("figure", "figcaption", "nav", "aside", "footer", "a")
    return element.tag in places or any(a.tag in places for a in element.iterancestors())


def _emphasized_lead(pages: Sequence[Page], expected: list[str | None]) -> Draft | None:
    """The lead as the body container's first paragraph, when set wholly in bold or
    italics (``TEASER_EMPHASIS``; ``TEASER_IN_BODY`` keeps it out of the body).

    Positional, so only where nothing else names it: a plain ``p`` that is the first
    ``p`` of its parent, whose text is the teaser or the generic body's first
    paragraph, on every page.
    """
    parents: list[HtmlElement] = []
    leads: list[str] = []
    for page, want in zip(pages, expected, strict=True):
        texts = [want] if want else []
        texts += [b.text for b in page.article.body[:2]]
        lead = next(
            (
                e
                for text in texts
                for e in page.elements(text)
                if e.tag == "p" and _first_paragraph(e) and is_emphasized(e, _EMPHASIS)
            ),
            None,
        )
        parent = lead.getparent() if lead is not None else None
        if lead is None or parent is None:
            return None
        parents.append(parent)
        leads.append(text_of(lead))
    fixed: dict[str, object] = {"TEASER_EMPHASIS": _EMPHASIS, "TEASER_IN_BODY": True}
    check = value_check(pages, leads, "teaser", "TEASER", fixed=fixed)
    found = choose(parents[:2], lambda css: check(f"{css} {_FIRST_PARAGRAPH}"))
    if not found:
        return None
    return Draft(
        part="teaser",
        options=[{"TEASER": f"{css} {_FIRST_PARAGRAPH}", **fixed} for css in found],
        expected=list(leads),
        generic=[page.article.teaser for page in pages],
        texts=list(leads),
    )


def _first_paragraph(element: HtmlElement) -> bool:
    """True when no ``p`` comes before ``element`` among its siblings."""
    previous = element.getprevious()
    while previous is not None:
        if previous.tag == "p":
            return False
        previous = previous.getprevious()
    return True


#: A lead has at least this many characters.
_SHORTEST_LEAD = 60
_NOT_LEAD = ("figure", "figcaption", "picture", "img", "script", "style", "time", "address")


def _lead_below(heading: HtmlElement, page: Page) -> HtmlElement | None:
    """The first long text after ``heading`` in its group that is no body paragraph.

    A text the generic body holds is the body's beginning, unless the group it was
    found in holds little of the body (the generic body then took in the header too).
    """
    body = [block.text for block in page.article.body]
    group = heading
    for _ in range(6):
        parent = group.getparent()
        if parent is None or parent.tag in ("body", "html", "main"):
            return None
        group = parent
        after = False
        for element in group.iter():
            if element is heading:
                after = True
                continue
            if not after or not isinstance(element.tag, str) or within(element, heading):
                continue
            if element.tag in _NOT_LEAD or any(a.tag in _NOT_LEAD for a in element.iterancestors()):
                continue
            if next(element.iter(*_NOT_LEAD), None) is not None:
                continue  # it holds a picture, a date or a byline: a wrapper, not the lead
            text = text_of(element)
            if len(text) < _SHORTEST_LEAD:
                continue
            if any(text in b or b in text for b in body) and _holds_body(group, body):
                return None  # the body begins: no lead between it and the headline
            inner = [c for c in element if isinstance(c.tag, str) and text_of(c) == text]
            return inner[0] if inner else element
    return None


def _holds_body(group: HtmlElement, body: list[str]) -> bool:
    """True when ``group`` prints at least half of the body's blocks."""
    printed = text_of(group)
    return sum(text in printed for text in body) * 2 >= len(body)


def source(pages: Sequence[Page], hints: Sequence[str] = ()) -> Draft | None:
    """The source line (``Quelle: ntv.de``), as the generic parser read it.

    The element may print a rights notice after the line (``© SZ - Rechte am Artikel
    ...``): the layout leaves it out as the generic parser does, so the element is
    found by the line it reads; every match must print that line (as the other short
    parts' matches must print their text), and a layout must read it.
    """
    expected: list[str | None] = []
    targets: list[HtmlElement] = []
    for page in pages:
        want = page.article.source.raw if page.article.source else None
        printed = _source_elements(page, want)
        if not printed:
            line = _source_line(page)
            want = _line_of(text_of(line)) if line is not None else None
            printed = [line] if line is not None else []
        expected.append(want)
        targets.extend(printed[:1])
    if not any(expected) or not targets:
        return None
    prints = text_check(pages, expected, read=_line_of)
    reads = value_check(pages, expected, "source", "SOURCE", raw=True)
    found = choose(targets[:3], lambda css: prints(css) and reads(css), hints=hints)
    if not found:
        return None
    return Draft(
        part="source",
        options=[{"SOURCE": css} for css in found],
        expected=list(expected),
        generic=[page.article.source for page in pages],
        texts=list(expected),
    )


def _line_of(text: str) -> str:
    """What a layout reads of an element printing ``text``: the line without a notice."""
    return text if is_source_line(text) else without_rights_note(text)


def _source_elements(page: Page, want: str | None) -> list[HtmlElement]:
    """Elements printing ``want``, alone or with a rights notice after it, innermost last."""
    if not want:
        return []
    found = list(_printed(page, want))
    for text, elements in page.by_text.items():
        if text != want and text.startswith(want) and without_rights_note(text) == want:
            found.extend(elements)
    return found


#: A source line is short.
_LONGEST_SOURCE = 120


def _source_line(page: Page) -> HtmlElement | None:
    """The last short source line (``Quelle: ntv.de``, ``mit dpa``, ``© SZ``) printed in
    the article (the generic parser leaves many in the body or after it), a rights
    notice after it left out."""
    root = page.generic.article_root()
    if root is None:
        return None
    scope = root.getparent() if root.getparent() is not None else root
    found = None
    for element in scope.iter():
        if not isinstance(element.tag, str) or element.tag in _NOT_LEAD:
            continue
        text = text_of(element)
        if not text or len(text) > _LONGEST_SOURCE or not is_source_line(_line_of(text)):
            continue
        if any(a.tag in ("figure", "figcaption", "nav", "footer") for a in element.iterancestors()):
            continue
        found = element
    return found


def section_stated(pages: Sequence[Page]) -> bool:
    """True when every page states its section in JSON-LD or meta tags as the generic
    parser reads it: the layout then takes it from there, with no selector (a site's
    structured data outlives a redesign; a breadcrumb may be missing from the next page)."""
    for page in pages:
        stated = page.structured.section().value
        if not stated or stated != page.article.section:
            return False
    return True


def section(pages: Sequence[Page], hints: Sequence[str] = ()) -> Draft | None:
    """The Ressort: a breadcrumb link (``BREADCRUMB``) or an element of its own (``SECTION``)."""
    expected = [page.article.section for page in pages]
    links: list[HtmlElement] = []
    labels: list[HtmlElement] = []
    for page, want in zip(pages, expected, strict=True):
        for element in _printed(page, want):
            link = element if element.tag == "a" else _inner_link(element)
            if link is not None and _in_breadcrumb(link):
                links.append(link)
            elif element.tag not in ("title", "option"):
                labels.append(element)
    generic = [page.article.section for page in pages]
    if links:
        found = choose(links[:2], value_check(pages, expected, "section", "BREADCRUMB"))
        if found:
            options: list[dict[str, object]] = [{"BREADCRUMB": css} for css in found]
            return Draft(
                part="section", options=options, expected=expected, generic=generic, texts=expected
            )
    return _single("section", "SECTION", pages, list(expected), labels[:3], hints)


def _inner_link(element: HtmlElement) -> HtmlElement | None:
    links = [a for a in element.iter("a") if text_of(a) == text_of(element)]
    return links[0] if links else None


def _in_breadcrumb(element: HtmlElement) -> bool:
    """True when an ancestor says it is a breadcrumb (class, id, ``itemtype``, ``typeof``,
    ``aria-label``, any attribute) or is labelled "Brotkrumen"."""
    for ancestor in element.iterancestors():
        words = " ".join(ancestor.attrib.values()).lower()
        if "breadcrumb" in words or "brotkrumen" in words:
            return True
    return False


def authors(pages: Sequence[Page], hints: Sequence[str] = ()) -> Draft | None:
    """Byline elements whose names are the generic parser's authors."""
    expected = [page.article.authors for page in pages]
    if not all(expected):
        return None
    targets: list[HtmlElement] = []
    for page, names in zip(pages, expected, strict=True):
        bylines = [
            e
            for text, found in page.by_text.items()
            if names[0] in text and len(text) < 300
            for e in found
            if set(parse_byline(text)) >= set(names)
        ]
        if bylines:
            targets.extend(bylines[-2:])  # innermost last
        else:  # one element per name
            for name in names:
                targets.extend(e for e in page.elements(name) if parse_byline(name))
    if not targets:
        return None
    found = choose(outermost(targets)[:4], value_check(pages, expected, "authors", "AUTHORS"))
    if not found:
        found = choose(targets[:4], value_check(pages, expected, "authors", "AUTHORS"))
    if not found:
        return None
    return Draft(
        part="authors",
        options=[{"AUTHORS": css} for css in found],
        expected=list(expected),
        generic=list(expected),
        texts=[", ".join(names) for names in expected],
    )


def published(pages: Sequence[Page], hints: Sequence[str] = ()) -> Draft | None:
    """The element whose date is the generic publication time (``time[datetime]`` mostly)."""
    expected = [page.article.published for page in pages]
    if not all(expected):
        return None
    targets: list[HtmlElement] = []
    for page, when in zip(pages, expected, strict=True):
        targets.extend(_dated(page, when)[:2])
    if not targets:
        return None
    found = choose(targets, value_check(pages, expected, "published", "PUBLISHED"), hints=hints)
    if not found:
        return None
    return Draft(
        part="published",
        options=[{"PUBLISHED": css} for css in found],
        expected=list(expected),
        generic=list(expected),
        texts=[when.isoformat() if when else None for when in expected],
    )


def _dated(page: Page, when: datetime | None) -> list[HtmlElement]:
    found = []
    for element in page.doc.select("time, [datetime], [itemprop='datePublished']"):
        if element.tag == "meta":
            continue
        if element_date(element, "Europe/Berlin") == when:
            found.append(element)
    return found
