"""Loading the word lists in ``conventions/words/``: one entry a line, read once.

Each ``words/<name>.txt`` starts with ``#`` comments that say what the list
holds and whether its lines are plain words or regular-expression
alternatives; blank lines are skipped. A table's lines read
``key = value | value ...``. The files ship inside the package (see
``package-data`` in ``pyproject.toml``) and are read through
:mod:`importlib.resources`, so they are found in a wheel or a zip as well.

>>> words("desks")[:2]
('international', 'kultur')
>>> table("months")["jänner"]
('1',)
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

__all__ = ["alternatives", "names", "table", "words"]


@cache
def words(name: str) -> tuple[str, ...]:
    """The entries of ``words/<name>.txt`` in file order, without comments and blank lines."""
    text = files(__package__ or "newsparse.conventions").joinpath("words", f"{name}.txt")
    lines = (line.strip() for line in text.read_text(encoding="utf-8").splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


def alternatives(name: str) -> str:
    """The lines of a list of regular-expression alternatives, joined with ``|``."""
    return "|".join(words(name))


@cache
def table(name: str) -> dict[str, tuple[str, ...]]:
    """A table file as ``{key: (value, ...)}`` in file order; ``key =`` alone maps to ``()``."""
    found: dict[str, tuple[str, ...]] = {}
    for line in words(name):
        key, _, values = line.partition("=")
        found[key.strip()] = tuple(v.strip() for v in values.split("|") if v.strip())
    return found


def names() -> tuple[str, ...]:
    """Every list's name (the file names without ``.txt``), sorted."""
    folder = files(__package__ or "newsparse.conventions").joinpath("words")
    return tuple(sorted(e.name[:-4] for e in folder.iterdir() if e.name.endswith(".txt")))
