"""German newsroom conventions: text clean-up, credits, source lines, agencies, bylines, dates.

This package owns the grammar; parsers only find the element and hand its text
here. Every function takes plain text, never raises on odd input, and runs in
time linear in the input: long input is cut to a bounded window first, and the
patterns have bounded repetition. One module per convention (:mod:`.text`,
:mod:`.agencies`, :mod:`.credits`, :mod:`.sources`, :mod:`.bylines`,
:mod:`.dates`, :mod:`.sections`); the word lists are files in ``words/`` (:mod:`.lists` reads
them), and the German phrase lists of the other modules are in :mod:`.phrases`.

>>> parse_credit("(Foto: picture alliance / dpa | Kay Nietfeld)").holders
('picture alliance', 'dpa', 'Kay Nietfeld')
>>> parse_source_line("Quelle: ntv.de, ino/AFP/dpa").agencies
('AFP', 'dpa')
>>> parse_byline("Von Seb Dumitru, Lille")
('Seb Dumitru',)
"""

from __future__ import annotations

from newsparse.conventions.agencies import AGENCIES, PHOTO_AGENCIES, agency, find_agencies
from newsparse.conventions.bylines import is_byline, parse_byline, split_byline
from newsparse.conventions.credits import is_credit, parse_credit, split_credit
from newsparse.conventions.dates import (
    country_for,
    date_role,
    is_date_line,
    parse_date,
    timezone_for,
    zone,
)
from newsparse.conventions.phrases import (
    BOILERPLATE_CLASS_PREFIXES,
    BOILERPLATE_CLASS_WORDS,
    BOILERPLATE_PHRASES,
    BOILERPLATE_SHORT,
    CONSENT_PATTERNS,
    GALLERY_PATTERNS,
    GALLERY_URL_PATTERNS,
    HOME_CRUMBS,
    KICKER_BADGES,
    NOT_FOUND_PATTERNS,
    NOT_SECTION_SEGMENTS,
    PAYWALL_PATTERNS,
    PLAYER_CONTROLS,
    PROMOTION_PATTERNS,
    TICKER_PATTERNS,
    TICKER_URL_PATTERNS,
    UMBRELLA_CRUMBS,
    VIDEO_URL_PATTERNS,
)
from newsparse.conventions.sections import path_section
from newsparse.conventions.sources import (
    is_source_line,
    parse_source_line,
    split_source,
    trailing_source,
    without_rights_note,
)
from newsparse.conventions.text import fold, normalize

__all__ = [
    "AGENCIES",
    "BOILERPLATE_CLASS_PREFIXES",
    "BOILERPLATE_CLASS_WORDS",
    "BOILERPLATE_PHRASES",
    "BOILERPLATE_SHORT",
    "CONSENT_PATTERNS",
    "GALLERY_PATTERNS",
    "GALLERY_URL_PATTERNS",
    "HOME_CRUMBS",
    "KICKER_BADGES",
    "NOT_FOUND_PATTERNS",
    "NOT_SECTION_SEGMENTS",
    "PAYWALL_PATTERNS",
    "PHOTO_AGENCIES",
    "PLAYER_CONTROLS",
    "PROMOTION_PATTERNS",
    "TICKER_PATTERNS",
    "TICKER_URL_PATTERNS",
    "UMBRELLA_CRUMBS",
    "VIDEO_URL_PATTERNS",
    "agency",
    "country_for",
    "date_role",
    "find_agencies",
    "fold",
    "is_byline",
    "is_credit",
    "is_date_line",
    "is_source_line",
    "normalize",
    "parse_byline",
    "parse_credit",
    "parse_date",
    "parse_source_line",
    "path_section",
    "split_byline",
    "split_credit",
    "split_source",
    "timezone_for",
    "trailing_source",
    "without_rights_note",
    "zone",
]
