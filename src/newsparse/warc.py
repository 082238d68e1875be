"""Articles from WARC files (Common Crawl, CC-NEWS, your own crawls): :func:`iter_articles`.

Reads gzip-compressed and plain WARC files with warcio (``pip install
"newsparse[scale]"``; ``docs/performance.md`` says why warcio and not
FastWARC). Every HTML ``response`` record with a 2xx status becomes one
:class:`WarcArticle`: the record's target URI, its fetch date, the charset of
its HTTP ``Content-Type`` (given to :func:`newsparse.parse`) and the article,
or the :class:`~newsparse.errors.NewsparseError` that parsing it raised.
Every other record (requests, revisits, metadata, non-HTML or non-2xx
responses, records marked truncated) is skipped and counted in a
:class:`WarcSummary`; a damaged file ends its reading with a warning in the
log and the count ``damaged``, never an exception.
"""

from __future__ import annotations

import logging
import os
import re
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any

import attrs

from newsparse.api import parse
from newsparse.decode import DEFAULT_MAX_BYTES
from newsparse.errors import NewsparseError
from newsparse.model import Article

log = logging.getLogger(__name__)

#: File names read as WARC files when a folder is searched.
WARC_SUFFIXES = (".warc", ".warc.gz")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.I)
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body)\b", re.I)


def is_warc(location: str | os.PathLike[str]) -> bool:
    """True for a path whose name ends in ``.warc`` or ``.warc.gz``."""
    return os.fspath(location).endswith(WARC_SUFFIXES)


@attrs.frozen(kw_only=True)
class WarcPage:
    """One HTML response record of a WARC file, before parsing."""

    uri: str | None
    """The record's ``WARC-Target-URI``."""
    fetched: datetime | None
    """The record's ``WARC-Date``, timezone-aware (UTC)."""
    charset: str | None
    """The charset of the HTTP ``Content-Type`` header, if it names one."""
    data: bytes
    """The HTTP payload, transfer and content encodings removed."""
    source: str | None = None
    """The WARC file, when it was given as a path."""
    offset: int | None = None
    """The record's byte offset in the (compressed) file."""


@attrs.frozen(kw_only=True)
class WarcArticle:
    """One parsed HTML response record: an article or the error parsing it raised."""

    uri: str | None
    """The record's ``WARC-Target-URI``."""
    fetched: datetime | None
    """The record's ``WARC-Date``, timezone-aware (UTC)."""
    charset: str | None
    """The charset of the HTTP ``Content-Type`` header, if it names one."""
    article: Article | None = None
    """The article; ``None`` when parsing raised :attr:`error`."""
    error: NewsparseError | None = None
    """Why the record gave no article."""
    source: str | None = None
    """The WARC file, when it was given as a path."""
    offset: int | None = None
    """The record's byte offset in the (compressed) file."""

    @property
    def ok(self) -> bool:
        """True when the record gave an article."""
        return self.article is not None


@attrs.define
class WarcSummary:
    """What a WARC reader saw: records read, pages given out, records skipped by reason."""

    records: int = 0
    """Records read, of every type."""
    pages: int = 0
    """HTML response records given out."""
    failed: int = 0
    """Of those, pages whose parse raised an error (:func:`iter_articles` only)."""
    skipped: Counter[str] = attrs.field(factory=Counter)
    """Records not given out, by reason: ``request``, ``revisit``, ``not-html``,
    ``status``, ``truncated``, ``damaged`` ... (the record type for other types)."""

    def __str__(self) -> str:
        skipped = ", ".join(f"{count} {why}" for why, count in sorted(self.skipped.items()))
        return f"{self.records} records, {self.pages} pages, {self.failed} failed" + (
            f"; skipped: {skipped}" if skipped else ""
        )


def iter_pages(
    source: str | os.PathLike[str] | IO[bytes],
    *,
    summary: WarcSummary | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[WarcPage]:
    """Every HTML response record of a WARC file or binary stream, unparsed, in file order.

    A payload over ``max_bytes`` is cut to ``max_bytes + 1`` bytes, so that
    parsing it raises :class:`~newsparse.errors.InputTooLargeError` without
    holding more in memory. ``summary`` is updated as records are read.
    """
    try:
        from warcio.archiveiterator import WARCIterator
    except ImportError as exc:  # pragma: no cover - the scale extra is installed for tests
        raise ImportError(
            'reading WARC files needs warcio: pip install "newsparse[scale]"'
        ) from exc
    summary = summary if summary is not None else WarcSummary()
    name = os.fspath(source) if isinstance(source, (str, os.PathLike)) else None
    stream: IO[bytes]
    if isinstance(source, (str, os.PathLike)):  # noqa: SIM108
        stream = open(source, "rb")  # noqa: SIM115 - closed below
    else:
        stream = source
    try:
        # warcio prints INC_RECORD to stderr for a record not followed by a blank
        # line; the instance's copy is emptied and the count logged instead.
        records = WARCIterator(stream, no_record_parse=False)
        records.INC_RECORD = ""
        errors = 0
        while True:
            try:
                record = next(records)
                page, why = _page_of(record, name, records, max_bytes)
            except StopIteration:
                return
            except Exception as exc:  # warcio raises many kinds of error on damaged data
                summary.skipped["damaged"] += 1
                log.warning("%s: damaged WARC data, reading stopped: %.200s", name or "stream", exc)
                return
            summary.records += 1
            if getattr(records, "err_count", 0) > errors:
                errors = records.err_count
                log.warning(
                    "%s: a record before offset %s was not followed by a blank line "
                    "(a wrong Content-Length?)",
                    name or "stream",
                    getattr(records, "offset", "?"),
                )
            if page is None:
                summary.skipped[why] += 1
                continue
            summary.pages += 1
            yield page
    finally:
        if name is not None:
            stream.close()


def _page_of(
    record: Any, name: str | None, records: Any, max_bytes: int
) -> tuple[WarcPage | None, str]:
    """The page of a record, or ``None`` and why it is skipped."""
    kind = record.rec_type
    if not kind:
        return None, "damaged"
    if kind != "response":
        return None, str(kind)
    headers = record.rec_headers
    if headers.get_header("WARC-Truncated"):
        return None, "truncated"
    http = record.http_headers
    if http is None:
        return None, "not-http"
    status = http.get_statuscode() or ""
    if not status.startswith("2"):
        return None, "status"
    content_type = (http.get_header("Content-Type") or "").strip().lower()
    if content_type and not content_type.startswith(_HTML_TYPES):
        return None, "not-html"
    stream = record.content_stream()
    data = stream.read(max_bytes + 1)
    if not content_type and not _HTML_START.search(data[:2048]):
        return None, "not-html"
    if len(data) <= max_bytes and getattr(record.raw_stream, "limit", 0) > 0:
        return None, "truncated"  # the file ended before the record's declared length
    match = _CHARSET.search(content_type)
    return (
        WarcPage(
            uri=headers.get_header("WARC-Target-URI"),
            fetched=_warc_date(headers.get_header("WARC-Date")),
            charset=match.group(1) if match else None,
            data=data,
            source=name,
            offset=records.offset if hasattr(records, "offset") else None,
        ),
        "",
    )


def _warc_date(value: str | None) -> datetime | None:
    """``WARC-Date`` (ISO 8601, ``Z`` for UTC) as an aware datetime."""
    if not value:
        return None
    try:
        date = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return date if date.tzinfo is not None else date.replace(tzinfo=timezone.utc)


def iter_articles(
    source: str | os.PathLike[str] | IO[bytes],
    *,
    parser: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    summary: WarcSummary | None = None,
) -> Iterator[WarcArticle]:
    """Parse every HTML response record of a WARC file (path or binary stream), in file order.

    Yields one :class:`WarcArticle` per page, with the article or the error
    its parse raised; skipped records are counted in ``summary`` (pass a
    :class:`WarcSummary` to read the counts). Parsing happens in this
    process; :func:`newsparse.parse_many` and :mod:`newsparse.dask` spread it.
    """
    summary = summary if summary is not None else WarcSummary()
    for page in iter_pages(source, summary=summary, max_bytes=max_bytes):
        yield parse_page(page, parser=parser, max_bytes=max_bytes, summary=summary)


def parse_page(
    page: WarcPage,
    *,
    parser: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    summary: WarcSummary | None = None,
) -> WarcArticle:
    """Parse one :class:`WarcPage` with its URI and HTTP charset."""
    article: Article | None = None
    error: NewsparseError | None = None
    try:
        article = parse(
            page.data, page.uri, parser=parser, max_bytes=max_bytes, charset=page.charset
        )
    except NewsparseError as exc:
        error = exc
    except Exception as exc:  # a bug on one page must not end a crawl of millions
        error = NewsparseError(f"unexpected {type(exc).__name__} while parsing: {exc}")
        log.debug("unexpected error parsing %s", page.uri, exc_info=True)
    if error is not None and summary is not None:
        summary.failed += 1
    return WarcArticle(
        uri=page.uri,
        fetched=page.fetched,
        charset=page.charset,
        article=article,
        error=error,
        source=page.source,
        offset=page.offset,
    )


def find_warcs(folder: str | os.PathLike[str]) -> list[Path]:
    """The WARC files under ``folder``, searched recursively, sorted."""
    return sorted(p for p in Path(folder).rglob("*") if p.name.endswith(WARC_SUFFIXES))


__all__ = [
    "WARC_SUFFIXES",
    "WarcArticle",
    "WarcPage",
    "WarcSummary",
    "find_warcs",
    "is_warc",
    "iter_articles",
    "iter_pages",
    "parse_page",
]
