"""The base of every site parser: a :class:`Layout` per page design, a :class:`Site` per publisher.

A layout names, as class constants, the CSS selector of each part of the
site's article page. The default methods turn those selectors into parts
through :mod:`newsparse.blocks` and :mod:`newsparse.conventions`; a layout
overrides a method only where a selector is not enough. A redesign is a
subclass of the older layout that overrides only what changed.

A constant left ``None`` means the page has no such element: section, authors,
dates, topics and images are then taken from the page's JSON-LD or meta tags,
if they have them; kicker, headline, teaser, body and source line are not. Parts named in
``REQUIRED`` must be found; a miss is recorded in the report and the generic
parser fills the part in.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import Any, ClassVar
from urllib.parse import urlsplit

import attrs

from newsparse.blocks import (
    body_blocks,
    element_date,
    figure_image,
    is_emphasized,
    is_teaser_figure,
)
from newsparse.conventions import parse_byline, parse_source_line, without_rights_note
from newsparse.document import Document, HtmlElement, text_of
from newsparse.model import Block, Image, Part, SourceLine
from newsparse.parts import PARTS, PartSpec
from newsparse.sites.profile import Profile


class UseFallback(Exception):
    """Raised by a layout that sees it cannot parse this page; the generic parser takes over."""


class Layout:
    """One design of a site's article page. Subclass it and set the selectors."""

    NAME: ClassVar[str] = "default"
    """Short layout name shown in reports, e.g. ``2025``."""
    MARKER: ClassVar[str | None] = None
    """Selector found only on pages of this layout; ``None`` matches every page."""
    REQUIRED: ClassVar[frozenset[Part]] = frozenset({"headline", "body"})
    """Parts this layout must find; a miss is reported and filled by fallback."""
    UNPLACED: ClassVar[frozenset[Part]] = frozenset()
    """Parts the page may print that this layout has no selector for: the generic
    parser reads them (a drafted layout lists what it could not place)."""
    TIMEZONE: ClassVar[str | None] = None
    """Zone for dates printed without an offset; ``None``: the zone of the site's
    country (:attr:`Profile.country <newsparse.sites.profile.Profile.country>`)."""

    SECTION: ClassVar[str | None] = None
    BREADCRUMB: ClassVar[str | None] = None
    """Selector of breadcrumb links; without ``SECTION``, the section is the first
    breadcrumb below the home page."""
    KICKER: ClassVar[str | None] = None
    HEADLINE: ClassVar[str | None] = None
    TEASER: ClassVar[str | None] = None
    TEASER_EMPHASIS: ClassVar[tuple[str, ...]] = ()
    """Tags (``("strong", "b")``) the teaser must be set in wholly; the first
    ``TEASER`` match counts only then. Empty: any text counts."""
    TEASER_IN_BODY: ClassVar[bool] = False
    """True when the teaser is printed as the body's first paragraph: it is left out of the body."""
    BODY: ClassVar[str | None] = None
    """Selector of the body container(s); blocks are read from inside."""
    PARAGRAPHS: ClassVar[str] = "p"
    """Selector of paragraphs inside the body container."""
    SUBHEADINGS: ClassVar[str] = "h2, h3, h4"
    """Selector of subheadings inside the body container."""
    BOILERPLATE: ClassVar[str | None] = None
    """Selector of elements inside the body that are not article text."""
    IMAGES: ClassVar[str | None] = None
    """Selector of figure-like elements, one per image."""
    IMAGE_CAPTION: ClassVar[str | None] = "figcaption"
    IMAGE_CREDIT: ClassVar[str | None] = None
    """Credit element inside the figure; ``None``: split it off the caption."""
    SOURCE: ClassVar[str | None] = None
    SOURCE_INITIALS: ClassVar[bool] = False
    """True when the ``SOURCE`` element may hold bare Kürzel (``(kas)``), read as editors."""
    AUTHORS: ClassVar[str | None] = None
    """Selector of byline or author-name elements (each is read as a byline)."""
    PUBLISHED: ClassVar[str | None] = None
    MODIFIED: ClassVar[str | None] = None
    TOPICS: ClassVar[str | None] = None
    PAYWALL: ClassVar[str | None] = None
    """Selector present only when the article is behind a paywall."""

    def __init__(self, doc: Document, tz: str | None = None) -> None:
        self.doc = doc
        self.tz = self.TIMEZONE or tz or "Europe/Berlin"
        """The zone dates printed without an offset are read in."""

    @classmethod
    def matches(cls, doc: Document) -> bool:
        """True when ``doc`` is a page of this layout."""
        return cls.MARKER is None or doc.select_one(cls.MARKER) is not None

    @classmethod
    def provides(cls, part: PartSpec[Any]) -> bool:
        """True when this layout reads ``part`` itself (a selector or an overridden method)."""
        if any(getattr(cls, name) is not None for name in part.selectors):
            return True
        return getattr(cls, part.name) is not getattr(Layout, part.name)

    @classmethod
    def parts(cls) -> tuple[Part, ...]:
        """The parts this layout reads itself, in article order."""
        return tuple(spec.name for spec in PARTS if cls.provides(spec))

    @classmethod
    def selectors(cls) -> dict[Part, str]:
        """Part -> the selector text this layout reads it with (parts read by a constant)."""
        found: dict[Part, str] = {}
        for spec in PARTS:
            values = [getattr(cls, name) for name in spec.selectors]
            text = ", ".join(value for value in values if isinstance(value, str))
            if text:
                found[spec.name] = text
        return found

    # -- one method per part; override only where a selector is not enough --

    def section(self) -> str | None:
        """The Ressort: the ``SECTION`` element, else the first breadcrumb below the home page."""
        if self.SECTION is not None or self.BREADCRUMB is None:
            return self._text(self.SECTION)
        return self._breadcrumb()

    def kicker(self) -> str | None:
        """The Dachzeile."""
        return self._text(self.KICKER)

    def headline(self) -> str | None:
        """The headline."""
        return self._text(self.HEADLINE)

    def teaser(self) -> str | None:
        """The Vorspann; with ``TEASER_EMPHASIS``, only when set wholly in those tags."""
        if self.TEASER is None or not self.TEASER_EMPHASIS:
            return self._text(self.TEASER)
        first = self.doc.select_one(self.TEASER)
        if first is None or not is_emphasized(first, self.TEASER_EMPHASIS):
            return None
        return text_of(first) or None

    def body(self) -> tuple[Block, ...]:
        """Paragraphs and subheadings in order."""
        if self.BODY is None:
            return ()
        blocks = body_blocks(
            self.doc.select(self.BODY),
            paragraphs=self.PARAGRAPHS,
            subheadings=self.SUBHEADINGS,
            exclude=partial(self.doc.within, self.BOILERPLATE) if self.BOILERPLATE else None,
        )
        if self.TEASER_IN_BODY and blocks:
            teaser = self.teaser()
            if teaser and blocks[0].text == teaser:
                return blocks[1:]
        return blocks

    def images(self) -> tuple[Image, ...]:
        """Images with caption and credit; the first one is the cover."""
        if self.IMAGES is None:
            return ()
        found: list[Image] = []
        for element in self.doc.select(self.IMAGES):
            image = self.image(element, is_cover=not found)
            if image is None:
                continue
            if is_teaser_figure(self.doc, element, credited=image.credit is not None):
                continue  # a card for another article, however the layout reads its images
            found.append(image)
        return tuple(found)

    def image(self, element: HtmlElement, *, is_cover: bool) -> Image | None:
        """One image from an ``IMAGES`` match; ``None`` leaves the element out."""
        return figure_image(
            self.doc,
            element,
            caption=self.IMAGE_CAPTION,
            credit=self.IMAGE_CREDIT,
            is_cover=is_cover,
        )

    def source(self) -> SourceLine | None:
        """The source line, parsed, without a rights notice after it; the raw text alone
        if it does not parse."""
        text = self._text(self.SOURCE)
        if not text:
            return None
        line = parse_source_line(text, initials=self.SOURCE_INITIALS)
        if line is None:  # "© SZ/stga - Rechte am Artikel ...": the notice is no part of it
            text = without_rights_note(text)
            line = parse_source_line(text, initials=self.SOURCE_INITIALS)
        return line or SourceLine(raw=text)

    def authors(self) -> tuple[str, ...]:
        """Author names from the byline element(s)."""
        if self.AUTHORS is None:
            return ()
        names: dict[str, None] = {}
        for text in self.doc.texts(self.AUTHORS):
            names.update(dict.fromkeys(parse_byline(text)))
        return tuple(names)

    def published(self) -> datetime | None:
        """Publication time."""
        return self._date(self.PUBLISHED)

    def modified(self) -> datetime | None:
        """Time of the last update."""
        return self._date(self.MODIFIED)

    def topics(self) -> tuple[str, ...]:
        """Topic tags."""
        if self.TOPICS is None:
            return ()
        return tuple(dict.fromkeys(self.doc.texts(self.TOPICS)))

    def paywalled(self) -> bool | None:
        """True when the paywall element is present; ``None`` when the layout has none."""
        if self.PAYWALL is None:
            return None
        return self.doc.select_one(self.PAYWALL) is not None

    # -- helpers ----------------------------------------------------------

    def _breadcrumb(self) -> str | None:
        """The first ``BREADCRUMB`` link below the home page (a link with a path)."""
        for link in self.doc.select(self.BREADCRUMB or ""):
            text = text_of(link)
            if text and urlsplit(link.get("href") or "").path.strip("/"):
                return text
        return None

    def _text(self, selector: str | None) -> str | None:
        return self.doc.text(selector) if selector else None

    def _date(self, selector: str | None) -> datetime | None:
        if selector is None:
            return None
        for element in self.doc.select(selector):
            value = element_date(element, self.tz)
            if value is not None:
                return value
        return None


@attrs.frozen(kw_only=True)
class Site:
    """A publisher's site parser, declared in one place: names, domains, layouts.

    The registry finds it as the ``SITE`` attribute of a module in
    :mod:`newsparse.sites`, or through the ``newsparse.sites`` entry-point group.
    """

    name: str
    """Registry name, lower-case, e.g. ``ntv``."""
    title: str
    """The publisher's name as readers know it, e.g. ``n-tv``."""
    domains: tuple[str, ...] = ()
    """Host names it serves articles from; subdomains match too (``www.n-tv.de``).
    A site without domains is chosen only by ``parse(parser=site)``."""
    layouts: tuple[type[Layout], ...]
    """Layouts to try in order; the first whose marker matches is used."""
    language: str = "de"
    """Language of the site's pages when the page does not say."""
    profile: Profile = attrs.field(factory=Profile)
    """What the site parser knows that is not layout; applied to every page of the site."""
    family: str | None = None
    """The publishing group whose page templates the site shares (``Funke``), if any."""

    def layout_for(self, doc: Document) -> type[Layout]:
        """The first layout that matches ``doc``; :class:`UseFallback` when none does."""
        for layout in self.layouts:
            if layout.matches(doc):
                return layout
        templates = f", the {self.family} templates" if self.family else ""
        raise UseFallback(
            f"the page matches none of the {self.title} layouts "
            f"({', '.join(layout.NAME for layout in self.layouts)}{templates})"
        )
