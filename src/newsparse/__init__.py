"""newsparse: German-language news pages as typed articles.

>>> import newsparse
>>> article = newsparse.parse(html, url="https://www.n-tv.de/...")  # doctest: +SKIP
"""

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

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Block",
    "CompressedInputError",
    "Credit",
    "EmptyInputError",
    "FetchError",
    "Image",
    "InputError",
    "InputTooLargeError",
    "InputTypeError",
    "InvalidURLError",
    "NewsparseError",
    "NotHTMLError",
    "Paragraph",
    "ParseFailedError",
    "PartOrigin",
    "Report",
    "Result",
    "SiteInfo",
    "SourceLine",
    "Subheading",
    "TooDeeplyNestedError",
    "UnknownParserError",
    "__version__",
    "parse",
    "parse_many",
    "sites",
]
