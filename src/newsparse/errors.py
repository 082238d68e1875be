"""Exceptions raised by newsparse.

Every exception derives from :class:`NewsparseError` and from the builtin it
resembles, so callers may catch either::

    NewsparseError
    ├── InputError (ValueError)                 the input cannot be a news page
    │   ├── EmptyInputError                     nothing but whitespace
    │   ├── NotHTMLError                        PDF, image, JSON, binary junk ...
    │   ├── CompressedInputError                gzip bytes that could not be opened
    │   ├── InputTooLargeError                  over the configured size limit
    │   ├── TooDeeplyNestedError                nested too deeply to parse, even flattened
    │   └── InvalidURLError                     ``url=`` is not an http(s) URL
    ├── InputTypeError (TypeError)              ``page`` or ``url`` of the wrong type
    ├── UnknownParserError (LookupError)        no site parser of that name
    ├── ParseFailedError (RuntimeError)         newsparse failed on the page (a bug)
    └── FetchError (OSError)                    the CLI could not fetch a URL

An error raised by ``parse`` carries the page's URL (``url=``, else ``None``)
in its :attr:`~NewsparseError.url`.

A page that is HTML but holds no article is not an error: ``parse`` returns an
article whose report lists what is missing.
"""

from __future__ import annotations


class NewsparseError(Exception):
    """Base class of every exception newsparse raises on purpose."""

    url: str | None = None
    """The URL of the page being parsed, when ``parse`` raised it and was given one."""


class InputError(NewsparseError, ValueError):
    """The input cannot be parsed as a news page."""


class EmptyInputError(InputError):
    """The input is empty or only whitespace."""


class NotHTMLError(InputError):
    """The input is some other kind of document (PDF, image, JSON, binary)."""


class CompressedInputError(InputError):
    """The input is compressed and could not be decompressed."""


class InputTooLargeError(InputError):
    """The input is larger than the configured limit."""


class TooDeeplyNestedError(InputError):
    """The page's elements are nested too deeply to parse, even after flattening."""


class InvalidURLError(InputError):
    """``url=`` is not an absolute http(s) URL, or holds characters no URL can."""


class InputTypeError(NewsparseError, TypeError):
    """``page`` or ``url`` is of a type ``parse`` does not take."""


class ParseFailedError(NewsparseError, RuntimeError):
    """Reading the page failed inside newsparse or a library it uses (a bug: please
    report it with the page); the original exception is chained as ``__cause__``."""


class UnknownParserError(NewsparseError, LookupError):
    """No site parser is registered under the requested name."""


class FetchError(NewsparseError, OSError):
    """A page could not be fetched."""
