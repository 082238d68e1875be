"""The given pages as the suggester reads them: tree, generic article, text lookup.

Each page is parsed once into a :class:`~newsparse.document.Document` (to
look for elements) and once by the generic parser (to learn what each part
says). :class:`Page` finds the elements whose normalised text is a given
text, and builds throw-away layouts to try a selector with.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from newsparse.api import parse
from newsparse.document import HtmlElement, text_of
from newsparse.generic import GenericParser
from newsparse.loader import load
from newsparse.model import Article
from newsparse.sites.base import Layout

#: Elements with more text than this are containers, never a part's element.
_LONGEST_PART = 6000
_SKIP = frozenset(("script", "style", "noscript", "template", "svg", "head", "title", "meta"))


class Page:
    """One given page: its document, its generic article and a text -> elements lookup."""

    def __init__(self, page: bytes | str, url: str | None) -> None:
        self.page = page
        self.url = url
        self.doc = load(page, url).document
        self.article: Article = parse(page, url=url, parser=GenericParser.NAME)

    @cached_property
    def generic(self) -> GenericParser:
        """The generic parser on this page (its ``h1`` and content container are hints)."""
        return GenericParser(self.doc)

    @cached_property
    def structured(self) -> GenericParser:
        """The generic parser reading JSON-LD and meta tags only, as a layout's fallback does."""
        return GenericParser(self.doc, dom=False)

    @cached_property
    def by_text(self) -> dict[str, list[HtmlElement]]:
        """Normalised text -> elements with exactly that text, outermost first."""
        found: dict[str, list[HtmlElement]] = {}
        body = self.doc.root.find("body")
        for element in (body if body is not None else self.doc.root).iter():
            if not isinstance(element.tag, str) or element.tag in _SKIP:
                continue
            raw = element.text_content()
            if not raw.strip() or len(raw) > _LONGEST_PART:
                continue
            found.setdefault(text_of(element), []).append(element)
        return found

    def elements(self, text: str | None) -> list[HtmlElement]:
        """Elements whose normalised text is ``text``, outermost first."""
        return list(self.by_text.get(text, ())) if text else []

    def value(self, layout: type[Layout], part: str) -> Any:
        """What ``layout`` reads for ``part`` on this page (its part method)."""
        return getattr(layout(self.doc), part)()


def trial(**constants: object) -> type[Layout]:
    """A layout with only these constants set: used to try a selector."""
    return type("Trial", (Layout,), dict(constants))


def common_ancestor(elements: list[HtmlElement]) -> HtmlElement | None:
    """The innermost element holding all of ``elements`` (itself, for one)."""
    if not elements:
        return None
    chain = [elements[0], *elements[0].iterancestors()]
    for element in elements[1:]:
        ancestors = {element, *element.iterancestors()}
        chain = [node for node in chain if node in ancestors]
    return chain[0] if chain else None


def within(element: HtmlElement, ancestor: HtmlElement) -> bool:
    """True when ``element`` is ``ancestor`` or inside it."""
    return element is ancestor or any(a is ancestor for a in element.iterancestors())
