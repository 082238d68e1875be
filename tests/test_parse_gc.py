"""``parse`` pauses the cycle collector, leaves it as it found it, and leaves it no cycles."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

import newsparse
from newsparse.errors import NewsparseError
from newsparse.testing import fixtures

PAGE = (
    "<html><body><article><h1>Neue Radwege für die Innenstadt</h1>"
    "<p>Der Stadtrat hat am Dienstag beschlossen, vier neue Radwege zu bauen.</p>"
    "</article></body></html>"
)


def test_the_collector_runs_again_after_a_parse() -> None:
    assert gc.isenabled()
    newsparse.parse(PAGE)
    assert gc.isenabled()


def test_the_collector_runs_again_after_a_failed_parse() -> None:
    with pytest.raises(NewsparseError):
        newsparse.parse(b"%PDF-1.7 binary")
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off() -> None:
    gc.disable()
    try:
        newsparse.parse(PAGE)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_is_off_while_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    original = newsparse.api._parse

    def spy(*args: object) -> newsparse.Article:
        seen.append(gc.isenabled())
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(newsparse.api, "_parse", spy)
    newsparse.parse(PAGE)
    assert seen == [False]


_FIXTURES = list(fixtures.find(Path(__file__).resolve().parents[1] / "fixtures"))


@pytest.mark.parametrize("parser", [None, "generic"])
@pytest.mark.parametrize("fixture", _FIXTURES, ids=[f.name for f in _FIXTURES])
def test_a_parse_leaves_no_reference_cycle(fixture: fixtures.Fixture, parser: str | None) -> None:
    # With the collector paused, a parse must free its tree by reference counting alone.
    # A cycle (an object holding a bound method of itself, say) keeps the page's tree
    # until some later collection: memory grows, and the next caller pays for the free.
    page = fixture.page()
    newsparse.parse(page, url=fixture.meta.url, parser=parser)  # imports and caches: once
    gc.collect()
    gc.disable()
    try:
        newsparse.parse(page, url=fixture.meta.url, parser=parser)
        left = gc.collect()
    finally:
        gc.enable()
    assert left == 0, f"{left} objects in reference cycles after the parse"
