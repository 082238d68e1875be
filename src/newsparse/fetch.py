"""Fetch a page over HTTP(S) with httpx: :func:`fetch`.

Redirects are followed and the final URL kept; the charset of the
``Content-Type`` header is kept for decoding; the body is read in pieces and
stopped past ``max_bytes`` (after content decoding, so a compressed bomb stops
too); connection errors, timeouts and the statuses 429 and 5xx are retried
with exponential backoff. Needs ``pip install "newsparse[scale]"`` (httpx).
"""

from __future__ import annotations

import re
import time
from importlib import metadata
from typing import Any

import attrs

from newsparse.decode import DEFAULT_MAX_BYTES
from newsparse.errors import FetchError
from newsparse.model import Article

#: Seconds to wait for a connection, and between two pieces of the response.
DEFAULT_TIMEOUT = 30.0
#: Further tries after the first for errors that may pass.
DEFAULT_RETRIES = 2
#: Seconds before the first retry; doubled for each further one.
DEFAULT_BACKOFF = 0.5
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.I)


def user_agent() -> str:
    """The User-Agent header: the project's name and version."""
    try:
        version = metadata.version("newsparse")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare tree
        version = "0"
    return f"newsparse/{version} (German news parser; python-httpx)"


@attrs.frozen(kw_only=True)
class Fetched:
    """A fetched page: its final URL, its bytes and the charset it was served in."""

    url: str
    """The URL after redirects."""
    data: bytes
    """The body, content encoding (gzip, deflate) removed."""
    charset: str | None
    """The charset of the ``Content-Type`` header, if it names one."""
    status: int
    """The HTTP status of the final response."""
    content_type: str | None = None
    """The ``Content-Type`` header."""

    def parse(self, **options: Any) -> Article:
        """Parse the page with its final URL and charset (``options`` go to ``parse``)."""
        from newsparse.api import parse

        options.setdefault("charset", self.charset)
        return parse(self.data, self.url, **options)


def fetch(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    retries: int = DEFAULT_RETRIES,
    backoff: float = DEFAULT_BACKOFF,
) -> Fetched:
    """GET ``url``; raise :class:`~newsparse.errors.FetchError` when no page comes back.

    A final status other than 2xx, a body over ``max_bytes``, a malformed URL
    or a scheme other than http(s) are errors; see the module for retries.
    """
    try:
        import httpx
    except ImportError as exc:  # pragma: no cover - the scale extra is installed for tests
        raise FetchError(
            f'fetching URLs needs httpx: pip install "newsparse[scale]" ({url})'
        ) from exc
    if not isinstance(url, str) or not url.lower().startswith(("http://", "https://")):
        raise FetchError(f"cannot fetch {url!r}: only http:// and https:// URLs are fetched")
    if retries < 0 or timeout <= 0 or max_bytes <= 0:
        raise ValueError("retries must be 0 or more, timeout and max_bytes above 0")
    headers = {
        "User-Agent": user_agent(),
        "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
    }
    attempt = 0
    while True:
        try:
            with httpx.Client(
                follow_redirects=True, timeout=timeout, headers=headers, max_redirects=10
            ) as client:
                return _get(client, url, max_bytes)
        except _Retry as retry:
            problem = str(retry)
        except httpx.TransportError as exc:
            if isinstance(exc, httpx.UnsupportedProtocol) or not _transient(exc):
                raise FetchError(f"cannot fetch {url}: {exc}") from exc
            problem = f"{type(exc).__name__}: {exc}"
        except (httpx.InvalidURL, httpx.TooManyRedirects, httpx.DecodingError) as exc:
            raise FetchError(f"cannot fetch {url}: {exc}") from exc
        except (ValueError, UnicodeError) as exc:  # malformed URLs such as http://[::1/x
            raise FetchError(f"cannot fetch {url}: {exc}") from exc
        if attempt >= retries:
            raise FetchError(f"cannot fetch {url}: {problem} (tried {attempt + 1} times)")
        time.sleep(backoff * 2**attempt)
        attempt += 1


class _Retry(Exception):
    """A response worth trying again (429, 5xx)."""


def _transient(exc: Exception) -> bool:
    import httpx

    return isinstance(exc, (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError))


def _get(client: Any, url: str, max_bytes: int) -> Fetched:
    with client.stream("GET", url) as response:
        if response.status_code in _RETRY_STATUS:
            raise _Retry(f"HTTP {response.status_code}")
        if not 200 <= response.status_code < 300:
            raise FetchError(f"cannot fetch {url}: HTTP {response.status_code}")
        body = bytearray()
        for piece in response.iter_bytes():
            body += piece
            if len(body) > max_bytes:
                raise FetchError(
                    f"cannot fetch {url}: the response is larger than the limit of "
                    f"{max_bytes:,} bytes"
                )
        content_type = response.headers.get("Content-Type")
        match = _CHARSET.search(content_type or "")
        return Fetched(
            url=str(response.url),
            data=bytes(body),
            charset=match.group(1) if match else None,
            status=response.status_code,
            content_type=content_type,
        )


__all__ = ["DEFAULT_TIMEOUT", "Fetched", "fetch", "user_agent"]
