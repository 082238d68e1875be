"""The section (Ressort) an article's URL path names: ``/politik/ausland/...`` is Politik.

German news sites file articles under their section: the first path segment
that is a word, before the segment of the article itself. One function reads
it for the generic parser (any site) and for the site profiles, which add
what they know of their own paths: leading segments to pass over and the
spelling of sections that title case gets wrong.

>>> path_section("https://www.example.de/politik/ausland/bruecke-100.html")
'Politik'
>>> path_section("https://www.example.de/schleswig-holstein/bruecke-100.html")
'Schleswig-Holstein'
>>> path_section("https://www.example.de/sport/fussball/tor-100.html", names={"sport": "SPORT"})
'SPORT'
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from urllib.parse import unquote, urlsplit

from newsparse.conventions.phrases import NOT_SECTION_SEGMENTS

#: A path segment that may be a section: a word of letters, or two or three
#: joined by hyphens (``schleswig-holstein``), no digits.
SECTION_SEGMENT = re.compile(r"[^\W\d_]{3,20}(?:-[^\W\d_]{2,20}){0,2}")


def path_section(
    url: str | None,
    *,
    skip: Collection[str] = (),
    names: Mapping[str, str] | None = None,
    look: int = 1,
) -> str | None:
    """The section the URL path names, or ``None``.

    Leading segments in ``skip`` are passed over; then of the first ``look``
    segments before the last (the article), a segment that never names a
    section (:data:`NOT_SECTION_SEGMENTS`: languages, article markers) is
    passed over too, and the next one is the section when it is a word:
    spelled as ``names`` maps it, else in title case at each hyphen.
    """
    if not url:
        return None
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return None
    segments = [unquote(segment).lower() for segment in path.split("/") if segment]
    while segments and segments[0] in skip:
        segments.pop(0)
    for segment in segments[:-1][:look]:
        if names and segment in names:
            return names[segment]
        if segment in NOT_SECTION_SEGMENTS:
            continue
        if SECTION_SEGMENT.fullmatch(segment) is None:
            return None
        return "-".join(word.capitalize() for word in segment.split("-"))
    return None


__all__ = ["SECTION_SEGMENT", "path_section"]
