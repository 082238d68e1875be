"""German newsroom conventions: text clean-up, credits, source lines, agencies, bylines, dates.

This module owns the grammar; parsers only find the element and hand its text
here. Every function takes plain text, never raises on odd input, and runs in
time linear in the input: long input is cut to a bounded window first, and the
patterns below have bounded repetition.

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
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from newsparse.model import Credit, SourceLine

__all__ = [
    "AGENCIES",
    "PHOTO_AGENCIES",
    "agency",
    "date_role",
    "find_agencies",
    "is_byline",
    "is_credit",
    "is_date_line",
    "is_source_line",
    "normalize",
    "parse_byline",
    "parse_credit",
    "parse_date",
    "parse_source_line",
    "split_byline",
    "split_credit",
    "split_source",
    "timezone_for",
    "trailing_source",
    "zone",
]

# -- text ---------------------------------------------------------------------

#: Characters that are removed outright: soft hyphen, zero-width and direction marks,
#: BOM. Looked for one by one (``in`` finds each faster than a regex), removed by a regex.
_INVISIBLE_CHARS = ("\u00ad", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff")
_INVISIBLE = re.compile(f"[{''.join(_INVISIBLE_CHARS)}]")


def normalize(text: str) -> str:
    """Remove soft hyphens and zero-width characters, fold whitespace, strip.

    Non-breaking and thin spaces count as whitespace. Typographic quotes and
    dashes stay as printed.

    >>> normalize("Bundes\\u00adtag\\u00a0 tagt\\n")
    'Bundestag tagt'
    >>> normalize("„Wir\\u200b schaffen das“")
    '„Wir schaffen das“'
    """
    if not text:
        return ""
    if text.isprintable() and "  " not in text:
        # No whitespace but single ASCII spaces, and nothing invisible: every other
        # space and every invisible character is a separator or format character,
        # which ``isprintable`` refuses. Most texts take this path.
        return text.strip(" ")
    if not text.isascii() and any(char in text for char in _INVISIBLE_CHARS):
        text = _INVISIBLE.sub("", text)
    # str.split() splits on exactly the characters the regex \s matches, in C.
    return " ".join(text.split())


def _window(text: str, limit: int) -> str:
    """The normalised text if it is at most ``limit`` characters long, else ``""``."""
    if not text or len(text) > 4 * limit:
        return ""
    raw = normalize(text)
    return raw if len(raw) <= limit else ""


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


# -- agencies -----------------------------------------------------------------

#: Canonical agency name -> spellings seen on pages (matched case-insensitively).
AGENCIES: dict[str, tuple[str, ...]] = {
    "dpa": (
        "dpa",
        "deutsche presse-agentur",
        "deutschen presse-agentur",
        "dpa-afx",
        "dpa-infocom",
        "dpa images",
        "dpa-bildfunk",
        "dpa-zentralbild",
        "dpa picture-alliance",
    ),
    "AFP": ("afp", "agence france-presse", "agence france presse", "afptv", "afp deutschland"),
    "Reuters": ("reuters", "rts", "rtr", "thomson reuters"),
    "AP": ("ap", "associated press", "the associated press", "ap photo", "the ap"),
    "KNA": ("kna", "katholische nachrichten-agentur"),
    "epd": ("epd", "evangelischer pressedienst"),
    "SID": ("sid", "sport-informations-dienst"),
    "dts": ("dts", "dts nachrichtenagentur"),
    "APA": ("apa", "austria presse agentur", "austria presse-agentur"),
    "Keystone-SDA": (
        "keystone-sda",
        "sda",
        "keystone",
        "schweizerische depeschenagentur",
        "keystone-sda-ats",
    ),
    "EPA": ("epa", "epa-efe", "european pressphoto agency"),
    "ANP": ("anp",),
    "ANSA": ("ansa",),
    "EFE": ("efe",),
    "Belga": ("belga",),
    "TT": ("tt", "tt nyhetsbyrån", "tt news agency"),
    "Xinhua": ("xinhua",),
    "TASS": ("tass", "itar-tass"),
    "Sputnik": ("sputnik", "ria nowosti", "ria novosti"),
    "KCNA": ("kcna",),
    "Anadolu": ("anadolu", "anadolu agency", "anadolu ajansi"),
    "Bloomberg": ("bloomberg",),
    "PA Media": ("pa media", "pa wire", "pa images", "press association"),
    "ddp": ("ddp", "ddp images", "dapd"),
    "IMAGO": (
        "imago",
        "imago images",
        "imago/images",
        "imago-images",
        "imago-images-bilder",
        "imago stock&people",
        "imago sportfotodienst",
    ),
    "picture alliance": ("picture alliance", "picture-alliance", "picturealliance"),
    "Getty Images": ("getty images", "getty", "gettyimages", "getty images north america"),
    "iStock": ("istock", "istockphoto", "istock by getty images"),
    "Shutterstock": ("shutterstock",),
    "action press": ("action press", "actionpress"),
    "ZUMA Press": ("zuma press", "zuma", "zuma wire", "zuma press wire"),
    "NurPhoto": ("nurphoto",),
    "SOPA Images": ("sopa images",),
    "ABACA": ("abaca", "abaca press", "abacapress"),
    "APA-PictureDesk": ("picturedesk", "picturedesk.com", "apa-picturedesk"),
    "mauritius images": ("mauritius images", "mauritius"),
    "Westend61": ("westend61",),
    "Panthermedia": ("panthermedia",),
    "Zoonar": ("zoonar",),
    "Fotolia": ("fotolia", "fotolia.com"),
    "Adobe Stock": ("adobe stock", "adobestock"),
    "SvenSimon": ("svensimon", "sven simon"),
    "Eibner": ("eibner", "eibner-pressefoto"),
}
#: Agencies that only sell pictures: they appear in credits, never in source lines.
PHOTO_AGENCIES: frozenset[str] = frozenset(
    {
        "IMAGO",
        "picture alliance",
        "Getty Images",
        "iStock",
        "Shutterstock",
        "action press",
        "ZUMA Press",
        "NurPhoto",
        "SOPA Images",
        "ABACA",
        "APA-PictureDesk",
        "mauritius images",
        "Westend61",
        "Panthermedia",
        "Zoonar",
        "Fotolia",
        "Adobe Stock",
        "SvenSimon",
        "Eibner",
    }
)
_AGENCY_INDEX: dict[str, str] = {
    alias: name for name, aliases in AGENCIES.items() for alias in (name.lower(), *aliases)
}
_MULTIWORD_AGENCY = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(a) for a in sorted(_AGENCY_INDEX, key=len, reverse=True) if " " in a)
    + r")(?![\w-])",
    re.I,
)


_ODD_SPACE = re.compile(r"[^\S ]|  |[\u00ad\u200b-\u200f\u2060\ufeff]")


def agency(name: str) -> str | None:
    """The canonical name of a news or photo agency, or ``None`` if ``name`` is none.

    >>> agency("rts"), agency("Picture-Alliance"), agency("KEYSTONE"), agency("Max Muster")
    ('Reuters', 'picture alliance', 'Keystone-SDA', None)
    """
    if not name or len(name) > 80:
        return None
    found = _AGENCY_INDEX.get(name.strip(" .;:()[]").lower())
    if found is None and _ODD_SPACE.search(name):
        found = _AGENCY_INDEX.get(normalize(name).strip(" .;:()[]").lower())
    return found


def find_agencies(text: str) -> tuple[str, ...]:
    """Every agency named in ``text``, canonically spelled, in order of first mention.

    >>> find_agencies("Mit Material der Nachrichtenagenturen dpa und Reuters")
    ('dpa', 'Reuters')
    """
    raw = normalize(text[:2000])
    found: list[str] = []
    last = 0
    for match in _MULTIWORD_AGENCY.finditer(raw):
        found.extend(_single_agencies(raw[last : match.start()]))
        found.append(_AGENCY_INDEX[match.group(0).lower()])
        last = match.end()
    found.extend(_single_agencies(raw[last:]))
    return _unique(found)


def _single_agencies(text: str) -> list[str]:
    names = (agency(token) for token in re.split(r"[\s,;/|()+]+", text) if token)
    return [name for name in names if name]


def _holder(name: str) -> str:
    return agency(name) or name


# -- photo credits ------------------------------------------------------------

#: Label word of a credit (lower case) -> the kind of work credited.
_CREDIT_KINDS: dict[str, str | None] = {
    "foto": "photo",
    "fotos": "photo",
    "photo": "photo",
    "photos": "photo",
    "fotograf": "photo",
    "fotografin": "photo",
    "fotocredit": "photo",
    "fotocredits": "photo",
    "symbolfoto": "photo",
    "archivfoto": "photo",
    "bild": "picture",
    "bilder": "picture",
    "bildrechte": "picture",
    "bildquelle": "picture",
    "bildnachweis": "picture",
    "symbolbild": "picture",
    "archivbild": "picture",
    "titelbild": "picture",
    "grafik": "graphic",
    "grafiken": "graphic",
    "infografik": "graphic",
    "karte": "graphic",
    "video": "video",
    "videos": "video",
    "audio": "audio",
    "illustration": "illustration",
    "illu": "illustration",
    "zeichnung": "illustration",
    "karikatur": "illustration",
    "screenshot": "screenshot",
    "montage": "montage",
    "fotomontage": "montage",
    "quelle": None,
    "quellen": None,
    "copyright": None,
    "credit": None,
    "credits": None,
    "rechte": None,
}
_KIND_WORDS = "|".join(sorted(_CREDIT_KINDS, key=len, reverse=True))
_MONTAGE_MARK = r"(?:\s*\[[A-Za-z]{1,3}\])?"
#: A credit label at the start of a segment: ``Foto:``, ``Foto [M]:``, ``©``, ``Photo by``.
_CREDIT_PREFIX = re.compile(
    rf"^(?:({_KIND_WORDS}){_MONTAGE_MARK}\s*:"
    r"|(©|\(c\)|copyright\s*:?\s*©?|photo by|foto von)(?!\w))\s*",
    re.I,
)
#: Any other ``Label:`` (``Styling:``, ``Erstveröffentlichung:``) starts a non-credit segment.
_OTHER_LABEL = re.compile(r"^[A-ZÄÖÜ][\w-]{1,24}(?:\s*\[[A-Za-z]{1,3}\])?\s*:\s*")
#: Segment boundaries inside one credit: ``;`` and ``. Label:``.
_SEGMENT_SPLIT = re.compile(
    rf";\s*|(?<=\.)\s+(?=[A-ZÄÖÜ][\w-]{{1,24}}{_MONTAGE_MARK}\s*:)|(?<=[^\s/|])\s+(?=©)"
)
_HOLDER_SPLIT = re.compile(r"\s*(?:[/|;,]|\bvia\b|\s[-–—]\s|\s(?:und|&)\s|(?-i:\sI\s))\s*", re.I)
_WIRE_TAG = re.compile(r"\+\+\+[^+]{0,60}\+\+\+")
_RIGHTS = re.compile(
    r"\ball rights reserved\b|\balle rechte vorbehalten\b|\bcopyright\b\s*©?\s*(?:\d{4}\b)?|©",
    re.I,
)
_MARK = re.compile(r"\s*\[[A-Za-z]{1,3}\]\s*")
_PARENTHETICAL = re.compile(r"\(([^()]{1,40})\)")
#: Kind words that stand alone where a holder would be: ``© Montage``.
_KIND_ONLY = frozenset(
    {"montage", "fotomontage", "screenshot", "grafik", "infografik", "illustration", "karikatur"}
)
#: Words in a credit that mark the picture, not a holder.
_MARKERS = frozenset(
    {"archiv", "archivbild", "archivfoto", "symbolbild", "symbolfoto", "m", "", "-", "–"}
)
#: Lower-case words that may stand inside a name (``Nikolai von Bismarck``).
_PARTICLES = frozenset(
    {
        "von",
        "van",
        "vom",
        "de",
        "der",
        "den",
        "del",
        "della",
        "di",
        "da",
        "do",
        "dos",
        "du",
        "la",
        "le",
        "al",
        "el",
        "bin",
        "ibn",
        "zu",
        "zur",
        "y",
        "e",
        "ten",
        "ter",
        "online",
        "images",
    }
)


def parse_credit(text: str) -> Credit | None:
    """Split a photo credit into its kind and holders.

    Accepts the forms German sites print: ``(Foto: dpa)``, ``Bild: IMAGO/Future Image``,
    ``© dpa | Jens Kalaene``, ``Bildrechte: MDR/David Straub``, ``APA/HELMUT FOHRINGER``,
    ``Getty Images / Sean Gallup``, ``Foto: Urs Flueeler (Keystone)``. Holders keep
    their printed order, agencies are spelled canonically, repeats are dropped.

    >>> parse_credit("Foto: picture alliance / dpa | Kay Nietfeld").kind
    'photo'
    >>> parse_credit("KEYSTONE/Peter Klaunzer").holders
    ('Keystone-SDA', 'Peter Klaunzer')
    """
    raw = _window(text, 400)
    if not raw:
        return None
    inner = raw
    if inner.startswith("(") and inner.endswith(")") and inner.count("(") == 1:
        inner = inner[1:-1].strip()
    if "+++" in inner:
        inner = _WIRE_TAG.sub(" ", inner)
    inner = inner.strip(" -–—")
    kind: str | None = None
    kind_only = False
    holders: list[str] = []
    for index, segment in enumerate(s for s in _SEGMENT_SPLIT.split(inner) if s.strip()):
        labelled, segment_kind, body = _strip_labels(segment.strip())
        if not labelled and index > 0 and _OTHER_LABEL.match(segment):
            continue  # "Styling: Kate Phelan" after the photo credit
        if kind is None:
            kind = segment_kind
        for part in _holder_parts(body):
            word = part.lower()
            if word in _KIND_ONLY and not holders and not part.isupper():
                kind = kind or _CREDIT_KINDS[word]
                kind_only = True
                continue  # "© Montage": a kind, not a holder
            holders.append(_holder(part))
    found = _dedupe_holders(holders)
    if not found and not kind_only:
        return None  # a label without holders: "Foto:"
    return Credit(raw=raw, kind=kind, holders=found)


def _strip_labels(segment: str) -> tuple[bool, str | None, str]:
    """``(labelled, kind, rest)``: credit labels removed from the segment's start."""
    kind: str | None = None
    labelled = False
    for _ in range(3):
        match = _CREDIT_PREFIX.match(segment)
        if not match:
            break
        labelled = True
        word = (match.group(1) or match.group(2) or "").lower()
        kind = _CREDIT_KINDS.get(word) or ("photo" if word in ("photo by", "foto von") else kind)
        segment = segment[match.end() :]
    return labelled, kind, segment


def _holder_parts(body: str) -> list[str]:
    lowered = body.lower()
    if "©" in body or "right" in lowered or "recht" in lowered:
        body = _RIGHTS.sub(" ", body)
    if "(" in body:
        body = _PARENTHETICAL.sub(r" / \1 / ", body)
    parts: list[str] = []
    for part in _HOLDER_SPLIT.split(body):
        if "[" in part:
            part = _MARK.sub(" ", part)
        part = part.strip(" .;:()[]\"'")
        if part.lower() not in _MARKERS and not part.isdigit():
            parts.append(part)
    return parts


def _dedupe_holders(holders: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for holder in holders:
        key = re.sub(r"[\W_]+", "", holder.casefold())
        if key and key not in seen:
            seen[key] = holder
    return tuple(seen.values())


def _plausible_holders(credit: Credit, *, need_agency: bool) -> bool:
    """True when every holder reads like a name, agency or domain (not a sentence)."""
    if not credit.holders or len(credit.holders) > 10:
        return credit.kind is not None and not credit.holders and not need_agency
    if need_agency and not any(h in AGENCIES for h in credit.holders):
        return False
    for holder in credit.holders:
        if holder in AGENCIES or ("." in holder and " " not in holder):
            continue
        words = holder.split()
        if len(holder) > 60 or len(words) > 6 or _SENTENCE_END.search(holder):
            return False
        for position, word in enumerate(words):
            if word[:1].islower() and word.lower() not in _PARTICLES and position > 0:
                return False
        if len(words) > 1 and words[0][:1].islower() and words[0] not in _PARTICLES:
            return False
    return True


#: A sentence ends inside a would-be holder: ``Aufnahme vom 3. Juli. Ohad Zwigenberg``.
_SENTENCE_END = re.compile(r"(?:[a-zäöüß]{2}|\d)\.\s")
#: ``Word:`` anywhere (the word is checked against the labels), and ``©``, ``Copyright``.
_LABEL_WORD = re.compile(rf"(?<![\w-])([^\W\d_]{{3,14}}){_MONTAGE_MARK}\s*:")
_LABEL_GLUED = re.compile(rf"(?<=[a-zäöüß])([A-ZÄÖÜ][a-zäöü]{{2,13}}){_MONTAGE_MARK}\s*:")
_LABEL_SIGN = re.compile(r"©|\(c\)(?=\s)|(?<![\w-])(?:copyright\b|photo by\b)", re.I)
_NOT_A_CREDIT_BEFORE = re.compile(
    r"(?:\b(?:im|auf dem|auf diesem|zum|unser|unserem|dieses|das|links|rechts|oben|unten)"
    r"|\d)\s*$",
    re.I,
)
_CAPTION_LABEL = re.compile(r"^(?:legende|bildunterschrift|bildtext)\s*:\s*", re.I)
_BARE_START = re.compile(r"(?:\s\|\s|[.!?»«“”\"]\s?(?=\S)|\s(?=\())")
_CAPTION_TAIL = 300


def split_credit(caption: str) -> tuple[str | None, Credit | None]:
    """Split a caption with a credit glued to its end into caption and credit.

    Finds labelled credits (``... (Foto: dpa)``, ``... Foto: Peter Kneffel/dpa``,
    ``... © Witters``, ``...Bild: Mikhail Sinitsyn/TASS``) and bare ones that name
    an agency (``... sammeln. IMAGO/Nico Herbertz``, ``... | dpa``). A leading
    ``Legende:`` is dropped from the caption.

    >>> split_credit("Lawrow wird empfangen. (Foto: dpa)")
    ('Lawrow wird empfangen.', Credit(raw='(Foto: dpa)', kind='photo', holders=('dpa',)))
    >>> split_credit("Die Halle brennt. IMAGO/Marius Schwarz")[1].holders
    ('IMAGO', 'Marius Schwarz')
    """
    text = normalize(caption[:20_000])
    text = _CAPTION_LABEL.sub("", text)
    if not text:
        return None, None
    offset = max(0, len(text) - _CAPTION_TAIL)
    tail = text[offset:]
    found = _labelled_tail(tail) or _bare_tail(tail)
    if found is None:
        return text, None
    start, credit = found
    rest = text[: offset + start].rstrip(" |-–—,;:(")
    return (rest or None), credit


def _labelled_tail(tail: str) -> tuple[int, Credit] | None:
    starts = sorted(
        {m.start() for m in _LABEL_WORD.finditer(tail) if m.group(1).lower() in _CREDIT_KINDS}
        | {m.start() for m in _LABEL_GLUED.finditer(tail) if m.group(1).lower() in _CREDIT_KINDS}
        | {m.start() for m in _LABEL_SIGN.finditer(tail)}
    )
    for start in starts:
        if _NOT_A_CREDIT_BEFORE.search(tail[max(0, start - 20) : start]):
            continue
        begin = start
        if start > 0 and tail[start - 1] == "(":
            if not tail.endswith(")") or ")" in tail[start:-1]:
                continue
            begin = start - 1
        elif ")" in tail[start:] and tail[start:].count("(") < tail[start:].count(")"):
            continue
        credit = parse_credit(tail[begin:])
        if credit is not None and _plausible_holders(credit, need_agency=False):
            return begin, credit
    return None


def _bare_tail(tail: str) -> tuple[int, Credit] | None:
    candidates = [m.end() for m in _BARE_START.finditer(tail)]
    pipes = [m.end() for m in re.finditer(r"\s\|\s", tail)]
    for start in sorted(set(pipes + candidates)):
        piece = tail[start:].strip().lstrip("|–- ")
        if not piece or len(piece) > 140 or ": " in piece:
            continue
        credit = parse_credit(piece)
        if credit is None or credit.kind is not None:
            continue
        if _plausible_holders(credit, need_agency=start not in pipes):
            return start, Credit(raw=piece, kind=None, holders=credit.holders)
    return None


def is_credit(text: str) -> bool:
    """True when a short text is a photo credit on its own: labelled, or bare naming an agency.

    >>> is_credit("Foto: Peter Kneffel/dpa"), is_credit("IMAGO/Nico Herbertz")
    (True, True)
    >>> is_credit("Fotos zeigen den Brand"), is_credit("Max Muster")
    (False, False)
    """
    raw = _window(text, 300)
    credit = parse_credit(raw) if raw else None
    if credit is None:
        return False
    line = parse_source_line(raw)
    if line is not None and (
        line.editors or (line.outlet and _OUTLET.match(line.outlet) and _SOURCE_PREFIX.match(raw))
    ):
        return False  # "Quelle: ntv.de, ino/dpa" is a source line
    labelled = bool(_CREDIT_PREFIX.match(raw.lstrip("( ")))
    return _plausible_holders(credit, need_agency=not labelled)


# -- source lines -------------------------------------------------------------

_SOURCE_PREFIX = re.compile(r"^\(?\s*(?:quellen?|sources?)\s*:\s*", re.I)
_MATERIAL = re.compile(
    r"^\(?\s*mit\s+(?:(agenturmaterial)|(?:weiterem\s+)?(material|informationen)\b|(?=\S))",
    re.I,
)
_DPA_ID = re.compile(r"\bdpa:\d{6}-\d{2}-\d{1,9}(?:/\d{1,4})?")
_INITIALS = re.compile(r"^[a-zäöü]{2,5}\d?$")
_OUTLET = re.compile(
    r"^[\w-]{1,40}(?:\.[\w-]{1,40}){0,3}\.(?:de|at|ch|com|lu|net|org|eu|info|online)$", re.I
)
#: Broadcasters and papers that sign source lines with their short name.
_OUTLET_SHORT = frozenset(
    {
        "ard",
        "zdf",
        "br",
        "hr",
        "mdr",
        "ndr",
        "rbb",
        "sr",
        "swr",
        "wdr",
        "dlf",
        "dw",
        "orf",
        "srf",
        "sz",
        "faz",
        "f.a.z.",
        "nzz",
        "taz",
        "rnd",
        "bild",
        "welt",
    }
)
#: Desk names printed after an agency: ``Quelle: dpa Sport``.
_DESKS = frozenset(
    {"sport", "wirtschaft", "politik", "kultur", "regional", "nachrichten", "news", "international"}
)
#: Short lower-case words that are German or English words, never a Kürzel.
_NOT_INITIALS = frozenset(
    {"via", "und", "mit", "von", "vom", "der", "die", "das", "den", "dem", "des", "für", "aus"}
    | {"bei", "nach", "vor", "im", "am", "an", "auf", "in", "zu", "zum", "zur", "and", "by", "the"}
)
#: Words that say "agencies" without naming one.
_GENERIC_SOURCES = frozenset({"agenturen", "agentur", "agenturmaterial", "nachrichtenagenturen"})


def parse_source_line(text: str, *, initials: bool = False) -> SourceLine | None:
    """Split a source line into outlet, editor initials and agencies.

    Reads ``Quelle: ntv.de, ino/AFP/dpa``, ``Quelle: sid/dpa``, ``red, ORF.at/Agenturen``,
    ``SDA/sep``, ``MDR (dst)``, ``mit dpa``, ``mit Material von dpa und AFP`` and the
    dpa footer ``© dpa-infocom, dpa:240516-99-53606/3 (dpa)``. Bare initials
    (``(dmk)``) count only with ``initials=True``, for an element known to hold the
    source. Anything else is ``None``.

    >>> line = parse_source_line("Quelle: ntv.de, ino/AFP/dpa")
    >>> line.outlet, line.editors, line.agencies
    ('ntv.de', ('ino',), ('AFP', 'dpa'))
    >>> parse_source_line("red, APA").editors
    ('red',)
    """
    raw = _window(text, 300)
    if not raw:
        return None
    material = _MATERIAL.match(raw)
    if material:
        return _material_line(raw, material)
    prefixed = bool(_SOURCE_PREFIX.match(raw))
    body = _SOURCE_PREFIX.sub("", raw, count=1)
    body = _DPA_ID.sub("dpa", body).lstrip("© ").strip()
    if body.startswith("(") and body.endswith(")") and body.count("(") == 1:
        body = body[1:-1]
    body = _MULTIWORD_AGENCY.sub(
        lambda m: _AGENCY_INDEX[m.group(0).lower()].replace(" ", "_"), body
    )
    outlet: str | None = None
    editors: list[str] = []
    agencies: list[str] = []
    chunks = re.split(r"\s*[,;]\s*", body)
    for index, printed in enumerate(chunks):
        chunk = printed.strip(" .")
        if not chunk:
            continue
        if index > 0 and _OTHER_LABEL.match(chunk):
            continue  # "Foto [M]: Shutterstock", "Erstveröffentlichung: 4.4.18"
        if outlet is None and (_OUTLET.match(chunk) or chunk.lower() in _OUTLET_SHORT):
            outlet = chunk
            continue
        if outlet is None and prefixed and index == 0 and _named_outlet(chunk):
            outlet = printed.strip() if chunk.count(".") > 1 else chunk  # keep "F.A.Z."
            continue
        previous: str | None = None
        tokens = [t.strip(" .()") for t in re.split(r"\s*(?:/|\bund\b|&|\+|\s)\s*", chunk)]
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
    return SourceLine(raw=raw, outlet=outlet, editors=tuple(editors), agencies=_unique(agencies))


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
    if outlet_free and (_OUTLET.match(token) or lowered in _OUTLET_SHORT) and len(token) > 2:
        return "outlet"
    if token.isupper() and lowered in _OUTLET_SHORT and outlet_free:
        return "outlet"
    if _INITIALS.match(token) and lowered not in _NOT_INITIALS:
        return "editor"
    return None


def _is_dateline_token(token: str, previous: str | None, position: int, count: int) -> bool:
    """A capitalised place name closing a line after a Kürzel: ``kra Frankfurt``."""
    return (
        previous == "editor"
        and position == count - 1
        and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]{2,30}(?:-[A-ZÄÖÜ][a-zäöüß]{2,30})?", token) is not None
    )


def _named_outlet(chunk: str) -> bool:
    """``F.A.Z.``, ``BILD``, ``Project Syndicate``: a short capitalised name without slashes."""
    words = chunk.split()
    if len(words) == 1 and re.fullmatch(r"[a-z][a-z0-9]{0,20}-[a-z0-9]{2,20}", chunk):
        return True  # "t-online"
    return (
        0 < len(words) <= 3
        and "/" not in chunk
        and all(w[:1].isupper() for w in words)
        and not any(agency(w) for w in words)
    )


def _material_line(raw: str, match: re.Match[str]) -> SourceLine | None:
    sentence = re.split(r"(?<=[a-zäöü])\.\s", raw, maxsplit=1)[0]
    rest = sentence[match.end() :]
    agencies = find_agencies(rest)
    if match.group(1):  # "Mit Agenturmaterial."
        return SourceLine(raw=raw, agencies=agencies)
    if match.group(2):  # "mit Material von dpa", "Mit Informationen der ... Nachrichtenagenturen"
        if agencies or "agentur" in rest.lower():
            return SourceLine(raw=raw, agencies=agencies)
        return None
    tokens = [t for t in re.split(r"\s*(?:/|,|\bund\b|&)\s*", rest.strip(" .()")) if t]
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
_TRAILING_GROUP = re.compile(r"\(([^()]{2,60})\)\s*\.?\s*$")


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
    if line is None and initials and _INITIALS.match(inner) and not agency(inner):
        line = SourceLine(raw=inner, editors=(inner,))
    if line is None or not (line.agencies or (initials and line.editors)):
        return None
    raw = match.group(0).strip().rstrip(".").strip()
    start = len(paragraph) - len(window) + match.start()
    return start, SourceLine(
        raw=raw, outlet=line.outlet, editors=line.editors, agencies=line.agencies
    )


# -- bylines ------------------------------------------------------------------

_BYLINE_KINDS = (
    "kommentar|analyse|gastbeitrag|gastkommentar|kolumne|interview|reportage|bericht|essay|"
    "glosse|einordnung|rezension|kritik|porträt|leitartikel|faktencheck|recherche|meinung"
)
_BYLINE_PREFIX = re.compile(
    rf"^(?:(?:ein|eine)\s+(?:{_BYLINE_KINDS})\s+(?:von|mit)\s+"
    rf"|(?:{_BYLINE_KINDS})\s+(?:von|mit)\s+"
    r"|das\s+(?:gespräch|interview)\s+führte[n]?\s+"
    r"|[a-zäöü][\w-]{1,20}\s+von\s+"
    r"|(?:autor(?:in|en|innen)?(?:/autor(?:in)?)?|text|von|by|interview|redaktion|recherche)"
    r"\s*:?\s+)",
    re.I,
)
_ROLE_NOUN = re.compile(
    r"(?:redakteur|korrespondent|volontär|reporter|leiter|agentur|praktikant|kolumnist|"
    r"moderator|mitarbeiter|fotograf|herausgeber|autor|chefin|chef)(?:in|innen|en)?$",
    re.I,
)
_ROLE_ADJECTIVE = re.compile(
    r"(?:leitend|stellvertretend|frei|ehemalig|[a-zäöü]*politisch|wissenschaftlich)(?:e|er|en)?",
    re.I,
)
_GLUED_ROLE = re.compile(
    r"(?<=[a-zäöüßA-ZÄÖÜ])(?=(?:Leitende[r]?\s)?(?:Redakteur|Korrespondent|Volontär|Reporter|"
    r"Nachrichtenagentur|Chefredakteur|Redaktionsleiter)(?:in)?\b)"
)
_GLUED_STEMS = ("Redakt", "Korrespond", "Volontär", "Reporter", "Nachrichtenagentur", "Chefred")
_NAME_SPLIT = re.compile(r"\s*(?:\bund\b|&|\bsowie\b|\band\b|\s\|\s|;)\s*")
_WITH_AGENCY = re.compile(r"\s+mit\s+(?=\S+$)", re.I)
_PAREN_SUFFIX = re.compile(r"\s*\([^()]{1,40}\)")
_DATE_PART = re.compile(r"^\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?$|^\d")
_FROM_PLACE = re.compile(r"\s+aus\s+([A-ZÄÖÜ][\w-]{1,30}(?:\s[A-ZÄÖÜ][\w-]{1,30})?)$")
_MULTIWORD_PLACE = re.compile(
    r"^(?:(?:New|Los|Las|San|Santa|Sankt|St\.|Tel|Den|Bad|Buenos|Rio|Hong|Kuala|Abu|Addis|Sri)"
    r"\s+[A-ZÄÖÜ][\w-]{1,30}"
    r"|[A-ZÄÖÜ][\w-]{1,30}\s+(?:am|an der|im|in der|ob der)\s+[A-ZÄÖÜ][\w-]{1,30})$"
)
_TRAIL_NOISE = re.compile(r"\s+[-–|•]\s+\d.*$")


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
    raw = _window(text, 300)
    if not raw:
        return (), None
    if raw.startswith("(") and raw.endswith(")"):
        raw = raw[1:-1]
    if " - " in raw or " – " in raw or " | " in raw or " • " in raw:
        raw = _TRAIL_NOISE.sub("", raw)
    body = _BYLINE_PREFIX.sub("", raw, count=1).strip(" ,;:")
    body = _WITH_AGENCY.sub(", ", body) if agency(body.rsplit(" ", 1)[-1]) else body
    if any(stem in body for stem in _GLUED_STEMS):
        body = _GLUED_ROLE.sub(", ", body)
    parts = [p.strip() for p in re.split(r"\s*,\s*", body) if p.strip()]
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
    return _unique(names), dateline


def is_byline(text: str) -> bool:
    """True when a short text is a byline: a byline prefix followed by at least one name.

    >>> is_byline("Von Seb Dumitru, Lille"), is_byline("Von Montag an gilt das Ticket")
    (True, False)
    """
    raw = _window(text, 200)
    if not raw or not _BYLINE_PREFIX.match(raw.lstrip("(")):
        return False
    names = parse_byline(raw)
    return bool(names) and all(len(name.split()) <= 4 for name in names)


_LONE_PREFIXES = frozenset({"von", "by", "autor", "autorin", "autoren", "text", "mit"})


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
    if not words[0][:1].isupper() and not words[0][:1].isdigit() and not _OUTLET.match(piece):
        return None  # "unserer Redaktion": not a name; "sportschau.de" is kept
    if any(w[:1].islower() and w not in _PARTICLES for w in words[1:]):
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
        (first.lower() in _OUTLET_SHORT and first.isupper()) or bool(_OUTLET.match(part))
    )


def _is_place(part: str) -> bool:
    if " " not in part:
        return bool(re.fullmatch(r"[A-ZÄÖÜ][\w-]{1,40}", part))
    return bool(_MULTIWORD_PLACE.match(part))


# -- dates --------------------------------------------------------------------

_MONTHS: dict[str, int] = {
    "januar": 1, "jan": 1, "jänner": 1, "jän": 1, "january": 1,
    "februar": 2, "feb": 2, "febr": 2, "february": 2,
    "märz": 3, "mär": 3, "maerz": 3, "mrz": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "dezember": 12, "dez": 12, "december": 12, "dec": 12,
}  # fmt: skip
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
_RELATIVE_UNITS = {"sekunde": "seconds", "sek": "seconds", "minute": "minutes", "min": "minutes",
                   "stunde": "hours", "std": "hours", "tag": "days", "woche": "weeks"}  # fmt: skip


@lru_cache(maxsize=16)
def zone(name: str) -> tzinfo:
    """A timezone by IANA name (``Europe/Berlin``), cached."""
    return ZoneInfo(name)


#: Top-level domain -> the zone its news sites print their times in.
_ZONES_BY_TLD = {"at": "Europe/Vienna", "ch": "Europe/Zurich", "lu": "Europe/Luxembourg"}


def timezone_for(url: str | None) -> str:
    """The zone a site prints its times in, from its domain: Vienna, Zurich, else Berlin.

    >>> timezone_for("https://orf.at/stories/3376705/"), timezone_for("https://www.n-tv.de/")
    ('Europe/Vienna', 'Europe/Berlin')
    """
    host = urlsplit(url or "").hostname or ""
    return _ZONES_BY_TLD.get(host.rsplit(".", 1)[-1], "Europe/Berlin")


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


_MODIFIED_WORDS = re.compile(
    r"\b(?:aktualisiert|update[d]?|stand|zuletzt geändert|geändert|letzte änderung)\b", re.I
)
_PUBLISHED_WORDS = re.compile(
    r"\b(?:veröffentlicht|erstellt|publiziert|erschienen|online seit|erstveröffentlichung|"
    r"zuerst veröffentlicht|published)\b",
    re.I,
)


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
    r"^(?:(?:stand|aktualisiert|veröffentlicht|erstellt|publiziert|erschienen|update|"
    r"zuletzt aktualisiert|zuerst veröffentlicht|online seit|erstveröffentlichung|datum|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so)"
    r"\.?(?:\s+(?:am|um|vom))?\s*[:,/-]?\s*){0,3}",
    re.I,
)


_DATE_WORDS = frozenset(
    {*_MONTHS, *_RELATIVE_UNITS, "uhr", "heute", "gestern", "vor", "einer", "einem", "eine", "um"}
    | {
        "stunden",
        "minuten",
        "sekunden",
        "tagen",
        "wochen",
        "lesezeit",
        "min",
        "std",
        "aktualisiert",
    }
)


def is_date_line(text: str, *, now: datetime | None = None) -> bool:
    """True when a short text is only a date line: ``Stand: 28.04.2023 16:11 Uhr``.

    >>> is_date_line("Aktualisiert am 28. April 2023, 20:22 Uhr")
    True
    >>> is_date_line("Am 28.04.2023 wurde das Gesetz beschlossen.")
    False
    """
    raw = _window(text, 80)
    if not raw:
        return False
    rest = _DATE_LABEL.sub("", raw, count=1)
    if not re.match(r"(?:\d|heute|gestern|vor\s)", rest, re.I):
        return False
    words = [w for w in re.findall(r"[^\W\d_]{3,}", rest.lower()) if w not in _DATE_WORDS]
    if len(words) > 1:
        return False  # a sentence that starts with a date
    return parse_date(raw, now=now or datetime(2000, 1, 1, tzinfo=timezone.utc)) is not None
