"""Dates printed on the page: ``time`` elements, date-named elements, the title's date.

JSON-LD and meta dates are read in :mod:`newsparse.generic.parser`, which falls
back to :func:`dom_date` for the publishing date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from itertools import islice

from newsparse.blocks import element_date
from newsparse.conventions import parse_date
from newsparse.document import Document, HtmlElement
from newsparse.generic.container import Measure, class_words, inside_links
from newsparse.generic.titles import LONGEST_TITLE, TITLE_SEPARATOR
from newsparse.texts import TextStarts

#: JSON-LD types whose dates stand for the page's when there is no article object.
DATED_TYPES = frozenset({"ClaimReview", "WebPage", "ItemPage", "MediaObject", "VideoObject"})
#: Letters of an element's text read for a date: ``parse_date`` reads the first 200
#: characters, which a start of 201 letters holds.
_DATE_TEXT = 201
#: Class words of an element holding a date.
_DATE_WORDS = frozenset(
    {"date", "datum", "dateline", "published", "pubdate", "timestamp", "datetime", "publishdate"}
)
#: A short line that opens with a date or time (``Stand: 28.04.2023 16:11``); the caller
#: also requires ``parse_date`` to read it. Kept local: conventions' ``is_date_line``
#: differs both ways on the corpus: it keeps a dateline after a place name
#: (``Frankfurt, October 23, 2024, 3:48 Uhr``) and drops durations (``01:48 min``)
#: and dates without a time (``Dienstag, 27. August 2024``).
DATE_LINE = re.compile(
    r"^(?:(?:stand|aktualisiert|veröffentlicht|erstellt|zuletzt aktualisiert|"
    r"update|publiziert)(?: am)?\s*:?\s*)?[\w., :|-]{0,40}\d{1,2}[.:]\s?\d{1,2}",
    re.I,
)


def dom_date(doc: Document, root: HtmlElement | None, stats: Measure, tz: str) -> datetime | None:
    """A ``time`` element, else a date-named element of the article, else the title's date.

    Texts and links above are read for the candidates in page order (:class:`TextStarts`,
    :func:`inside_links`), so nested date boxes are each read once; each kind of
    candidate is tried :data:`DATE_CANDIDATES` times at most.
    """
    scopes = [root] if root is not None else []
    for scope in scopes:
        starts = TextStarts(_DATE_TEXT)
        parsed = _first_date(scope.iter("time"), tz, starts)
        if parsed is not None:
            return parsed
        starts = TextStarts(_DATE_TEXT)
        linked = inside_links(scope)
        named = (
            element
            for element in scope.iter()
            if isinstance(element.tag, str)
            and class_words(element) & _DATE_WORDS
            and stats.text.get(element, 101) <= 100
            and not linked(element)
        )
        parsed = _first_date(named, tz, starts)
        if parsed is not None:
            return parsed
    starts = TextStarts(_DATE_TEXT)
    linked = inside_links(doc.root)
    parsed = _first_date((e for e in doc.root.iter("time") if not linked(e)), tz, starts)
    if parsed is not None:
        return parsed
    title = doc.text("title")
    if title and len(title) <= LONGEST_TITLE:  # longer: a <title> left open, no title
        last = TITLE_SEPARATOR.split(title)[-1]
        if len(last) <= 20:
            return parse_date(last, tz=tz)
    return None


#: Candidates of one kind read for a date: a page prints a few dates, the article's
#: among the first (a thousand date boxes took 0.1 s, each text parsed).
DATE_CANDIDATES = 64


def _first_date(candidates: Iterator[HtmlElement], tz: str, starts: TextStarts) -> datetime | None:
    """The first date one of the first :data:`DATE_CANDIDATES` candidates gives."""
    for element in islice(candidates, DATE_CANDIDATES):
        parsed = element_date(element, tz, starts(element))
        if parsed is not None:
            return parsed
    return None
