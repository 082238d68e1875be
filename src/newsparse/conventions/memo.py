"""Answers kept while one page is read.

A page asks the same question more than once: a closing line is tried as a
source line by the body and again by the source lookahead, a caption's credit
by the figure and again by its caption box, an element's class words by
several of the generic parser's tests. The functions asked are pure, so
:func:`per_page` keeps their answers in a small cache, and :func:`forget`
empties every such cache. ``newsparse.parse`` and the layout suggester call it
when they are done (:func:`forgets`), so nothing of a page outlives its parse
(no element keeps its tree alive) and no page is read faster for texts of the
page before (a benchmark that parses the same pages again would otherwise time
the cache). Threads that parse at once may empty each other's caches: that
costs a repeat of the work, never a wrong answer.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TYPE_CHECKING, ParamSpec, TypeVar

if TYPE_CHECKING:  # the type of lru_cache's wrappers, named only in the stubs' terms
    from functools import _lru_cache_wrapper

T = TypeVar("T")
P = ParamSpec("P")

#: Answers a cache keeps: a page asks a few hundred questions of each grammar, and asks
#: again about an element soon after the first time.
MAX_ANSWERS = 512

_caches: list[_lru_cache_wrapper[object]] = []


def per_page(function: Callable[..., T]) -> _lru_cache_wrapper[T]:
    """``function`` with its answers kept until the next :func:`forget`."""
    cached = lru_cache(maxsize=MAX_ANSWERS)(function)
    _caches.append(cached)
    return cached


def forget() -> None:
    """Empty the caches of :func:`per_page` functions (after each page)."""
    for cache in _caches:
        cache.cache_clear()


def forgets(function: Callable[P, T]) -> Callable[P, T]:
    """``function``, calling :func:`forget` whenever it returns or raises (for the
    functions that read pages: ``parse`` and the layout suggester)."""

    @wraps(function)
    def run(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return function(*args, **kwargs)
        finally:
            forget()

    return run


__all__ = ["MAX_ANSWERS", "forget", "forgets", "per_page"]
