"""News and photo agencies: their canonical names and every spelling seen on pages.

The names and spellings are ``words/agencies.txt`` and ``words/photo_agencies.txt``.

>>> agency("rts"), agency("Picture-Alliance"), agency("KEYSTONE"), agency("Max Muster")
('Reuters', 'picture alliance', 'Keystone-SDA', None)
>>> find_agencies("Mit Material der Nachrichtenagenturen dpa und Reuters")
('dpa', 'Reuters')
"""

from __future__ import annotations

import re

from newsparse.conventions import lists
from newsparse.conventions.text import normalize, unique

__all__ = [
    "AGENCIES",
    "AGENCY_INDEX",
    "MULTIWORD_AGENCY",
    "PHOTO_AGENCIES",
    "agency",
    "find_agencies",
]

#: Canonical agency name -> spellings seen on pages (matched case-insensitively).
AGENCIES: dict[str, tuple[str, ...]] = lists.table("agencies")
#: Agencies that only sell pictures: they appear in credits, never in source lines.
PHOTO_AGENCIES: frozenset[str] = frozenset(lists.words("photo_agencies"))
#: Lower-case spelling -> canonical name.
AGENCY_INDEX: dict[str, str] = {
    alias: name for name, aliases in AGENCIES.items() for alias in (name.lower(), *aliases)
}
#: Any spelling of more than one word, longest first.
MULTIWORD_AGENCY = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(a) for a in sorted(AGENCY_INDEX, key=len, reverse=True) if " " in a)
    + r")(?![\w-])",
    re.I,
)
_ODD_SPACE = re.compile(r"[^\S ]|  |[\u00ad\u200b-\u200f\u2060\ufeff]")
_TOKEN_SPLIT = re.compile(r"[\s,;/|()+]+")


def agency(name: str) -> str | None:
    """The canonical name of a news or photo agency, or ``None`` if ``name`` is none.

    >>> agency("rts"), agency("Picture-Alliance"), agency("KEYSTONE"), agency("Max Muster")
    ('Reuters', 'picture alliance', 'Keystone-SDA', None)
    """
    if not name or len(name) > 80:
        return None
    found = AGENCY_INDEX.get(name.strip(" .;:()[]").lower())
    if found is None and _ODD_SPACE.search(name):
        found = AGENCY_INDEX.get(normalize(name).strip(" .;:()[]").lower())
    return found


def find_agencies(text: str) -> tuple[str, ...]:
    """Every agency named in ``text``, canonically spelled, in order of first mention.

    >>> find_agencies("Mit Material der Nachrichtenagenturen dpa und Reuters")
    ('dpa', 'Reuters')
    """
    raw = normalize(text[:2000])
    found: list[str] = []
    last = 0
    for match in MULTIWORD_AGENCY.finditer(raw):
        found.extend(_single_agencies(raw[last : match.start()]))
        found.append(AGENCY_INDEX[match.group(0).lower()])
        last = match.end()
    found.extend(_single_agencies(raw[last:]))
    return unique(found)


def _single_agencies(text: str) -> list[str]:
    names = (agency(token) for token in _TOKEN_SPLIT.split(text) if token)
    return [name for name in names if name]
