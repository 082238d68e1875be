"""Authors printed on the page: bylines by class name and ``Autor:`` labels.

JSON-LD and meta authors are read in :mod:`newsparse.generic.parser`; bylines
inside the body text are taken out by :mod:`newsparse.generic.body`. What is a
name is decided here: up to five capitalised words, no digits.
"""

from __future__ import annotations

import re
from itertools import islice

from newsparse.conventions import parse_byline
from newsparse.document import HtmlElement
from newsparse.generic.boilerplate import SOURCE_HINT
from newsparse.generic.container import Measure, class_words
from newsparse.texts import TextStarts, text_of

#: A line opening like a byline; the body check then wants :func:`looks_like_name` names.
#: Kept local: conventions' ``is_byline`` knows more openings and on the corpus also takes
#: an interview's closing ``Das Gespräch führte ...`` and a ``Kommentar-Regeln von ...``
#: link out of the body, which changes the generic output of two corpus pages.
BYLINE_START = re.compile(
    r"^(?:von|by|text|autor(?:in|en)?\s*:|ein (?:kommentar|gastbeitrag|interview|essay) von)\s",
    re.I,
)
_AUTHOR_LABEL = re.compile(
    r"^autor(?:in|en|innen)?(?:\s*/\s*autor(?:in|en|innen)?)?\s*:?\s+(.{3,90})$", re.I
)
#: Lower-case words inside names (``Ursula von der Leyen``).
_NAME_PARTICLES = frozenset({"von", "van", "de", "der", "den", "zu", "di", "da", "le", "la", "al"})
#: Longest text of an author-named element read as a byline.
_BYLINE_CHARS = 150
#: Author-named boxes tried for a byline: the byline is in one of the first few.
_AUTHOR_BOXES = 64
#: Boxes of the author box's kind (it among them) read for co-authors: a byline names a
#: few people, and a list of a thousand such boxes is no byline.
_CO_AUTHOR_BOXES = 32
#: Class words of an element holding the byline.
_BYLINE_WORDS = frozenset({"author", "authors", "autor", "autoren", "byline", "creator", "person"})


def looks_like_name(name: str) -> bool:
    """A person's or agency's name: up to five capitalised words (particles aside), no digits."""
    words = name.split()
    if not 1 <= len(words) <= 5 or len(name) >= 60 or any(c.isdigit() for c in name):
        return False
    return all(w[0].isupper() or w.lower() in _NAME_PARTICLES for w in words)


def named_bylines(root: HtmlElement | None) -> tuple[str, ...]:
    """Names in the first author-named element of the article, with same-class siblings."""
    if root is None:
        return ()
    names: dict[str, None] = {}
    starts = TextStarts(_BYLINE_CHARS + 1)  # nested author boxes are read once
    tried = 0
    for element in root.iter():
        if not isinstance(element.tag, str) or not (class_words(element) & _BYLINE_WORDS):
            continue
        tried += 1
        if tried > _AUTHOR_BOXES:
            break
        text = starts(element)
        # Only labelled source lines: conventions' is_source_line would also pass over
        # an author box naming an agency alone (``AFP``).
        if not text or len(text) > _BYLINE_CHARS or SOURCE_HINT.match(text):
            continue
        for name in parse_byline(text):
            if looks_like_name(name):
                names[name] = None
        if names:
            # Co-authors often sit in sibling elements of the same kind (a few of them).
            parent = element.getparent()
            kind = element.get("class")
            same = (s for s in (parent if parent is not None else ()) if s.get("class") == kind)
            for sibling in islice(same, _CO_AUTHOR_BOXES):
                if sibling is not element:
                    names.update(
                        dict.fromkeys(
                            n for n in parse_byline(text_of(sibling)) if looks_like_name(n)
                        )
                    )
            break
    return tuple(names)


def labelled_byline(stats: Measure) -> tuple[str, ...]:
    """Names after an ``Autor:`` or ``Autorin/Autor`` label anywhere on the page (the
    short elements opening with it, which :func:`~newsparse.generic.container.measure`
    lists)."""
    for element in stats.labels:
        if stats.text.get(element, 999) > 100:
            continue
        match = _AUTHOR_LABEL.match(text_of(element))
        if match:
            names = tuple(n for n in parse_byline(match.group(1)) if looks_like_name(n))
            if names:
                return names
    return ()
