"""CSS selectors: compiled to XPath once, and answered from an index on whole pages.

Parsers write CSS. :func:`compile_plan` turns it into XPath; a class token
that ends in ``__`` matches any CSS-module hash after it, so
``.article-detail-head_headline__`` finds ``article-detail-head_headline__LjYky``.

An XPath walks every node below where it starts, and a site layout asks about
ten selectors of the whole page. :class:`PageIndex` walks the page once instead
and files each element under its ``class`` and ``id`` strings. A selector that
names a class or id (``.a``, ``article .a p``, ``#x > li``) then starts from
the few elements that carry it: each is checked against its own conditions and
those of its ancestors (in Python where :mod:`newsparse.css_match` translates
them, else with a one-node XPath), and the rest of the selector runs as XPath
below it. Selectors without a class or id to start from, and results
that would need merging in page order, fall back to the whole XPath. Both
ways give the same elements in the same order (``tests/test_css.py``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache, partial
from itertools import accumulate, chain, repeat
from operator import add

import attrs
import cssselect
import lxml.etree
from cssselect.parser import (
    Attrib,
    Class,
    CombinedSelector,
    Element,
    Function,
    Hash,
    Matching,
    Negation,
    Pseudo,
    SpecificityAdjustment,
    Tree,
)
from lxml.etree import XPath
from lxml.html import HtmlElement

from newsparse.climb import Climb
from newsparse.css_match import Test, anchor_test
from newsparse.css_xpath import TRANSLATOR as _TRANSLATOR
from newsparse.css_xpath import compile_xpath as _compile
from newsparse.css_xpath import index_page, rewrite, split_group
from newsparse.places import outermost, outermost_by_place, path_from_root

#: Attribute operators whose value must occur in the attribute, as cssselect translates them.
_SUBSTRING_OPERATORS = frozenset({"=", "~=", "^=", "$=", "*=", "|="})
#: Where an anchor is looked up: attribute (or ``tag``), the string it contains, and
#: whether that string is a whole class word or the whole id (else a part of the value).
Key = tuple[str, str, bool]
#: What a class word never holds: XML whitespace (where XPath's ``normalize-space``
#: splits) and NUL. The page index makes XML whitespace in class values spaces.
_WORD_EDGES = "\x00 \t\n\r"
_XML_SPACE_TO_SPACE = str.maketrans("\t\n\r", "   ")
#: Candidates few enough that testing each beats running XPath below another anchor.
FEW = 24
#: More candidate anchors than this: the whole XPath is as quick.
MAX_ANCHORS = 64
#: Matches few enough to sort by their paths from the root; more are sorted by a
#: numbering of the page's elements, made once.
_FEW_TO_SORT = 32


@attrs.frozen
class Branch:
    """One selector of a comma-separated group, split at its anchor compound."""

    attribute: str
    """``class``, ``id`` or ``tag``: where the anchor's name is looked up."""
    needle: str
    """A string the anchor's attribute must contain (a superset of real matches)."""
    token: bool
    """``needle`` is a whole class word (``.ad``) or the whole id (``#x``), not a substring."""
    test: XPath
    """True for an element that is an anchor: its own and its ancestors' conditions."""
    rest: XPath | None
    """The selector after the anchor, run from each anchor; ``None``: the anchor is the match."""
    descends: bool
    """``rest`` starts with the descendant axis, so an anchor inside another adds nothing."""
    alone: bool = False
    """The selector is this one compound: it matches the same elements under any root."""
    deeper: tuple[Branch, ...] = ()
    """The same selector anchored at later compounds that name a class, id or anchor
    tag, the last first: one of them is used when few elements carry its name."""
    exact: bool = False
    """The anchor is the first compound and only a class, id or tag: finding it is
    the whole test."""
    tag_test: str | None = None
    """The anchor is the first compound and a tag with one class or id (``p.lead``):
    the test is this tag name."""
    check: Test | None = None
    """``test`` in Python, where :mod:`newsparse.css_match` translates it: quicker
    than a one-node XPath, most of all with ancestors to climb."""


@attrs.frozen
class Plan:
    """A compiled selector: its whole XPath, and quicker ways to the same answer."""

    xpath: XPath
    branches: tuple[Branch, ...] | None
    """How the page index answers it, when it can."""
    tags: tuple[str, ...] | None = None
    """The tag names, when the selector is nothing else (``p``, ``h2, h3``)."""

    def run(self, root: HtmlElement) -> list[HtmlElement]:
        """All matches under ``root`` (itself included), in page order."""
        if self.tags is not None:
            return list(root.iter(*self.tags))  # lxml's C walk, without XPath's set-up
        return _xpath(self.xpath, root)

    def first(self, root: HtmlElement) -> HtmlElement | None:
        """The first match under ``root`` (itself included), or ``None``."""
        if self.tags is not None:
            return next(root.iter(*self.tags), None)  # the walk stops at the first
        found = _xpath(self.xpath, root)
        return found[0] if found else None


@lru_cache(maxsize=4096)
def compile_plan(selector: str) -> Plan:
    """Compile a CSS selector (group) once: its XPath and, when possible, its branches."""
    rewritten = rewrite(selector)
    xpath = _compile(_TRANSLATOR.css_to_xpath(rewritten))
    try:
        trees = [parsed.parsed_tree for parsed in cssselect.parse(rewritten)]
        branches = [_branch(tree) for tree in trees]
    except (cssselect.SelectorError, cssselect.ExpressionError, lxml.etree.XPathError):
        return Plan(xpath, None)
    tags = [_bare_tag(tree) for tree in trees]
    return Plan(
        xpath,
        None if None in branches else tuple(b for b in branches if b is not None),
        None if None in tags else tuple(dict.fromkeys(t for t in tags if t is not None)),
    )


def _bare_tag(tree: Tree) -> str | None:
    """The tag name of a selector that is only a tag name (``p``), else ``None``."""
    if not isinstance(tree, Element) or tree.namespace is not None or not tree.element:
        return None
    tag = tree.element.lower()
    return tag if re.fullmatch(r"[a-z][a-z0-9]*", tag) else None


def _chain(tree: Tree) -> tuple[list[Tree], list[str]]:
    """A complex selector as its compounds, left to right, and the combinators between."""
    compounds: list[Tree] = []
    combinators: list[str] = []
    while isinstance(tree, CombinedSelector):
        compounds.append(tree.subselector)
        combinators.append(tree.combinator)
        tree = tree.selector
    compounds.append(tree)
    compounds.reverse()
    combinators.reverse()
    return compounds, combinators


def _branch(tree: Tree) -> Branch | None:
    compounds, combinators = _chain(tree)
    # The anchor is tested through its ancestors and the rest runs below it, so no
    # sibling combinator may come before it or right after it.
    reach = next(
        (i - 1 for i, combinator in enumerate(combinators) if combinator not in (" ", ">")),
        len(compounds) - 1,
    )
    keyed = [(i, key) for i in range(reach + 1) if (key := _key(compounds[i])) is not None]
    if not keyed:
        keyed = [(i, key) for i in range(reach + 1) if (key := _tag_key(compounds[i])) is not None]
    if not keyed:
        return None
    first = _anchored(tree, compounds, combinators, *keyed[0])
    if first is None:
        return first
    # Later compounds name a class or id too: when few elements carry it, starting
    # there runs the rest through smaller subtrees (or not at all, for the last).
    later = [
        (i, key)
        for i in range(reach, keyed[0][0], -1)
        if (key := _key(compounds[i]) or _tag_key(compounds[i])) is not None
    ]
    deeper = tuple(
        b for b in (_anchored(tree, compounds, combinators, *item) for item in later) if b
    )
    return attrs.evolve(first, deeper=deeper) if deeper else first


def _anchored(
    tree: Tree, compounds: list[Tree], combinators: list[str], anchor: int, key: Key
) -> Branch | None:
    """The branch that starts from the compound at ``anchor``, looked up by ``key``."""
    condition = ""
    for position in range(anchor):
        axis = "ancestor::" if combinators[position] == " " else "parent::"
        step = _step(compounds[position])
        if step is None:
            return None
        condition = f"{axis}{step}[{condition}]" if condition else f"{axis}{step}"
    step = _step(compounds[anchor])
    if step is None:
        return None
    test = f"self::{step}[{condition}]" if condition else f"self::{step}"
    rest: XPath | None = None
    descends = False
    if anchor < len(compounds) - 1:
        whole = str(_TRANSLATOR.xpath(tree))
        head = str(_TRANSLATOR.xpath(_prefix(tree, len(compounds) - 1 - anchor)))
        if not whole.startswith(head + "/"):
            return None
        tail = whole[len(head) + 1 :]
        descends = tail.startswith("descendant")
        rest = _compile(tail)
    return Branch(
        attribute=key[0],
        needle=key[1],
        token=key[2],
        test=_compile(f"boolean({test})"),
        rest=rest,
        descends=descends,
        exact=anchor == 0 and _bare(compounds[0]),
        tag_test=_tagged_name(compounds[0]) if anchor == 0 else None,
        check=anchor_test(compounds[: anchor + 1], combinators[:anchor]),
        alone=len(compounds) == 1,
    )


def _tagged_name(compound: Tree) -> str | None:
    """The tag of ``p.lead`` or ``div#main`` (a tag and one class or id), else ``None``."""
    if isinstance(compound, Class | Hash):
        return _bare_tag(compound.selector)
    return None


def _bare(compound: Tree) -> bool:
    """True for ``.name``, ``#name`` or ``tag`` alone."""
    if isinstance(compound, Class | Hash):
        inner = compound.selector
        return isinstance(inner, Element) and not inner.element and inner.namespace is None
    return _bare_tag(compound) is not None


def _prefix(tree: Tree, drop: int) -> Tree:
    """The complex selector without its last ``drop`` compounds."""
    for _ in range(drop):
        assert isinstance(tree, CombinedSelector)
        tree = tree.selector
    return tree


def _step(compound: Tree) -> str | None:
    """A compound as one XPath step without axis (``div[@class and ...]``)."""
    expr = _TRANSLATOR.xpath(compound)
    text = str(expr)
    if expr.path or "position()" in text or "last()" in text:
        return None
    return text


def _key(compound: Tree) -> Key | None:
    """A (``class`` or ``id``, substring) that every element matching ``compound`` has."""
    keys: list[Key] = []
    node: Tree | None = compound
    while node is not None and not isinstance(node, Element):
        if isinstance(node, Hash):
            keys.append(("id", node.id, True))
        elif isinstance(node, Class):
            keys.append(("class", node.class_name, True))
        elif isinstance(node, Attrib):
            value = (node.value.value or "") if node.value is not None else ""
            if (
                node.attrib in ("class", "id")
                and node.namespace is None
                and node.operator in _SUBSTRING_OPERATORS
                and value.strip()
                and not getattr(node, "flag", None)
            ):
                keys.append((node.attrib, value.strip(), False))
        elif isinstance(node, Matching | SpecificityAdjustment):
            shared = {_group_key(alternative) for alternative in node.selector_list}
            if len(shared) == 1 and None not in shared:
                keys.append(next(iter(shared)))  # type: ignore[arg-type]
        elif not isinstance(node, Negation | Pseudo | Function):
            return None  # :has() and anything newer: no key claimed
        node = getattr(node, "selector", None)
    if not keys:
        return None
    keys.sort(key=lambda k: (k[0] != "id", not k[2], -len(k[1])))
    return keys[0]


#: Tags few enough on a page to start from (``article .x``, ``main nav a``).
ANCHOR_TAGS = frozenset(
    {"article", "main", "header", "footer", "nav", "aside", "section", "hgroup", "address",
     "h1", "figure", "time", "meta", "script", "title", "body", "html"}
)  # fmt: skip
#: Tags :class:`PageIndex` files on its first walk: the anchor tags and ``link``.
FILED_TAGS = ANCHOR_TAGS | {"link"}


def _tag_key(compound: Tree) -> Key | None:
    """(``tag``, name) when ``compound`` names one of :data:`ANCHOR_TAGS`."""
    node: Tree | None = compound
    while node is not None and not isinstance(node, Element):
        node = getattr(node, "selector", None)
    if node is None or node.namespace is not None:
        return None
    tag = (node.element or "").lower()
    return ("tag", tag, True) if tag in ANCHOR_TAGS else None


def _group_key(tree: Tree) -> Key | None:
    if isinstance(tree, CombinedSelector):
        return None
    return _key(tree)


class PageIndex:
    """The elements of a page filed by their ``class`` and ``id`` strings, in page order.

    With its first table it also files the elements of :data:`FILED_TAGS` (in one
    more C walk), so that selectors starting from such a tag, and the document's
    landmarks, need no walk of their own.
    """

    __slots__ = (
        "__weakref__", "_answers", "_cache", "_every", "_joins", "_order", "_tables", "_tags",
        "root", "walked",
    )  # fmt: skip

    def __init__(self, root: HtmlElement) -> None:
        self.root = root
        index_page(root, self)  # a :has() argument's matches come from here too
        self.walked = False
        """True once a walk has filed the elements of :data:`FILED_TAGS`."""
        self._tables: dict[str, tuple[list[HtmlElement], list[str]]] = {}
        self._every: list[HtmlElement] | None = None
        self._order: dict[HtmlElement, int] | None = None
        self._cache: dict[tuple[str, str, bool], list[int]] = {}
        self._tags: dict[str, list[HtmlElement]] = {}
        self._answers: dict[str, list[HtmlElement]] = {}
        self._joins: dict[str, tuple[str, list[int]]] = {}

    def _table(self, attribute: str) -> tuple[list[HtmlElement], list[str]]:
        """Every element of the page, in page order, and its value of ``attribute``
        (``""`` where it has none)."""
        table = self._tables.get(attribute)
        if table is None:
            # Every step runs in C (lxml's walk, ``map``): a Python loop over every
            # element of a page costs more than the rest of the lookup.
            every = self._elements()  # one walk for every attribute's table
            # A bytes name spares lxml encoding the name again for every element.
            values = list(map(HtmlElement.get, every, repeat(attribute.encode()), repeat("")))
            table = self._tables[attribute] = (every, values)
            if not self.walked:
                filed: dict[str, list[HtmlElement]] = {}
                for element in self.root.iter(*FILED_TAGS):
                    filed.setdefault(element.tag, []).append(element)
                self._tags.update(filed)  # replaces lists filed before, one tag at a time
                self.walked = True
        return table

    def positions(self, attribute: str, needle: str, token: bool = False) -> list[int]:
        """Positions of the elements whose ``attribute`` contains ``needle``, in page order.

        With ``token``, ``needle`` must be one of the value's whitespace-separated words.
        The search stops after ``MAX_ANCHORS + 1`` positions (``_search`` with ``every``
        finds them all).
        """
        key = (attribute, needle, token)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._search(attribute, needle, token)
        return found

    def _search(self, attribute: str, needle: str, token: bool, every: bool = False) -> list[int]:
        values = self._table(attribute)[1]
        joined, starts = self._joined(attribute)
        whole_word = token and attribute == "class"
        if whole_word:
            if any(char in _WORD_EDGES for char in needle):
                return []  # no class word holds a separator
            needle = f" {needle} "  # the class values are joined with spaces around each word
        elif attribute == "class":
            needle = needle.translate(_XML_SPACE_TO_SPACE)  # as the joined values are
        elif token and "\x00" in needle:
            return []  # no value holds a NUL
        # A whole id stands between the NULs that join the values (or at an end).
        check_ends = token and not whole_word
        shift = 1 if whole_word else 0  # the space before a whole word
        found: list[int] = []
        size = len(needle)
        end = len(joined)
        at = joined.find(needle)
        while at != -1:
            after = at + size
            if check_ends and (
                (at and joined[at - 1] != "\x00") or (after < end and joined[after] != "\x00")
            ):
                at = joined.find(needle, at + 1)  # part of a longer id
                continue
            index = bisect_right(starts, at + shift) - 1
            found.append(index)
            if len(found) > MAX_ANCHORS and not every:
                break
            at = joined.find(needle, starts[index] + len(values[index]) + 1 - shift)
        return found

    def _outer_anchors(self, branch: Branch) -> list[HtmlElement] | None:
        """The branch's anchors that no anchor holds (found by place), ``None`` past
        :data:`MAX_ANCHORS`."""
        found = self._search(branch.attribute, branch.needle, branch.token, every=True)
        elements = self._table(branch.attribute)[0]
        keep = partial(_passes, branch)
        return outermost_by_place(found, elements, self.places(), keep, MAX_ANCHORS)

    def _joined(self, attribute: str) -> tuple[str, list[int]]:
        """The values of ``attribute`` in one string, and where each starts: one
        ``str.find`` then searches them all.

        Class values are joined by spaces, with one before the first and after the
        last and XML whitespace made spaces, so a whole word is always `` word ``.
        Other values are joined by NUL, which no value holds.
        """
        joined = self._joins.get(attribute)
        if joined is None:
            values = self._table(attribute)[1]
            if attribute == "class":
                text = f" {' '.join(values)} "
                if "\t" in text or "\n" in text or "\r" in text:
                    # str.replace runs at memory speed; translate with a table looks up
                    # every character of a page whose classes hold non-ASCII letters.
                    text = text.replace("\t", " ").replace("\n", " ").replace("\r", " ")
            else:
                text = "\x00".join(values)
            lead = 1 if attribute == "class" else 0  # the space before the first value
            # Value i starts after the lead and the values before it, each with its separator.
            starts = list(accumulate(map(add, map(len, values), repeat(1)), initial=lead))
            starts.pop()  # where a value after the last would start
            joined = self._joins[attribute] = (text, starts)
        return joined

    def _elements(self) -> list[HtmlElement]:
        """Every element of the page in page order, listed by one C walk, once."""
        if self._every is None:
            self._every = list(self.root.iter(lxml.etree.Element))
        return self._every

    def _in_page_order(self, elements: Iterable[HtmlElement]) -> list[HtmlElement]:
        """``elements`` without repeats, sorted in page order: by their paths from the
        root when they are few, else by their places in a numbering of the page (a path
        is as long as the nesting is deep, and a deep page has many matches down there)."""
        unique = dict.fromkeys(elements)
        if len(unique) <= _FEW_TO_SORT:
            paths = {element: path_from_root(element) for element in unique}
            return sorted(unique, key=paths.__getitem__)
        return sorted(unique, key=self.places().__getitem__)

    def places(self) -> dict[HtmlElement, int]:
        """Every element of the page and its place in page order, numbered once."""
        if self._order is None:
            self._order = {element: place for place, element in enumerate(self._elements())}
        return self._order

    def tagged(self, tag: str) -> list[HtmlElement]:
        """The page's elements of one tag, in page order."""
        found = self._tags.get(tag)
        if found is None:
            if self.walked and tag in FILED_TAGS:
                return []
            found = self._tags[tag] = list(self.root.iter(tag))
        return found

    def within(self, selector: str, container: HtmlElement) -> set[HtmlElement]:
        """The elements under ``container`` (itself included) that match ``selector``.

        Selectors of the group that are one compound with a class or id are
        answered from the index; the others run as XPath below ``container``.
        """
        indexed, others = _split_by_index(selector)
        found: set[HtmlElement] = set()
        # Climbs that meet an ancestor answered before stop there: many matches deep in
        # a page are not each walked up to the root.
        below = Climb(lambda ancestor: ancestor is container, container)
        for part in indexed:
            for element in self.select(part):
                if element is container or below(element):
                    found.add(element)
        if others:
            found.update(compile_plan(others).run(container))
        return found

    def select(self, selector: str) -> list[HtmlElement]:
        """All elements of the page that match ``selector``, in page order."""
        found = self._answers.get(selector)
        if found is None:
            found = self._answers[selector] = self._select(selector)
        return list(found)  # the caller's to change

    def _select(self, selector: str) -> list[HtmlElement]:
        plan = compile_plan(selector)
        if plan.branches is None:
            return plan.run(self.root)
        results: list[list[HtmlElement]] = []  # per branch that hit, in page order
        anchored: dict[str, list[int]] = {}  # class or id anchors that are matches: positions
        for planned in plan.branches:
            branch = planned
            for deeper in planned.deeper:
                if deeper.attribute == "tag":
                    if not self.walked or len(self.tagged(deeper.needle)) > FEW:
                        continue  # unfiled tags would cost a walk of their own
                elif len(self.positions(deeper.attribute, deeper.needle, deeper.token)) > FEW:
                    continue
                branch = deeper
                break
            if branch.attribute == "tag":
                candidates = self.tagged(branch.needle)
                if len(candidates) > MAX_ANCHORS:
                    return _xpath(plan.xpath, self.root)
                anchors = [e for e in candidates if _passes(branch, e)]
            else:
                positions = self.positions(branch.attribute, branch.needle, branch.token)
                elements = self._table(branch.attribute)[0]
                if len(positions) > MAX_ANCHORS:
                    # XPath is as quick, unless the boxes nest (left open around each
                    # other): it would read the boxes below each box again.
                    outer = self._outer_anchors(branch) if branch.descends else None
                    if outer is None:
                        return _xpath(plan.xpath, self.root)
                    anchors = outer
                elif branch.rest is None:
                    hits = [p for p in positions if _passes(branch, elements[p])]
                    if hits:
                        anchored.setdefault(branch.attribute, []).extend(hits)
                    continue
                else:
                    anchors = [elements[p] for p in positions if _passes(branch, elements[p])]
            if branch.rest is None or not anchors:
                if anchors:
                    results.append(anchors)
                continue
            outer = outermost(anchors)
            if len(outer) < len(anchors) and not branch.descends:
                return _xpath(plan.xpath, self.root)  # nested anchors, results interleave
            found: list[HtmlElement] = []
            for anchor in outer:
                found.extend(_xpath(branch.rest, anchor))
            if found:
                results.append(found)
        for attribute, hits in anchored.items():
            elements = self._table(attribute)[0]
            results.append([elements[p] for p in sorted(set(hits))])
        if len(results) > 1:
            return self._in_page_order(chain.from_iterable(results))
        return results[0] if results else []


@lru_cache(maxsize=1024)
def _split_by_index(selector: str) -> tuple[tuple[str, ...], str | None]:
    """The one-compound selectors of a group the index answers, and the rest as a group."""
    indexed: list[str] = []
    others: list[str] = []
    for part in split_group(selector):
        branches = compile_plan(part).branches
        ok = branches is not None and all(b.alone and b.attribute != "tag" for b in branches)
        (indexed if ok else others).append(part)
    return tuple(indexed), ", ".join(others) or None


def answered_by_index(selector: str) -> bool:
    """True when the page index answers every selector of the group by itself: each is one
    compound with a class or id, so its matches below a box are the page's inside it."""
    return _split_by_index(selector)[1] is None


def _passes(branch: Branch, element: HtmlElement) -> bool:
    """True when ``element``, found by the branch's lookup, is one of its anchors."""
    if branch.exact:
        return True
    if branch.tag_test is not None:
        return bool(element.tag == branch.tag_test)
    if branch.check is not None:
        return branch.check(element)
    return bool(branch.test(element))


def _xpath(xpath: XPath, root: HtmlElement) -> list[HtmlElement]:
    result = xpath(root)
    return result if isinstance(result, list) else []


__all__ = ["Branch", "PageIndex", "Plan", "answered_by_index", "compile_plan", "split_group"]
