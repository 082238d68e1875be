"""The article body: the blocks of the content container and how JSON-LD checks them.

:func:`read_blocks` walks the container: headings, paragraphs, and runs of
inline text split at double ``<br>``, leaving out the boxes that
:func:`newsparse.generic.boilerplate.skip` refuses. :func:`extract` then sorts
the lines: the printed lead, bylines, the source line, date lines, credits and
prompts are taken out. :func:`check_against_ld` reconciles the result with a
JSON-LD ``articleBody``.
"""

from __future__ import annotations

import re
from typing import Literal

import attrs
from lxml import etree

from newsparse.blocks import is_boilerplate_text
from newsparse.conventions import normalize, parse_byline, parse_date
from newsparse.document import HtmlElement, text_of
from newsparse.generic.boilerplate import (
    READING_TIME,
    is_notice,
    is_promotion,
    skip,
    source_line,
)
from newsparse.generic.container import BLOCKS, IGNORED, Measure, hidden, key
from newsparse.generic.dates import DATE_LINE
from newsparse.generic.images import CREDIT_START
from newsparse.generic.people import BYLINE_START, looks_like_name
from newsparse.generic.source import AGENCY_NOTE, SOURCE_LABEL, read_line
from newsparse.generic.titles import matches_any
from newsparse.model import Block, Paragraph, SourceLine, Subheading

_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_MAX_DEPTH = 400
#: Marks a ``<br>`` in collected inline text.
_BR = "\x00"
_PARAGRAPH_BREAK = re.compile(rf"{_BR}\s*{_BR}")
#: What a run of inline text may hold and still be empty: spaces and line breaks.
_RUN_SPACE = f" \t\r\n{_BR}"


#: Characters of a source note read anywhere in the body (``Mit Material von dpa``).
_NOTE_CHARS = 250


@attrs.frozen
class Extract:
    """What the walk of the content container found."""

    blocks: tuple[Block, ...]
    teaser: str | None = None
    source: SourceLine | None = None
    bylines: tuple[str, ...] = ()


def read_blocks(stats: Measure, container: HtmlElement) -> list[tuple[bool, str]]:
    """``(is heading, text)`` of every block in the container, in page order."""
    raw: list[tuple[bool, str]] = []
    _walk(stats, container, raw)
    return raw


def extract(
    raw: list[tuple[bool, str]], skip_keys: set[str], descriptions: list[str], tz: str
) -> Extract:
    """Sort the container's lines into body blocks, printed lead, source line and bylines.

    ``skip_keys`` are the keys of the headline and kicker; ``descriptions`` the
    keys of the page's descriptions, which a printed lead matches.
    """
    blocks: list[Block] = []
    seen: set[str] = set()
    teaser: str | None = None
    bylines: list[str] = []
    source: SourceLine | None = None
    for index, (is_heading, text) in enumerate(raw):
        text_key = key(text)
        if not text_key or text_key in skip_keys or text_key in seen or text_key.isdigit():
            continue
        if is_boilerplate_text(text) or READING_TIME.match(text):
            continue
        if (len(text) < 220 and is_promotion(text)) or is_notice(text):
            continue
        if len(text) < 200 and not is_heading and index >= len(raw) - 3:
            line = source_line(text) or read_line(text, paragraph=True)
            if line is not None:
                source = source or line
                continue
        if not is_heading and len(text) < _NOTE_CHARS and AGENCY_NOTE.match(text):
            # "Mit Informationen der Nachrichtenagenturen AFP, dpa ...": a ticker prints
            # its source note at the top.
            note = source_line(text)
            if note is not None and note.agencies:
                source = source or note
                continue
        if not is_heading and index >= len(raw) - 6 and SOURCE_LABEL.match(text):
            # "Quellen:" alone, the sources one a line after it: the rest is the source line.
            rest = [t for _, t in raw[index + 1 :]]
            if rest and all(len(t) < 120 for t in rest):
                source = source or SourceLine(raw=f"{text} {'; '.join(rest)}")
                break
        short = len(text) < 120
        if short and CREDIT_START.match(text):
            continue
        if short and not is_heading and BYLINE_START.match(text):
            names = parse_byline(text)
            if names and all(looks_like_name(n) for n in names):
                bylines.extend(names)
                continue
        if len(text) < 70 and DATE_LINE.match(text) and parse_date(text, tz=tz):
            continue
        if (
            len(blocks) < 3
            and teaser is None
            and not is_heading
            and matches_any(text_key, descriptions)
        ):
            teaser = text
            continue
        seen.add(text_key)
        blocks.append(Subheading(text=text) if is_heading else Paragraph(text=text))
    while blocks and isinstance(blocks[-1], Subheading):
        blocks.pop()
    return Extract(
        blocks=tuple(blocks),
        teaser=teaser,
        source=source,
        bylines=tuple(dict.fromkeys(bylines)),
    )


def check_against_ld(
    blocks: tuple[Block, ...], ld_blocks: tuple[Block, ...]
) -> tuple[tuple[Block, ...], Literal["dom", "jsonld"]]:
    """The body and its origin (``dom`` or ``jsonld``) once checked against ``articleBody``."""
    if not ld_blocks:
        return blocks, "dom"
    ld_key = "".join(key(b.text) for b in ld_blocks)
    dom_chars = sum(len(b.text) for b in blocks if isinstance(b, Paragraph))
    found = [b for b in blocks if isinstance(b, Paragraph) and key(b.text) in ld_key]
    found_chars = sum(len(b.text) for b in found)
    ld_chars = sum(len(b.text) for b in ld_blocks)
    structured = len(ld_blocks) > 1  # a single run of text would lose the paragraphs
    if dom_chars < 0.5 * ld_chars or (
        structured and ld_chars > 1.15 * dom_chars and found_chars >= 0.8 * dom_chars
    ):
        # The DOM shows part of the article (paywall, lazy loading): the whole is in JSON-LD.
        return ld_blocks, "jsonld"
    if found_chars < 0.6 * dom_chars:
        return blocks, "dom"
    # A complete articleBody vouches for the DOM paragraphs it contains.
    headings_in_ld = any(isinstance(b, Subheading) and key(b.text) in ld_key for b in blocks)
    kept_blocks = tuple(
        b
        for b in blocks
        if key(b.text) in ld_key or (isinstance(b, Subheading) and not headings_in_ld)
    )
    while kept_blocks and isinstance(kept_blocks[-1], Subheading):
        kept_blocks = kept_blocks[:-1]
    return kept_blocks, "dom"


class _Level:
    """One element of the walk in :func:`read_blocks`: its children still to read and
    the run of inline text collected so far."""

    __slots__ = ("children", "depth", "element", "link_chars", "run")

    def __init__(self, element: HtmlElement, depth: int) -> None:
        self.element = element
        self.children = iter(element)
        self.run: list[str] = [element.text or ""]
        self.link_chars = 0
        self.depth = depth


def _walk(stats: Measure, container: HtmlElement, out: list[tuple[bool, str]]) -> None:
    """Append the blocks below ``container`` to ``out``: headings, paragraphs, runs of
    text. Iterative (a stack of levels), so no nesting depth exhausts recursion."""
    stack = [_Level(container, 0)]
    while stack:
        level = stack[-1]
        run = level.run
        for child in level.children:
            tag = child.tag
            if not isinstance(tag, str) or tag in IGNORED:
                run.append(child.tail or "")
                continue
            if tag == "br":
                run.append(_BR)
            elif child not in stats.blocky and tag not in BLOCKS:
                if not hidden(child):
                    run.append(_inline_text(child))
                    level.link_chars += stats.links.get(child, 0)
            else:
                _flush(run, out, level.link_chars)
                run.clear()
                level.link_chars = 0
                if level.depth < _MAX_DEPTH and not skip(stats, child, container):
                    if tag in _HEADINGS:
                        text = text_of(child)
                        if text and len(text) < 250:
                            out.append((True, text))
                    elif tag != "h1":
                        stack.append(_Level(child, level.depth + 1))
                        break  # its tail follows once its own blocks are read
            run.append(child.tail or "")
        else:
            _flush(run, out, level.link_chars)
            stack.pop()
            if stack and level.element is not container:
                stack[-1].run.append(level.element.tail or "")


def _flush(run: list[str], out: list[tuple[bool, str]], link_chars: int) -> None:
    """Append the paragraphs of a run of inline text, unless the run is mostly links."""
    joined = "".join(run)
    stripped = joined.strip(_RUN_SPACE)
    if not stripped or link_chars > 0.6 * len(stripped):
        return
    for piece in _PARAGRAPH_BREAK.split(joined):
        text = normalize(piece.replace(_BR, " "))
        if text:
            out.append((False, text))


def _inline_text(element: HtmlElement) -> str:
    """The text of an inline element, ``<br>`` marked; iterative, so any depth is fine."""
    tag = element.tag
    if not len(element) and isinstance(tag, str) and tag != "br" and tag not in IGNORED:
        return element.text or ""  # most are a link or an emphasis without children
    parts: list[str] = []
    walker = etree.iterwalk(element, events=("start", "end"))
    for event, node in walker:
        tag = node.tag
        if event == "start":
            if not isinstance(tag, str) or tag in IGNORED:
                walker.skip_subtree()
            elif tag == "br":
                parts.append(_BR)
            elif node.text:
                parts.append(node.text)
        elif node is not element and node.tail:
            parts.append(node.tail)
    return "".join(parts)
