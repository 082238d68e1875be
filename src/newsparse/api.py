"""``parse`` and ``sites``: the library's entry points."""

from __future__ import annotations

import gc
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, BinaryIO

import attrs

from newsparse import registry
from newsparse.blocks import is_boilerplate_text
from newsparse.decode import DEFAULT_MAX_BYTES, Decoded, decode, has_control_bytes
from newsparse.document import Document
from newsparse.errors import TooDeeplyNestedError
from newsparse.generic import Found, GenericParser
from newsparse.model import PARTS, Article, PartOrigin, Report
from newsparse.pagekind import page_kind
from newsparse.sites.base import Layout, Site, UseFallback

_EMPTY: tuple[Any, ...] = (None, (), "")
#: Parts a site layout without an element for them never takes from JSON-LD or
#: meta tags: they are what the page prints (a description is not the printed
#: teaser, nor a JSON-LD headline split at a colon a kicker).
_PRINTED_ONLY = frozenset({"kicker", "headline", "teaser", "body", "source"})


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
    parts: dict[str, tuple[str, ...]]
    """For each layout, the parts it reads with its own selectors."""


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
            )
        )
    return found


def parse(
    page: str | bytes | os.PathLike[str] | BinaryIO,
    url: str | None = None,
    *,
    parser: str | Site | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    charset: str | None = None,
) -> Article:
    """Parse a news page into an :class:`~newsparse.model.Article`.

    ``page`` is the HTML as ``str`` or as ``bytes`` in any encoding. The site
    parser is chosen from ``url`` (else the page's canonical or og:url);
    ``parser`` forces one by name, ``"generic"`` the generic parser, or a
    :class:`~newsparse.sites.base.Site` object not in the registry (handy
    while writing a site parser). ``charset`` is the encoding the page was
    served in (the HTTP ``Content-Type`` charset), used before the page's own
    ``<meta charset>``; bytes that are valid UTF-8 are read as UTF-8 whatever
    it says. ``page`` may also be a path (``os.PathLike``, ``.gz`` allowed) or
    a binary file object, read up to ``max_bytes``. Raises a
    :class:`~newsparse.errors.NewsparseError` subclass for input that is not a
    page; a page without an article gives an article whose report says so.
    """
    page = _read_source(page, max_bytes)
    with _no_cycle_collection():
        return _parse(page, url, parser, max_bytes, charset)


def _read_source(page: object, max_bytes: int) -> str | bytes:
    """``page`` itself for text and bytes; the bytes of a path or binary file object."""
    if isinstance(page, (str, bytes)):
        return page
    if isinstance(page, (bytearray, memoryview)):
        return bytes(page)
    if isinstance(page, os.PathLike):
        with open(page, "rb") as handle:
            return handle.read(max_bytes + 1)  # more than the limit: decode says so
    read = getattr(page, "read", None)
    if callable(read):
        data = read(max_bytes + 1)
        if isinstance(data, (bytes, bytearray)):
            return bytes(data)
        raise TypeError(f"a file object for parse() must be binary, not {type(page).__name__}")
    raise TypeError(
        f"page must be str or bytes, a path or a binary file, not {type(page).__name__}"
    )


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector for one parse, if it runs.

    A parse makes no reference cycles but tens of thousands of short-lived
    objects (lxml's element proxies above all), and each of them counts
    towards the collector's next run; those runs cost about 6% of a parse
    (``docs/performance.md``). Reference counting frees everything as usual;
    cycles made meanwhile are collected once the collector resumes. A
    collector the caller switched off stays off.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _parse(
    page: str | bytes,
    url: str | None,
    parser: str | Site | None,
    max_bytes: int,
    charset: str | None = None,
) -> Article:
    article, decoded = _parse_decoded(
        page, url, parser, max_bytes, strip_controls=False, charset=charset
    )
    if _shows_controls(article) and has_control_bytes(decoded.data):
        # The article shows a control character (or the U+FFFD libxml2 makes of NUL):
        # parse once more without them. Most pages have none and go unscanned.
        article, _ = _parse_decoded(
            page, url, parser, max_bytes, strip_controls=True, charset=charset
        )
    return article


def _parse_decoded(
    page: str | bytes,
    url: str | None,
    parser: str | Site | None,
    max_bytes: int,
    *,
    strip_controls: bool,
    charset: str | None = None,
) -> tuple[Article, Decoded]:
    decoded = decode(page, max_bytes=max_bytes, strip_controls=strip_controls, charset=charset)
    doc = Document.from_bytes(decoded.data, url)  # EmptyInputError when no element at all
    if doc.invalid_utf8 and not decoded.verified:
        # Passed on as UTF-8 unchecked, but it is not: detect the encoding, parse once more.
        decoded = decode(
            page,
            max_bytes=max_bytes,
            verify_utf8=True,
            strip_controls=strip_controls,
            charset=charset,
        )
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
            return _assemble(doc, site, site.layout_for(doc), warnings)
        except UseFallback as signal:
            warnings.append(f"site parser {site.name} gave up: {signal}; generic parser used")
    return _assemble(doc, None, None, warnings)


def _page_url(doc: Document) -> str | None:
    return doc.canonical or doc.meta_value("og:url")


def _assemble(
    doc: Document, site: Site | None, layout_cls: type[Layout] | None, warnings: list[str]
) -> Article:
    layout = layout_cls(doc) if layout_cls is not None else None
    tz = layout_cls.TIMEZONE if layout_cls is not None else "Europe/Berlin"
    generic = GenericParser(doc, tz=tz)  # the whole page: for a part a layout failed to find
    structured = GenericParser(doc, tz=tz, dom=False) if layout is not None else generic
    required = layout_cls.REQUIRED if layout_cls is not None else frozenset({"headline", "body"})
    values: dict[str, Any] = {}
    origins: list[PartOrigin] = []
    missing: list[str] = []
    fallback: list[str] = []
    absent: list[str] = []
    for part in PARTS:
        value: Any = None
        origin = ""
        asked = False  # whether the whole-page generic parser was asked for this part
        if layout is not None and layout.provides(part):
            value, origin = getattr(layout, part)(), "site"
        elif layout is None:
            found: Found[Any] = getattr(generic, part)()
            value, origin, asked = found.value, found.origin, True
        elif part not in _PRINTED_ONLY:
            # The site has no element for this part: take what structured data offers.
            found = getattr(structured, part)()
            if found.origin in ("jsonld", "meta"):
                value, origin = found.value, found.origin
        if value in _EMPTY and origin == "site" and part not in required:
            absent.append(part)
        if value in _EMPTY and part in required:
            if layout is not None and not asked:
                found = getattr(generic, part)()
                if found.value not in _EMPTY:
                    value, origin = found.value, "fallback"
                    fallback.append(part)
            if value in _EMPTY:
                missing.append(part)
        if value not in _EMPTY:
            values[part] = value
            origins.append(PartOrigin(part=part, origin=origin))
    warnings.extend(plausibility(values, doc))
    paywalled = _first(layout.paywalled if layout else None, lambda: structured.paywalled().value)
    report = Report(
        parser=site.name if site is not None else GenericParser.NAME,
        layout=layout_cls.NAME if layout_cls is not None else None,
        origins=tuple(origins),
        missing=tuple(missing),
        fallback=tuple(fallback),
        absent=tuple(absent),
        warnings=tuple(warnings),
        page_kind=page_kind(doc, values, paywalled),
    )
    return Article(
        url=doc.url,
        site=site.name if site is not None else None,
        language=doc.language or (site.language if site is not None else None),
        paywalled=paywalled,
        report=report,
        **values,
    )


#: Below this many characters of body text an article is suspiciously short.
SHORT_BODY_CHARS = 200
#: Above this many characters a headline is suspiciously long.
LONG_HEADLINE_CHARS = 300


def plausibility(values: dict[str, Any], doc: Document) -> list[str]:
    """Warnings about parts that were found but look wrong."""
    warnings: list[str] = []
    body = values.get("body", ())
    body_chars = sum(len(block.text) for block in body)
    if body and body_chars < SHORT_BODY_CHARS:
        warnings.append(f"the body is very short ({body_chars} characters)")
    headline = values.get("headline") or ""
    if len(headline) > LONG_HEADLINE_CHARS:
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


def _first(
    primary: Callable[[], bool | None] | None, secondary: Callable[[], bool | None]
) -> bool | None:
    value = primary() if primary is not None else None
    return value if value is not None else secondary()


__all__ = ["SiteInfo", "parse", "sites"]
