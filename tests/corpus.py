"""The shared corpus of real pages (``../shared/corpus``), read in place.

``NEWSPARSE_CORPUS`` names another folder. Tests that need the corpus use
``requires_corpus`` and skip with a reason when the folder is absent; the run's
summary counts them. Nothing from the corpus is ever copied into the project.
"""

from __future__ import annotations

import gzip
import json
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("NEWSPARSE_CORPUS") or ROOT.parent / "shared" / "corpus")
CORPUS_MISSING = f"the shared corpus is not at {CORPUS} (set NEWSPARSE_CORPUS)"

requires_corpus = pytest.mark.skipif(not (CORPUS / "index.json").is_file(), reason=CORPUS_MISSING)


@dataclass(frozen=True)
class CorpusPage:
    """One corpus page: its id (``NTV_2025_12_12``), URL, reference and file."""

    id: str
    publisher: str
    url: str
    path: Path
    reference: dict[str, Any]

    @property
    def html(self) -> bytes:
        """The page's bytes, decompressed."""
        return _read(self.path)

    def reference_paragraphs(self) -> list[str]:
        """The reference body: summary, then every section's paragraphs."""
        body = self.reference.get("body") or {}
        paragraphs = list(body.get("summary") or [])
        for section in body.get("sections") or []:
            paragraphs.extend(section.get("paragraphs") or [])
        return paragraphs

    def reference_body(self) -> list[str]:
        """The reference paragraphs without the summary (teaser)."""
        body = self.reference.get("body") or {}
        return [p for s in body.get("sections") or [] for p in s.get("paragraphs") or []]

    def reference_subheadings(self) -> list[str]:
        """The reference's section headlines, in order."""
        body = self.reference.get("body") or {}
        return [h for s in body.get("sections") or [] for h in s.get("headline") or []]


@cache
def _read(path: Path) -> bytes:
    return gzip.decompress(path.read_bytes())


@cache
def pages() -> tuple[CorpusPage, ...]:
    """Every corpus page, in index order; empty when the corpus is absent."""
    index = CORPUS / "index.json"
    if not index.is_file():
        return ()
    found = []
    for row in json.loads(index.read_text(encoding="utf-8")):
        path = CORPUS / row["page"]
        meta = json.loads(path.with_name(path.name.replace(".html.gz", ".json")).read_text("utf-8"))
        found.append(
            CorpusPage(
                id=path.name.replace(".html.gz", ""),
                publisher=row["publisher"],
                url=meta["url"],
                path=path,
                reference=meta.get("reference") or {},
            )
        )
    return tuple(found)


def pages_of(*publishers: str) -> list[CorpusPage]:
    """The corpus pages of the given publishers (``NTV`` ...)."""
    return [p for p in pages() if p.publisher in publishers]


def page(page_id: str) -> CorpusPage:
    """One page by id; skips the test when the corpus is absent."""
    for candidate in pages():
        if candidate.id == page_id:
            return candidate
    pytest.skip(f"corpus page {page_id} is not available")
