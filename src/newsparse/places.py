"""Elements of a page by place: the last element inside a box, and the outermost of
boxes nested in each other.

:class:`~newsparse.css.PageIndex` numbers a page's elements in page order once. A box
and everything inside it are then one run of places, from the box's own to that of
the last element inside it, so whether an element is inside a box is a comparison,
not a climb: a chain of boxes left open around each other is read once, not once for
every box around each.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from lxml.html import HtmlElement


def last_inside(box: HtmlElement, known: dict[HtmlElement, HtmlElement]) -> HtmlElement:
    """The last element inside ``box`` in page order (``box`` itself if it holds none);
    ``known`` keeps the answer for every box on the way down, for the next question."""
    path: list[HtmlElement] = []
    node = box
    last = known.get(node)
    while last is None:
        path.append(node)
        child = next((c for c in reversed(node) if isinstance(c.tag, str)), None)
        if child is None:
            last = node
            break
        node = child
        last = known.get(node)
    for passed in path:
        known[passed] = last
    return last


def outermost_by_place(
    positions: Iterable[int],
    elements: list[HtmlElement],
    places: dict[HtmlElement, int],
    keep: Callable[[HtmlElement], bool],
    limit: int,
) -> list[HtmlElement] | None:
    """The elements at ``positions`` (their places among ``elements``, in page order)
    that ``keep`` accepts and that no accepted one before them holds; ``None`` when
    more than ``limit`` are accepted, or refused.

    An element inside an accepted one is passed over untested: a chain of nested boxes
    costs one test and one way down to its last element. A test may climb the page, so
    refusals are counted too: the elements of a long chain refused one by one would
    each climb it.
    """
    known: dict[HtmlElement, HtmlElement] = {}
    kept: list[HtmlElement] = []
    refused = 0
    end = -1  # the place of the last element inside the box kept last
    for position in positions:
        if position <= end:
            continue
        element = elements[position]
        if not keep(element):
            refused += 1
            if refused > limit:
                return None
            continue
        kept.append(element)
        if len(kept) > limit:
            return None
        end = places[last_inside(element, known)]
    return kept


def outermost(boxes: Iterable[HtmlElement]) -> list[HtmlElement]:
    """The boxes that no other of them holds, in the given order, each found by a climb:
    for a few boxes, where numbering the page would cost more."""
    chosen = list(boxes)
    if len(chosen) == 1:
        return chosen
    members = set(chosen)
    return [box for box in chosen if not any(a in members for a in box.iterancestors())]


def path_from_root(element: HtmlElement) -> list[int]:
    """The child positions leading from the root to ``element`` (a key of page order for
    a few elements)."""
    steps: list[int] = []
    parent = element.getparent()
    while parent is not None:
        steps.append(parent.index(element))
        element, parent = parent, parent.getparent()
    steps.reverse()
    return steps


__all__ = ["last_inside", "outermost", "outermost_by_place", "path_from_root"]
