"""The source line at the article's end, wherever the markup puts it.

Three places, tried in order by :mod:`newsparse.generic.parser`: one of the
body's last lines (found while the body is read, :mod:`newsparse.generic.body`);
the end of the last paragraph (``... frei. (kas)``, :func:`split_last`); and
the first short line after the last paragraph, in a box the body leaves out
(``<p class="footer">Quelle: F.A.Z.</p>``, ``<small>© SZ/stga</small>``, an
editor's Kürzel alone in the paragraph right after the text, :func:`source_after`).
The grammar of the line itself is :func:`newsparse.conventions.parse_source_line`.
"""

from __future__ import annotations

import re
from typing import Final

from newsparse.conventions import (
    find_agencies,
    normalize,
    parse_source_line,
    split_source,
    without_rights_note,
)
from newsparse.document import HtmlElement, following
from newsparse.generic.container import IGNORED, Measure, class_words, key
from newsparse.model import Block, Paragraph, SourceLine
from newsparse.texts import TextStarts, text_endings

#: Longest text an element may hold to be read as a source line.
MAX_SOURCE_CHARS: Final = 200
#: How far the measured length of the last paragraph's element may differ from its text.
_SLACK: Final = 10
#: How many text-bearing elements after the last paragraph are looked at.
_LOOK_AHEAD: Final = 20
#: A source line without a label has at most this many words (``Quelle: ntv.de, ino/AFP/dpa``).
_FEW_WORDS: Final = 8
#: Openings of the longer lines read as source lines.
_OPENING: Final = re.compile(
    r"^\(?\s*(?:quellen?|sources?|mit |with |dieser |this |aus dem |copyright|©|\(c\))", re.I
)
#: A line saying where the article first appeared: a source line without pieces.
FIRST_PUBLISHED: Final = re.compile(
    r"^(?:dieser (?:artikel|beitrag|text) (?:ist|erschien) (?:zuerst|erstmals|ursprünglich)|"
    r"(?:zuerst|erstmals) erschienen (?:in|bei|auf)\b|"
    r"this (?:article|story) (?:was )?(?:first|originally) (?:published|appeared))",
    re.I,
)
#: Initials need a separator beside them: ``ino/AFP``, ``(kas)``, ``red, APA``.
_SEPARATED: Final = re.compile(r"[/(),;]")
#: A labelled line: ``Quelle: ...``, ``Quellen: ...``.
_LABELLED: Final = re.compile(r"^\(?\s*quellen?\s*:\s*\S", re.I)
#: A syndicated article's rights line printed with the text: ``© The Financial Times Ltd. 2024``,
#: ``Aus dem Englischen von ... Copyright: Project Syndicate, 2025``.
COPYRIGHT: Final = re.compile(
    r"^(?:[^©]{0,80}\s)?(?:©|\(c\)|copyright\s*:?)\s*(?:the\s+)?[A-ZÄÖÜ][\w.&' -]{1,50}"
    r"(?:,?\s*(?:19|20)\d\d)?\.?$",
    re.I,
)
#: A note naming the sources of the text, read wherever the body prints it (a live ticker
#: at its top): ``Mit Informationen der Nachrichtenagenturen AFP, dpa ...``.
AGENCY_NOTE: Final = re.compile(
    r"^\(?\s*mit (?:informationen|material|agenturmaterial)\b(?: (?:der|von|des|aus)\b)?", re.I
)
#: A source label standing alone, the sources in the lines after it.
SOURCE_LABEL: Final = re.compile(r"^(?:quellen?|sources?)\s*:?$", re.I)
#: Class words of an element holding a source line or an editor's initials.
_SOURCE_WORDS: Final = frozenset(
    {"source", "sources", "quelle", "quellen", "kuerzel", "autorenkuerzel", "redakteurskuerzel"}
)
#: Elements after the body's last block looked at for the source line.
_LOOKAHEAD: Final = 300
#: Longest last paragraph read as a list of Kürzel with notes.
_INITIALS_LINE_CHARS: Final = 120
#: Kürzel separated by commas or slashes, then a semicolon: ``ssi, dan; Foto ...``.
_KUERZEL_LIST: Final = re.compile(r"^[a-zäöü]{2,4}(?:\s*[,/]\s*[a-zäöü]{2,4})*\s*;")
#: An editor's Kürzel alone in the paragraph right after the text: ``<p>amw</p>``.
_LONE_KUERZEL: Final = re.compile(r"^[a-zäöü]{2,4}(?:\s*[,/]\s*[a-zäöü]{2,4})*$")
#: Regions after the article that hold other articles' lines, not this one's source.
_NOT_AFTER: Final = frozenset({"figure", "figcaption", "nav", "aside", "form", "a"})


def split_last(blocks: tuple[Block, ...]) -> tuple[tuple[Block, ...], SourceLine | None]:
    """The blocks with a source split off the last paragraph's end (``... frei. (kas)``)."""
    if not blocks or not isinstance(blocks[-1], Paragraph):
        return blocks, None
    whole = read_line(blocks[-1].text, paragraph=True) or _initials_line(blocks[-1].text)
    if whole is not None:
        return blocks[:-1], whole
    text, line = split_source(blocks[-1].text, initials=True)
    if line is None:
        return blocks, None
    rest = (Paragraph(text=text),) if text else ()
    return blocks[:-1] + rest, line


def _initials_line(text: str) -> SourceLine | None:
    """A last paragraph that is Kürzel alone (``amw``) or with notes (``ssi, dan; Foto: ...``)."""
    if len(text) > _INITIALS_LINE_CHARS:
        return None
    if not (_KUERZEL_LIST.match(text) or _LONE_KUERZEL.match(text)):
        return None
    return parse_source_line(text, initials=True)


def read_line(
    text: str, element: HtmlElement | None = None, *, paragraph: bool = False
) -> SourceLine | None:
    """``text`` as a source line: labelled, naming an agency or outlet, or saying where the
    article first appeared; bare initials only in an element named for them; a rights line
    only in a paragraph (``paragraph``: ``text`` is one)."""
    if not text or len(text) > MAX_SOURCE_CHARS:
        return None
    if FIRST_PUBLISHED.match(text):
        return SourceLine(raw=text)
    line = parse_source_line(text)
    if line is None:
        bare = without_rights_note(text)
        line = parse_source_line(bare) if bare != text else None
    if line is not None and line.editors and not _SEPARATED.search(text):
        line = None  # "junge Welt": a lower-case word before a name, not initials
    if line is not None:
        return line
    if _LABELLED.match(text):  # "Quellen: Landtag NRW; WDR Interviews"
        return SourceLine(raw=text, agencies=find_agencies(text))
    if COPYRIGHT.match(text) and (paragraph or (element is not None and _in_paragraph(element))):
        return SourceLine(raw=text, agencies=find_agencies(text))
    if element is not None and class_words(element) & _SOURCE_WORDS:
        return parse_source_line(text, initials=True)
    return None


def source_after(
    container: HtmlElement | None, stats: Measure, last_text: str | None
) -> SourceLine | None:
    """The first short source line after the element of ``container`` holding ``last_text``."""
    if container is None or not last_text:
        return None
    last = _element_of(container, stats, last_text)
    if last is None:
        return None
    seen = 0
    first: HtmlElement | None = None
    texts = TextStarts(MAX_SOURCE_CHARS + 1)  # page order: nested boxes are read once
    for element in following(last, _LOOKAHEAD):
        tag = element.tag
        length = stats.text.get(element)
        if not length or length > MAX_SOURCE_CHARS or tag in IGNORED or tag in _NOT_AFTER:
            continue
        if _inside(element, _NOT_AFTER):
            continue
        seen += 1
        if seen > _LOOK_AHEAD:
            return None
        text = normalize(texts.whole(element))
        if len(text.split()) > _FEW_WORDS and not _OPENING.match(text):
            continue  # a sentence, not a source line: spare the parse
        if first is None:
            first = element
        line = read_line(text, element)
        if (
            line is None
            and tag == "p"
            and _LONE_KUERZEL.match(text)
            and _first_text(element, first)
        ):
            line = parse_source_line(text, initials=True)  # the Kürzel closing the text
        if line is not None:
            return line
    return None


def _element_of(container: HtmlElement, stats: Measure, text: str) -> HtmlElement | None:
    """The first element of ``container`` about as long as ``text`` and ending like it."""
    wanted = len(text)
    tail = key(text)[-80:]
    endings: dict[HtmlElement, str] = {}
    for element in container.iter():
        length = stats.text.get(element)
        if length is None or abs(length - wanted) > _SLACK or not isinstance(element.tag, str):
            continue
        # The endings of a box and of every box inside it come from one walk: reading
        # each box's text would read the boxes inside it again, for every box around
        # them (a chain of boxes around a caption as long as the paragraph). The page
        # order never comes back to a box around one walked, so no element is walked
        # twice.
        ending = endings.get(element)
        if ending is None:
            endings = text_endings(element, len(tail), key)
            ending = endings[element]
        if ending.endswith(tail):
            return element
    return None


def _first_text(element: HtmlElement, first: HtmlElement) -> bool:
    """True when ``element`` is the first text after the article's last paragraph (or inside
    the first box with text after it)."""
    return element is first or any(a is first for a in element.iterancestors())


def _in_paragraph(element: HtmlElement) -> bool:
    return element.tag == "p" or any(a.tag == "p" for a in element.iterancestors())


def _inside(element: HtmlElement, tags: frozenset[str]) -> bool:
    return any(a.tag in tags for a in element.iterancestors())
