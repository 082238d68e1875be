"""An anchor's test in Python: ``meta[property="og:title"]``, ``.box p.lead:not(.ad)``.

The page index finds an anchor's candidates by one class, id or tag name and
then tests each against its compound and the compounds of its ancestors.
Asked as one-node XPath, a test with an ancestor condition costs about 8 µs
(libxml2 gathers every ancestor, then tests each). :func:`anchor_test` builds
the same test from attribute reads on the way up, for compounds made of a tag,
classes, ids, attribute conditions, ``:not()`` and ``:is()``/``:where()`` of
such compounds, joined by the descendant combinator. It answers as the XPath
of :data:`newsparse.css_xpath.TRANSLATOR` does, in every cssselect the package
allows, down to its edge cases (an empty ``[a^=""]`` matches nothing, a class value
splits at XML whitespace only); ``tests/test_css.py`` holds it to that XPath
on generated elements. Anything else (pseudo-classes, ``>`` and sibling
combinators, case flags, namespaces) gets ``None`` and stays XPath.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from cssselect.parser import (
    Attrib,
    Class,
    Element,
    Hash,
    Matching,
    Negation,
    SpecificityAdjustment,
    Tree,
)
from lxml.html import HtmlElement

#: A test of one element.
Test = Callable[[HtmlElement], bool]

#: Tag and attribute names compared as they are (lower case, as the HTML translator
#: makes them); anything else stays XPath.
_PLAIN_NAME = re.compile(r"[a-z_][a-z0-9_.-]*")
#: XML whitespace, where XPath's ``normalize-space`` splits a class value.
_XML_SPACE = str.maketrans("\t\n\r", "   ")
#: Characters that make cssselect's ``~=`` (and a class) match nothing.
_NOT_IN_WORD = frozenset(" \t\r\n\f")
#: Placeholder attributes that stand for a ``:has()`` (see :mod:`newsparse.css_xpath`).
_HAS_PREFIX = "newsparse-has-"


def anchor_test(compounds: Sequence[Tree], combinators: Sequence[str]) -> Test | None:
    """The test of an element matching the last of ``compounds``, each before it an
    ancestor (``combinators`` between them, all the descendant combinator ``" "``);
    ``None`` when any part is not translated here."""
    if any(combinator != " " for combinator in combinators):
        return None
    tests = [compound_test(compound) for compound in compounds]
    own = tests.pop()
    if own is None or any(test is None for test in tests):
        return None
    if not tests:
        return own
    climb = [test for test in reversed(tests) if test is not None]  # nearest first

    def test(element: HtmlElement) -> bool:
        if not own(element):
            return False
        ancestors = element.iterancestors()
        for wanted in climb:  # the nearest ancestor that fits each, going up
            for ancestor in ancestors:
                if wanted(ancestor):
                    break
            else:
                return False
        return True

    return test


def compound_test(compound: Tree) -> Test | None:
    """A Python test equal to ``compound``'s XPath condition, or ``None``."""
    tests: list[Test] = []
    node: Tree = compound
    while not isinstance(node, Element):
        test = _condition(node)
        if test is None:
            return None
        tests.append(test)
        node = node.selector
    if node.namespace is not None:
        return None
    if node.element and node.element != "*":
        tag = node.element.lower()
        if not _PLAIN_NAME.fullmatch(tag):
            return None
        tests.append(lambda element: element.tag == tag)
    tests.reverse()  # the tag first: the cheapest test
    if not tests:
        return _always
    joined = tests[-1]
    for test in reversed(tests[:-1]):
        joined = _both(test, joined)
    return joined


def _both(first: Test, then: Test) -> Test:
    return lambda element: first(element) and then(element)


def _condition(node: Tree) -> Test | None:
    """The test of a compound's outermost condition (not of its ``selector``)."""
    if isinstance(node, Class):
        return _includes("class", node.class_name)
    if isinstance(node, Hash):
        return _equals("id", node.id)
    if isinstance(node, Attrib):
        return _attribute(node)
    if isinstance(node, Negation):
        inner = compound_test(node.subselector)
        return None if inner is None else (lambda element: not inner(element))
    if isinstance(node, Matching | SpecificityAdjustment):
        alternatives = [compound_test(alternative) for alternative in node.selector_list]
        kept = [alternative for alternative in alternatives if alternative is not None]
        if len(kept) < len(alternatives):
            return None
        return lambda element: any(alternative(element) for alternative in kept)
    return None


def _attribute(node: Attrib) -> Test | None:
    if node.namespace is not None or getattr(node, "flag", None):
        return None
    name = node.attrib.lower()
    if not _PLAIN_NAME.fullmatch(name) or name.startswith(_HAS_PREFIX):
        return None
    if node.operator == "exists":
        key = name.encode()
        return lambda element: element.get(key) is not None
    value = node.value.value if node.value is not None else None
    if not isinstance(value, str):
        return None
    if node.operator == "=":
        return _equals(name, value)
    if node.operator == "~=":
        return _includes(name, value)
    if node.operator == "|=":
        return _method(name, _dash_match, value)
    methods = {"^=": str.startswith, "$=": str.endswith, "*=": str.__contains__}
    method = methods.get(node.operator)
    if method is None:
        return None
    return _method(name, method, value) if value else _never  # cssselect: "" matches nothing


def _always(element: HtmlElement) -> bool:
    return True


def _never(element: HtmlElement) -> bool:
    return False


def _equals(name: str, value: str) -> Test:
    key = name.encode()  # lxml reads a bytes name without encoding it again
    return lambda element: element.get(key) == value


def _includes(name: str, word: str) -> Test:
    """``[name~=word]`` and ``.word``: a word of the value split at XML whitespace."""
    if not word or _NOT_IN_WORD.intersection(word):
        return _never

    key = name.encode()

    def test(element: HtmlElement) -> bool:
        found = element.get(key)
        return (
            found is not None and word in found and word in found.translate(_XML_SPACE).split(" ")
        )

    return test


def _method(name: str, method: Callable[[str, str], bool], value: str) -> Test:
    key = name.encode()

    def test(element: HtmlElement) -> bool:
        found = element.get(key)
        return found is not None and method(found, value)

    return test


def _dash_match(found: str, value: str) -> bool:
    """``[lang|=value]``: the value itself or it and a hyphen at the start."""
    return found == value or found.startswith(value + "-")


__all__ = ["Test", "anchor_test", "compound_test"]
