"""newsparse: German-language news pages as typed articles.

>>> import newsparse
>>> article = newsparse.parse(html, url="https://www.n-tv.de/...")  # doctest: +SKIP
"""

from importlib import metadata as _metadata

from newsparse.api import SiteInfo, parse, sites
from newsparse.batch import Result, parse_many
from newsparse.errors import (
    CompressedInputError,
    EmptyInputError,
    FetchError,
    InputError,
    InputTooLargeError,
    InputTypeError,
    InvalidURLError,
    NewsparseError,
    NotHTMLError,
    ParseFailedError,
    TooDeeplyNestedError,
    UnknownParserError,
)
from newsparse.fetch import Fetched, fetch
from newsparse.model import (
    Article,
    Block,
    Credit,
    Image,
    Origin,
    Paragraph,
    Part,
    PartOrigin,
    Report,
    SourceLine,
    Subheading,
)
from newsparse.parts import Found, PartSpec
from newsparse.registry import Entry
from newsparse.sites.base import Layout, Site, UseFallback
from newsparse.suggest import LayoutSuggestion, suggest_layout

try:
    __version__: str = _metadata.version("newsparse")
except _metadata.PackageNotFoundError:  # pragma: no cover - a source tree that is not installed
    __version__ = "0+unknown"

__all__ = [
    "Article",
    "Block",
    "CompressedInputError",
    "Credit",
    "EmptyInputError",
    "Entry",
    "FetchError",
    "Fetched",
    "Found",
    "Image",
    "InputError",
    "InputTooLargeError",
    "InputTypeError",
    "InvalidURLError",
    "Layout",
    "LayoutSuggestion",
    "NewsparseError",
    "NotHTMLError",
    "Origin",
    "Paragraph",
    "ParseFailedError",
    "Part",
    "PartOrigin",
    "PartSpec",
    "Report",
    "Result",
    "Site",
    "SiteInfo",
    "SourceLine",
    "Subheading",
    "TooDeeplyNestedError",
    "UnknownParserError",
    "UseFallback",
    "__version__",
    "fetch",
    "parse",
    "parse_many",
    "sites",
    "suggest_layout",
]
