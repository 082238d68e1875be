"""Exceptions raised by newsparse.

Every exception derives from :class:`NewsparseError` and from the builtin it
resembles, so callers may catch either::

    NewsparseError
    ├── InputError (ValueError)                 the input cannot be a news page
    │   ├── EmptyInputError                     nothing but whitespace
    │   ├── NotHTMLError                        PDF, image, JSON, binary junk ...
    │   ├── CompressedInputError                gzip bytes that could not be opened
    │   ├── InputTooLargeError                  over the configured size limit
    │   └── TooDeeplyNestedError                nested too deeply to parse, even flattened
    ├── UnknownParserError (LookupError)        no site parser of that name
    └── FetchError (OSError)                    the CLI could not fetch a URL

A page that is HTML but holds no article is not an error: ``parse`` returns an
article whose report lists what is missing.
"""

from __future__ import annotations


class NewsparseError(Exception):
    """Base class of every exception newsparse raises on purpose."""


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


class UnknownParserError(NewsparseError, LookupError):
    """No site parser is registered under the requested name."""


class FetchError(NewsparseError, OSError):
    """A page could not be fetched."""
