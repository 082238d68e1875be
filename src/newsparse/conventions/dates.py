"""Dates and times: German, Austrian, Swiss and ISO forms, relative dates, date labels, zones.

Times printed without an offset are read in the zone of the page's country
(:func:`timezone_for`, :func:`country_for`).

>>> parse_date("28.04.2023, 18:11 Uhr").isoformat()
'2023-04-28T18:11:00+02:00'
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from newsparse.conventions import lists
from newsparse.conventions.text import normalize, window

__all__ = ["country_for", "date_role", "is_date_line", "parse_date", "timezone_for", "zone"]


#: Month names and abbreviations -> month number.
_MONTHS: dict[str, int] = {word: int(number) for word, (number,) in lists.table("months").items()}
_MONTH_WORDS = "|".join(sorted(_MONTHS, key=len, reverse=True))
_TIME = r"(?:\D{0,14}?(?<!\d)(\d{1,2})[:.](\d{2})(?::(\d{2}))?(?!\d)\s*(?:uhr|h)?)?"
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?!\d)" + _TIME, re.I)
_SLASH_DATE = re.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)" + _TIME, re.I)
_WORD_DATE = re.compile(
    rf"(?<!\d)(\d{{1,2}})\.?\s*({_MONTH_WORDS})\.?\s+(\d{{4}})(?!\d)" + _TIME, re.I
)
_ENGLISH_DATE = re.compile(rf"\b({_MONTH_WORDS})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})(?!\d)", re.I)
_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
_RELATIVE = re.compile(
    r"\bvor\s+(\d{1,4}|einer|einem|eine|wenigen)\s+"
    r"(sekunde|sek|minute|min|stunde|std|tag|woche)(?:n|en|e)?\b\.?",
    re.I,
)
_TODAY = re.compile(r"\b(heute|gestern)\b" + _TIME, re.I)
_TIME_ONLY = re.compile(r"(?<![\d.:])(\d{1,2})[:.](\d{2})(?![\d.:])\s*(?:uhr)?", re.I)
_RELATIVE_UNITS = {unit: name for unit, (name,) in lists.table("relative_units").items()}


@lru_cache(maxsize=16)
def zone(name: str) -> tzinfo:
    """A timezone by IANA name (``Europe/Berlin``), cached."""
    return ZoneInfo(name)


#: Country (ISO 3166 code, lower case) -> the zone its news sites print their times in.
_ZONES = {
    "de": "Europe/Berlin",
    "at": "Europe/Vienna",
    "ch": "Europe/Zurich",
    "lu": "Europe/Luxembourg",
    "li": "Europe/Vaduz",
}
_DEFAULT_ZONE = "Europe/Berlin"


def timezone_for(country: str | None) -> str:
    """The zone a country's news sites print their times in; Berlin when unknown.

    Countries are ISO codes in any case (``at``, ``CH``), as :func:`country_for` gives them.

    >>> timezone_for("at"), timezone_for("CH"), timezone_for(None), timezone_for("fr")
    ('Europe/Vienna', 'Europe/Zurich', 'Europe/Berlin', 'Europe/Berlin')
    """
    return _ZONES.get((country or "").strip().lower(), _DEFAULT_ZONE)


def country_for(url: str | None, language: str | None = None) -> str | None:
    """The country of a German-language page (``de``, ``at``, ``ch``, ``lu``, ``li``), or ``None``.

    The host's top-level domain decides (``orf.at`` is Austrian); a generic one
    (``.com``, ``.eu``) leaves it to the region of the page's language tag
    (``de-AT``, ``de_CH``, ``fr-CH``). Anything else is ``None``.

    >>> country_for("https://orf.at/stories/1/"), country_for("https://www.nzz.ch/x", "de")
    ('at', 'ch')
    >>> country_for("https://www.euronews.com/x", "de-AT"), country_for(None, "de")
    ('at', None)
    """
    host = _host(url)
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    if tld in _ZONES:
        return tld
    subtags = (language or "").strip().lower().replace("_", "-").split("-")
    region = subtags[-1] if len(subtags) > 1 else ""
    return region if region in _ZONES else None


def _host(url: str | None) -> str:
    if not url:
        return ""
    try:
        return (urlsplit(url.strip()).hostname or "").rstrip(".").lower()
    except ValueError:  # "http://[::1/x": a malformed address names no country
        return ""


def parse_date(
    text: str, *, tz: str = "Europe/Berlin", now: datetime | None = None
) -> datetime | None:
    """A timezone-aware datetime from a German or ISO date, or ``None``.

    Naive values are read in ``tz``. Relative forms (``vor 3 Stunden``,
    ``gestern, 18:00 Uhr``) and a bare time (``Stand: 10:49 Uhr``, today) need ``now``.

    >>> parse_date("28.04.2023, 18:11 Uhr").isoformat()
    '2023-04-28T18:11:00+02:00'
    >>> parse_date("12. Dez. 2025 um 05:07 Uhr").isoformat()
    '2025-12-12T05:07:00+01:00'
    """
    raw = normalize(text[:1000])[:200]
    if not raw:
        return None
    local = zone(tz)
    match = _ISO.search(raw)
    if match:
        return _from_iso(match, local)
    for pattern in (_NUMERIC_DATE, _SLASH_DATE):
        match = pattern.search(raw)
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
    match = _ENGLISH_DATE.search(raw)
    if match:
        month = _MONTHS[match.group(1).lower()]
        return _build(int(match.group(3)), month, int(match.group(2)), None, None, None, local)
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
    if not 1900 <= year <= 2200:
        return None
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
    match = _TODAY.search(raw)
    day = now.astimezone(local).date()
    if match:
        if match.group(1).lower() == "gestern":
            day -= timedelta(days=1)
        return _build(
            day.year, day.month, day.day, match.group(2), match.group(3), match.group(4), local
        )
    match = _TIME_ONLY.search(raw)
    if match:
        value = _build(day.year, day.month, day.day, match.group(1), match.group(2), None, local)
        if value is not None and value > now + timedelta(minutes=10):
            value -= timedelta(days=1)  # a time later than now was printed yesterday
        return value
    return None


_MODIFIED_WORDS = re.compile(rf"\b(?:{lists.alternatives('modified_words')})\b", re.I)
_PUBLISHED_WORDS = re.compile(rf"\b(?:{lists.alternatives('published_words')})\b", re.I)


def date_role(text: str) -> str | None:
    """Whether a date label means the publication (``published``) or an update (``modified``).

    >>> date_role("Aktualisiert am 28.04.2023"), date_role("Erstellt: 28.04.2023, 18:16 Uhr")
    ('modified', 'published')
    """
    raw = normalize(text[:400])
    published = _PUBLISHED_WORDS.search(raw)
    modified = _MODIFIED_WORDS.search(raw)
    if published and (not modified or published.start() < modified.start()):
        return "published"
    if modified:
        return "modified"
    return None


_DATE_LABEL = re.compile(
    rf"^(?:(?:{lists.alternatives('date_labels')})"
    r"\.?(?:\s+(?:am|um|vom))?\s*[:,/-]?\s*){0,3}",
    re.I,
)


_DATE_START = re.compile(r"(?:\d|heute|gestern|vor\s)", re.I)
_WORD = re.compile(r"[^\W\d_]{3,}")
_DATE_WORDS = frozenset({*_MONTHS, *_RELATIVE_UNITS, *lists.words("date_words")})


def is_date_line(text: str, *, now: datetime | None = None) -> bool:
    """True when a short text is only a date line: ``Stand: 28.04.2023 16:11 Uhr``.

    >>> is_date_line("Aktualisiert am 28. April 2023, 20:22 Uhr")
    True
    >>> is_date_line("Am 28.04.2023 wurde das Gesetz beschlossen.")
    False
    """
    raw = window(text, 80)
    if not raw:
        return False
    rest = _DATE_LABEL.sub("", raw, count=1)
    if not _DATE_START.match(rest):
        return False
    words = [w for w in _WORD.findall(rest.lower()) if w not in _DATE_WORDS]
    if len(words) > 1:
        return False  # a sentence that starts with a date
    return parse_date(raw, now=now or datetime(2000, 1, 1, tzinfo=timezone.utc)) is not None
