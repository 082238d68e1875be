"""Load a page: caller input (``str`` or ``bytes``) in, one :class:`Document` out.

The loader owns every decision about the input and makes each one once, before
the tree is built:

- the checks and the decoding steps of :mod:`newsparse.decode`, with one retry:
  bytes that declare no charset but UTF-8 go to libxml2 unchecked (most pages;
  no copy), and only when libxml2 reports invalid UTF-8 are they decoded again
  with detection;
- control characters and NUL bytes are found by one C-level scan of the bytes
  and removed before libxml2 sees them (a NUL in a tag name, ``<p\\x00>``,
  would otherwise end the element);
- elements with thousands of attributes are cut down before libxml2 sees them
  (it checks each new attribute against the ones before: quadratic);
- the page's URL (``url=``, else its canonical link or og:url) is an absolute
  http(s) URL or ``None``, and set when the document is made.

Nesting depth needs no retry: every walk of the tree in newsparse is iterative,
and libxml2 (as every lxml from 6.0, the floor, bundles it) stops reading at
its own depth limit, which the document reports as a warning.
"""

from __future__ import annotations

import re

import attrs

from newsparse.decode import (
    DEFAULT_MAX_BYTES,
    check_input,
    check_markup,
    check_size,
    may_pass_unchecked,
    repair_encoding,
    strip_controls,
    to_utf8,
)
from newsparse.document import Document, http_scheme
from newsparse.errors import InputTypeError, InvalidURLError


@attrs.frozen(kw_only=True)
class Loaded:
    """A loaded page: the document, the encoding it was read in, and what was repaired."""

    document: Document
    """The parsed page; its ``url`` is set."""
    encoding: str
    """The encoding the input was read in (``utf-8`` for ``str`` input)."""
    warnings: tuple[str, ...]
    """Repairs and limits met on the way, in plain words (for the article's report)."""


def load(
    page: str | bytes,
    url: str | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    charset: str | None = None,
) -> Loaded:
    """Check, decode and parse ``page`` once; raise a :class:`~newsparse.errors.NewsparseError`
    for input that is not a page.

    ``url`` must be ``None`` or an absolute http(s) URL (see :func:`check_url`).
    ``charset`` (say, from an HTTP header) goes before the page's own declaration.
    """
    url = check_url(url)
    checked = check_input(page, max_bytes)
    unchecked = not checked.text and may_pass_unchecked(checked.data, charset)
    notes = list(checked.warnings)
    if checked.text or unchecked:
        data, encoding = checked.data, "utf-8"
    else:
        data, encoding = to_utf8(checked.data, notes, charset=charset)
    document = _build(_prepared(data, notes, max_bytes), url)
    if unchecked and document.invalid_utf8:
        # libxml2 met bytes that are not UTF-8: detect the encoding, build once more.
        notes = list(checked.warnings)
        data, encoding = to_utf8(checked.data, notes, charset=charset)
        document = _build(_prepared(data, notes, max_bytes), url)
    return Loaded(document=document, encoding=encoding, warnings=(*notes, *document.warnings))


def check_url(url: object) -> str | None:
    """``url`` if it is ``None`` or an absolute http(s) URL; raise otherwise.

    Raises :class:`~newsparse.errors.InputTypeError` for anything but ``str`` or
    ``None`` and :class:`~newsparse.errors.InvalidURLError` for a URL that is
    not http(s) (``javascript:``, ``file:``, a bare path) or holds a lone
    surrogate or a control character.
    """
    if url is None:
        return None
    if not isinstance(url, str):
        raise InputTypeError(f"url must be str or None, not {type(url).__name__}")
    stripped = url.strip()
    if not stripped:
        return None
    if _UNUSABLE.search(stripped):
        raise InvalidURLError(f"url holds a character no URL can: {stripped[:80]!r}")
    if not http_scheme(stripped):
        raise InvalidURLError(f"url must be an absolute http(s) URL, not {stripped[:80]!r}")
    return stripped


#: Lone surrogates (not text at all) and control characters (never in a URL).
_UNUSABLE = re.compile("[\ud800-\udfff\x00-\x1f\x7f]")


def _prepared(data: bytes, notes: list[str], max_bytes: int) -> bytes:
    """UTF-8 ``data`` as libxml2 gets it: control bytes out, mis-decoding repaired,
    attribute floods cut; checked for markup and size."""
    data = strip_controls(data, notes)
    data = repair_encoding(data, notes)
    check_markup(data)
    check_size(len(data), max_bytes)
    return cut_attribute_floods(data, notes)


def _build(data: bytes, url: str | None) -> Document:
    return Document.from_bytes(data, url)


#: Attributes an element keeps when its start tag runs :data:`_LONG` bytes or more;
#: real pages have a few dozen at most.
MAX_ATTRIBUTES = 1000
#: Only start tags at least this long are looked at. Each attribute takes two bytes
#: or more (a name and the separator or quoted value before it), so a shorter tag
#: holds at most ``_LONG // 2`` attributes, which libxml2 reads in milliseconds.
_LONG = 4000
_LONG_TAG = re.compile(rb"<[A-Za-z][^<>]{%d,}" % _LONG)
#: HTML's whitespace inside a tag (libxml2 reads a tag as HTML5 says).
_WS = rb"\t\n\x0c\r "
#: One attribute as libxml2 reads it, from where the one before ended: separators
#: (whitespace, ``/``), a name (its first byte may be ``=`` or a quote; it runs to
#: whitespace, ``/``, ``>`` or ``=``), then maybe ``=`` and a value, quoted or not.
#: After a quoted value the next name may follow at once (``a="1"b="2"``).
_ATTRIBUTE = (
    rb"[%(ws)s/]*[^%(ws)s/>][^%(ws)s/>=]*"
    rb"""(?:[%(ws)s]*=[%(ws)s]*(?:"[^"]*"|'[^']*'|[^%(ws)s>]*))?"""
) % {b"ws": _WS}
#: A tag name, then more than :data:`MAX_ATTRIBUTES` attributes; it ends after the
#: last one it keeps. Each attribute is read once: a lookahead is atomic, so a
#: failed match takes no other split of the same bytes.
_FLOOD = re.compile(
    rb"[A-Za-z][^%(ws)s/>]*(?![^%(ws)s/>])"  # the whole name: no attribute taken out of it
    rb"(?:(?=(%(attribute)s))\1){%(count)d}(?=[%(ws)s/]*[^%(ws)s/>])"
    % {b"ws": _WS, b"attribute": _ATTRIBUTE, b"count": MAX_ATTRIBUTES}
)


def cut_attribute_floods(data: bytes, notes: list[str]) -> bytes:
    """``data`` with every start tag of :data:`_LONG` bytes or more cut to its first
    :data:`MAX_ATTRIBUTES` attributes.

    libxml2 compares each attribute with those before it, so 80,000 attributes
    on one element take it many seconds. A shorter tag holds at most
    ``_LONG // 2`` attributes and is left as it is (one regex scan skips them).
    """
    if not _may_flood(data):
        return data  # the common case: no start tag long enough, found by C-level steps
    cut = 0
    pieces: list[bytes] = []
    done = 0
    for match in _LONG_TAG.finditer(data):
        kept = _FLOOD.match(data, match.start() + 1, match.end())
        if kept is None:
            continue
        cut += 1
        pieces.append(data[done : kept.end()])
        done = match.end()
    if not cut:
        return data
    notes.append(
        f"{cut} element(s) had more than {MAX_ATTRIBUTES} attributes; the rest were dropped"
    )
    pieces.append(data[done:])
    return b"".join(pieces)


def _may_flood(data: bytes) -> bool:
    """True when a start tag could hold more than :data:`MAX_ATTRIBUTES` attributes.

    A necessary condition, checked without a Python step per tag: such a tag runs
    :data:`_LONG` bytes without ``<`` or ``>``. Each step looks at the next
    :data:`_LONG` bytes from just after a delimiter and jumps past the last
    delimiter in them (nearly the whole window on an ordinary page); a window
    without one is measured out to its next delimiter, and counts when it
    follows ``<`` and a letter and holds more than :data:`MAX_ATTRIBUTES`
    attributes as libxml2 reads them.
    """
    size = len(data)
    find_last = data.rfind
    at = 0
    while at + _LONG <= size:
        end = at + _LONG
        last = find_last(b"<", at, end)
        if last < end - _NEAR_END:  # look for a later ``>`` too (none after the ``<``: -1)
            last = max(last, find_last(b">", at, end))
        if last != -1:
            at = last + 1
            continue
        stop = _next_delimiter(data, end)
        if data[at - 1 : at] == b"<" and _flooded(data[at:stop]):
            return True
        at = stop + 1
    return False


#: A ``<`` this close to a window's end leaves no room for a flood after it: no need
#: to look for a later ``>``.
_NEAR_END = 512


def _flooded(tag: bytes) -> bool:
    """True when the inside of a start tag may hold more than :data:`MAX_ATTRIBUTES`
    attributes.

    Each attribute is a word (split at whitespace and ``/``) or starts right after
    a quoted value: words plus quotes bound the count, and most long tags (a long
    ``srcset`` or SVG path) stop there. Else the attributes are read as libxml2
    reads them (:data:`_FLOOD`).
    """
    if not tag[:1].isalpha():
        return False
    if len(tag) - len(tag.translate(None, _SEPARATORS)) < MAX_ATTRIBUTES:
        return False  # too few separators to part that many words: one pass, no split
    spaced = tag.replace(b"/", b" ")
    quotes = tag.count(b'"') + tag.count(b"'")
    if len(spaced.split(None, MAX_ATTRIBUTES)) + quotes <= MAX_ATTRIBUTES:
        return False
    return _FLOOD.match(tag) is not None


#: What can end a word or start an attribute inside a tag: whitespace (as
#: ``bytes.split`` knows it), ``/`` and quotes. An attribute after the first
#: follows at least one of them.
_SEPARATORS = b" \t\n\r\x0b\x0c/\"'"


def _next_delimiter(data: bytes, at: int) -> int:
    """Where the first ``<`` or ``>`` at or after ``at`` is, else the end of ``data``.

    The window searched doubles until it holds one, so each call reads about as
    many bytes as the stretch it measures.
    """
    width = _LONG
    size = len(data)
    while at < size:
        opening = data.find(b"<", at, at + width)
        closing = data.find(b">", at, at + width)
        if opening != -1 or closing != -1:
            return opening if closing == -1 or -1 < opening < closing else closing
        at += width
        width *= 2
    return size


__all__ = ["MAX_ATTRIBUTES", "Loaded", "check_url", "cut_attribute_floods", "load"]
