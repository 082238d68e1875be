"""The words and phrases parsers look for, harvested from their code, so redaction keeps them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from newsparse import blocks, conventions
from newsparse.testing.redact.words import _LETTER_RUN, _TOKEN

_SELECTOR_VALUE = re.compile(
    r"""\[[\w:-]+\s*[~|^$*]?=\s*(?:'([^']*)'|"([^"]*)"|([^\]\s]+))"""
    r"""|:contains\(\s*(?:'([^']*)'|"([^"]*)")\s*\)"""
)
_SELECTOR_LIKE = re.compile(r"[#\[\]>~]|[\w\]]\.[A-Za-z_-]|^\.|__")
_REGEX_NOISE = re.compile(r"\\[A-Za-z]|\[[^\]]*\]|\(\?[A-Za-z-]+[:)]|\{[^}]*\}|\(\?P<\w+>")
_OPTIONAL_LETTER = re.compile(r"([^\W\d_]{2,})\?")


def _strings(value: Any, depth: int = 0) -> Iterable[str | re.Pattern[str]]:
    """String literals and patterns in a module-level value, a class or a function."""
    if depth > 4:
        return
    if isinstance(value, (str, re.Pattern)):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(k, depth + 1)
            yield from _strings(v, depth + 1)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _strings(item, depth + 1)
    elif isinstance(value, type):
        for name, member in vars(value).items():
            if not name.startswith("__"):
                yield from _strings(member, depth + 1)
    elif isinstance(value, (staticmethod, classmethod)):
        yield from _strings(value.__func__, depth + 1)
    elif isinstance(value, property):
        yield from _strings(value.fget, depth + 1)
    elif hasattr(value, "__code__"):
        yield from _code_strings(value.__code__, getattr(value, "__doc__", None))


def _code_strings(code: Any, doc: str | None) -> Iterable[str]:
    for const in code.co_consts:
        if isinstance(const, str) and const != doc:
            yield const
        elif hasattr(const, "co_consts"):
            yield from _code_strings(const, None)


def vocabulary(modules: Iterable[Any]) -> tuple[frozenset[str], frozenset[str]]:
    """Words and phrases the parsers in ``modules`` look for, harvested from their code.

    Single words, multi-word phrases, the literal words of regular expressions
    and the attribute values in CSS selectors (``[aria-label='Themen']``), from
    module constants, class constants and the literals in functions. Docstrings
    and long prose are left out.
    """
    words: set[str] = set()
    phrases: set[str] = set()
    for module in modules:
        for name, value in vars(module).items():
            if name.startswith("__") or (
                (isinstance(value, type) or (callable(value) and hasattr(value, "__code__")))
                and getattr(value, "__module__", None) != module.__name__
            ):
                continue  # imported from elsewhere
            for item in _strings(value):
                if isinstance(item, re.Pattern) or "|" in item or "\\" in item:
                    source = item.pattern if isinstance(item, re.Pattern) else item
                    source = source if isinstance(source, str) else ""
                    for match in _OPTIONAL_LETTER.finditer(source):
                        words.add(match.group(1)[:-1].lower())
                    cleaned = _REGEX_NOISE.sub(" ", source)
                    words.update(w.lower() for w in _LETTER_RUN.findall(cleaned) if len(w) > 1)
                    continue
                for match in _SELECTOR_VALUE.finditer(item):
                    value_text = next(g for g in match.groups() if g is not None)
                    if _LETTER_RUN.search(value_text):
                        phrases.add(value_text)
                found = _LETTER_RUN.findall(item)
                if len(found) == 1 or _SELECTOR_LIKE.search(item) or not re.search(r"\s", item):
                    words.update(w.lower() for w in found)
                elif found:
                    phrases.add(" ".join(_TOKEN.findall(item)))
    return frozenset(w for w in words if len(w) > 1), frozenset(phrases)


#: Conventions modules whose strings are no parser's words: the list loader, and the
#: phrase lists, which are harvested where they are used (blocks, generic.boilerplate).
_NOT_HARVESTED = frozenset({"newsparse.conventions.lists", "newsparse.conventions.phrases"})


@lru_cache(maxsize=1)
def parser_vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """:func:`vocabulary` of conventions, block reader, generic parser and every site parser."""
    import importlib
    import pkgutil
    import sys

    from newsparse import generic, registry

    package = importlib.import_module("newsparse.sites")
    names = {m.name for m in pkgutil.iter_modules(package.__path__, "newsparse.sites.")}
    names |= {entry.module for entry in registry.entries().values()}
    modules: dict[str, Any] = {blocks.__name__: blocks}
    for info in pkgutil.iter_modules(conventions.__path__, "newsparse.conventions."):
        if info.name not in _NOT_HARVESTED:
            modules[info.name] = importlib.import_module(info.name)
    for info in pkgutil.iter_modules(generic.__path__, "newsparse.generic."):
        modules[info.name] = importlib.import_module(info.name)  # a package since the split
    for name in sorted(names):
        try:
            module = importlib.import_module(name)
        except Exception:  # a site module that does not import is not our concern here
            continue
        modules[name] = module
        site = getattr(module, "SITE", None)
        for layout in getattr(site, "layouts", ()):
            for cls in layout.__mro__:
                owner = sys.modules.get(cls.__module__)
                if owner is not None and cls.__module__.startswith(("newsparse.", name)):
                    modules.setdefault(cls.__module__, owner)
    return vocabulary(modules.values())


def _phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str] | None:
    parts = sorted({p.strip().lower() for p in phrases if p.strip()}, key=len, reverse=True)
    if not parts:
        return None
    alternatives = [r"\W+".join(re.escape(w) for w in _TOKEN.findall(p)) for p in parts]
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.I)
