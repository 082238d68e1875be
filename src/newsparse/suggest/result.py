"""What ``suggest_layout`` returns: a layout, its source, and per part how sure it is."""

from __future__ import annotations

import attrs

from newsparse.sites.base import Layout


@attrs.frozen(kw_only=True)
class PartSuggestion:
    """One placed part: its selector, what it matched, and how sure the suggestion is."""

    part: str
    """The article part (``headline``, ``body``, ``images`` ...)."""
    selector: str
    """The part's main selector (``BODY`` for the body, ``IMAGES`` for images)."""
    constants: dict[str, object]
    """Every layout constant set for the part (``BODY``, ``BOILERPLATE``, ``SUBHEADINGS`` ...)."""
    texts: tuple[str | None, ...]
    """Per given page: the text the selector matched (a summary for body and images)."""
    pages: float
    """Share of the given pages on which the layout reads the part as expected (0..1)."""
    generic: float
    """Mean agreement with the generic parser's value on the given pages (0..1)."""
    drift: float | None
    """Share of benign drifts of the given pages that leave the part's value unchanged
    (0..1); ``None`` when not measured (the drift strategies need hypothesis)."""

    @property
    def confidence(self) -> float:
        """The weakest of the agreements measured."""
        return min(self.pages, self.generic, 1.0 if self.drift is None else self.drift)


@attrs.frozen(kw_only=True)
class LayoutSuggestion:
    """A layout suggested from a few pages of one design."""

    layout: type[Layout]
    """The layout class, ready for ``Site(name=..., title=..., layouts=(layout,))``."""
    source: str
    """The same class as Python source to paste into a site module."""
    parts: tuple[PartSuggestion, ...]
    """The placed parts, in article order."""
    missing: tuple[str, ...]
    """Parts the generic parser found but no selector could place (left out, not guessed)."""
    stated: tuple[str, ...] = ()
    """Parts left to the page's JSON-LD or meta tags, which state on every given page
    what the page prints (no selector needed)."""
    marker: str | None
    """The layout's marker, or ``None`` when no selector told these pages apart."""
    urls: tuple[str | None, ...]
    """The given pages' URLs."""

    def part(self, name: str) -> PartSuggestion | None:
        """The suggestion for part ``name``, or ``None`` when it was not placed."""
        for found in self.parts:
            if found.part == name:
                return found
        return None
