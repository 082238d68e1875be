"""Text clean-up shared by every convention: whitespace, invisible characters, windows.

Linear time: a pattern that begins with spaces before a separator (``\\s*,\\s*``)
starts with ``(?!(?<=\\s)\\s)``, so a match never starts inside a run of spaces.
Started there it would end as the match from the run's first space did, so
nothing changes, but a search no longer walks the rest of the run from every
space in it (quadratic in the run's length).

>>> normalize("Bundes\\u00adtag\\u00a0 tagt\\n")
'Bundestag tagt'
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["fold", "normalize", "unique", "window"]

#: Characters that are removed outright: soft hyphen, zero-width and direction marks,
#: BOM. Looked for one by one (``in`` finds each faster than a regex), removed by a regex.
_INVISIBLE_CHARS = ("\u00ad", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff")
_INVISIBLE = re.compile(f"[{''.join(_INVISIBLE_CHARS)}]")
_INVISIBLE_STRING = "".join(_INVISIBLE_CHARS)


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


def fold(text: str) -> str:
    """``text`` as :func:`normalize` makes it, but with one space kept at either end
    where it had whitespace, so that pieces folded one by one and joined fold to what
    the whole text folds to.

    >>> fold("  Bundes\\u00adtag \\n") + fold("tagt")
    ' Bundestag tagt'
    """
    core = normalize(text)
    visible = text.strip(_INVISIBLE_STRING)
    if not core:
        return " " if visible else ""  # only whitespace (and invisible characters)
    return f"{' ' if visible[0].isspace() else ''}{core}{' ' if visible[-1].isspace() else ''}"


def window(text: str, limit: int) -> str:
    """The normalised text if it is at most ``limit`` characters long, else ``""``."""
    if not text or len(text) > 4 * limit:
        return ""
    raw = normalize(text)
    return raw if len(raw) <= limit else ""


def unique(items: Iterable[str]) -> tuple[str, ...]:
    """``items`` without repeats, in first-seen order."""
    return tuple(dict.fromkeys(items))
