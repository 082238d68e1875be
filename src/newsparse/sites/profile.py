"""What a site parser knows that is not layout: the facts that survive a redesign.

A :class:`Profile` is declared once per site, beside its layouts, and is
applied to every page of the site, whether one of its layouts matched or not:
the country (and so the time zone of dates printed without an offset), the
names that are the outlet and never an author, how URL paths name the
sections, how paywalled pages are addressed, and the outlet named in its
source lines.

>>> profile = Profile(section_paths=True, skip_segments=("nachrichten",))
>>> profile.section_from_url("https://www.zdf.de/nachrichten/wirtschaft/handel-100.html")
'Wirtschaft'
>>> profile.section_from_url("https://www.zdf.de/nachrichten/handel-100.html") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import urlsplit

import attrs

from newsparse.conventions import path_section, timezone_for
from newsparse.generic.container import name_key


def _copy(value: Mapping[str, str]) -> dict[str, str]:
    return dict(value)


@attrs.frozen(kw_only=True)
class Profile:
    """Layout-independent facts about a site, applied to every page of it."""

    country: str = "de"
    """ISO code of the country the site reports from (``de``, ``at``, ``ch``, ``lu``, ``li``);
    dates printed without an offset are read in its time zone."""
    brands: tuple[str, ...] = ()
    """Names of the outlet (``ntv.de``, ``n-tv``): never an author."""
    source_outlet: str | None = None
    """The outlet as its source lines name it, e.g. ``ntv.de`` in ``Quelle: ntv.de, dpa``."""
    section_paths: bool = False
    """True when the first word-like segment of an article's URL path names its section."""
    skip_segments: tuple[str, ...] = ()
    """Leading URL path segments that come before the section (``nachrichten``, ``aktuell``)."""
    section_names: Mapping[str, str] = attrs.field(factory=dict, converter=_copy)
    """URL path segment -> the section as the site prints it, where title case is wrong
    (``fussball`` -> ``Fußball``, ``nrw`` -> ``NRW``)."""
    paywall_path: str | None = None
    """Regular expression searched in the URL path of paywalled articles only."""

    @property
    def timezone(self) -> str:
        """The zone the site prints its times in."""
        return timezone_for(self.country)

    def section_from_url(self, url: str | None) -> str | None:
        """The section the URL path names, or ``None`` when the site's paths name none."""
        if not self.section_paths:
            return None
        return path_section(url, skip=self.skip_segments, names=self.section_names)

    def is_brand(self, name: str) -> bool:
        """True when ``name`` is one of the outlet's names (letters and digits compared)."""
        wanted = name_key(name)
        return any(name_key(brand) == wanted for brand in self.brands)

    def paywalled_by_url(self, url: str | None) -> bool | None:
        """True when the URL says the article is paywalled; ``None`` when it cannot say."""
        if self.paywall_path is None or not url:
            return None
        try:
            path = urlsplit(url).path
        except ValueError:
            return None
        return True if re.search(self.paywall_path, path) else None
