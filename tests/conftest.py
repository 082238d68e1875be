"""Test settings: Hypothesis profiles ``ci`` (default, fast) and ``deep`` (local runs).

Choose one with ``HYPOTHESIS_PROFILE=deep python3 -m pytest``.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

from corpus import CORPUS, CORPUS_MISSING

settings.register_profile(
    "ci",
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)
settings.register_profile(
    "deep",
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


# -- how many corpus tests ran ------------------------------------------------

_CORPUS_OUTCOMES: dict[str, int] = {"passed": 0, "failed": 0, "skipped": 0}
_CORPUS_ITEMS: set[str] = set()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Remember the tests marked ``requires_corpus``."""
    for item in items:
        if any(m.kwargs.get("reason") == CORPUS_MISSING for m in item.iter_markers("skipif")):
            _CORPUS_ITEMS.add(item.nodeid)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Count the outcome of each corpus test once (its call, or its skip at set-up)."""
    if report.nodeid not in _CORPUS_ITEMS:
        return
    if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
        _CORPUS_OUTCOMES[report.outcome] = _CORPUS_OUTCOMES.get(report.outcome, 0) + 1


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say how many corpus tests ran and how many were skipped, and why."""
    if not _CORPUS_ITEMS:
        return
    ran = _CORPUS_OUTCOMES["passed"] + _CORPUS_OUTCOMES["failed"]
    line = f"corpus tests: {ran} ran, {_CORPUS_OUTCOMES['skipped']} skipped"
    if not (CORPUS / "index.json").is_file():
        line += f" ({CORPUS_MISSING})"
    terminalreporter.write_line(line)
