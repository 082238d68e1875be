"""Questions about the ancestors of many elements of a page, each ancestor looked at once.

:class:`Climb` is the one place for them: the generic parser's candidates (inside a
link, a figure, a teaser box) and the page index's "inside this container" ask here.
It imports nothing of newsparse, so every module can use it.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml.html import HtmlElement

#: Elements :class:`Climb` climbs all the way for before it keeps answers: a bounded
#: cost (each at most as deep as the page), and most pages ask no more.
_CLIMB_WHOLE = 64


class Climb:
    """Whether an ancestor of an element passes ``test`` (a function, or the tags that
    pass), for many elements of a page, each ancestor looked at once.

    The climb from an element stops at ``stop`` (after testing it). Past the first few
    elements, it also stops at an ancestor answered before, and the ancestors on the
    way keep the answer: asking for each of a chain of nested boxes climbs the chain
    once, not once per box. A climb made by :meth:`deciding` asks a verdict instead,
    which may also answer ``False`` where it stands.
    """

    __slots__ = ("_known", "_plain", "_stop", "_tags", "_test", "_verdict")

    def __init__(
        self,
        test: Callable[[HtmlElement], bool] | frozenset[str],
        stop: HtmlElement | None = None,
    ) -> None:
        self._tags = test if isinstance(test, frozenset) else None
        # A closure over the tags, not a bound method: ``self._test = self._tagged`` would
        # be a reference cycle holding the page's tree until the next cycle collection.
        self._test: Callable[[HtmlElement], bool] = (
            test if not isinstance(test, frozenset) else _tag_test(test)
        )
        self._verdict: Callable[[HtmlElement], bool | None] | None = None
        self._stop = stop
        # Per ancestor reached: the answer for the elements below it.
        self._known: dict[HtmlElement, bool] = {}
        self._plain = _CLIMB_WHOLE

    def __call__(self, element: HtmlElement) -> bool:
        """True when an ancestor of ``element`` up to ``stop`` passes the test."""
        if self._plain:
            self._plain -= 1
            return self._climb(element)
        known, test, verdict = self._known, self._test, self._verdict
        path: list[HtmlElement] = []
        answer = False
        node = element.getparent()
        while node is not None:
            seen = known.get(node)
            if seen is not None:
                answer = seen
                break
            decided = verdict(node) if verdict is not None else (True if test(node) else None)
            if decided is not None:
                answer = decided
                known[node] = decided
                break
            path.append(node)
            if node is self._stop:
                break
            node = node.getparent()
        for node in path:
            known[node] = answer
        return answer

    def _climb(self, element: HtmlElement) -> bool:
        """The answer for one element, climbing all the way (tags compared in place)."""
        stop, tags = self._stop, self._tags
        if tags is not None:
            for ancestor in element.iterancestors():
                if ancestor.tag in tags:
                    return True
                if ancestor is stop:
                    return False
            return False
        test = self._test  # (a deciding climb keeps every answer and never comes here)
        for ancestor in element.iterancestors():
            if test(ancestor):
                return True
            if ancestor is stop:
                return False
        return False

    @classmethod
    def deciding(cls, verdict: Callable[[HtmlElement], bool | None]) -> Climb:
        """The first ancestor for which ``verdict`` says ``True`` or ``False`` answers
        (``None``: no answer, climb on); ``False`` when none does. A verdict costs more
        than a tag's test, so answers are kept from the first element on."""
        climb = cls(frozenset())  # no tag passes: the verdict answers
        climb._verdict = verdict
        climb._plain = 0
        return climb


def _tag_test(tags: frozenset[str]) -> Callable[[HtmlElement], bool]:
    """A test passed by the elements whose tag is one of ``tags``."""

    def tagged(element: HtmlElement) -> bool:
        return element.tag in tags

    return tagged


__all__ = ["Climb"]
