"""``parse`` pauses Python's cycle collector and always leaves it as it found it."""

from __future__ import annotations

import gc

import pytest

import newsparse
from newsparse.errors import NewsparseError

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
