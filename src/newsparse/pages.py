"""Reading pages from files, folders, WARC files, standard input and URLs.

Every reader stops at the size limit (``max_bytes``, the same as
:func:`newsparse.parse`): a compressed file that inflates past it raises
:class:`~newsparse.errors.InputTooLargeError` after reading no more than the
limit, so a gzip bomb costs little memory.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

from newsparse.decode import DEFAULT_MAX_BYTES, _gunzip
from newsparse.errors import FetchError
from newsparse.fetch import fetch as _fetch
from newsparse.warc import WARC_SUFFIXES

PAGE_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")


def is_url(location: str) -> bool:
    """True for ``http://`` and ``https://`` locations."""
    return location.lower().startswith(("http://", "https://"))


def read_limited(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a file, at most ``max_bytes + 1`` of them (more would be refused anyway)."""
    with open(path, "rb") as handle:
        return handle.read(max_bytes + 1)


def read_stdin(max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Standard input's bytes, at most ``max_bytes + 1`` of them."""
    return sys.stdin.buffer.read(max_bytes + 1)


def read_page(location: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a page from a path (``.gz`` is decompressed), ``-`` (stdin) or a URL.

    Decompression stops at ``max_bytes`` with
    :class:`~newsparse.errors.InputTooLargeError`; a damaged file raises
    :class:`~newsparse.errors.CompressedInputError`.
    """
    if location == "-":
        return read_stdin(max_bytes)
    if is_url(location):
        return fetch(location, max_bytes=max_bytes)
    data = read_limited(location, max_bytes)
    if location.endswith(".gz") and data[:2] == b"\x1f\x8b":
        return _gunzip(data, max_bytes)
    return data


def fetch(url: str, *, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = 30.0) -> bytes:
    """The body at ``url`` (:func:`newsparse.fetch`); :class:`FetchError` on any failure."""
    return _fetch(url, max_bytes=max_bytes, timeout=timeout).data


def find_pages(locations: list[str], *, warc: bool = False) -> Iterator[Path]:
    """Every page file in ``locations``: files as given, folders searched recursively, sorted.

    A folder named like a page is searched, not read; a dangling link named
    like one is listed, so that reading it reports it.

    With ``warc=True`` a folder's WARC files are found too.
    """
    suffixes = PAGE_SUFFIXES + WARC_SUFFIXES if warc else PAGE_SUFFIXES
    for location in locations:
        path = Path(location)
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.name.endswith(suffixes) and not p.is_dir()
            )
        else:
            yield path


def read_url_list(location: str) -> list[str]:
    """The lines of a list file (``-``: stdin): one URL or path a line, ``#`` comments left out."""
    if location == "-":
        text = sys.stdin.read()
    else:
        text = Path(location).read_text(encoding="utf-8", errors="replace")
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def sidecar_url(path: Path) -> str | None:
    """The ``url`` of ``NAME.json`` beside ``NAME.html[.gz]``, if there is one."""
    name = path.name
    for suffix in PAGE_SUFFIXES:
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    sidecar = path.with_name(name + ".json")
    if not sidecar.is_file():
        return None
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    url = data.get("url") if isinstance(data, dict) else None
    return url if isinstance(url, str) and is_url(url) else None


__all__ = [
    "PAGE_SUFFIXES",
    "FetchError",
    "fetch",
    "find_pages",
    "is_url",
    "read_limited",
    "read_page",
    "read_stdin",
    "read_url_list",
    "sidecar_url",
]
