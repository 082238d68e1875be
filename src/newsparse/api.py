"""``parse`` and ``sites``: the library's entry points."""

from __future__ import annotations

import re

import attrs

from newsparse import collector, registry
from newsparse.assemble import assemble
from newsparse.decode import DEFAULT_MAX_BYTES, Decoded, decode, has_control_bytes
from newsparse.document import Document
from newsparse.errors import TooDeeplyNestedError
from newsparse.generic import GenericParser
from newsparse.model import Article, Part
from newsparse.sites.base import Site, UseFallback
from newsparse.sites.profile import Profile


@attrs.frozen(kw_only=True)
class SiteInfo:
    """A registered site parser, as listed by :func:`sites`."""

    name: str
    """Registry name (``parse(parser=name)``)."""
    title: str
    """The publisher's name."""
    domains: tuple[str, ...]
    """Host names it serves."""
    layouts: tuple[str, ...]
    """Layout names, newest first."""
    parts: dict[str, tuple[Part, ...]]
    """For each layout, the parts it reads with its own selectors."""
    profile: Profile
    """What the site parser knows that is not layout (country, outlet names, URL paths)."""
    family: str | None = None
    """The publishing group whose page templates the site shares, if any."""


def sites() -> list[SiteInfo]:
    """Every registered site parser, sorted by name."""
    found = []
    for name, entry in sorted(registry.entries().items()):
        site = registry.load(name)
        found.append(
            SiteInfo(
                name=name,
                title=site.title,
                domains=entry.domains,
                layouts=tuple(layout.NAME for layout in site.layouts),
                parts={layout.NAME: layout.parts() for layout in site.layouts},
                profile=site.profile,
                family=site.family,
            )
        )
    return found


def parse(
    page: str | bytes,
    url: str | None = None,
    *,
    parser: str | Site | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Parse a news page into an :class:`~newsparse.model.Article`.

    ``page`` is the HTML as ``str`` or as ``bytes`` in any encoding. The site
    parser is chosen from ``url`` (else the page's canonical or og:url);
    ``parser`` forces one by name, ``"generic"`` the generic parser, or a
    :class:`~newsparse.sites.base.Site` object not in the registry (handy
    while writing a site parser). Raises a
    :class:`~newsparse.errors.NewsparseError` subclass for input that is not a
    page; a page without an article gives an article whose report says so.
    """
    with collector.paused():
        return _parse(page, url, parser, max_bytes)


def _parse(
    page: str | bytes, url: str | None, parser: str | Site | None, max_bytes: int
) -> Article:
    article, decoded = _parse_decoded(page, url, parser, max_bytes, strip_controls=False)
    if _shows_controls(article) and has_control_bytes(decoded.data):
        # The article shows a control character (or the U+FFFD libxml2 makes of NUL):
        # parse once more without them. Most pages have none and go unscanned.
        article, _ = _parse_decoded(page, url, parser, max_bytes, strip_controls=True)
    return article


def _parse_decoded(
    page: str | bytes,
    url: str | None,
    parser: str | Site | None,
    max_bytes: int,
    *,
    strip_controls: bool,
) -> tuple[Article, Decoded]:
    decoded = decode(page, max_bytes=max_bytes, strip_controls=strip_controls)
    doc = Document.from_bytes(decoded.data, url)  # EmptyInputError when no element at all
    if doc.invalid_utf8 and not decoded.verified:
        # Passed on as UTF-8 unchecked, but it is not: detect the encoding, parse once more.
        decoded = decode(page, max_bytes=max_bytes, verify_utf8=True, strip_controls=strip_controls)
        doc = Document.from_bytes(decoded.data, url)
    if doc.url is None:
        doc.url = _page_url(doc)
    site: Site | None
    if isinstance(parser, Site):
        site = parser
    elif parser == GenericParser.NAME:
        site = None
    elif parser is not None:
        site = registry.load(registry.get(parser).name)
    else:
        entry = registry.site_for_url(doc.url)
        site = registry.load(entry.name) if entry is not None else None
    warnings = [*decoded.warnings, *doc.warnings]
    try:
        return _parse_document(doc, site, list(warnings)), decoded
    except RecursionError:
        # Nested deeper than Python's recursion allows: flatten the deep part, try once more.
        flattened = doc.limit_depth(FLATTEN_DEPTH)
        warnings.append(
            f"elements nested more than {FLATTEN_DEPTH} levels deep were flattened to text "
            f"({flattened} subtrees)"
        )
    try:
        return _parse_document(doc, site, warnings), decoded
    except RecursionError as exc:
        raise TooDeeplyNestedError(
            f"the page is nested too deeply to parse, even flattened at {FLATTEN_DEPTH} levels"
        ) from exc


#: What a control byte left in the page turns into in an article's text: itself,
#: or U+FFFD for NUL (normalising made the word-separating ones spaces already).
_CONTROL_TRACES = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")


def _shows_controls(article: Article) -> bool:
    """True when a text or URL of ``article`` holds a control character or U+FFFD."""
    texts = [
        article.url or "",
        article.section or "",
        article.kicker or "",
        article.headline or "",
        article.teaser or "",
        article.source.raw if article.source else "",
        *article.authors,
        *article.topics,
    ]
    texts.extend(block.text for block in article.body)
    for image in article.images:
        texts.extend(
            (image.url or "", image.caption or "", image.credit.raw if image.credit else "")
        )
    joined = " ".join(texts)
    if joined.isprintable() and "\ufffd" not in joined:
        return False  # the common case, checked in one pass
    return _CONTROL_TRACES.search(joined) is not None


#: Depth at which a page that exhausts recursion is flattened before a second try.
FLATTEN_DEPTH = 256


def _parse_document(doc: Document, site: Site | None, warnings: list[str]) -> Article:
    if site is not None:
        try:
            return assemble(doc, site, site.layout_for(doc), warnings)
        except UseFallback as signal:
            warnings.append(
                f"site parser {site.name} gave up: {signal}; "
                "generic parser used with the site's profile and its layouts' selectors"
            )
            return assemble(doc, site, None, warnings)
    return assemble(doc, None, None, warnings)


def _page_url(doc: Document) -> str | None:
    return doc.canonical or doc.meta_value("og:url")


__all__ = ["SiteInfo", "parse", "sites"]
