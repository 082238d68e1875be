"""``parse`` and ``sites``: the library's entry points."""

from __future__ import annotations

import gc
import os
from typing import BinaryIO

import attrs

from newsparse import collector, registry
from newsparse.assemble import assemble
from newsparse.conventions import memo
from newsparse.decode import DEFAULT_MAX_BYTES
from newsparse.document import Document
from newsparse.errors import InputTypeError, NewsparseError, ParseFailedError
from newsparse.generic import GenericParser
from newsparse.loader import load
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
    page: str | bytes | os.PathLike[str] | BinaryIO,
    url: str | None = None,
    *,
    parser: str | Site | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    charset: str | None = None,
) -> Article:
    """Parse a news page into an :class:`~newsparse.model.Article`.

    ``page`` is the HTML as ``str`` or as ``bytes`` in any encoding; ``url``
    is ``None`` or the page's absolute http(s) URL. The site parser is chosen
    from ``url`` (else the page's canonical or og:url); ``parser`` forces one
    by name, ``"generic"`` the generic parser, or a
    :class:`~newsparse.sites.base.Site` object not in the registry (handy
    while writing a site parser). ``charset`` is the encoding the page was
    served in (the HTTP ``Content-Type`` charset), used before the page's own
    ``<meta charset>``; bytes that are valid UTF-8 are read as UTF-8 whatever
    it says. ``page`` may also be a path (``os.PathLike``, ``.gz`` allowed) or
    a binary file object, read up to ``max_bytes``. Raises a
    :class:`~newsparse.errors.NewsparseError` subclass for input that is not a
    page (see ``docs/errors.md``), with the page's URL in its ``url``; a page
    without an article gives an article whose report says so.
    """
    page = _read_source(page, max_bytes)
    try:
        with collector.paused():
            return _parse(page, url, parser, max_bytes, charset)
    except NewsparseError as exc:
        if exc.url is None and isinstance(url, str):
            exc.url = url
        raise
    except MemoryError as exc:
        _let_go(exc)
        raise exc  # named: a bare raise would bring back the frames on Python 3.10
    except Exception as exc:  # lxml, cssselect or the standard library failed on this page
        if _out_of_memory():
            # libxml2 reports a failed allocation as whatever step it was in
            # ("XPathEvalError: unknown error"): with no memory left, say so.
            message = f"out of memory while parsing: {type(exc).__name__}: {exc}"
            _let_go(exc)
            raise MemoryError(message) from None
        failed = ParseFailedError(
            f"newsparse failed on the page{f' {url}' if isinstance(url, str) else ''}: "
            f"{type(exc).__name__}: {exc}"
        )
        failed.url = url if isinstance(url, str) else None
        raise failed from exc


def _let_go(exc: BaseException) -> None:
    """Free what the failed parse held (its frames, and with them the page's tree): the
    caller needs memory to handle the error."""
    exc.__traceback__ = None
    gc.collect()


#: What a parse that failed must still be able to allocate, else it ran out of memory.
_MEMORY_PROBE = 128 * 1024 * 1024


def _out_of_memory() -> bool:
    """True when the process cannot allocate :data:`_MEMORY_PROBE` bytes more."""
    try:
        bytearray(_MEMORY_PROBE)
    except MemoryError:
        return True
    return False


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
        raise InputTypeError(f"a file object for parse() must be binary, not {type(page).__name__}")
    raise InputTypeError(
        f"page must be str or bytes, a path or a binary file, not {type(page).__name__}"
    )


@memo.forgets  # what was kept while this page was read goes with it
def _parse(
    page: str | bytes,
    url: str | None,
    parser: str | Site | None,
    max_bytes: int,
    charset: str | None = None,
) -> Article:
    """Load, choose the parser, read the parts, assemble, report."""
    loaded = load(page, url, max_bytes=max_bytes, charset=charset)
    doc = loaded.document
    return _parse_document(doc, _site_for(doc, parser), list(loaded.warnings))


def _site_for(doc: Document, parser: str | Site | None) -> Site | None:
    """The site parser ``parser`` names, else the one registered for the page's URL."""
    if isinstance(parser, Site):
        return parser
    if parser == GenericParser.NAME:
        return None
    if parser is not None:
        return registry.load(registry.get(parser).name)
    entry = registry.site_for_url(doc.url)
    return registry.load(entry.name) if entry is not None else None


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


__all__ = ["SiteInfo", "parse", "sites"]
