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
    NewsparseError,
    NotHTMLError,
    TooDeeplyNestedError,
    UnknownParserError,
)
from newsparse.fetch import Fetched, fetch
from newsparse.model import (
    Article,
    Block,
    Credit,
    Image,
    Paragraph,
    PartOrigin,
    Report,
    SourceLine,
    Subheading,
)

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
    "FetchError",
    "Fetched",
    "Image",
    "InputError",
    "InputTooLargeError",
    "NewsparseError",
    "NotHTMLError",
    "Paragraph",
    "PartOrigin",
    "Report",
    "Result",
    "SiteInfo",
    "SourceLine",
    "Subheading",
    "TooDeeplyNestedError",
    "UnknownParserError",
    "__version__",
    "fetch",
    "parse",
    "parse_many",
    "sites",
]
