"""Reading pages from files, folders, standard input and URLs."""

from __future__ import annotations

import gzip
import sys
import urllib.error
import urllib.request
import zlib
from collections.abc import Iterator
from pathlib import Path

from newsparse.errors import CompressedInputError, FetchError

USER_AGENT = "newsparse/0.1 (+https://pypi.org/project/newsparse/)"
FETCH_TIMEOUT = 30.0
PAGE_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")


def is_url(location: str) -> bool:
    """True for ``http://`` and ``https://`` locations."""
    return location.startswith(("http://", "https://"))


def read_page(location: str) -> bytes:
    """The bytes of a page from a path (``.gz`` is decompressed), ``-`` (stdin) or a URL."""
    if location == "-":
        return sys.stdin.buffer.read()
    if is_url(location):
        return fetch(location)
    data = Path(location).read_bytes()
    if location.endswith(".gz"):
        try:
            return gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            raise CompressedInputError(f"{location}: cannot decompress: {exc}") from exc
    return data


def fetch(url: str, *, timeout: float = FETCH_TIMEOUT) -> bytes:
    """GET ``url`` with the standard library; :class:`FetchError` on any failure."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data: bytes = response.read()
            if response.headers.get("Content-Encoding") == "gzip":
                data = gzip.decompress(data)
            return data
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise FetchError(f"cannot fetch {url}: {exc}") from exc


def find_pages(locations: list[str]) -> Iterator[Path]:
    """Every page file in ``locations``: files as given, folders searched recursively, sorted."""
    for location in locations:
        path = Path(location)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.name.endswith(PAGE_SUFFIXES))
        else:
            yield path
