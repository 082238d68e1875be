"""Assembling an article: every part read, merged from its sources, and reported.

For each part, in article order (:data:`newsparse.parts.PARTS`):

1. a chosen layout that reads the part answers with its selectors (``site``);
2. on a page of a known site that matched none of its layouts, the site's
   layouts' selectors are tried part by part, newest first, and a value is kept
   when :mod:`newsparse.plausible` believes it (``rescue``);
3. otherwise the generic parser answers (``jsonld``, ``meta`` or ``dom``); a
   layout without an element for a part that is not printed-only takes only
   what the page's JSON-LD or meta tags state;
4. a required part still empty is filled by the generic parser (``fallback``)
   or named ``missing``; an optional part a layout looked for and did not find
   is named ``absent``.

The site's profile (:class:`~newsparse.sites.profile.Profile`) then applies on
every page of the site: the outlet's names are no authors, a section the page
does not print comes from the URL path (``profile``), and the URL may say the
page is paywalled. The plausibility checks add warnings, and the report says
all of it.
"""

from __future__ import annotations

from typing import TypeVar

import attrs

from newsparse import parts
from newsparse.blocks import is_boilerplate_text
from newsparse.conventions import country_for, timezone_for
from newsparse.document import Document
from newsparse.generic.parser import GenericParser
from newsparse.model import Article, Block, Origin, Part, PartOrigin, Report
from newsparse.pagekind import page_kind
from newsparse.parts import Found, PartSpec
from newsparse.sites.base import Layout, Site

T = TypeVar("T")

#: What the generic parser must find on a page no layout reads.
GENERIC_REQUIRED: frozenset[Part] = frozenset({"headline", "body"})


def assemble(
    doc: Document, site: Site | None, layout_cls: type[Layout] | None, warnings: list[str]
) -> Article:
    """The article of ``doc`` read through ``layout_cls``.

    ``layout_cls`` ``None`` with a ``site``: the page matched none of the site's
    layouts (drifted); with no ``site``: a page of an unknown site.
    """
    merge = _Merge.start(doc, site, layout_cls)
    profile = site.profile if site is not None else None
    section = merge.part(parts.SECTION, profile.section_from_url(doc.url) if profile else None)
    kicker = merge.part(parts.KICKER)
    headline = merge.part(parts.HEADLINE)
    teaser = merge.part(parts.TEASER)
    body = merge.part(parts.BODY)
    images = merge.part(parts.IMAGES)
    source = merge.part(parts.SOURCE)
    authors = merge.part(parts.AUTHORS)
    published = merge.part(parts.PUBLISHED)
    modified = merge.part(parts.MODIFIED)
    topics = merge.part(parts.TOPICS)
    authors = merge.without_brands(authors)
    paywalled = merge.paywalled()
    warnings.extend(plausibility(doc, headline, body))
    report = Report(
        parser=site.name if layout_cls is not None and site is not None else GenericParser.NAME,
        layout=layout_cls.NAME if layout_cls is not None else None,
        origins=tuple(merge.origins),
        missing=tuple(merge.missing),
        fallback=tuple(merge.fallback),
        absent=tuple(merge.absent),
        warnings=tuple(warnings),
        page_kind=page_kind(doc, {"headline": headline, "body": body, "images": images}, paywalled),
    )
    return Article(
        url=doc.url,
        site=site.name if site is not None else None,
        language=doc.language or (site.language if site is not None else None),
        section=section,
        kicker=kicker,
        headline=headline,
        teaser=teaser,
        body=body,
        images=images,
        source=source,
        authors=authors,
        published=published,
        modified=modified,
        topics=topics,
        paywalled=paywalled,
        report=report,
    )


@attrs.define
class _Merge:
    """The readers of one page and what the report collects while the parts are read."""

    doc: Document
    site: Site | None
    layout: Layout | None
    required: frozenset[Part]
    generic: GenericParser
    """The whole-page generic parser: every part on a page no layout reads, and
    the required parts a layout missed."""
    structured: GenericParser
    """JSON-LD and meta tags only: the parts a layout has no element for."""
    tz: str
    """The zone of dates printed without an offset: the site's country, else the page's."""
    origins: list[PartOrigin] = attrs.Factory(list)
    missing: list[Part] = attrs.Factory(list)
    fallback: list[Part] = attrs.Factory(list)
    absent: list[Part] = attrs.Factory(list)

    @classmethod
    def start(cls, doc: Document, site: Site | None, layout_cls: type[Layout] | None) -> _Merge:
        if site is not None:
            tz = site.profile.timezone
        else:
            tz = timezone_for(country_for(doc.url, doc.language))
        if layout_cls is not None and layout_cls.TIMEZONE:
            tz = layout_cls.TIMEZONE
        generic = GenericParser(doc, tz=tz)
        if layout_cls is None:
            return cls(doc, site, None, GENERIC_REQUIRED, generic, generic, tz)
        structured = GenericParser(doc, tz=tz, dom=False)
        layout = layout_cls(doc, tz=tz)
        return cls(doc, site, layout, layout_cls.REQUIRED, generic, structured, tz)

    def part(self, spec: PartSpec[T], profile: T | None = None) -> T:
        """One part's value, its origin recorded, a miss reported.

        ``profile`` is what the site's profile says of the part, if anything: it
        stands in where the page's own reading finds nothing.
        """
        found = self._read(spec, profile)
        required = spec.name in self.required
        layout_missed = found.empty and found.origin == "site"
        if layout_missed and not required:
            self.absent.append(spec.name)  # the layout looked for it and found nothing
        if found.empty and profile is not None:
            found = Found(profile, "profile")
            if layout_missed and required:
                self.fallback.append(spec.name)
        if found.empty and required:
            if self.layout is not None:
                found = self._fallback(spec)
            if found.empty:
                self.missing.append(spec.name)
        if found.empty:
            return spec.empty
        self._record(spec.name, found.origin)
        return found.value

    def _read(self, spec: PartSpec[T], profile: T | None) -> Found[T]:
        if self.layout is None:
            found = spec.generic(self.generic)
            if self.site is None:
                return found
            rescued = self._rescue(spec, found)
            if rescued is not None:
                return rescued
            return Found(profile, "profile") if profile is not None else found
        if self.layout.provides(spec):
            return Found(spec.site(self.layout), "site")
        if spec.name in self.layout.UNPLACED:
            return self._fallback(spec)
        if not spec.printed_only:
            stated = spec.generic(self.structured)
            if stated.origin in ("jsonld", "meta"):
                return stated
        return Found(spec.empty, "dom")  # printed only, and this layout does not print it

    def _fallback(self, spec: PartSpec[T]) -> Found[T]:
        """The generic parser's value for a part the layout did not read, recorded as a
        fallback when there is one."""
        filled = spec.generic(self.generic)
        if filled.empty:
            return filled
        self.fallback.append(spec.name)
        return Found(filled.value, "fallback")

    def _rescue(self, spec: PartSpec[T], generic: Found[T]) -> Found[T] | None:
        """The first believable value the site's layouts' selectors give, newest first."""
        assert self.site is not None
        for layout_cls in self.site.layouts:
            if not layout_cls.provides(spec):
                continue
            value = spec.site(layout_cls(self.doc, tz=self.tz))
            if spec.plausible(value, generic.value):
                return Found(value, "rescue")
        return None

    def _record(self, part: Part, origin: Origin) -> None:
        self.origins = [entry for entry in self.origins if entry.part != part]
        self.origins.append(PartOrigin(part=part, origin=origin))

    def without_brands(self, authors: tuple[str, ...]) -> tuple[str, ...]:
        """The authors without the outlet's own names (the site's profile says which)."""
        if self.site is None or not self.site.profile.brands:
            return authors
        kept = tuple(name for name in authors if not self.site.profile.is_brand(name))
        if len(kept) < len(authors):
            self._record("authors", "profile")
            if not kept:
                self.origins = [entry for entry in self.origins if entry.part != "authors"]
        return kept

    def paywalled(self) -> bool | None:
        """The layout's paywall marker, else the URL as the profile reads it, else JSON-LD."""
        if self.layout is not None:
            value = self.layout.paywalled()
            if value is not None:
                return value
        if self.site is not None:
            value = self.site.profile.paywalled_by_url(self.doc.url)
            if value is not None:
                return value
        return self.structured.paywalled().value


#: Below this many characters of body text an article is suspiciously short.
SHORT_BODY_CHARS = 200
#: Above this many characters a headline is suspiciously long.
LONG_HEADLINE_CHARS = 300


def plausibility(doc: Document, headline: str | None, body: tuple[Block, ...]) -> list[str]:
    """Warnings about parts that were found but look wrong."""
    warnings: list[str] = []
    body_chars = sum(len(block.text) for block in body)
    if body and body_chars < SHORT_BODY_CHARS:
        warnings.append(f"the body is very short ({body_chars} characters)")
    if headline and len(headline) > LONG_HEADLINE_CHARS:
        warnings.append(f"the headline is {len(headline)} characters long")
    phrases = [block.text[:40] for block in body if is_boilerplate_text(block.text)]
    if phrases:
        warnings.append(f"boilerplate phrases in the body: {phrases}")
    ld_body = (doc.article_ld or {}).get("articleBody")
    if body and isinstance(ld_body, str) and len(ld_body) > 3 * body_chars + 500:
        warnings.append(
            f"the body ({body_chars} characters) is far shorter than the page's "
            f"JSON-LD articleBody ({len(ld_body)} characters)"
        )
    return warnings
