"""Bylines: author names and the place written from (``Von Seb Dumitru, Lille``).

>>> parse_byline("Von Seb Dumitru, Lille")
('Seb Dumitru',)
>>> split_byline("Von Seb Dumitru, Lille")
(('Seb Dumitru',), 'Lille')
"""

from __future__ import annotations

import re

from newsparse.conventions import lists
from newsparse.conventions.agencies import agency
from newsparse.conventions.credits import PARTICLES
from newsparse.conventions.sources import AGENCY_SPLIT, OUTLET, OUTLET_SHORT
from newsparse.conventions.text import unique, window

__all__ = ["is_byline", "parse_byline", "split_byline"]


_BYLINE_KINDS = lists.alternatives("byline_kinds")
_BYLINE_PREFIX = re.compile(
    rf"^(?:(?:ein|eine)\s+(?:{_BYLINE_KINDS})\s+(?:von|mit)\s+"
    rf"|(?:{_BYLINE_KINDS})\s+(?:von|mit)\s+"
    r"|das\s+(?:gespräch|interview)\s+führte[n]?\s+"
    r"|[a-zäöü][\w-]{1,20}\s+von\s+"
    r"|(?:autor(?:in|en|innen)?(?:/autor(?:in)?)?|text|von|by|interview|redaktion|recherche)"
    r"\s*:?\s+)",
    re.I,
)
_ROLE_NOUN = re.compile(rf"(?:{lists.alternatives('role_nouns')})(?:in|innen|en)?$", re.I)
_ROLE_ADJECTIVE = re.compile(
    rf"(?<![a-zäöü])(?:{lists.alternatives('role_adjectives')})(?:e|er|en)?", re.I
)
_GLUED_ROLE = re.compile(
    r"(?<=[a-zäöüßA-ZÄÖÜ])(?=(?:Leitende[r]?\s)?(?:Redakteur|Korrespondent|Volontär|Reporter|"
    r"Nachrichtenagentur|Chefredakteur|Redaktionsleiter)(?:in)?\b)"
)
_GLUED_STEMS = ("Redakt", "Korrespond", "Volontär", "Reporter", "Nachrichtenagentur", "Chefred")
# (?!(?<=\s)\s): never start inside a run of spaces (linear time; see conventions.text).
_NAME_SPLIT = re.compile(r"(?!(?<=\s)\s)\s*(?:\bund\b|&|\bsowie\b|\band\b|\s\|\s|;)\s*")
#: A ``mit`` in a byline, where what the text was written with may follow (the last one
#: counts). A match starts where a run of spaces and commas starts: linear time.
_WITH = re.compile(r"(?<![\s,])[\s,]+mit\s+", re.I)
#: The material a text was written with (``mit Material von dpa``, ``mit
#: Agenturmaterial``): no author's name.
_MATERIAL_NOTE = re.compile(
    r"(?:weiterem\s+)?(?:material|informationen)\s+(?:von|der|des)\b|agenturmaterial\b", re.I
)
_PAREN_SUFFIX = re.compile(r"(?!(?<=\s)\s)\s*\([^()]{1,40}\)")
_DATE_PART = re.compile(r"^\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?$|^\d")
_FROM_PLACE = re.compile(r"(?!(?<=\s)\s)\s+aus\s+([A-ZÄÖÜ][\w-]{1,30}(?:\s[A-ZÄÖÜ][\w-]{1,30})?)$")
_MULTIWORD_PLACE = re.compile(
    rf"^(?:(?:{lists.alternatives('place_prefixes')})"
    r"\s+[A-ZÄÖÜ][\w-]{1,30}"
    r"|[A-ZÄÖÜ][\w-]{1,30}\s+(?:am|an der|im|in der|ob der)\s+[A-ZÄÖÜ][\w-]{1,30})$"
)
_TRAIL_NOISE = re.compile(r"(?!(?<=\s)\s)\s+[-–|•]\s+\d.*$")


def parse_byline(text: str) -> tuple[str, ...]:
    """Author names from a byline; prefixes, roles and the dateline are dropped.

    >>> parse_byline("Von Anna Schmidt, Peter Meier und Ina Wolf")
    ('Anna Schmidt', 'Peter Meier', 'Ina Wolf')
    >>> parse_byline("Ein Kommentar von Max Mustermann")
    ('Max Mustermann',)
    """
    return split_byline(text)[0]


def split_byline(text: str) -> tuple[tuple[str, ...], str | None]:
    """Author names and the dateline (the place written from) of a byline.

    An agency stands as an author; roles (``Redakteurin für Finanzen``), outlets
    (``MDR THÜRINGEN``), Kürzel in brackets and dates are dropped.

    >>> split_byline("Von Seb Dumitru, Lille")
    (('Seb Dumitru',), 'Lille')
    >>> split_byline("Von Felix Schröder und Jörg Soldwisch, dpa")
    (('Felix Schröder', 'Jörg Soldwisch', 'dpa'), None)
    """
    raw = window(text, 300)
    if not raw:
        return (), None
    if raw.startswith("(") and raw.endswith(")"):
        raw = raw[1:-1]
    if " - " in raw or " – " in raw or " | " in raw or " • " in raw:
        raw = _TRAIL_NOISE.sub("", raw)
    body = _without_agency_note(_BYLINE_PREFIX.sub("", raw, count=1).strip(" ,;:"))
    if any(stem in body for stem in _GLUED_STEMS):
        body = _GLUED_ROLE.sub(", ", body)
    parts = [p.strip() for p in _COMMA.split(body) if p.strip()]
    dateline: str | None = None
    names: list[str] = []
    for index, part in enumerate(parts):
        if "(" in part:
            part = _PAREN_SUFFIX.sub("", part)
        part = part.strip(" .:;|")
        if not part or _DATE_PART.match(part):
            continue
        if index > 0 and _is_role(part):
            continue
        if index > 0 and _is_outlet_part(part):
            continue
        is_last = index == len(parts) - 1 or all(
            _DATE_PART.match(p.strip()) for p in parts[index + 1 :]
        )
        if index > 0 and is_last and not agency(part) and _is_place(part):
            dateline = part
            continue
        place = _FROM_PLACE.search(part)
        if place:
            dateline = dateline or place.group(1)
            part = part[: place.start()]
        for piece in _NAME_SPLIT.split(part):
            name = _name(piece)
            if name:
                names.append(name)
    return unique(names), dateline


def _without_agency_note(body: str) -> str:
    """``body`` with what it was written with after its last ``mit``: a material note
    (``mit Material von dpa``) cut off, a list of agencies (``mit AFP und dpa``) made
    names like the ones before it (an agency stands as an author)."""
    if "mit" not in body.lower():
        return body
    withs = list(_WITH.finditer(body))
    found = withs[-1] if withs else None
    if found is None or not found.start():
        return body
    rest = body[found.end() :]
    if _MATERIAL_NOTE.match(rest):
        return body[: found.start()]
    pieces = [p for p in AGENCY_SPLIT.split(rest.strip(" .")) if p]
    if pieces and all(agency(p) for p in pieces):
        return f"{body[: found.start()]}, {', '.join(pieces)}"
    return body


def is_byline(text: str) -> bool:
    """True when a short text is a byline: a byline prefix followed by at least one name.

    >>> is_byline("Von Seb Dumitru, Lille"), is_byline("Von Montag an gilt das Ticket")
    (True, False)
    """
    raw = window(text, 200)
    if not raw or not _BYLINE_PREFIX.match(raw.lstrip("(")):
        return False
    names = parse_byline(raw)
    return bool(names) and all(len(name.split()) <= 4 for name in names)


_LONE_PREFIXES = frozenset(lists.words("byline_lone_prefixes"))
_COMMA = re.compile(r"(?!(?<=\s)\s)\s*,\s*")
_ONE_WORD_PLACE = re.compile(r"[A-ZÄÖÜ][\w-]{1,40}")


def _name(piece: str) -> str | None:
    piece = piece.strip(" .:;|")
    if not piece or piece.lower() in _LONE_PREFIXES:
        return None
    canonical = agency(piece)
    if canonical:
        return canonical
    words = piece.split()
    for index in range(2, len(words)):  # "Holger Zschäpitz Leitender Wirtschaftsredakteur"
        word = words[index]
        nxt = words[index + 1] if index + 1 < len(words) else ""
        if _ROLE_NOUN.search(word) or (
            _ROLE_ADJECTIVE.fullmatch(word) and nxt and _ROLE_NOUN.search(nxt)
        ):
            words = words[:index]
            break
    if not words[0][:1].isupper() and not words[0][:1].isdigit() and not OUTLET.match(piece):
        return None  # "unserer Redaktion": not a name; "sportschau.de" is kept
    if any(w[:1].islower() and w not in PARTICLES for w in words[1:]):
        return None  # "Montag an": words of a sentence, not a name
    return " ".join(words)


def _is_role(part: str) -> bool:
    words = part.split()
    first = words[0]
    if _ROLE_NOUN.search(first) and first[:1].isupper():
        return True
    return (
        len(words) > 1
        and bool(_ROLE_ADJECTIVE.fullmatch(first))
        and bool(_ROLE_NOUN.search(words[1]))
    )


def _is_outlet_part(part: str) -> bool:
    first = part.split()[0]
    return not agency(part) and (
        (first.lower() in OUTLET_SHORT and first.isupper()) or bool(OUTLET.match(part))
    )


def _is_place(part: str) -> bool:
    if " " not in part:
        return bool(_ONE_WORD_PLACE.fullmatch(part))
    return bool(_MULTIWORD_PLACE.match(part))
