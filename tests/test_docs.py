"""Every example in the docs runs as a test.

Examples are fenced ``pycon`` blocks in doctest form (``>>>`` lines and the
output they print). Each block of each page in ``docs/`` (and README.md) is
one test; blocks of a page share their names, top to bottom, and run with the
project root as the working directory.
"""

from __future__ import annotations

import doctest
import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted([*ROOT.glob("docs/**/*.md"), ROOT / "README.md"])
FENCE = re.compile(r"^```pycon\n(.*?)^```", re.M | re.S)
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def blocks(page: Path) -> list[tuple[int, str]]:
    """(line number, code) of every pycon block in ``page``."""
    text = page.read_text(encoding="utf-8")
    return [(text.count("\n", 0, m.start()) + 1, m.group(1)) for m in FENCE.finditer(text)]


def run_page(page: Path) -> list[str]:
    """Run the page's blocks in order; the failures as readable reports."""
    parser = doctest.DocTestParser()
    globs: dict[str, object] = {}
    failures: list[str] = []
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        for line, code in blocks(page):
            test = parser.get_doctest(code, globs, f"{page.name}:{line}", str(page), line)
            out: list[str] = []
            runner = doctest.DocTestRunner(optionflags=FLAGS)
            runner.run(test, out=out.append, clear_globs=False)
            globs.update(test.globs)
            if runner.failures:
                failures.append("".join(out))
    finally:
        os.chdir(cwd)
    return failures


@pytest.mark.parametrize("page", [p for p in PAGES if blocks(p)], ids=lambda p: p.name)
def test_examples_run(page: Path) -> None:
    failures = run_page(page)
    assert not failures, "\n".join(failures)


def test_a_broken_example_fails(tmp_path: Path) -> None:
    page = tmp_path / "broken.md"
    page.write_text("```pycon\n>>> 1 + 1\n3\n```\n", encoding="utf-8")
    assert run_page(page)
