"""The public API: the exported names are pinned, and ``import newsparse`` stays light."""

from __future__ import annotations

import subprocess
import sys
from typing import get_args

import newsparse
from newsparse import parts
from newsparse.model import PARTS, Article, Part
from newsparse.sites.base import Layout

#: Every name ``newsparse`` exports; a change here is a change of the public API.
EXPORTED = frozenset(
    {
        "Article", "Block", "CompressedInputError", "Credit", "EmptyInputError", "Entry",
        "FetchError", "Found", "Image", "InputError", "InputTooLargeError", "Layout",
        "NewsparseError", "NotHTMLError", "Origin", "Paragraph", "Part", "PartOrigin",
        "PartSpec", "Report", "Result", "Site", "SiteInfo", "SourceLine", "Subheading",
        "TooDeeplyNestedError", "UnknownParserError", "UseFallback", "__version__", "parse",
        "parse_many", "sites", "LayoutSuggestion", "suggest_layout", "fetch", "Fetched",
        "InputTypeError", "InvalidURLError", "ParseFailedError",
    }
)  # fmt: skip


def test_exported_names_are_pinned() -> None:
    assert set(newsparse.__all__) == EXPORTED
    for name in newsparse.__all__:
        assert getattr(newsparse, name) is not None


def test_import_newsparse_imports_no_site_module() -> None:
    code = (
        "import sys, newsparse\n"
        "print(sorted(m for m in sys.modules if m.startswith('newsparse.sites.')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    # The site-parser base and the profile class are no sites.
    assert out.strip() == "['newsparse.sites.base', 'newsparse.sites.profile']"


def test_every_part_is_declared_once_in_article_order() -> None:
    assert tuple(spec.name for spec in parts.PARTS) == PARTS == get_args(Part)
    assert set(parts.BY_NAME) == set(PARTS)
    article_fields = [f.name for f in Article.__attrs_attrs__]
    assert [name for name in article_fields if name in PARTS] == list(PARTS)


def test_every_part_selector_constant_exists_on_layout() -> None:
    for spec in parts.PARTS:
        for constant in spec.selectors:
            assert hasattr(Layout, constant), (spec.name, constant)
        assert callable(getattr(Layout, spec.name))


def test_a_part_reads_back_from_an_article() -> None:
    article = Article(headline="Schlagzeile", topics=("Verkehr",))
    assert parts.HEADLINE.get(article) == "Schlagzeile"
    assert parts.TOPICS.get(article) == ("Verkehr",)
    assert parts.BODY.get(article) == parts.BODY.empty == ()
