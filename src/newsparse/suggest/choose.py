"""Choosing a selector: the cheapest candidate that reads the right value on every page."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from lxml.etree import XPathError

from newsparse.document import HtmlElement, text_of
from newsparse.suggest.candidates import selectors
from newsparse.suggest.pages import Page

#: Candidates tried per part at most: bounds the work on a huge page.
MOST_TRIED = 400
#: With a preference, candidates tried after ``want`` selectors passed.
LOOK_FURTHER = 150

Check = Callable[[str], bool]


def choose(
    targets: Iterable[HtmlElement],
    check: Check,
    *,
    hints: Sequence[str] = (),
    stop: HtmlElement | None = None,
    want: int = 3,
    penalties: Sequence[int] = (),
    most: int = MOST_TRIED,
    prefer: Check | None = None,
) -> list[str]:
    """Up to ``want`` selectors that pass ``check``, best first.

    ``hints`` (an older layout's selectors) are tried first; then the
    candidates of each target element, cheapest first; ``penalties`` (one per
    target) make some targets' selectors dearer. With ``prefer``, passing
    selectors that also pass ``prefer`` come first, looked for among the next
    :data:`LOOK_FURTHER` candidates once ``want`` selectors pass.
    """
    ranked: dict[str, int] = {hint: -1 for hint in hints if hint}
    for index, element in enumerate(targets):
        extra = penalties[index] if index < len(penalties) else 0
        for css, base in selectors(element, stop=stop):
            cost = base + extra
            if cost < ranked.get(css, 1 << 30):
                ranked[css] = cost
    chosen: list[str] = []
    preferred: list[str] = []
    last = most
    for tried, (css, _) in enumerate(sorted(ranked.items(), key=lambda i: (i[1], len(i[0])))):
        if tried >= last or len(preferred if prefer else chosen) >= want:
            break
        if len(chosen) >= want:
            if prefer is None:
                break
            last = min(last, tried + LOOK_FURTHER)
        if not _passes(check, css):
            continue
        if len(chosen) < want:
            chosen.append(css)
        if prefer is not None and _passes(prefer, css):
            preferred.append(css)
    return (preferred + [css for css in chosen if css not in preferred])[:want]


def _passes(check: Check, css: str) -> bool:
    try:
        return check(css)
    except (XPathError, ValueError, SyntaxError):  # a hint cssselect cannot read
        return False


def text_check(
    pages: Sequence[Page],
    expected: Sequence[str | None],
    *,
    tight: bool = False,
    read: Callable[[str], str] | None = None,
) -> Check:
    """A check that the selector's matches print ``expected`` (and nothing else) on each page.

    Every match with text must have exactly the expected text (copies of the
    headline in a sticky bar are fine, other headings are not); where a page
    has no such part, nothing may match with text. ``tight``: no match may be
    empty either (a ``meta`` in the head with the same ``data-*`` hook says the
    selector names more than the part, and may name other text on other pages).
    ``read`` turns a match's text into what the layout reads of it.
    """

    def check(css: str) -> bool:
        for page, want in zip(pages, expected, strict=True):
            texts = [text_of(e) for e in page.doc.select(css)]
            if read is not None:
                texts = [read(t) if t else t for t in texts]
            if not tight:
                texts = [t for t in texts if t]
            if want is None:
                if any(texts):
                    return False
            elif not texts or any(t != want for t in texts):
                return False
        return True

    return check


def value_check(
    pages: Sequence[Page],
    expected: Sequence[object],
    part: str,
    constant: str,
    *,
    raw: bool = False,
    fixed: Mapping[str, object] | None = None,
) -> Check:
    """A check that a layout with ``constant`` set to the selector (and the ``fixed``
    constants) reads ``expected`` (``raw``: a source line's printed text)."""
    from newsparse.suggest.pages import trial

    def check(css: str) -> bool:
        layout = trial(**{constant: css}, **(fixed or {}))
        for page, want in zip(pages, expected, strict=True):
            got = page.value(layout, part)
            if raw:
                got = getattr(got, "raw", None)
            if got != want:
                return False
        return True

    return check
