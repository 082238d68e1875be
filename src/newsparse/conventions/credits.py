"""Photo credits: ``(Foto: dpa)``, ``© Witters``, ``IMAGO/Nico Herbertz``, alone or after a caption.

>>> parse_credit("(Foto: picture alliance / dpa | Kay Nietfeld)").holders
('picture alliance', 'dpa', 'Kay Nietfeld')
>>> split_credit("Lawrow wird empfangen. (Foto: dpa)")[0]
'Lawrow wird empfangen.'
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsparse.conventions import lists
from newsparse.conventions.agencies import AGENCIES, agency
from newsparse.conventions.memo import per_page
from newsparse.conventions.sources import OTHER_LABEL, OUTLET, SOURCE_PREFIX, parse_source_line
from newsparse.conventions.text import normalize, window
from newsparse.model import Credit

__all__ = ["PARTICLES", "is_credit", "parse_credit", "split_credit"]


#: Label word of a credit (lower case) -> the kind of work credited.
_CREDIT_KINDS: dict[str, str | None] = {
    word: kinds[0] if kinds else None for word, kinds in lists.table("credit_labels").items()
}
_KIND_WORDS = "|".join(sorted(_CREDIT_KINDS, key=len, reverse=True))
_MONTAGE_MARK = r"(?:\s*\[[A-Za-z]{1,3}\])?"
#: A credit label at the start of a segment: ``Foto:``, ``Foto [M]:``, ``©``, ``Photo by``.
_CREDIT_PREFIX = re.compile(
    rf"^(?:({_KIND_WORDS}){_MONTAGE_MARK}\s*:"
    r"|(©|\(c\)|copyright\s*:?\s*©?|photo by|foto von)(?!\w))\s*",
    re.I,
)
#: Segment boundaries inside one credit: ``;`` and ``. Label:``.
_SEGMENT_SPLIT = re.compile(
    rf";\s*|(?<=\.)\s+(?=[A-ZÄÖÜ][\w-]{{1,24}}{_MONTAGE_MARK}\s*:)|(?<=[^\s/|])\s+(?=©)"
)
# (?!(?<=\s)\s): never start inside a run of spaces (linear time; see conventions.text).
_HOLDER_SPLIT = re.compile(
    r"(?!(?<=\s)\s)\s*(?:[/|;,]|\bvia\b|\s[-–—]\s|\s(?:und|&)\s|(?-i:\sI\s))\s*", re.I
)
_WIRE_TAG = re.compile(r"\+\+\+[^+]{0,60}\+\+\+")
_RIGHTS = re.compile(
    r"\ball rights reserved\b|\balle rechte vorbehalten\b|\bcopyright\b\s*©?\s*(?:\d{4}\b)?|©",
    re.I,
)
_MARK = re.compile(r"(?!(?<=\s)\s)\s*\[[A-Za-z]{1,3}\]\s*")
_PARENTHETICAL = re.compile(r"\(([^()]{1,40})\)")
#: Kind words that stand alone where a holder would be: ``© Montage``.
_KIND_ONLY = frozenset(lists.words("credit_kind_only"))
#: Words in a credit that mark the picture, not a holder.
_MARKERS = frozenset({"", *lists.words("credit_markers")})  # "": nothing left
#: Lower-case words that may stand inside a name (``Nikolai von Bismarck``).
PARTICLES = frozenset(lists.words("name_particles"))


def _holder(name: str) -> str:
    return agency(name) or name


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
    return _parse_credit(text)


@per_page
def _parse_credit(text: str) -> Credit | None:
    raw = window(text, 400)
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
        if not labelled and index > 0 and OTHER_LABEL.match(segment):
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
        key = _NOT_WORD.sub("", holder.casefold())
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
            if word[:1].islower() and word.lower() not in PARTICLES and position > 0:
                return False
        if len(words) > 1 and words[0][:1].islower() and words[0] not in PARTICLES:
            return False
    return True


#: A sentence ends inside a would-be holder: ``Aufnahme vom 3. Juli. Ohad Zwigenberg``.
_SENTENCE_END = re.compile(r"(?:[a-zäöüß]{2}|\d)\.\s")
#: ``Word:`` anywhere (the word is checked against the labels), and ``©``, ``Copyright``.
_LABEL_WORD = re.compile(rf"(?<![\w-])([^\W\d_]{{3,14}}){_MONTAGE_MARK}\s*:")
_LABEL_GLUED = re.compile(rf"(?<=[a-zäöüß])([A-ZÄÖÜ][a-zäöü]{{2,13}}){_MONTAGE_MARK}\s*:")
_LABEL_SIGN = re.compile(r"©|\(c\)(?=\s)|(?<![\w-])(?:copyright\b|photo by\b)", re.I)
_NOT_A_CREDIT_BEFORE = re.compile(
    rf"(?:\b(?:{lists.alternatives('not_credit_before')})|\d)\s*$",
    re.I,
)
_CAPTION_LABEL = re.compile(r"^(?:legende|bildunterschrift|bildtext)\s*:\s*", re.I)
_BARE_START = re.compile(r"(?:\s\|\s|[.!?»«“”\"]\s?(?=\S)|\s(?=\())")
_CAPTION_TAIL = 300
_PIPE = re.compile(r"\s\|\s")
_SIGN_GAP = re.compile(r"©\s+")
_NOT_WORD = re.compile(r"[\W_]+")


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
    return _split_credit(caption)


@per_page
def _split_credit(caption: str) -> tuple[str | None, Credit | None]:
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
    starts = {m.start() for m in _LABEL_SIGN.finditer(tail)}
    if ":" in tail:  # a label word ends with its colon: most captions have none
        starts |= {
            m.start() for m in _LABEL_WORD.finditer(tail) if m.group(1).lower() in _CREDIT_KINDS
        }
        starts |= {
            m.start() for m in _LABEL_GLUED.finditer(tail) if m.group(1).lower() in _CREDIT_KINDS
        }
    failed_sign: int | None = None  # a "©" start that gave no credit
    for start in sorted(starts):
        if (
            failed_sign is not None
            and tail.startswith("©", start)
            and _SIGN_GAP.fullmatch(tail, failed_sign, start)
        ):
            # "© © ...": a "©" and spaces before another "©" add an empty segment and
            # nothing else, so this start fails as the one before it did.
            failed_sign = start
            continue
        failed_sign = None
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
        if tail.startswith("©", begin):
            failed_sign = start
    return None


def _bare_tail(tail: str) -> tuple[int, Credit] | None:
    candidates = [m.end() for m in _BARE_START.finditer(tail)]
    pipes = [m.end() for m in _PIPE.finditer(tail)]
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
    raw = window(text, 300)
    credit = parse_credit(raw) if raw else None
    if credit is None:
        return False
    line = parse_source_line(raw)
    if line is not None and (
        line.editors or (line.outlet and OUTLET.match(line.outlet) and SOURCE_PREFIX.match(raw))
    ):
        return False  # "Quelle: ntv.de, ino/dpa" is a source line
    labelled = bool(_CREDIT_PREFIX.match(raw.lstrip("( ")))
    return _plausible_holders(credit, need_agency=not labelled)
