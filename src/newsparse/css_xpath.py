"""CSS to XPath for the parsers' selectors, with the rewrites that keep it exact and linear.

- A class token that ends in ``__`` matches any CSS-module hash after it:
  ``.article-detail-head_headline__`` finds ``article-detail-head_headline__LjYky``.
- ``:has()`` is translated here, one argument selector at a time, so that
  cssselect before 1.6 (all Python 3.10 gets) gives the XPath 1.6 writes. Where
  the argument's selectors use only descendant and child combinators (every one
  the layouts use), the XPath asks :func:`has_set` instead, which marks the
  ancestors of the argument's matches once per page: libxml2 would search each
  candidate's descendants again, elements times depth on a deeply nested page.
- ``:is()`` and ``:where()`` are one more condition of their compound in every
  cssselect allowed (1.2 joined them to the conditions before them with "or",
  which the hashed-class rewrite ``.a.x__`` met).
- ``:first-child``, ``:last-of-type`` and kin are asked as "no first sibling
  before (after)", which libxml2 answers in constant time per element,
  instead of counting every sibling (quadratic on sibling-heavy pages).

:mod:`newsparse.css` compiles selectors with these and answers them from the
page index.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterable
from typing import Any

import cssselect
from cssselect import HTMLTranslator
from cssselect.parser import CombinedSelector, Matching, SpecificityAdjustment, Tree
from cssselect.xpath import XPathExpr
from lxml.etree import FunctionNamespace, XPath
from lxml.html import HtmlElement

from newsparse.conventions.memo import per_page

#: A class token ending in ``__``: the stable prefix of a CSS-module class name.
HASHED_CLASS = re.compile(r"\.(-?[A-Za-z_][\w-]*?__)(?![\w-])")


class _Translator(HTMLTranslator):
    """cssselect's HTML translator, with ``:is()`` and ``:where()`` read one way in every
    cssselect the package allows: their arguments are alternatives, and the whole is
    one more condition of its compound. cssselect 1.2 joins them to the conditions
    before them with "or" (``.a:is(.b)`` matched every ``.b``, and so did the rewritten
    ``.a.x__``) and passes over an argument that matches any element."""

    def xpath_matching(self, matching: Matching) -> XPathExpr:
        return self._one_of(self.xpath(matching.selector), matching.selector_list)

    def xpath_specificityadjustment(self, matching: SpecificityAdjustment) -> XPathExpr:
        return self._one_of(self.xpath(matching.selector), matching.selector_list)

    def _one_of(self, xpath: XPathExpr, alternatives: Iterable[Tree]) -> XPathExpr:
        conditions = []
        for alternative in alternatives:
            expr = self.xpath(alternative)
            if expr.path:
                raise cssselect.ExpressionError(f"no combinator inside :is() or :where(): {expr}")
            expr.add_name_test()
            if not expr.condition:
                return xpath  # this one matches every element: so does the whole
            conditions.append(f"({expr.condition})")
        return xpath.add_condition(" or ".join(conditions)) if conditions else xpath


#: The translator every selector goes through.
TRANSLATOR = _Translator()


def rewrite(selector: str) -> str:
    """``selector`` with hashed class tokens widened and ``:has()`` replaced by placeholders."""
    return _expand_has(HASHED_CLASS.sub(r':is([class^="\1"], [class*=" \1"])', selector))


#: Placeholder attribute that stands for a ``:has()`` while cssselect reads the rest.
_HAS_NAME = "newsparse-has-"
_HAS_PLACEHOLDER = re.compile(r"@newsparse-has-(\d+)")
#: The XPath condition of each ``:has()`` argument met, by placeholder number.
_HAS_CONDITIONS: list[str] = []
_HAS_NUMBERS: dict[str, int] = {}
#: A compound of a ``:has()`` argument: a tag name, or its CSS (for a page's index) and
#: the XPath of its matches on a page.
_Compound = str | tuple[str, XPath]
#: Each page's selection by its index, by root element (:func:`index_page`).
_PAGES: weakref.WeakKeyDictionary[HtmlElement, Callable[[], Any]] = weakref.WeakKeyDictionary()
#: Each argument's selectors as chains (child only, compounds, combinators between
#: them), by placeholder number; ``None`` where a sibling combinator needs XPath.
_HAS_CHAINS: list[list[tuple[bool, list[_Compound], list[str]]] | None] = []
#: The namespace of :func:`_has`, the XPath function that answers a ``:has()`` from
#: :func:`has_set` (registered below).
_NAMESPACE = "urn:newsparse:css"


def _expand_has(selector: str) -> str:
    """``selector`` with each ``:has(...)`` replaced by a placeholder attribute.

    cssselect before 1.6 (all that Python 3.10 gets) reads only a simple selector
    inside ``:has()``; the argument is translated here, one selector at a time,
    and :func:`compile_xpath` puts its condition where the placeholder's is. The
    result is the XPath cssselect 1.6 writes itself.
    """
    out: list[str] = []
    done = 0
    while (at := selector.find(":has(", done)) != -1:
        end = _closing(selector, at + 4)
        if end == -1:
            break  # unbalanced: cssselect reports it
        argument = selector[at + 5 : end]
        condition = _has_condition(argument)
        number = _HAS_NUMBERS.get(condition)
        if number is None:
            chains = _chains(argument)  # numbers the :has() inside it first
            number = _HAS_NUMBERS[condition] = len(_HAS_CONDITIONS)
            _HAS_CONDITIONS.append(condition)
            _HAS_CHAINS.append(chains)
        out.append(f"{selector[done:at]}[{_HAS_NAME}{number}]")
        done = end + 1
    out.append(selector[done:])
    return "".join(out)


def _closing(text: str, start: int) -> int:
    """The index of the ``)`` that closes the ``(`` at ``start``, or -1."""
    depth = 0
    quote = ""
    for index in range(start, len(text)):
        char = text[index]
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
    return -1


def _has_condition(argument: str) -> str:
    """The XPath condition of ``:has(argument)``: a descendant (or, after ``>``, a
    child) that matches one of the argument's selectors."""
    conditions = []
    for part in split_group(argument):
        if part.startswith(">"):
            path = TRANSLATOR.css_to_xpath(_expand_has(part[1:].strip()), prefix="")
            path = "./" + path
        else:
            path = TRANSLATOR.css_to_xpath(_expand_has(part), prefix="descendant::")
        conditions.append(_fill_has(path))
    if not conditions:
        raise cssselect.SelectorSyntaxError(f"empty :has() in {argument!r}")
    if len(conditions) == 1:
        return conditions[0]
    return " or ".join(f"({condition})" for condition in conditions)


def _fill_has(path: str) -> str:
    """``path`` with each ``:has()`` placeholder replaced by its condition: a call of
    :func:`_has` where the argument is read by marking ancestors, else the XPath."""
    return _HAS_PLACEHOLDER.sub(_has_call, path)


def _has_call(match: re.Match[str]) -> str:
    number = int(match.group(1))
    if _HAS_CHAINS[number] is None:
        return f"({_HAS_CONDITIONS[number]})"
    return f"nph:has({number})"


def _chains(argument: str) -> list[tuple[bool, list[_Compound], list[str]]] | None:
    """The selectors of a ``:has()`` argument as (child only, compounds, combinators),
    or ``None`` when XPath answers it: a selector needs a sibling combinator, or every
    one looks at children only."""
    chains = []
    for part in split_group(argument):
        child = part.startswith(">")
        parsed = cssselect.parse(_expand_has(part[1:].strip() if child else part))
        if len(parsed) != 1:
            return None
        tree = parsed[0].parsed_tree
        compounds: list[_Compound] = []
        combinators: list[str] = []
        while isinstance(tree, CombinedSelector):
            if tree.combinator not in (" ", ">"):
                return None
            compounds.append(_compound(tree.subselector))
            combinators.append(tree.combinator)
            tree = tree.selector
        compounds.append(_compound(tree))
        chains.append((child, compounds[::-1], combinators[::-1]))
    if all(child and " " not in combinators for child, _, combinators in chains):
        return None  # children only (``:has(> p)``): XPath looks at a few nodes a candidate
    return chains


def _compound(tree: Tree) -> _Compound:
    """How :func:`has_set` finds a compound's matches: its tag alone, else its CSS and
    XPath."""
    expr = TRANSLATOR.xpath(tree)
    if not expr.condition and expr.element != "*":
        return str(expr.element)
    return tree.canonical(), compile_xpath(f"descendant-or-self::{expr}")


def index_page(root: HtmlElement, index: Any) -> None:
    """Let :func:`has_set` find matches on ``root``'s page through ``index`` (an object
    with ``select(css)``, the page index); kept as long as both exist."""
    _PAGES[root] = weakref.ref(index)


@per_page  # a page asks each :has() of many candidates
def has_set(root: HtmlElement, number: int) -> frozenset[HtmlElement]:
    """The elements of ``root``'s page that match ``:has()`` number ``number``.

    Each selector of the argument is read from its last compound up: the page's
    matches of a compound, then the ancestors (or parents) of those, kept where they
    match the compound before, and so on. Climbing stops at an element already
    reached, so a page costs one pass for each compound, however deep it nests;
    libxml2's XPath searches each candidate's descendants again instead, which grows
    with elements times depth.
    """
    chains = _HAS_CHAINS[number]
    assert chains is not None
    marked: set[HtmlElement] = set()
    tags: dict[bool, list[str]] = {}  # selectors that are a tag alone: one walk for all
    for child, compounds, combinators in chains:
        if len(compounds) == 1 and isinstance(compounds[0], str):
            tags.setdefault(child, []).append(compounds[0])
            continue
        found: Iterable[HtmlElement] = _matches(root, compounds[-1])
        for index in range(len(compounds) - 2, -1, -1):
            above = _above(found, combinators[index] == ">")
            found = [e for e in _matches(root, compounds[index]) if e in above]
        marked |= _above(found, child)
    for child, names in tags.items():
        marked |= _above(root.iter(*names), child)
    return frozenset(marked)


def _matches(root: HtmlElement, compound: _Compound) -> list[HtmlElement]:
    """Every element of ``root`` (itself included) that matches ``compound``."""
    if isinstance(compound, str):
        return list(root.iter(compound))  # a tag alone: lxml's walk in C
    css, xpath = compound
    index = _PAGES.get(root)
    page = index() if index is not None else None
    if page is not None:
        return list(page.select(css))  # a class or id: from the page's tables
    found = xpath(root)
    return found if isinstance(found, list) else []


def _above(elements: Iterable[HtmlElement], parent_only: bool) -> set[HtmlElement]:
    """The parents of ``elements``, or with ``parent_only`` false all their ancestors."""
    reached: set[HtmlElement] = set()
    for element in elements:
        node = element.getparent()
        if parent_only:
            if node is not None:
                reached.add(node)
            continue
        while node is not None and node not in reached:  # above it: reached already
            reached.add(node)
            node = node.getparent()
    return reached


def _has(context: Any, number: float) -> bool:
    """``nph:has(number)`` in XPath: the context element is in :func:`has_set` (looked
    up once per evaluation, kept in lxml's per-evaluation dictionary)."""
    found = context.eval_context.get(number)
    if found is None:
        root = context.context_node.getroottree().getroot()
        found = context.eval_context[number] = has_set(root, int(number))
    return context.context_node in found


FunctionNamespace(_NAMESPACE)["has"] = _has


#: ``count(preceding-sibling::p) = 0``, which cssselect makes of ``:first-child``,
#: ``:first-of-type``, ``:last-child`` and ``:last-of-type``.
_NO_SIBLING = re.compile(r"count\((preceding|following)-sibling::([\w*:-]+)\) = 0")


def compile_xpath(path: str) -> XPath:
    """An XPath without the EXSLT regular expressions (cssselect never uses them):
    each evaluation then sets up a smaller context.

    Counting the siblings before (or after) each candidate is quadratic on a page of
    many siblings (libxml2 collects them all, then counts): "none before" is asked
    as "no first one before", ``not(preceding-sibling::p[1])``, which libxml2
    answers by looking for that one sibling only.
    """
    path = _fill_has(path)
    namespaces = {"nph": _NAMESPACE} if "nph:has(" in path else None
    return XPath(
        _NO_SIBLING.sub(r"not(\1-sibling::\2[1])", path), regexp=False, namespaces=namespaces
    )


def split_group(selector: str) -> list[str]:
    """The selectors of a comma-separated group, as written."""
    parts: list[str] = []
    depth = 0
    quote = ""
    start = 0
    for index, char in enumerate(selector):
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(selector[start:index].strip())
            start = index + 1
    parts.append(selector[start:].strip())
    return [part for part in parts if part]


__all__ = ["HASHED_CLASS", "TRANSLATOR", "compile_xpath", "rewrite", "split_group"]
