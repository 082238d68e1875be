"""The parts of a German news article, as frozen attrs classes.

Every class is immutable and slotted; collections are tuples; an absent value
is ``None`` or ``()``. ``Article.to_dict`` and ``Article.from_dict`` convert
to and from plain JSON data, and the round trip gives an equal article.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Literal, get_args

import attrs

#: The names of an article's parts, as used in reports and ``REQUIRED`` sets.
#: Each part is declared once, with its type and how it is read, in :mod:`newsparse.parts`.
Part = Literal[
    "section",
    "kicker",
    "headline",
    "teaser",
    "body",
    "images",
    "source",
    "authors",
    "published",
    "modified",
    "topics",
]
#: The part names in article order.
PARTS: tuple[Part, ...] = get_args(Part)

#: Where a part's value came from: a site layout's selectors (``site``), the
#: page's JSON-LD or meta tags, the generic parser's DOM reading, the generic
#: parser filling a required part a layout missed (``fallback``), the site's
#: layout-independent profile (``profile``), or an older layout's selector tried
#: on a page that matched no layout (``rescue``).
Origin = Literal["site", "jsonld", "meta", "dom", "fallback", "profile", "rescue"]


@attrs.frozen(kw_only=True)
class Paragraph:
    """A paragraph of body text."""

    text: str
    """The paragraph's text, whitespace collapsed, soft hyphens removed."""


@attrs.frozen(kw_only=True)
class Subheading:
    """A subheading (Zwischenüberschrift) between paragraphs."""

    text: str
    """The subheading's text, normalised like a paragraph."""


Block = Paragraph | Subheading


@attrs.frozen(kw_only=True)
class Credit:
    """A photo credit such as ``(Foto: picture alliance / dpa | Kay Nietfeld)``."""

    raw: str
    """The credit as printed, normalised whitespace, brackets kept."""
    kind: str | None = None
    """What is credited: ``photo``, ``graphic``, ``video``, ``illustration`` ... or ``None``."""
    holders: tuple[str, ...] = ()
    """Agencies, photographers and archives in printed order, agencies canonically spelled."""


@attrs.frozen(kw_only=True)
class Image:
    """An image of the article with its caption and credit."""

    url: str | None = None
    """Absolute URL of the image (the largest or the first given)."""
    caption: str | None = None
    """The caption without its credit; ``None`` when the page has none."""
    credit: Credit | None = None
    """The photo credit, parsed."""
    is_cover: bool = False
    """True for the lead image shown above or beside the headline."""


@attrs.frozen(kw_only=True)
class SourceLine:
    """A source line such as ``Quelle: ntv.de, ino/AFP/dpa``."""

    raw: str
    """The line as printed, normalised whitespace."""
    outlet: str | None = None
    """The publishing outlet named in the line, e.g. ``ntv.de``."""
    editors: tuple[str, ...] = ()
    """Editor initials (Kürzel) in printed order, e.g. ``("ino",)``."""
    agencies: tuple[str, ...] = ()
    """News agencies, canonically spelled, in printed order, e.g. ``("AFP", "dpa")``."""


@attrs.frozen(kw_only=True)
class PartOrigin:
    """Where one part of an article came from."""

    part: Part
    """The part's name (one of :data:`PARTS`)."""
    origin: Origin
    """One of :data:`Origin`: ``site``, ``jsonld``, ``meta``, ``dom``, ``fallback`` ..."""


@attrs.frozen(kw_only=True)
class Report:
    """How an article was parsed and what could not be found."""

    parser: str
    """Name of the parser that produced the article: a site name or ``generic``."""
    layout: str | None = None
    """The site layout chosen, e.g. ``2025``; ``None`` for the generic parser."""
    origins: tuple[PartOrigin, ...] = ()
    """For each part found, where it came from."""
    missing: tuple[Part, ...] = ()
    """Required parts the parse could not find at all."""
    fallback: tuple[Part, ...] = ()
    """Required parts the site parser missed and the generic parser or the site's profile
    filled in."""
    absent: tuple[Part, ...] = ()
    """Optional parts the site parser looks for but did not find on this page."""
    warnings: tuple[str, ...] = ()
    """Plausibility warnings in plain words."""
    page_kind: str = "article"
    """``article``, or what else the page seems to be (``no-article`` ...)."""

    @property
    def ok(self) -> bool:
        """True when nothing required is missing or filled by fallback."""
        return not self.missing and not self.fallback

    def origin_of(self, part: Part) -> Origin | None:
        """The origin recorded for ``part``, or ``None``."""
        for entry in self.origins:
            if entry.part == part:
                return entry.origin
        return None


@attrs.frozen(kw_only=True)
class Article:
    """A parsed German news article."""

    url: str | None = None
    """The page's URL: the caller's, else the canonical or og:url."""
    site: str | None = None
    """The site's name in the registry (``ntv`` ...), ``None`` for unknown sites."""
    language: str | None = None
    """Page language as a lower-case tag (``de``, ``de-ch``, ``fr``)."""
    section: str | None = None
    """The Ressort, e.g. ``Politik``."""
    kicker: str | None = None
    """The Dachzeile above the headline, e.g. ``Kommen weitere Soldaten?``."""
    headline: str | None = None
    """The headline without kicker or site name."""
    teaser: str | None = None
    """The Vorspann (lead) printed above the body."""
    body: tuple[Block, ...] = ()
    """Paragraphs and subheadings in page order, boilerplate removed."""
    images: tuple[Image, ...] = ()
    """Images in page order, the cover first when it is shown first."""
    source: SourceLine | None = None
    """The source line at the end of the article."""
    authors: tuple[str, ...] = ()
    """Author names, datelines and roles removed."""
    published: datetime | None = None
    """Publication time, timezone-aware."""
    modified: datetime | None = None
    """Time of the last update, timezone-aware."""
    topics: tuple[str, ...] = ()
    """Topic tags as printed by the site."""
    paywalled: bool | None = None
    """True behind a paywall, False when the page says it is free, else ``None``."""
    report: Report = attrs.field(factory=lambda: Report(parser="none"))
    """How the article was parsed."""

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The text of every body paragraph, subheadings left out."""
        return tuple(block.text for block in self.body if isinstance(block, Paragraph))

    @property
    def text(self) -> str:
        """The body as plain text: one block a line, a blank line between blocks."""
        return "\n\n".join(block.text for block in self.body)

    def to_dict(self) -> dict[str, Any]:
        """The article as JSON-ready data (dates as ISO 8601 strings)."""
        return _to_data(self)  # type: ignore[no-any-return]

    def to_json(self, *, indent: int | None = 2) -> str:
        """The article as a JSON document."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an article from :meth:`to_dict` output."""
        article: Article = _from_data(cls, data)
        return article

    @classmethod
    def from_json(cls, text: str) -> Article:
        """Rebuild an article from :meth:`to_json` output."""
        return cls.from_dict(json.loads(text))


_BLOCK_TYPES: dict[str, type[Paragraph] | type[Subheading]] = {
    "paragraph": Paragraph,
    "subheading": Subheading,
}
_NESTED: dict[str, type[Any]] = {
    "images": Image,
    "credit": Credit,
    "source": SourceLine,
    "report": Report,
    "origins": PartOrigin,
}


def _to_data(value: Any) -> Any:
    if isinstance(value, (Paragraph, Subheading)):
        kind = "paragraph" if isinstance(value, Paragraph) else "subheading"
        return {"type": kind, "text": value.text}
    if attrs.has(type(value)):
        return {f.name: _to_data(getattr(value, f.name)) for f in attrs.fields(type(value))}
    if isinstance(value, tuple):
        return [_to_data(item) for item in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _from_data(cls: type[Any], data: Mapping[str, Any]) -> Any:
    kwargs: dict[str, Any] = {}
    for field in attrs.fields(cls):
        if field.name not in data:
            continue
        value = data[field.name]
        if field.name == "body":
            value = tuple(_BLOCK_TYPES[b["type"]](text=b["text"]) for b in value)
        elif field.name in _NESTED and value is not None:
            nested = _NESTED[field.name]
            if isinstance(value, list):
                value = tuple(_from_data(nested, item) for item in value)
            else:
                value = _from_data(nested, value)
        elif field.name in ("published", "modified") and value is not None:
            value = datetime.fromisoformat(value)
        elif isinstance(value, list):
            value = tuple(value)
        kwargs[field.name] = value
    return cls(**kwargs)
