"""Headline, kicker and printed lead: what surrounds the article's ``h1``.

Titles lose their site name and date (``... | Golem.de``); a kicker is split
from ``"Kicker: headline"``, read from a span inside the ``h1`` or from a short
line or kicker-named element above it, and never left in the headline
(:func:`without_kicker`); the printed lead is the first text after the ``h1``
that matches a description or has a lead-named class.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from itertools import islice
from typing import Any

from newsparse.blocks import is_boilerplate_text
from newsparse.climb import Climb
from newsparse.conventions import KICKER_BADGES, is_byline, normalize, parse_date
from newsparse.document import H1_READ, Document, HtmlElement, following
from newsparse.generic.boilerplate import is_promotion
from newsparse.generic.container import (
    BODY_BLOCK_CHARS,
    IGNORED,
    PARAGRAPHS,
    Measure,
    class_words,
    hidden,
    inside_links,
    key,
    name_key,
)
from newsparse.generic.jsonld import ld_text
from newsparse.texts import TextStarts, text_of

#: Class words of a kicker (Dachzeile).
_KICKER_WORDS = frozenset(
    {
        "kicker", "dachzeile", "roofline", "overline", "topline", "eyebrow", "overhead",
        "spitzmarke", "superline", "pretitle", "supertitle", "rubric",
    }
)  # fmt: skip
#: Longest text read as a kicker.
_KICKER_CHARS = 80
#: Elements a kicker box holds at most (itself included): a label and a few spans.
_KICKER_ELEMENTS = 32
#: Elements of the ``h1``'s parent and wrapper looked at for a kicker-named one (bounded:
#: a wrapper may hold the whole article).
_KICKER_SCOPE = 400
#: Class words of a printed lead.
_LEAD_WORDS = frozenset(
    {
        "lead", "intro", "teaser", "summary", "standfirst", "excerpt", "abstract",
        "description", "vorspann", "lede", "subtitle", "subline", "introduction",
    }
)  # fmt: skip
#: Two labels run together without a space (``WissenschaftGlobal``): a breadcrumb, no kicker.
_GLUED = re.compile(r"[a-zäöüß][A-ZÄÖÜ][a-zäöüß]")
#: ``Kicker: headline``; the leading spaces are taken once (``(?=(\s*))\1`` cannot give any
#: back), which keeps a long run of them from being tried at every length (titles come
#: here normalised, so they never start with a space anyway).
_KICKER_SEPARATOR = re.compile(r"^(?=(\s*))\1(.{2,80}?)\s*(?::|\s[-–—|]\s)\s*(.+)$")
#: Between a title and the site name or date after it. ``(?!(?<=\s)\s)``: a match never
#: starts inside a run of spaces (its first space has the same outcome), so a long run
#: costs linear time instead of quadratic.
TITLE_SEPARATOR = re.compile(r"(?!(?<=\s)\s)(?:\s+[|–—-]\s+|\s*\|\s*)")
#: What separates a kicker from the headline after it in one line.
_AFTER_KICKER = re.compile(r" ?: ?| [-–—|] ")
_SCHEME = re.compile(r"^https?://(?:www\.)?")
_TRAILING = frozenset("|–—-")


def _without_trailing_separators(text: str) -> str:
    """``text`` without the spaces and separators (``|``, dashes) it ends with.

    What ``re.sub(r"[\\s|–—-]+$", "", text)`` does, in one pass from the end instead of a
    regex search that is quadratic on a long run of dashes inside the text.
    """
    end = len(text)
    while end and (text[end - 1] in _TRAILING or text[end - 1].isspace()):
        end -= 1
    return text[:end]


def find_h1(
    h1s: Iterable[HtmlElement],
    titles: tuple[str | None, ...],
    container: Callable[[], HtmlElement | None],
) -> HtmlElement | None:
    """The visible one of the page's ``h1s`` matching one of ``titles``, else the first
    in the container, else any visible one."""
    visible = [h for h in h1s if not hidden(h)]
    if not visible:
        return None
    wanted = {key(t) for t in titles if t}
    starts = TextStarts(H1_READ)  # page order: h1s nested in an h1 are read once
    for h1 in visible:
        h1_key = key(starts(h1))
        if h1_key and any(h1_key in w or w in h1_key for w in wanted if w):
            return h1
    content = container()
    if content is not None:
        inside = set(content.iterdescendants("h1"))
        for h1 in visible:
            if h1 in inside:
                return h1
    return visible[0]


#: Characters of a title that :func:`clean_title` looks for a site name in. Splitting a
#: title left open around a 2 MB page took 0.2 s each time (a fuzzed Börsen-Zeitung page).
LONGEST_TITLE = 1000


def clean_title(title: str | None, names: tuple[str, ...]) -> str | None:
    """A title without the site name (``... | Golem.de``, ``... – DW – 28.04.2023``).

    A text longer than :data:`LONGEST_TITLE` is no title with a site name after it
    (a ``<title>`` left open around the page): it is returned as it is, not split.
    """
    if not title:
        return None
    text = normalize(html.unescape(html.unescape(title)))
    if len(text) > LONGEST_TITLE:
        return text
    for _ in range(3):
        pieces = TITLE_SEPARATOR.split(text)
        if len(pieces) < 2:
            break
        last = pieces[-1]
        last_key = name_key(last)
        is_site = bool(last_key) and any(_same_name(last_key, n) for n in names)
        is_date = len(last) < 20 and parse_date(last) is not None
        if not (is_site or is_date):
            break
        text = text[: text.rfind(last)]
        text = _without_trailing_separators(text).strip()
    return text or None


def _same_name(segment: str, name: str) -> bool:
    """True when a title segment names the site: equal, or one holds the other (4+ letters)."""
    if segment == name:
        return True
    return min(len(segment), len(name)) >= 4 and (name in segment or segment in name)


def split_kicker(full: str, headline: str) -> str | None:
    """The kicker when ``full`` is ``"Kicker: headline"`` (or with a dash) around ``headline``."""
    match = _KICKER_SEPARATOR.match(full)
    if match is None:
        return None
    if key(match.group(3)) == key(headline):  # group 1 holds the leading spaces
        return match.group(2)
    return None


def without_kicker(headline: str, kicker: str) -> str:
    """``headline`` without ``kicker`` printed before it (``Kicker: headline``, ``Kicker -
    headline``): a kicker is never repeated in the headline."""
    if not headline.startswith(kicker):
        return headline
    match = _AFTER_KICKER.match(headline, len(kicker))
    if match is None or match.end() == len(headline):
        return headline
    return headline[match.end() :]


def h1_kicker(h1: HtmlElement) -> tuple[str, str, bool] | None:
    """``(kicker, headline, joined)`` when the ``h1`` holds a kicker span before the headline.

    The headline is the rest of the ``h1``: the following child elements, or the
    text after the kicker span (``<span>Kicker</span>: Headline``). ``joined`` is
    true when a colon joins them into one printed line.
    """
    children = [c for c in h1 if isinstance(c.tag, str) and text_of(c)]
    if not children or (h1.text or "").strip() or children[0].tag == "a":
        return None
    first = children[0]
    kicker = text_of(first).strip()
    rest = [text_of(c) for c in children[1:]]
    tail = normalize(first.tail or "")
    if tail:
        rest.insert(0, tail)
    if not rest:
        return None
    joined = False
    separated = False
    if rest[0][:1] in (":", "-", "–", "—", "|"):
        separated = True
        joined = rest[0][0] == ":"
        rest[0] = rest[0][1:].strip()
    headline = normalize(" ".join(r for r in rest if r))
    if kicker.endswith((":", "|", "-", "–")):
        separated = True
        joined = joined or kicker.endswith(":")
        kicker = kicker.rstrip(" :|-–")
    if not kicker or not headline or len(kicker) > 80:
        return None
    named = bool(class_words(first) & _KICKER_WORDS)
    if len(children) < 2 and not (separated or named):
        return None  # a lone span and loose text: a kicker only when something says so
    if not (separated or named) and len(kicker) >= len(headline) * 1.5:
        return None
    return kicker, headline, joined


def kicker_above(h1: HtmlElement) -> str | None:
    """A kicker-named element beside the ``h1``, else the short line just before it."""
    parent = h1.getparent()
    wrapper = parent.getparent() if parent is not None else None
    around_h1 = set(h1.iterancestors())
    for scope in (parent, wrapper):
        if scope is None or scope.tag in ("body", "html"):
            break
        starts = TextStarts(_KICKER_CHARS + 1)  # nested kicker boxes are read once
        for element in islice(scope.iter(), _KICKER_SCOPE):
            if element is h1 or not isinstance(element.tag, str):
                continue
            if class_words(element) & _KICKER_WORDS and element not in around_h1:
                text = _kicker_text(element, starts(element))
                if text:
                    return text
    node = h1
    for _ in range(3):
        previous = node.getprevious()
        while previous is not None and (
            not isinstance(previous.tag, str) or previous.tag in IGNORED or not text_of(previous)
        ):
            previous = previous.getprevious()
        if previous is not None:
            return _kicker_text(previous)
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "article", "main"):
            return None
        node = parent
    return None


def _kicker_text(element: HtmlElement, text: str | None = None) -> str | None:
    """The element's text (``text`` when read already) as a kicker, if it reads as one."""
    if element.tag in ("nav", "ol", "ul", "figure", "img", "picture", "time"):
        return None
    if next(islice(element.iter(), _KICKER_ELEMENTS, None), None) is not None:
        return None  # a box of that many elements is no one-line label (nor read as one)
    if text is None:
        text = text_of(element)
    if not text or len(text) > _KICKER_CHARS or len(text.split()) > 10:
        return None
    if sum(c.isalpha() for c in text) < 2:
        return None
    if len(element.findall(".//a")) > 1 or is_byline(text):
        return None
    if _GLUED.search(text):
        # Labels run together: a row of a section label and the kicker (two items) keeps
        # its last item; more items are a trail.
        items = [text_of(e) for e in element.iter() if _leaf_label(e)]
        if len(items) != 2:
            return None
        text = items[-1]
    if text.lower().startswith(("mehr ", "alle ", "zurück", "weitere ")):
        return None
    if text.casefold().rstrip(" :") in KICKER_BADGES:
        return None
    if parse_date(text) is not None or is_boilerplate_text(text):
        return None
    return text.rstrip(" :")


def _leaf_label(element: HtmlElement) -> bool:
    """True for an element with text and no child element holding text: one label."""
    if not isinstance(element.tag, str) or not text_of(element):
        return False
    return not any(isinstance(c.tag, str) and text_of(c) for c in element)


#: Key characters a lead and a description share at their opening when the description is
#: the lead edited after its first words (a name added or cut, the last sentence replaced).
SHARED_OPENING = 40


def matches_any(text_key: str, candidates: list[str]) -> bool:
    """True when ``text_key`` and a candidate share their opening (a description may be cut,
    or edited after its first :data:`SHARED_OPENING` characters)."""
    if len(text_key) < 30:
        return False
    for candidate in candidates:
        head = candidate[:60]
        if (
            text_key == candidate
            or head in text_key[:200]
            or (len(text_key) >= 60 and text_key[:60] in candidate)
            or (
                len(candidate) >= SHARED_OPENING
                and text_key[:SHARED_OPENING] == candidate[:SHARED_OPENING]
            )
        ):
            return True
    return False


def printed_lead(
    h1: HtmlElement | None,
    root: HtmlElement | None,
    stats: Measure,
    headline: str | None,
    descriptions: list[str],
    container: HtmlElement | None = None,
) -> str | None:
    """The lead printed between the ``h1`` and the body.

    Any block after the ``h1`` that matches a description or has a lead-named
    class; or the first block of 60+ characters after it when its place says it is
    the lead: it stands between the headline and a content container that follows
    it, or the byline or date follows it before the body.
    """
    if h1 is None or root is None:
        return None
    headlines = {key(text_of(h1)), key(headline or "")}
    first = True
    # The candidates come in page order: nested boxes are read, and their ancestors
    # climbed, once for all of them.
    starts = TextStarts(_LEAD_READ)
    linked = inside_links(root)
    in_figure = Climb(_FIGURE_TAGS, root)
    in_root = Climb(lambda ancestor: ancestor is root)
    for candidate in following(h1, 400):
        if candidate in stats.blocky:
            continue
        length = stats.text.get(candidate, 0)
        if length < 30 or candidate.tag in IGNORED or linked(candidate):
            continue
        if candidate.tag not in PARAGRAPHS and candidate.tag not in ("span", "strong", "h2"):
            continue
        if in_figure(candidate):
            continue
        text = starts.whole(candidate)
        text_key = key(text)
        if text_key in headlines:
            continue
        if matches_any(text_key, descriptions):
            return text
        if class_words(candidate) & _LEAD_WORDS and length >= _LEAD_CHARS:
            if in_root(candidate) and _plain_block(candidate, text, headings=True):
                return text
            continue
        if first and length >= _LEAD_CHARS and not is_byline(text):
            first = False
            if (
                in_root(candidate)
                and _plain_block(candidate, text)
                and (_before_body(candidate, container) or _before_meta(candidate, stats))
            ):
                return text
    return None


#: Letters of a text after the headline taken from the walk of nested boxes
#: (:class:`~newsparse.texts.TextStarts`); a longer one (no lead is) is read again.
_LEAD_READ = 2000
#: Characters of the first block after the headline read as a lead by its place or type.
_LEAD_CHARS = 60
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: Elements looked at after a lead candidate for the byline or date that follows a lead.
_META_LOOKAHEAD = 60


def _plain_block(element: HtmlElement, text: str, *, headings: bool = False) -> bool:
    """True for a block that may be the lead: no prompt, no heading (unless ``headings``:
    a lead-named ``h2``)."""
    if (element.tag in _HEADINGS and not headings) or is_promotion(text):
        return False
    return not is_boilerplate_text(text)


_FIGURE_TAGS = frozenset({"figure", "figcaption"})


def _before_body(element: HtmlElement, container: HtmlElement | None) -> bool:
    """True when ``element`` is outside the content container, which follows it."""
    if container is None or element is container:
        return False
    if any(a is container for a in element.iterancestors()):
        return False
    if any(a is element for a in container.iterancestors()):
        return False
    return _precedes(element, container)


def _before_meta(element: HtmlElement, stats: Measure) -> bool:
    """True when a byline, a ``time`` or a date line follows ``element`` before the next
    paragraph: the order headline, lead, byline and date, then the body."""
    starts = TextStarts(_LEAD_READ)  # page order: nested boxes are read once
    for found in following(element, _META_LOOKAHEAD):
        if found.tag in IGNORED:
            continue
        if found.tag == "time":
            return True
        size = stats.text.get(found, 0)
        if not size or found in stats.blocky:
            continue
        if size >= BODY_BLOCK_CHARS and found.tag in PARAGRAPHS:
            return False
        if size < BODY_BLOCK_CHARS:
            text = starts.whole(found)
            if is_byline(text) or (len(text) < 40 and parse_date(text) is not None):
                return True
    return False


def _precedes(first: HtmlElement, second: HtmlElement) -> bool:
    """True when ``first`` comes before ``second`` in the document (neither holds the other)."""
    chain = [first, *first.iterancestors()]
    index = {id(e): i for i, e in enumerate(chain)}
    below = second
    for ancestor in second.iterancestors():
        if id(ancestor) in index:
            common = ancestor
            break
        below = ancestor
    else:
        return False
    position = index[id(common)]
    if position == 0:
        return False
    above = chain[position - 1]
    return bool(common.index(above) < common.index(below))


def site_names(doc: Document, ld: dict[str, Any]) -> tuple[str, ...]:
    """Keys of the names a title may end with: site name, section, publisher, host."""
    names = [
        doc.meta_value("og:site_name", "application-name", "twitter:site") or "",
        doc.meta_value("article:section") or "",
    ]
    section = ld.get("articleSection")
    if isinstance(section, str):
        names.append(section)
    publisher = ld.get("publisher")
    if isinstance(publisher, dict):
        names.append(ld_text(publisher.get("name")) or "")
    if doc.url:
        host = _SCHEME.sub("", doc.url).split("/")[0]
        names.append(host.rsplit(".", 1)[0] if "." in host else host)
    return tuple(k for k in (name_key(n) for n in names) if len(k) >= 2)


def descriptions(doc: Document, ld: dict[str, Any]) -> list[str]:
    """Keys of the page's descriptions (JSON-LD, og, meta, twitter), 30+ characters each."""
    keys: list[str] = []
    for value in (
        ld_text(ld.get("description")),
        doc.meta_value("og:description"),
        doc.meta_value("description"),
        doc.meta_value("twitter:description"),
    ):
        if value:
            value_key = key(html.unescape(value))
            if len(value_key) >= 30 and value_key not in keys:
                keys.append(value_key)
    return keys
