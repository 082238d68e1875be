"""German newsroom conventions: text clean-up, credits, source lines, agencies, bylines, dates.

This module owns the grammar; parsers only find the element and hand its text
here. Every function takes plain text, never raises on odd input, and runs in
time linear in the input (the patterns below have bounded repetition).

>>> parse_credit("(Foto: picture alliance / dpa | Kay Nietfeld)").holders
('picture alliance', 'dpa', 'Kay Nietfeld')
>>> parse_source_line("Quelle: ntv.de, ino/AFP/dpa").agencies
('AFP', 'dpa')
>>> parse_byline("Von Seb Dumitru, Lille")
('Seb Dumitru',)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

from newsparse.model import Credit, SourceLine

__all__ = [
    "AGENCIES",
    "agency",
    "normalize",
    "parse_byline",
    "parse_credit",
    "parse_date",
    "parse_source_line",
    "split_credit",
]

# -- text ---------------------------------------------------------------------

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Remove soft hyphens and zero-width characters, fold whitespace, strip.

    Typographic quotes and dashes stay as printed.

    >>> normalize("Bundes\\u00adtag\\u00a0 tagt\\n")
    'Bundestag tagt'
    """
    if not text:
        return ""
    return _SPACES.sub(" ", text.translate(_INVISIBLE)).strip()


# -- agencies -----------------------------------------------------------------

#: Canonical agency name -> spellings seen on pages (matched case-insensitively).
AGENCIES: dict[str, tuple[str, ...]] = {
    "dpa": ("dpa", "deutsche presse-agentur", "dpa-afx", "dpa-infocom", "dpa/lnw", "dpa/lby"),
    "AFP": ("afp", "agence france-presse", "agence france presse"),
    "Reuters": ("reuters", "rts", "rtr", "thomson reuters"),
    "AP": ("ap", "associated press", "the associated press"),
    "KNA": ("kna", "katholische nachrichten-agentur"),
    "epd": ("epd", "evangelischer pressedienst"),
    "SID": ("sid", "sport-informations-dienst"),
    "dts": ("dts", "dts nachrichtenagentur"),
    "APA": ("apa", "austria presse agentur"),
    "Keystone-SDA": ("keystone-sda", "sda", "keystone", "schweizerische depeschenagentur"),
    "EPA": ("epa", "epa-efe", "european pressphoto agency"),
    "ANP": ("anp",),
    "ANSA": ("ansa",),
    "EFE": ("efe",),
    "Xinhua": ("xinhua",),
    "Bloomberg": ("bloomberg",),
    "AFX": ("afx",),
    "ddp": ("ddp", "ddp images", "dapd"),
    "IMAGO": ("imago", "imago images", "imago/images"),
    "picture alliance": ("picture alliance", "picture-alliance", "picturealliance"),
    "Getty Images": ("getty images", "getty", "gettyimages"),
    "action press": ("action press", "actionpress"),
    "Shutterstock": ("shutterstock",),
    "iStock": ("istock", "istockphoto"),
    "AP Photo": ("ap photo",),
    "Zuma Press": ("zuma press", "zuma", "zuma wire"),
    "Sputnik": ("sputnik",),
    "TASS": ("tass",),
    "KCNA": ("kcna",),
    "Belga": ("belga",),
    "TT": ("tt nyhetsbyrån",),
}
_AGENCY_INDEX: dict[str, str] = {
    alias: name for name, aliases in AGENCIES.items() for alias in (name.lower(), *aliases)
}


def agency(name: str) -> str | None:
    """The canonical name of a news or photo agency, or ``None`` if ``name`` is none.

    >>> agency("rts"), agency("Picture-Alliance"), agency("Max Muster")
    ('Reuters', 'picture alliance', None)
    """
    return _AGENCY_INDEX.get(normalize(name).strip(" .;:()").lower())


def _holder(name: str) -> str:
    return agency(name) or name


# -- photo credits ------------------------------------------------------------

_CREDIT_KINDS: dict[str, str] = {
    "foto": "photo",
    "fotos": "photo",
    "photo": "photo",
    "fotograf": "photo",
    "fotografin": "photo",
    "bild": "picture",
    "bilder": "picture",
    "symbolbild": "picture",
    "symbolfoto": "photo",
    "archivbild": "picture",
    "archivfoto": "photo",
    "titelbild": "picture",
    "grafik": "graphic",
    "grafiken": "graphic",
    "infografik": "graphic",
    "karte": "graphic",
    "video": "video",
    "videos": "video",
    "illustration": "illustration",
    "illu": "illustration",
    "screenshot": "screenshot",
    "quelle": None,  # type: ignore[dict-item]
    "copyright": None,  # type: ignore[dict-item]
    "credit": None,  # type: ignore[dict-item]
}
_KIND_WORDS = "|".join(sorted(_CREDIT_KINDS, key=len, reverse=True))
_CREDIT_PREFIX = re.compile(rf"^(?:({_KIND_WORDS})\s*:|©|\(c\)|copyright\b)\s*", re.I)
_HOLDER_SPLIT = re.compile(r"\s*(?:/|\||\bvia\b|;|,|\s-\s|\s–\s|\bund\b|&)\s*", re.I)
_CREDIT_TAIL = re.compile(
    rf"(?:\(\s*(?:(?:{_KIND_WORDS})\s*:|©)[^()]{{1,200}}\)|(?<![\w])(?:(?:{_KIND_WORDS})\s*:|©)[^()]{{1,200}})\s*$",
    re.I,
)
_BARE_AGENCY_CREDIT = re.compile(r"^[A-Z][\w.\- ]{0,40}(?:\s*/\s*[^/]{1,60}){1,3}$")


def parse_credit(text: str) -> Credit | None:
    """Split a photo credit into its kind and holders.

    Accepts the forms German sites print: ``(Foto: dpa)``, ``Bild: IMAGO/Future Image``,
    ``© dpa``, ``APA/HELMUT FOHRINGER``, ``Getty Images / Sean Gallup``.

    >>> parse_credit("Foto: picture alliance / dpa | Kay Nietfeld").kind
    'photo'
    >>> parse_credit("KEYSTONE/Peter Klaunzer").holders
    ('Keystone-SDA', 'Peter Klaunzer')
    """
    raw = normalize(text)
    if not raw or len(raw) > 400:
        return None
    inner = raw
    if inner.startswith("(") and inner.endswith(")"):
        inner = inner[1:-1].strip()
    kind: str | None = None
    match = _CREDIT_PREFIX.match(inner)
    if match:
        word = (match.group(1) or "").lower()
        kind = _CREDIT_KINDS.get(word) if word else None
        inner = inner[match.end() :]
    inner = inner.strip(" .;:")
    if not inner:
        return None
    holders = tuple(
        _holder(part) for part in _HOLDER_SPLIT.split(inner) if part and part.strip(" .")
    )
    if not holders:
        return None
    return Credit(raw=raw, kind=kind, holders=holders)


def split_credit(caption: str) -> tuple[str | None, Credit | None]:
    """Split a caption with a credit glued to its end into caption and credit.

    >>> split_credit("Lawrow wird empfangen. (Foto: dpa)")
    ('Lawrow wird empfangen.', Credit(raw='(Foto: dpa)', kind='photo', holders=('dpa',)))
    """
    text = normalize(caption)
    if not text:
        return None, None
    match = _CREDIT_TAIL.search(text[-260:])
    if match:
        offset = len(text) - len(text[-260:])
        credit = parse_credit(match.group(0))
        if credit is not None:
            rest = text[: offset + match.start()].rstrip(" |-–")
            return (rest or None), credit
    return text, None


# -- source lines -------------------------------------------------------------

_SOURCE_PREFIX = re.compile(
    r"^(?:quellen?|source|mit material (?:von|der|des)|material)\s*:?\s*", re.I
)
_MATERIAL = re.compile(
    r"\bmit material (?:von|der|des)(?: nachrichtenagentur(?:en)?)?\s+(.{1,200})$", re.I
)
_INITIALS = re.compile(r"^[a-zäöü]{2,5}\d?$")
_OUTLET = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:de|at|ch|com|lu|net|org|eu|info|online)$", re.I)
_TRAILING_AGENCIES = re.compile(r"\(((?:[A-Za-z-]{2,14}\s*/\s*){0,6}[A-Za-z-]{2,14})\)\s*\.?\s*$")


def parse_source_line(text: str) -> SourceLine | None:
    """Split a source line into outlet, editor initials and agencies.

    >>> line = parse_source_line("Quelle: ntv.de, ino/AFP/dpa")
    >>> line.outlet, line.editors, line.agencies
    ('ntv.de', ('ino',), ('AFP', 'dpa'))
    >>> parse_source_line("red, APA").editors
    ('red',)
    """
    raw = normalize(text)
    if not raw or len(raw) > 300:
        return None
    material = _MATERIAL.search(raw)
    if material:
        names = [agency(p) for p in re.split(r"\s*(?:,|\bund\b|/|&)\s*", material.group(1))]
        agencies = tuple(a for a in names if a)
        return SourceLine(raw=raw, agencies=_unique(agencies)) if agencies else None
    body = _SOURCE_PREFIX.sub("", raw, count=1)
    if body.startswith("(") and body.endswith(")"):
        body = body[1:-1]
    outlet: str | None = None
    editors: list[str] = []
    agencies_found: list[str] = []
    for chunk in re.split(r"\s*[,;]\s*", body):
        chunk = chunk.strip(" .")
        if not chunk:
            continue
        if outlet is None and _OUTLET.match(chunk):
            outlet = chunk
            continue
        for token in re.split(r"\s*(?:/|\bund\b|&|\s)\s*", chunk):
            token = token.strip(" .()")
            if not token:
                continue
            name = agency(token)
            if name:
                agencies_found.append(name)
            elif _INITIALS.match(token):
                editors.append(token)
            elif outlet is None and _OUTLET.match(token):
                outlet = token
            else:
                return None  # not a source line: a word that is neither agency nor initials
    if not (outlet or editors or agencies_found):
        return None
    if not agencies_found and not outlet and not _SOURCE_PREFIX.match(raw):
        return None  # bare initials without "Quelle:" are too weak a signal
    return SourceLine(
        raw=raw, outlet=outlet, editors=tuple(editors), agencies=_unique(agencies_found)
    )


def trailing_source(paragraph: str) -> SourceLine | None:
    """A source given at a paragraph's end, e.g. ``... sagte er. (dpa/AFP)``."""
    match = _TRAILING_AGENCIES.search(paragraph[-120:])
    if not match:
        return None
    line = parse_source_line(match.group(1))
    if line is None or not line.agencies:
        return None
    return SourceLine(raw=match.group(0).strip(), editors=line.editors, agencies=line.agencies)


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


# -- bylines ------------------------------------------------------------------

_BYLINE_PREFIX = re.compile(
    r"^(?:(?:ein|eine)\s+(?:kommentar|analyse|gastbeitrag|kolumne|interview|reportage|"
    r"bericht|essay|glosse|einordnung|rezension|kritik)\s+(?:von|mit)\s+|"
    r"(?:autor(?:in|en|innen)?|text|von|by|interview|redaktion|recherche)\s*:?\s+)",
    re.I,
)
_NAME_SPLIT = re.compile(r"\s*(?:,|\bund\b|&|\bsowie\b)\s*")
_ROLE_SUFFIX = re.compile(r"\s*\((?:[^()]{1,40})\)\s*$")


def parse_byline(text: str) -> tuple[str, ...]:
    """Author names from a byline; prefixes, roles and the dateline are dropped.

    >>> parse_byline("Von Anna Schmidt, Peter Meier und Ina Wolf")
    ('Anna Schmidt', 'Peter Meier', 'Ina Wolf')
    >>> parse_byline("Ein Kommentar von Max Mustermann")
    ('Max Mustermann',)
    """
    raw = normalize(text)
    if not raw or len(raw) > 300:
        return ()
    body = _BYLINE_PREFIX.sub("", raw, count=1)
    body = _ROLE_SUFFIX.sub("", body)
    comma_parts = [p for p in re.split(r"\s*,\s*", body) if p]
    names: list[str] = []
    for index, part in enumerate(comma_parts):
        pieces = [p for p in _NAME_SPLIT.split(part) if p]
        is_last = index == len(comma_parts) - 1
        if index > 0 and is_last and len(pieces) == 1 and " " not in pieces[0]:
            if agency(pieces[0]):
                names.append(agency(pieces[0]) or pieces[0])
            continue  # a single word after a comma is a dateline: "Von Seb Dumitru, Lille"
        for piece in pieces:
            piece = piece.strip(" .:;|")
            if piece:
                names.append(agency(piece) or piece)
    return _unique(names)


# -- dates --------------------------------------------------------------------

_MONTHS: dict[str, int] = {
    "januar": 1, "jan": 1, "jänner": 1, "jän": 1,
    "februar": 2, "feb": 2, "febr": 2,
    "märz": 3, "mär": 3, "maerz": 3, "mrz": 3,
    "april": 4, "apr": 4,
    "mai": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11,
    "dezember": 12, "dez": 12,
}  # fmt: skip
_MONTH_WORDS = "|".join(sorted(_MONTHS, key=len, reverse=True))
_TIME = r"(?:\D{0,12}?(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*(?:uhr|h)?)?"
_NUMERIC_DATE = re.compile(r"(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?!\d)" + _TIME, re.I)
_WORD_DATE = re.compile(rf"(\d{{1,2}})\.?\s*({_MONTH_WORDS})\.?\s+(\d{{4}})" + _TIME, re.I)
_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
_RELATIVE = re.compile(
    r"vor\s+(\d{1,4}|einer|einem|eine)\s+(sekunde|minute|stunde|tag|woche)(?:n|en)?", re.I
)
_YESTERDAY = re.compile(r"\b(heute|gestern)\b" + _TIME, re.I)
_RELATIVE_UNITS = {"sekunde": "seconds", "minute": "minutes", "stunde": "hours", "tag": "days",
                   "woche": "weeks"}  # fmt: skip


@lru_cache(maxsize=16)
def zone(name: str) -> tzinfo:
    """A timezone by IANA name (``Europe/Berlin``), cached."""
    return ZoneInfo(name)


def parse_date(
    text: str, *, tz: str = "Europe/Berlin", now: datetime | None = None
) -> datetime | None:
    """A timezone-aware datetime from a German or ISO date, or ``None``.

    Naive values are read in ``tz``; relative forms (``vor 3 Stunden``,
    ``gestern, 18:00 Uhr``) need ``now``.

    >>> parse_date("28.04.2023, 18:11 Uhr").isoformat()
    '2023-04-28T18:11:00+02:00'
    >>> parse_date("12. Dez. 2025 um 05:07 Uhr").isoformat()
    '2025-12-12T05:07:00+01:00'
    """
    raw = normalize(text)[:200]
    if not raw:
        return None
    local = zone(tz)
    match = _ISO.search(raw)
    if match:
        return _from_iso(match, local)
    match = _NUMERIC_DATE.search(raw)
    if match:
        day, month, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        if year < 100:
            year += 2000
        return _build(year, month, day, match.group(4), match.group(5), match.group(6), local)
    match = _WORD_DATE.search(raw)
    if match:
        month = _MONTHS[match.group(2).lower()]
        return _build(
            int(match.group(3)), month, int(match.group(1)),
            match.group(4), match.group(5), match.group(6), local,
        )  # fmt: skip
    if now is not None:
        return _relative(raw, now, local)
    return None


def _from_iso(match: re.Match[str], local: tzinfo) -> datetime | None:
    year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3))
    value = _build(year, month, day, match.group(4), match.group(5), match.group(6), local)
    offset = match.group(7)
    if value is None or not offset:
        return value
    if offset.upper() == "Z":
        return value.replace(tzinfo=timezone.utc)
    sign = -1 if offset[0] == "-" else 1
    digits = offset[1:].replace(":", "")
    delta = timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
    if delta >= timedelta(hours=24):
        return None
    return value.replace(tzinfo=timezone(sign * delta))


def _build(
    year: int,
    month: int,
    day: int,
    hour: str | None,
    minute: str | None,
    second: str | None,
    local: tzinfo,
) -> datetime | None:
    try:
        return datetime(
            year, month, day, int(hour or 0), int(minute or 0), int(second or 0), tzinfo=local
        )
    except ValueError:
        return None


def _relative(raw: str, now: datetime, local: tzinfo) -> datetime | None:
    if now.tzinfo is None:
        now = now.replace(tzinfo=local)
    match = _RELATIVE.search(raw)
    if match:
        count_word = match.group(1).lower()
        count = int(count_word) if count_word.isdigit() else 1
        unit = _RELATIVE_UNITS[match.group(2).lower()]
        return now - timedelta(**{unit: count})
    match = _YESTERDAY.search(raw)
    if match:
        day = now.astimezone(local).date()
        if match.group(1).lower() == "gestern":
            day -= timedelta(days=1)
        return _build(
            day.year, day.month, day.day, match.group(2), match.group(3), match.group(4), local
        )
    return None
