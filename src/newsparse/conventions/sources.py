"""Source lines: who an article's text comes from (``Quelle: ntv.de, ino/AFP/dpa``).

Reads an outlet, editors' Kürzel and agencies from a line of its own or from a
bracket at a paragraph's end.

>>> line = parse_source_line("Quelle: ntv.de, ino/AFP/dpa")
>>> line.outlet, line.editors, line.agencies
('ntv.de', ('ino',), ('AFP', 'dpa'))
>>> trailing_source("Er trat zurück. (dpa/AFP)").agencies
('dpa', 'AFP')
"""

from __future__ import annotations

import re

from newsparse.conventions import lists
from newsparse.conventions.agencies import (
    AGENCY_INDEX,
    MULTIWORD_AGENCY,
    PHOTO_AGENCIES,
    agency,
    find_agencies,
)
from newsparse.conventions.memo import per_page
from newsparse.conventions.text import normalize, unique, window
from newsparse.model import SourceLine

__all__ = [
    "INITIALS",
    "OTHER_LABEL",
    "OUTLET",
    "OUTLET_SHORT",
    "SOURCE_PREFIX",
    "is_source_line",
    "parse_source_line",
    "split_source",
    "trailing_source",
    "without_rights_note",
]

#: Any ``Label:`` (``Styling:``, ``Erstveröffentlichung:``) at the start of a segment.
OTHER_LABEL = re.compile(r"^[A-ZÄÖÜ][\w-]{1,24}(?:\s*\[[A-Za-z]{1,3}\])?\s*:\s*")


SOURCE_PREFIX = re.compile(r"^\(?\s*(?:quellen?|sources?)\s*:\s*", re.I)
_MATERIAL = re.compile(
    r"^\(?\s*mit\s+(?:(agenturmaterial)|(?:weiterem\s+)?(material|informationen)\b|(?=\S))",
    re.I,
)
_DPA_ID = re.compile(r"\bdpa:\d{6}-\d{2}-\d{1,9}(?:/\d{1,4})?")
INITIALS = re.compile(r"^[a-zäöü]{2,5}\d?$")
OUTLET = re.compile(
    r"^[\w-]{1,40}(?:\.[\w-]{1,40}){0,3}\.(?:de|at|ch|com|lu|net|org|eu|info|online)$", re.I
)
#: Broadcasters and papers that sign source lines with their short name.
OUTLET_SHORT = frozenset(lists.words("outlets"))
#: Desk names printed after an agency: ``Quelle: dpa Sport``.
_DESKS = frozenset(lists.words("desks"))
#: Short lower-case words that are German or English words, never a Kürzel.
_NOT_INITIALS = frozenset(lists.words("not_initials"))
#: Words that say "agencies" without naming one.
_GENERIC_SOURCES = frozenset(lists.words("generic_sources"))
# (?!(?<=\s)\s): never start inside a run of spaces (linear time; see conventions.text).
_CHUNK_SPLIT = re.compile(r"(?!(?<=\s)\s)\s*[,;]\s*")
_TOKEN_SPLIT = re.compile(r"\s*(?:/|\bund\b|&|\+|\s)\s*")
#: Between the agencies of a list (``AFP und dpa``, ``AP/Reuters``); bylines split theirs too.
AGENCY_SPLIT = re.compile(r"(?!(?<=\s)\s)\s*(?:/|,|\bund\b|&)\s*")
_PLACE_TOKEN = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,30}(?:-[A-ZÄÖÜ][a-zäöüß]{2,30})?")
_HYPHENATED = re.compile(r"[a-z][a-z0-9]{0,20}-[a-z0-9]{2,20}")
_SENTENCE_SPLIT = re.compile(r"(?<=[a-zäöü])\.\s")
#: A broadcaster's note of the programme that aired the piece, its date and time, before the
#: source (``SRF 4 News, 15.4.2024, 10:05 Uhr; srf/hosb``) or alone (``Rendez-vous, 3.1.2024,
#: 12:30 Uhr``).
BROADCAST = re.compile(
    r"^[^,;]{2,40},\s*\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2}),\s*\d{1,2}[:.]\d\d\s*Uhr\b\s*[;,]?\s*"
)


#: A capitalised word and a space opening a line: the first token of its first chunk.
_CAPITALISED_WORD = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?= )")
#: First words (lower-cased) of every agency, outlet and generic source a line can open
#: with; a line opening with another capitalised word is no source line.
_OPENING_WORDS = frozenset(
    name.split()[0] for name in (*AGENCY_INDEX, *OUTLET_SHORT, *_GENERIC_SOURCES) if name.split()
)


def parse_source_line(text: str, *, initials: bool = False) -> SourceLine | None:
    """Split a source line into outlet, editor initials and agencies.

    Reads ``Quelle: ntv.de, ino/AFP/dpa``, ``Quelle: sid/dpa``, ``red, ORF.at/Agenturen``,
    ``SDA/sep``, ``MDR (dst)``, ``mit dpa``, ``mit Material von dpa und AFP``, the
    dpa footer ``© dpa-infocom, dpa:240516-99-53606/3 (dpa)`` and a broadcaster's note
    of the programme that aired the piece (``SRF 4 News, 15.4.2024, 10:05 Uhr; srf/hosb``,
    the pieces after it; alone, a line without pieces). Bare initials
    (``(dmk)``) count only with ``initials=True``, for an element known to hold the
    source. Anything else is ``None``.

    >>> line = parse_source_line("Quelle: ntv.de, ino/AFP/dpa")
    >>> line.outlet, line.editors, line.agencies
    ('ntv.de', ('ino',), ('AFP', 'dpa'))
    >>> parse_source_line("red, APA").editors
    ('red',)
    """
    return _parse_source_line(text, initials)


@per_page
def _parse_source_line(text: str, initials: bool) -> SourceLine | None:
    raw = window(text, 300)
    if not raw:
        return None
    broadcast = BROADCAST.match(raw)
    if broadcast:
        rest = raw[broadcast.end() :]
        line = _parse_source_line(rest, initials) if rest else None
        if line is None:
            return None if rest else SourceLine(raw=raw)
        return SourceLine(raw=raw, outlet=line.outlet, editors=line.editors, agencies=line.agencies)
    material = _MATERIAL.match(raw)
    if material:
        return _material_line(raw, material)
    prefixed = bool(SOURCE_PREFIX.match(raw))
    if not prefixed:
        opening = _CAPITALISED_WORD.match(raw)
        if opening is not None and opening.group().lower() not in _OPENING_WORDS:
            # What the token loop below says of such a line, spared the substitutions
            # and splits before it: neither a multi-word agency nor an outlet starts
            # with the word, and it is no agency, outlet, Kürzel or generic source.
            return None
    body = SOURCE_PREFIX.sub("", raw, count=1)
    body = _DPA_ID.sub("dpa", body).lstrip("© ").strip()
    if body.startswith("(") and body.endswith(")") and body.count("(") == 1:
        body = body[1:-1]
    body = MULTIWORD_AGENCY.sub(lambda m: AGENCY_INDEX[m.group(0).lower()].replace(" ", "_"), body)
    outlet: str | None = None
    editors: list[str] = []
    agencies: list[str] = []
    chunks = _CHUNK_SPLIT.split(body)
    for index, printed in enumerate(chunks):
        chunk = printed.strip(" .")
        if not chunk:
            continue
        if index > 0 and OTHER_LABEL.match(chunk):
            continue  # "Foto [M]: Shutterstock", "Erstveröffentlichung: 4.4.18"
        if outlet is None and (OUTLET.match(chunk) or chunk.lower() in OUTLET_SHORT):
            outlet = chunk
            continue
        if outlet is None and prefixed and index == 0 and _named_outlet(chunk):
            outlet = printed.strip() if chunk.count(".") > 1 else chunk  # keep "F.A.Z."
            continue
        previous: str | None = None
        tokens = [t.strip(" .()") for t in _TOKEN_SPLIT.split(chunk)]
        tokens = [t for t in tokens if t]
        for position, token in enumerate(tokens):
            kind = _source_token(token, previous, outlet is None)
            if kind is None and _is_dateline_token(token, previous, position, len(tokens)):
                break  # "Reuters/kra Frankfurt": the place the line was written in
            if kind is None:
                return None  # a word that is neither agency, outlet nor initials
            if kind == "agency":
                agencies.append(agency(token.replace("_", " ")) or token)
            elif kind == "editor":
                editors.append(token)
            elif kind == "outlet":
                outlet = token
            previous = kind
    if not (outlet or editors or agencies):
        return None
    if not agencies and not outlet and not prefixed and not initials:
        return None  # bare initials without "Quelle:" are too weak a signal
    return SourceLine(raw=raw, outlet=outlet, editors=tuple(editors), agencies=unique(agencies))


def _source_token(token: str, previous: str | None, outlet_free: bool) -> str | None:
    """What one token of a source line is: ``agency``, ``editor``, ``outlet`` or ``skip``."""
    lowered = token.lower()
    name = agency(token.replace("_", " "))
    if name:
        return None if name in PHOTO_AGENCIES else "agency"
    if previous == "agency" and lowered in _DESKS:
        return "skip"
    if lowered in _GENERIC_SOURCES:
        return "skip"
    if outlet_free and (OUTLET.match(token) or lowered in OUTLET_SHORT) and len(token) > 2:
        return "outlet"
    if token.isupper() and lowered in OUTLET_SHORT and outlet_free:
        return "outlet"
    if INITIALS.match(token) and lowered not in _NOT_INITIALS:
        return "editor"
    return None


def _is_dateline_token(token: str, previous: str | None, position: int, count: int) -> bool:
    """A capitalised place name closing a line after a Kürzel: ``kra Frankfurt``."""
    return (
        previous == "editor" and position == count - 1 and _PLACE_TOKEN.fullmatch(token) is not None
    )


def _named_outlet(chunk: str) -> bool:
    """``F.A.Z.``, ``BILD``, ``Project Syndicate``: a short capitalised name without slashes."""
    words = chunk.split()
    if len(words) == 1 and _HYPHENATED.fullmatch(chunk):
        return True  # "t-online"
    return (
        0 < len(words) <= 3
        and "/" not in chunk
        and all(w[:1].isupper() for w in words)
        and not any(agency(w) for w in words)
    )


def _material_line(raw: str, match: re.Match[str]) -> SourceLine | None:
    sentence = _SENTENCE_SPLIT.split(raw, maxsplit=1)[0]
    rest = sentence[match.end() :]
    agencies = find_agencies(rest)
    if match.group(1):  # "Mit Agenturmaterial."
        return SourceLine(raw=raw, agencies=agencies)
    if match.group(2):  # "mit Material von dpa", "Mit Informationen der ... Nachrichtenagenturen"
        if agencies or "agentur" in rest.lower():
            return SourceLine(raw=raw, agencies=agencies)
        return None
    tokens = [t for t in AGENCY_SPLIT.split(rest.strip(" .()")) if t]
    if tokens and all(agency(t) for t in tokens):  # "mit dpa", "(mit AFP/dpa)"
        return SourceLine(raw=raw, agencies=agencies)
    return None


def is_source_line(text: str, *, initials: bool = False) -> bool:
    """True when a short text is a source line, e.g. one of an article's last paragraphs.

    >>> is_source_line("Quelle: ntv.de, mli/rts"), is_source_line("Er sagte nichts.")
    (True, False)
    """
    return len(text) <= 800 and parse_source_line(text, initials=initials) is not None


_SENTENCE_CLOSERS = frozenset(".!?\"“”»«'’:")
_TRAILING_GROUP = re.compile(r"\(([^()]{2,60})\)\s*(?:\.\s*)?$")


def trailing_source(paragraph: str, *, initials: bool = False) -> SourceLine | None:
    """A source given at a paragraph's end, e.g. ``... sagte er. (dpa/AFP)``.

    With ``initials=True`` bare editor initials count too (``... frei. (kas)``).

    >>> trailing_source("Er trat zurück. (dpa/AFP)").agencies
    ('dpa', 'AFP')
    >>> trailing_source("Der Eintritt ist frei. (kas)", initials=True).editors
    ('kas',)
    """
    found = _trailing(normalize(paragraph[-20_000:]), initials=initials)
    return found[1] if found else None


def split_source(paragraph: str, *, initials: bool = False) -> tuple[str, SourceLine | None]:
    """The paragraph without its trailing source, and the source (see :func:`trailing_source`).

    >>> text, line = split_source("Er trat zurück. (red, APA)")
    >>> text, line.editors, line.agencies
    ('Er trat zurück.', ('red',), ('APA',))
    """
    text = normalize(paragraph[-20_000:])
    found = _trailing(text, initials=initials)
    if found is None:
        return text, None
    start, line = found
    return text[:start].rstrip(), line


def _trailing(paragraph: str, *, initials: bool) -> tuple[int, SourceLine] | None:
    """``(start, line)`` of a bracketed source at the end of a normalised paragraph."""
    window = normalize(paragraph[-400:])
    match = _TRAILING_GROUP.search(window, max(0, len(window) - 120))
    if not match:
        return None
    before = window[: match.start()].rstrip()
    if before and before[-1] not in _SENTENCE_CLOSERS:
        return None  # "... der Deutschen Presse-Agentur (dpa)." explains a name
    inner = match.group(1).strip()
    line = parse_source_line(inner)
    if line is None and initials and INITIALS.match(inner) and not agency(inner):
        line = SourceLine(raw=inner, editors=(inner,))
    if line is None or not (line.agencies or (initials and line.editors)):
        return None
    raw = match.group(0).strip().rstrip(".").strip()
    start = len(paragraph) - len(window) + match.start()
    return start, SourceLine(
        raw=raw, outlet=line.outlet, editors=line.editors, agencies=line.agencies
    )


#: A rights notice after a source line: ``© SZ/stga - Rechte am Artikel können Sie ...``.
_RIGHTS_NOTE = re.compile(
    r"(?<!\s)\s+[-–|]\s+(?:rechte|alle rechte|artikelrechte)\b.*$", re.I
)  # starts where a run of spaces starts: linear on long runs


def without_rights_note(text: str) -> str:
    """``text`` without a rights notice after the line.

    >>> without_rights_note("© SZ/stga - Rechte am Artikel können Sie hier erwerben.")
    '© SZ/stga'
    """
    return _RIGHTS_NOTE.sub("", text)
