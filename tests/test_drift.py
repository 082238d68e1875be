"""Layout drift on every site parser and corpus page, and on the project's fixtures.

Benign drift must leave the article unchanged; breaking drift may lose a
part, but the report must name it. The number of drifts per page follows the
Hypothesis profile (``ci``: a few, ``deep``: many).
"""

from __future__ import annotations

import gzip
import json
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import registry
from newsparse.sites.base import Layout
from newsparse.testing.drift import (
    benign_changes,
    benign_drifts,
    breaking_drifts,
    layout_keep,
    layout_selectors,
    unreported_changes,
)

from corpus import ROOT, pages, requires_corpus

EXAMPLES = max(3, settings.default.max_examples // 6)


def _fixture_pages() -> dict[str, tuple[bytes, str | None]]:
    found: dict[str, tuple[bytes, str | None]] = {}
    for meta_path in sorted((ROOT / "fixtures").glob("*/meta.json")):
        folder = meta_path.parent
        url = json.loads(meta_path.read_text(encoding="utf-8")).get("url")
        if (folder / "page.html").exists():
            found[f"fixture:{folder.name}"] = ((folder / "page.html").read_bytes(), url)
        elif (folder / "page.html.gz").exists():
            html = gzip.decompress((folder / "page.html.gz").read_bytes())
            found[f"fixture:{folder.name}"] = (html, url)
    return found


def _corpus_pages() -> dict[str, tuple[bytes, str | None]]:
    return {p.id: (p.html, p.url) for p in pages() if registry.site_for_url(p.url)}


CORPUS_IDS = sorted(p.id for p in pages() if registry.site_for_url(p.url))


@cache
def page_of(page_id: str) -> tuple[bytes, str | None]:
    if page_id.startswith("fixture:"):
        return _fixture_pages()[page_id]
    return _corpus_pages()[page_id]


@cache
def baseline(page_id: str) -> newsparse.Article:
    html, url = page_of(page_id)
    return newsparse.parse(html, url=url)


def layout_of(article: newsparse.Article) -> type[Layout] | None:
    if article.site is None:
        return None
    for layout in registry.load(article.site).layouts:
        if article.report.layout == layout.NAME:
            return layout
    return None


# Fixture pages run everywhere; corpus pages only where ../shared/corpus is.
ALL_IDS = [*sorted(_fixture_pages()), *(pytest.param(i, marks=requires_corpus) for i in CORPUS_IDS)]


def _check_benign(page_id: str, data: st.DataObject) -> None:
    before = baseline(page_id)
    layout = layout_of(before)
    keep = layout_keep(layout) if layout else ""
    html, url = page_of(page_id)
    drifted = data.draw(benign_drifts(html, keep))
    after = newsparse.parse(drifted, url=url)
    assert benign_changes(before, after) == []


def _check_breaking(page_id: str, data: st.DataObject) -> None:
    before = baseline(page_id)
    layout = layout_of(before)
    if layout is None:
        pytest.skip("the generic parser read this page; breaking drift targets site selectors")
    html, url = page_of(page_id)
    drift = data.draw(breaking_drifts(html, layout_selectors(layout)))
    after = newsparse.parse(drift.html, url=url)
    assert unreported_changes(before, after) == [], f"{drift.action} {drift.part}"


@pytest.mark.parametrize("page_id", ALL_IDS)
@settings(max_examples=EXAMPLES)
@given(data=st.data())
def test_benign_drift_changes_nothing(page_id: str, data: st.DataObject) -> None:
    _check_benign(page_id, data)


@pytest.mark.parametrize("page_id", ALL_IDS)
@settings(max_examples=EXAMPLES)
@given(data=st.data())
def test_breaking_drift_is_reported(page_id: str, data: st.DataObject) -> None:
    _check_breaking(page_id, data)
