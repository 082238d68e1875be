"""Whether a part read by an older layout's selector is believable on a drifted page.

On a page that matched none of its site's layouts, each part is tried with the
selectors of the site's layouts (:mod:`newsparse.assemble`); a value is kept
only when the check here passes. Each check takes the rescued value and what
the generic parser found on the same page, and errs on the side of "no": a
part left to the generic parser is better than a wrong one.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime

from newsparse.model import Block, Image, Paragraph, SourceLine

#: Sections, kickers and topics are short labels.
MAX_LABEL_CHARS = 80
MAX_LABEL_WORDS = 6
MAX_KICKER_CHARS = 120
#: A rescued body must be at least this long and share this much with the generic one.
MIN_BODY_CHARS = 200
MIN_BODY_OVERLAP = 0.5
#: Dates more than this many seconds from the generic parser's are not believed.
MAX_DATE_SHIFT = 48 * 3600

_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> Counter[str]:
    """Word tokens of ``text``, case-folded, with their counts."""
    return Counter(_TOKEN.findall(text.casefold()))


def overlap(text: str, reference: str) -> float:
    """Token F1 of ``text`` against ``reference`` (0 when either is empty)."""
    ours, theirs = tokens(text), tokens(reference)
    common = sum((ours & theirs).values())
    if not common:
        return 0.0
    precision = common / sum(ours.values())
    recall = common / sum(theirs.values())
    return 2 * precision * recall / (precision + recall)


def label(value: str | None, generic: str | None) -> bool:
    """A section: a short label of a few words, no sentence."""
    if not value:
        return False
    return len(value) <= MAX_LABEL_CHARS and len(value.split()) <= MAX_LABEL_WORDS


def kicker(value: str | None, generic: str | None) -> bool:
    """A kicker: one short line, not a paragraph."""
    if not value:
        return False
    return len(value) <= MAX_KICKER_CHARS and not value.endswith(".")


def headline(value: str | None, generic: str | None) -> bool:
    """A headline: it shares most of its words with the headline the page states elsewhere."""
    if not value or not generic:
        return False
    return overlap(value, generic) >= 0.6 or value in generic or generic in value


def teaser(value: str | None, generic: str | None) -> bool:
    """A teaser: a sentence or a few, matching the page's description where there is one."""
    if not value or not 30 <= len(value) <= 2000:
        return False
    return generic is None or overlap(value, generic) >= 0.5


def body(value: tuple[Block, ...], generic: tuple[Block, ...]) -> bool:
    """A body: long enough, and the same text the generic parser found for the most part."""
    text = " ".join(block.text for block in value if isinstance(block, Paragraph))
    if len(text) < MIN_BODY_CHARS:
        return False
    reference = " ".join(block.text for block in generic)
    return not reference or overlap(text, reference) >= MIN_BODY_OVERLAP


def images(value: tuple[Image, ...], generic: tuple[Image, ...]) -> bool:
    """Images: each has a URL."""
    return bool(value) and all(image.url for image in value)


#: A source line the conventions cannot split is believed up to this length.
MAX_RAW_SOURCE_CHARS = 300


def source(value: SourceLine | None, generic: SourceLine | None) -> bool:
    """A source line: it names an outlet, editors or agencies, or is one short line."""
    if value is None:
        return False
    if value.outlet or value.editors or value.agencies:
        return True
    return 0 < len(value.raw) <= MAX_RAW_SOURCE_CHARS and "\n" not in value.raw


def authors(value: tuple[str, ...], generic: tuple[str, ...]) -> bool:
    """Authors: a few names of two to five words, no digits."""
    if not value or len(value) > 8:
        return False
    return all(2 <= len(name.split()) <= 5 and not any(c.isdigit() for c in name) for name in value)


def date(value: datetime | None, generic: datetime | None) -> bool:
    """A date: close to the one the page states elsewhere, when it states one."""
    if value is None:
        return False
    return generic is None or abs((value - generic).total_seconds()) <= MAX_DATE_SHIFT


def topics(value: tuple[str, ...], generic: tuple[str, ...]) -> bool:
    """Topics: short labels."""
    return bool(value) and all(len(t) <= MAX_LABEL_CHARS for t in value)
