"""What inside the content container is not article text.

Boxes (:func:`skip`): hidden elements, figures, side regions, link lists, boxes
whose class words name related links, newsletters, share bars, players or
consent, and small boxes with form controls. Lines: subscription and app
prompts (:data:`PROMOTION`), consent layers, disclosures and media items
(:func:`is_notice`), reading times (:data:`READING_TIME`) and the source line at
the article's end (:func:`source_line`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsparse.conventions import parse_source_line, phrases
from newsparse.document import HtmlElement
from newsparse.generic.container import PARAGRAPHS, SIDE_REGIONS, Measure, class_words, hidden
from newsparse.model import SourceLine

#: Characters with a meaning of their own in a regular expression.
_SYNTAX = frozenset("\\.^$*+?{}[]()|")


def literal_start(pattern: str) -> str:
    """The characters every match of ``pattern`` begins with, read up to its first
    regex syntax; ``""`` when there are none or the pattern is an alternation itself.

    >>> literal_start("externen? inhalte? (?:anzeigen|laden)")
    'externe'
    """
    depth = 0
    escaped = in_class = False
    for char in pattern:  # an alternative of its own at the top level: no one start
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return ""
    start: list[str] = []
    for char in pattern:
        if char in _SYNTAX:
            if char in "?*{" and start:
                start.pop()  # the character before a quantifier may be missing
            break
        start.append(char)
    return "".join(start)


class Phrases:
    """Patterns looked for in lower-cased text, each on its own.

    A text is searched only with the patterns whose literal start it holds (one
    substring search each, in C); a pattern that is that start alone needs no regex.
    One regex of every alternative would try each of them at every position of
    every text that holds a common start (``externe``, ``hier geht``).
    """

    __slots__ = ("_checks", "regex")

    def __init__(self, patterns: tuple[str, ...]) -> None:
        self.regex = re.compile("|".join(patterns))
        """Every pattern as one alternation (to generate and test examples with)."""
        starts = tuple(literal_start(pattern) for pattern in patterns)
        self._checks: tuple[tuple[str, re.Pattern[str] | None], ...] | None = None
        if "" not in starts:  # each pattern begins with letters
            self._checks = tuple(
                (start, None if start == pattern else re.compile(pattern))
                for start, pattern in zip(starts, patterns, strict=True)
            )

    @property
    def patterns(self) -> tuple[re.Pattern[str], ...]:
        """The patterns compiled one by one (each but those that are their start alone)."""
        return tuple(regex for _, regex in self._checks or () if regex is not None)

    def search(self, lowered: str) -> bool:
        """True when one of the patterns is found in ``lowered``."""
        if self._checks is None:
            return self.regex.search(lowered) is not None
        for start, regex in self._checks:
            if start in lowered and (regex is None or regex.search(lowered) is not None):
                return True
        return False


#: Words in class names or ids that mark a box as not article text.
_BOILERPLATE_WORDS = phrases.BOILERPLATE_CLASS_WORDS
#: Beginnings of class words glued to others (``relatedbroadcast``, ``teaserbox``).
_BOILERPLATE_PREFIXES = phrases.BOILERPLATE_CLASS_PREFIXES
#: Subscription, app and affiliate prompts: a short block saying one of these is no article text.
#: Matched against lower-cased text: the same prompts as with ``re.I``, and
#: several times faster, since a case-folding search tries every alternative
#: at every position.
PROMOTION = Phrases(phrases.PROMOTION_PATTERNS)


def is_promotion(text: str) -> bool:
    """True when ``text`` holds a subscription, app or affiliate prompt."""
    return PROMOTION.search(text.lower())


#: Consent layers of embeds, affiliate disclosures, the outlet's own products (lower-cased text).
NOTICE = Phrases(phrases.NOTICE_PATTERNS)
#: Longest block read as a notice: a consent layer runs to a few sentences.
NOTICE_CHARS = 600
#: A media item's date and duration closing its description: ``... 21.04.2024 | 3:18 min``.
MEDIA_ITEM = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})\s*\|\s*\d{1,3}(?::\d\d){1,2}\s*min\.?$")


def is_notice(text: str) -> bool:
    """True when a block of a few sentences is a consent layer, an affiliate disclosure,
    an ad for the outlet's own products, or the description of a video or audio item."""
    if len(text) > NOTICE_CHARS:
        return False
    if NOTICE.search(text.lower()):
        return True
    return "|" in text and MEDIA_ITEM.search(text) is not None  # its date and duration part


#: A reading time (``Lesezeit: 3 Min.``) or a player's duration (``8 Min``).
READING_TIME = re.compile(r"^(?:lesezeit\s*:?\s*)?(?:ca\.\s*)?\d{1,3}\s*min(?:\.|uten)?\b", re.I)
#: A line that says it is a source line (``Quelle:``, ``Mit Material von``).
SOURCE_HINT = re.compile(r"^\(?(?:quellen?\s*:|mit material (?:von|der|des))", re.I)


def skip(stats: Measure, element: HtmlElement, container: HtmlElement) -> bool:
    """True for a box inside the container that is not article text."""
    if hidden(element):
        return True
    tag = element.tag
    if tag in ("figure", "figcaption", "picture"):
        return True
    good = stats.good.get(element, 0)
    if good and good >= 0.5 * stats.good.get(container, 0):
        return False  # holds most of the article, whatever it is called
    if tag in SIDE_REGIONS:
        return True
    text = stats.text.get(element, 0)
    if text and stats.links.get(element, 0) > 0.5 * text:
        return True
    if _boilerplate_words(class_words(element)):
        return True
    if good < 400 and (tag not in PARAGRAPHS or element in stats.blocky):
        # A box with form controls and little text: newsletter sign-up, consent, poll.
        return next(element.iter("input", "button", "textarea", "select"), None) is not None
    return False


@lru_cache(maxsize=4096)
def _boilerplate_words(words: frozenset[str]) -> bool:
    """True when class words name a box that is not article text (kept per set of
    words: a page repeats its class values)."""
    return bool(words & _BOILERPLATE_WORDS) or any(
        w.startswith(_BOILERPLATE_PREFIXES) for w in words
    )


def source_line(text: str) -> SourceLine | None:
    """The source line a short text is: labelled, or naming an agency or outlet.

    Stricter than conventions' ``is_source_line``: a parsed line also needs a
    ``Quelle:``/``Mit Material von`` label, an agency or an outlet. On the corpus
    the two differ on ``Mit Agenturmaterial.`` alone, which stays in the body here.
    """
    if len(text) > 200:
        return None
    line = parse_source_line(text)
    if line is None:
        return None
    if SOURCE_HINT.match(text) or line.agencies or line.outlet:
        return line
    return None
