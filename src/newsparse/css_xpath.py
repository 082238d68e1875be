"""CSS to XPath for the parsers' selectors, with the rewrites that keep it exact and linear.

- A class token that ends in ``__`` matches any CSS-module hash after it:
  ``.article-detail-head_headline__`` finds ``article-detail-head_headline__LjYky``.
- ``:has()`` is translated here, one argument selector at a time, so that
  cssselect before 1.6 (all Python 3.10 gets) gives the XPath 1.6 writes.
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
from collections.abc import Iterable

import cssselect
from cssselect import HTMLTranslator
from cssselect.parser import Matching, SpecificityAdjustment, Tree
from cssselect.xpath import XPathExpr
from lxml.etree import XPath

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
        condition = _has_condition(selector[at + 5 : end])
        number = _HAS_NUMBERS.get(condition)
        if number is None:
            number = _HAS_NUMBERS[condition] = len(_HAS_CONDITIONS)
            _HAS_CONDITIONS.append(condition)
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
    """``path`` with each ``:has()`` placeholder replaced by its condition."""
    return _HAS_PLACEHOLDER.sub(lambda m: f"({_HAS_CONDITIONS[int(m.group(1))]})", path)


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
    return XPath(_NO_SIBLING.sub(r"not(\1-sibling::\2[1])", path), regexp=False)


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
