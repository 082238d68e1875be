"""One declaration per article part: its name, value type, selectors and how it is read.

Every reader of a page answers for a part through one typed interface: a site
layout through its part method (wrapped as ``Found(value, "site")``), the
generic parser through its method of the same name, which returns
:class:`Found` itself. :mod:`newsparse.assemble` merges the answers, part by
part, from these declarations; no part is looked up by a string name.

>>> from newsparse.parts import HEADLINE, PARTS
>>> HEADLINE.name, HEADLINE.printed_only, HEADLINE.selectors
('headline', True, ('HEADLINE',))
>>> len(PARTS), PARTS[0].name, PARTS[-1].name
(11, 'section', 'topics')
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Generic, TypeVar

import attrs

from newsparse import plausible
from newsparse.model import Article, Block, Image, Origin, Part, SourceLine

if TYPE_CHECKING:
    from newsparse.generic.parser import GenericParser
    from newsparse.sites.base import Layout

T = TypeVar("T")


@attrs.frozen
class Found(Generic[T]):
    """A part's value and where it came from."""

    value: T
    """The value; ``None`` or ``()`` when nothing was found."""
    origin: Origin
    """Which signal gave it: ``site``, ``jsonld``, ``meta``, ``dom`` ..."""

    @property
    def empty(self) -> bool:
        """True when nothing was found (``None``, ``()`` or ``""``)."""
        return self.value is None or self.value == () or self.value == ""


@attrs.frozen(kw_only=True)
class PartSpec(Generic[T]):
    """How one part is declared, read and merged."""

    name: Part
    """The part's name, as reports and ``REQUIRED`` sets spell it."""
    empty: T
    """The value of a part that was not found (``None`` or ``()``)."""
    printed_only: bool
    """True for what only the printed page says (kicker, headline, teaser, body,
    source line): a layout without an element for it never takes it from JSON-LD
    or meta tags."""
    selectors: tuple[str, ...]
    """The ``Layout`` constants whose selectors read this part."""
    site: Callable[[Layout], T]
    """Reads the part through a site layout."""
    generic: Callable[[GenericParser], Found[T]]
    """Reads the part through the generic parser."""
    get: Callable[[Article], T]
    """Reads the part back from an article."""
    plausible: Callable[[T, T], bool]
    """Whether a value an older layout's selector found on a drifted page is
    believable, given the generic parser's value (:mod:`newsparse.plausible`)."""


SECTION: PartSpec[str | None] = PartSpec(
    name="section",
    empty=None,
    printed_only=False,
    selectors=("SECTION", "BREADCRUMB"),
    site=lambda layout: layout.section(),
    generic=lambda parser: parser.section(),
    get=lambda article: article.section,
    plausible=plausible.label,
)
KICKER: PartSpec[str | None] = PartSpec(
    name="kicker",
    empty=None,
    printed_only=True,
    selectors=("KICKER",),
    site=lambda layout: layout.kicker(),
    generic=lambda parser: parser.kicker(),
    get=lambda article: article.kicker,
    plausible=plausible.kicker,
)
HEADLINE: PartSpec[str | None] = PartSpec(
    name="headline",
    empty=None,
    printed_only=True,
    selectors=("HEADLINE",),
    site=lambda layout: layout.headline(),
    generic=lambda parser: parser.headline(),
    get=lambda article: article.headline,
    plausible=plausible.headline,
)
TEASER: PartSpec[str | None] = PartSpec(
    name="teaser",
    empty=None,
    printed_only=True,
    selectors=("TEASER",),
    site=lambda layout: layout.teaser(),
    generic=lambda parser: parser.teaser(),
    get=lambda article: article.teaser,
    plausible=plausible.teaser,
)
BODY: PartSpec[tuple[Block, ...]] = PartSpec(
    name="body",
    empty=(),
    printed_only=True,
    selectors=("BODY",),
    site=lambda layout: layout.body(),
    generic=lambda parser: parser.body(),
    get=lambda article: article.body,
    plausible=plausible.body,
)
IMAGES: PartSpec[tuple[Image, ...]] = PartSpec(
    name="images",
    empty=(),
    printed_only=False,
    selectors=("IMAGES",),
    site=lambda layout: layout.images(),
    generic=lambda parser: parser.images(),
    get=lambda article: article.images,
    plausible=plausible.images,
)
SOURCE: PartSpec[SourceLine | None] = PartSpec(
    name="source",
    empty=None,
    printed_only=True,
    selectors=("SOURCE",),
    site=lambda layout: layout.source(),
    generic=lambda parser: parser.source(),
    get=lambda article: article.source,
    plausible=plausible.source,
)
AUTHORS: PartSpec[tuple[str, ...]] = PartSpec(
    name="authors",
    empty=(),
    printed_only=False,
    selectors=("AUTHORS",),
    site=lambda layout: layout.authors(),
    generic=lambda parser: parser.authors(),
    get=lambda article: article.authors,
    plausible=plausible.authors,
)
PUBLISHED: PartSpec[datetime | None] = PartSpec(
    name="published",
    empty=None,
    printed_only=False,
    selectors=("PUBLISHED",),
    site=lambda layout: layout.published(),
    generic=lambda parser: parser.published(),
    get=lambda article: article.published,
    plausible=plausible.date,
)
MODIFIED: PartSpec[datetime | None] = PartSpec(
    name="modified",
    empty=None,
    printed_only=False,
    selectors=("MODIFIED",),
    site=lambda layout: layout.modified(),
    generic=lambda parser: parser.modified(),
    get=lambda article: article.modified,
    plausible=plausible.date,
)
TOPICS: PartSpec[tuple[str, ...]] = PartSpec(
    name="topics",
    empty=(),
    printed_only=False,
    selectors=("TOPICS",),
    site=lambda layout: layout.topics(),
    generic=lambda parser: parser.topics(),
    get=lambda article: article.topics,
    plausible=plausible.topics,
)

AnyPart = (
    PartSpec[str | None]
    | PartSpec[tuple[Block, ...]]
    | PartSpec[tuple[Image, ...]]
    | PartSpec[SourceLine | None]
    | PartSpec[tuple[str, ...]]
    | PartSpec[datetime | None]
)
"""Any one of the part declarations."""

#: Every part, in article order.
PARTS: tuple[AnyPart, ...] = (
    SECTION,
    KICKER,
    HEADLINE,
    TEASER,
    BODY,
    IMAGES,
    SOURCE,
    AUTHORS,
    PUBLISHED,
    MODIFIED,
    TOPICS,
)

#: Each part's declaration by its name.
BY_NAME: dict[Part, AnyPart] = {spec.name: spec for spec in PARTS}
