"""The page index answers every selector exactly as the whole XPath does.

``PageIndex.select`` starts from the elements a selector names and runs XPath
only below them; these tests hold it to the same elements, in the same order,
as evaluating the selector's XPath over the whole page.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import cssselect
import lxml.etree
import lxml.html
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import css, css_match, css_xpath
from newsparse.document import Document

from corpus import pages, requires_corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


#: cssselect translates ``:has()`` as CSS means it from 1.6 on.
OWN_HAS_OK = tuple(int(p) for p in cssselect.__version__.split(".")[:2]) >= (1, 6)
#: cssselect 1.2 joins ``:is()`` to the conditions before it with "or" (``.a:is(.b)``
#: as ``.a or .b``); css_xpath's translator joins it with "and", as CSS means it.
OWN_IS_OK = " or " not in cssselect.HTMLTranslator().css_to_xpath(".a:is(.b)")


def whole(root: lxml.html.HtmlElement, selector: str) -> list[lxml.html.HtmlElement]:
    """The selector's XPath as cssselect writes it, without our rewrites (cssselect
    before 1.6 reads ``:has()`` wrongly or not at all: then our whole XPath; cssselect
    1.2 joins ``:is()`` wrongly: then our translator)."""
    if ":has(" in selector and not OWN_HAS_OK:
        return css.compile_plan(selector).xpath(root)  # type: ignore[no-any-return]
    rewritten = css_xpath.HASHED_CLASS.sub(r':is([class^="\1"], [class*=" \1"])', selector)
    translator = cssselect.HTMLTranslator() if OWN_IS_OK else css_xpath.TRANSLATOR
    path = translator.css_to_xpath(rewritten)
    return lxml.etree.XPath(path)(root)  # type: ignore[return-value]


class Recorder:
    """Wraps ``PageIndex.select``: compares each answer with the whole XPath."""

    def __init__(self) -> None:
        self.calls = 0
        self.indexed = 0
        self.wrong: list[str] = []

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        original = css.PageIndex._select

        def checked(index: css.PageIndex, selector: str) -> list[lxml.html.HtmlElement]:
            got = original(index, selector)
            self.calls += 1
            self.indexed += css.compile_plan(selector).branches is not None
            if got != whole(index.root, selector):
                self.wrong.append(selector)
            return got

        monkeypatch.setattr(css.PageIndex, "_select", checked)


def fixture_pages() -> Iterator[tuple[str, bytes, str | None]]:
    for folder in sorted(FIXTURES.iterdir()):
        for name in ("page.html", "page.html.gz"):
            if (folder / name).is_file():
                meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
                yield folder.name, (folder / name).read_bytes(), meta.get("url")


def test_site_selectors_on_fixtures(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = Recorder()
    recorder.install(monkeypatch)
    count = 0
    for _, html, url in fixture_pages():
        newsparse.parse(html, url=url)
        count += 1
    assert count >= 60
    assert recorder.wrong == []
    assert recorder.indexed > 0.8 * recorder.calls > 300


@requires_corpus
def test_site_selectors_on_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = Recorder()
    recorder.install(monkeypatch)
    for page in pages():
        newsparse.parse(page.html, url=page.url)
    assert recorder.wrong == []
    assert recorder.indexed > 0.8 * recorder.calls > 500


# -- random pages and selectors ------------------------------------------------

CLASSES = ["a", "ab", "b", "teaser", "teaser__x", "x__Hash1", "x__Hash2", "a-b", "a\xa0b"]
IDS = ["main", "m", "main2"]
PAGE_IDS = [*IDS, " m"]  # an id with a space is no ``#m``
TAGS = ["div", "p", "article", "section", "span", "header", "h1", "a"]


@st.composite
def trees(draw: st.DrawFn, depth: int = 0) -> str:
    tag = draw(st.sampled_from(TAGS))
    attributes = ""
    classes = draw(st.lists(st.sampled_from(CLASSES), max_size=3))
    if classes:
        spaces = draw(st.sampled_from([" ", "  ", "\t", "\n "]))
        attributes += f' class="{spaces.join(classes)}"'
    if draw(st.booleans()) and draw(st.booleans()):
        attributes += f' id="{draw(st.sampled_from(PAGE_IDS))}"'
    children = draw(st.lists(trees(depth + 1), max_size=3)) if depth < 4 else []
    return f"<{tag}{attributes}>t{''.join(children)}</{tag}>"


@st.composite
def compounds(draw: st.DrawFn) -> str:
    head = draw(st.sampled_from(["", "*", *TAGS]))
    tail = draw(
        st.lists(
            st.one_of(
                st.sampled_from(CLASSES).map(lambda c: "." + c),
                st.sampled_from(IDS).map(lambda i: "#" + i),
                st.sampled_from(["x__", "teaser__"]).map(lambda c: "." + c),
                st.sampled_from(
                    [
                        "[class^='a']",
                        "[class*='ease']",
                        "[id='m']",
                        ":first-child",
                        ":not(.b)",
                        ":is(.a, .b)",
                        ":first-of-type",
                        ":last-child",
                        ":last-of-type",
                        ":only-child",
                        ":has(p)",
                    ]
                ),
            ),
            max_size=2,
        )
    )
    text = head + "".join(tail)
    return text or "*"


@st.composite
def selectors(draw: st.DrawFn) -> str:
    parts = [draw(compounds())]
    for _ in range(draw(st.integers(0, 2))):
        parts.append(draw(st.sampled_from([" ", " > ", " + ", " ~ "])))
        parts.append(draw(compounds()))
    group = ["".join(parts)]
    if draw(st.booleans()):
        group.append(draw(compounds()))
    return ", ".join(group)


@given(body=st.lists(trees(), min_size=1, max_size=4), selector=selectors())
def test_random_selectors_agree(body: list[str], selector: str) -> None:
    try:
        css.compile_plan(selector)
    except cssselect.ExpressionError:  # e.g. ``*:first-of-type``: no XPath for it either
        assume(False)
    doc = Document(lxml.html.document_fromstring(f"<html><body>{''.join(body)}</body></html>"))
    assert doc.select(selector) == whole(doc.root, selector)


@settings(max_examples=100)
@given(
    body=st.lists(trees(), min_size=1, max_size=3),
    copies=st.integers(10, 30),
    selector=st.sampled_from([".x p, .y span", ".x .a, .y p", "#m p, .x span", ".y span, .a"]),
)
def test_groups_agree_on_many_matches(body: list[str], copies: int, selector: str) -> None:
    # A group's matches from more than one lookup are merged into page order: past a few
    # dozen, by a numbering of the page instead of their paths from the root.
    inner = "".join(body) * copies
    page = f"<html><body><div class='x'><div class='y' id='m'>{inner}</div></div></body></html>"
    doc = Document(lxml.html.document_fromstring(page))
    assert doc.select(selector) == whole(doc.root, selector)


@settings(max_examples=100)
@given(
    body=st.lists(trees(), min_size=1, max_size=3),
    depth=st.integers(60, 90),
    cut=st.integers(0, 90),
    beside=st.integers(0, 3),
    selector=st.sampled_from(
        [".x p", ".x span, .y p", "section .x p", "section .x div:not(:has(p))", ".x > p"]
    ),
)
def test_many_nested_anchors_agree(
    body: list[str], depth: int, cut: int, beside: int, selector: str
) -> None:
    # More than MAX_ANCHORS boxes carry the anchor's class, nested in each other (tags
    # left open), with a section opening part of the way down, so that the outer boxes
    # fail the anchor's test and the inner ones pass: the outermost anchors that pass
    # are found by place, and the rest of the selector runs below each.
    inner = "".join(body)
    boxes = "".join(
        ("<section>" if level == cut else "") + "<div class='x'>" + (inner if level % 7 else "")
        for level in range(depth)
    )
    closes = "</div>" * depth + ("</section>" if cut < depth else "")
    after = f"<div class='x'>{inner}</div>" * beside
    page = f"<html><body>{boxes}{closes}{after}</body></html>"
    doc = Document(lxml.html.document_fromstring(page))
    assert doc.select(selector) == whole(doc.root, selector)


@given(
    body=st.lists(trees(), min_size=1, max_size=4),
    selector=st.one_of(selectors(), st.sampled_from(["p", "span, h1", "a, div, p", "img"])),
)
def test_the_first_match_is_the_first_of_all(body: list[str], selector: str) -> None:
    # select_one's plan stops lxml's walk at the first match of a selector that is
    # only tag names; from any element it gives what the full list starts with.
    try:
        plan = css.compile_plan(selector)
    except cssselect.ExpressionError:
        assume(False)
    root = lxml.html.document_fromstring(f"<html><body>{''.join(body)}</body></html>")
    for element in root.iter(lxml.etree.Element):
        found = plan.run(element)
        assert plan.first(element) is (found[0] if found else None)


@pytest.mark.parametrize(
    ("selector", "anchored"),
    [
        (".a", True),
        ("article .a p", True),
        ("#main > li", True),
        (".x__ span", True),
        ("article hgroup h2", True),
        ("h1 + .a", False),  # a sibling before the anchor: not testable upwards
        (".a + p", False),  # the rest would leave the anchor
        (".a p + p", True),  # the sibling is below the anchor
        ("[data-x] a", False),
        ("p", False),
    ],
)
def test_which_selectors_use_the_index(selector: str, anchored: bool) -> None:
    assert (css.compile_plan(selector).branches is not None) is anchored


def test_nested_anchors_and_groups_keep_page_order() -> None:
    page = (
        "<html><body><div class='a'><p>1</p><div class='a'><p>2</p></div><p>3</p></div>"
        "<div id='main' class='b'><p>4</p></div><p class='b'>5</p></body></html>"
    )
    doc = Document(lxml.html.document_fromstring(page))
    texts = lambda selector: [e.text for e in doc.select(selector)]  # noqa: E731
    assert texts(".a p") == ["1", "2", "3"]
    assert texts(".a > p") == ["1", "2", "3"]
    assert texts(".b, .a p") == ["1", "2", "3", None, "5"]
    assert [e.get("class") for e in doc.select(".b, #main, .a")] == ["a", "a", "b", "b"]


def test_the_index_follows_a_flattened_tree() -> None:
    page = "<html><body>" + "<div class='d'>" * 20 + "x" + "</div>" * 20 + "</body></html>"
    doc = Document(lxml.html.document_fromstring(page))
    assert len(doc.select(".d")) == 20
    doc.limit_depth(10)
    assert len(doc.select(".d")) == len(whole(doc.root, ".d")) < 20


#: Upper-case string constants of layouts that are not CSS selectors.
NOT_SELECTORS = frozenset({"NAME", "TIMEZONE", "PAID_STATUS_KEY"})


def layout_selectors() -> Iterator[tuple[str, str]]:
    from newsparse import registry

    for name in registry.entries():
        for layout in registry.load(name).layouts:
            for attribute in dir(layout):
                value = getattr(layout, attribute)
                selector = attribute.isupper() and attribute not in NOT_SELECTORS
                if selector and isinstance(value, str):
                    yield f"{name}.{layout.NAME}.{attribute}", value


def test_every_layout_selector_compiles_on_the_installed_cssselect() -> None:
    # Python 3.10 gets cssselect 1.5 at most: :has() with a complex argument is ours.
    found = list(layout_selectors())
    assert len(found) > 300
    failed = []
    for where, selector in found:
        try:
            plan = css.compile_plan(selector)
            plan.xpath(lxml.html.document_fromstring("<p>x</p>"))
        except Exception as exc:
            failed.append(f"{where}: {selector!r}: {exc}")
    assert failed == [], f"cssselect {cssselect.__version__}"


@pytest.mark.parametrize(
    "selector",
    [
        "div:has(figure img)",
        "div:has(a, b)",
        "div:not(:has(p, span))",
        "div:has(> p)",
        "div:has(#main):has(.a)",
        "div:has(p:has(span))",
        "section:has([class^='a'])",
    ],
)
def test_has_with_complex_arguments_matches_cssselect(selector: str) -> None:
    page = (
        "<html><body><div><figure><img></figure></div><div><a>x</a></div><div><p>y</p></div>"
        "<div id='main' class='a'><span>z</span></div><div><p><span>s</span></p></div>"
        "<section><i class='ab'>q</i></section></body></html>"
    )
    root = lxml.html.document_fromstring(page)
    doc = Document(root)
    if OWN_HAS_OK:
        assert doc.select(selector) == whole(root, selector)
    assert doc.select(selector) == css.compile_plan(selector).xpath(root)


@st.composite
def has_selectors(draw: st.DrawFn) -> str:
    """A compound with a ``:has()`` whose argument uses any combinator, nested or negated."""
    argument = draw(compounds())
    for _ in range(draw(st.integers(0, 2))):
        combinator = draw(st.sampled_from([" ", " > ", " + ", " ~ "]))
        argument += combinator + draw(compounds())
    if draw(st.booleans()):
        argument = "> " + argument
    if draw(st.booleans()):
        argument += ", " + draw(compounds())
    outer = f":has({argument})"
    if draw(st.booleans()):
        outer = f":not({outer})"
    return draw(compounds()) + outer + draw(st.sampled_from(["", " span", " > p"]))


def searched(root: lxml.html.HtmlElement, selector: str) -> list[lxml.html.HtmlElement]:
    """The selector's XPath with each ``:has()`` asked as libxml2's search of the
    candidate's descendants (css_xpath's XPath condition), not by marking."""
    path = css.compile_plan(selector).xpath.path
    while "nph:has(" in path:
        path = re.sub(
            r"nph:has\((\d+)\)",
            lambda m: f"({css_xpath._HAS_CONDITIONS[int(m.group(1))]})",
            path,
        )
    return lxml.etree.XPath(path)(root)  # type: ignore[return-value]


@given(body=st.lists(trees(), min_size=1, max_size=4), selector=has_selectors())
def test_has_answers_as_a_search_of_the_descendants(body: list[str], selector: str) -> None:
    # Arguments with descendant combinators are answered by marking the ancestors of
    # their matches (css_xpath.has_set), the others by XPath: both as searching each
    # candidate's descendants does, and as cssselect 1.6 translates it.
    try:
        css.compile_plan(selector)
    except (cssselect.ExpressionError, cssselect.SelectorSyntaxError):
        assume(False)
    doc = Document(lxml.html.document_fromstring(f"<html><body>{''.join(body)}</body></html>"))
    assert doc.select(selector) == searched(doc.root, selector)
    if OWN_HAS_OK:
        assert doc.select(selector) == whole(doc.root, selector)


# -- anchor tests in Python ------------------------------------------------------

#: Attribute values with the edges cssselect's translation has: empty, spaces, a dash.
VALUES = ["", "v", "v w", "v-x", "w v", "V", "v\tw", "v\n"]
CLASS_VALUES = ["a b", "a\tb", "a\x0cb", "a\xa0b", " a ", "ab", "b-a", ""]


@st.composite
def attribute_trees(draw: st.DrawFn, depth: int = 0) -> str:
    tag = draw(st.sampled_from(["div", "p", "span", "section"]))
    attributes = ""
    if draw(st.booleans()):
        attributes += f' class="{draw(st.sampled_from(CLASS_VALUES))}"'
    if draw(st.booleans()):
        attributes += f' data-k="{draw(st.sampled_from(VALUES))}"'
    if draw(st.booleans()):
        attributes += f' id="{draw(st.sampled_from(["x", "y", "x y"]))}"'
    children = draw(st.lists(attribute_trees(depth + 1), max_size=3)) if depth < 3 else []
    return f"<{tag}{attributes}>t{''.join(children)}</{tag}>"


@st.composite
def attribute_compounds(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(["", "*", "div", "P", "span"]))
    for _ in range(draw(st.integers(0, 3))):
        operator = draw(st.sampled_from(["", "=", "~=", "|=", "^=", "$=", "*="]))
        value = draw(st.sampled_from(VALUES))
        condition = f"[data-k{operator}{json.dumps(value)}]" if operator else "[data-k]"
        text += draw(
            st.sampled_from(
                [condition, ".a", ".b", "#x", f":not({condition})", f":is(.a, {condition})",
                 ":where(p, .b)", "[DATA-K]", "[class~='a']"]
            )
        )  # fmt: skip
    return text or "*"


@settings(max_examples=200)
@given(
    body=st.lists(attribute_trees(), min_size=1, max_size=3),
    chain=st.lists(attribute_compounds(), min_size=1, max_size=3),
)
def test_python_anchor_tests_answer_as_the_xpath_tests(body: list[str], chain: list[str]) -> None:
    selector = " ".join(chain)
    branches = css.compile_plan(selector).branches or ()
    checked = [b for branch in branches for b in (branch, *branch.deeper) if b.check is not None]
    assume(checked)
    root = lxml.html.document_fromstring(f"<html><body>{''.join(body)}</body></html>")
    for branch in checked:
        assert branch.check is not None
        for element in root.iter():
            assert branch.check(element) == bool(branch.test(element)), (selector, element.attrib)


@settings(max_examples=200)
@given(body=st.lists(attribute_trees(), min_size=1, max_size=3), compound=attribute_compounds())
def test_compound_tests_answer_as_the_translators_xpath(body: list[str], compound: str) -> None:
    test = css_match.compound_test(cssselect.parse(compound)[0].parsed_tree)
    assume(test is not None)
    assert test is not None
    path = css_xpath.TRANSLATOR.css_to_xpath(compound, prefix="self::")
    xpath = lxml.etree.XPath(f"boolean({path})")
    root = lxml.html.document_fromstring(f"<html><body>{''.join(body)}</body></html>")
    for element in root.iter():
        assert test(element) == xpath(element), (compound, element.attrib)


#: Compounds at the edges of cssselect's translation, each tried on every element below.
EDGE_COMPOUNDS = [
    "P", "p.a", ".a", "[class~='a']", "[data-k]", "[DATA-K='v']", "[data-k='']",
    "[data-k^='']", "[data-k$='']", "[data-k*='']", "[data-k~='']", "[data-k~='v w']",
    "[data-k~='v']", "[data-k|='v']", "[data-k^='v']", "[data-k$='v']", "[data-k*='w']",
    "#x", ":not(.a)", ":is(.a, [data-k])", ":where(p, #x)", "div:not([data-k|='v'])",
]  # fmt: skip
EDGE_PAGE = (
    '<div class="a b"><p class="a\tb">t</p><p class="b\x0ca">t</p><p class="b\xa0a">t</p>'
    '<span data-k="v">t</span><span data-k="v-x">t</span><span data-k="vx">t</span>'
    '<span data-k="">t</span><span data-k="w v">t</span><span data-k="x v">t</span>'
    '<p id="x" data-k="V">t</p><p id="x y">t</p></div>'
)


@pytest.mark.parametrize("compound", EDGE_COMPOUNDS)
def test_compound_tests_at_the_edges(compound: str) -> None:
    test = css_match.compound_test(cssselect.parse(compound)[0].parsed_tree)
    assert test is not None
    path = css_xpath.TRANSLATOR.css_to_xpath(compound, prefix="self::")
    xpath = lxml.etree.XPath(f"boolean({path})")
    root = lxml.html.document_fromstring(f"<html><body>{EDGE_PAGE}</body></html>")
    answers = [(test(element), xpath(element)) for element in root.iter()]
    assert all(mine == theirs for mine, theirs in answers), compound
    if "''" not in compound and "v w" not in compound:  # those two match nothing
        assert any(theirs for _, theirs in answers), compound  # the page exercises it


def test_each_ancestor_is_looked_for_above_the_one_nearer() -> None:
    """``.a .b p`` needs a ``.b`` with an ``.a`` above it, not an ``.a`` with a ``.b`` above."""
    root = lxml.html.fromstring('<div class="b"><div class="a"><p>t</p></div></div>')
    paragraph = root.find(".//p")
    for selector, expected in ((".a .b p", False), (".b .a p", True), (".b .b p", False)):
        test = css_match.anchor_test(*css._chain(cssselect.parse(selector)[0].parsed_tree))
        assert test is not None
        assert test(paragraph) is expected, selector


@pytest.mark.parametrize(
    ("selector", "translated"),
    [
        (".a p.c", True),
        ("div.a:not(.b) .c[data-k^='v']", True),
        (".a:is(#x, [data-k]) .c", True),
        (".a > p.c", False),  # a child combinator: the nearest fitting ancestor may not be it
        (".a p.c:first-child", False),
        (".a:has(p) p.c", False),
    ],
)
def test_which_anchor_tests_run_in_python(selector: str, translated: bool) -> None:
    """The deepest anchor (the last compound) is tested in Python, its ancestors too."""
    branches = css.compile_plan(selector).branches
    assert branches is not None
    assert branches[0].deeper
    assert branches[0].deeper[0].needle == "c"
    assert (branches[0].deeper[0].check is not None) is translated


@pytest.mark.parametrize(
    ("selector", "expected"),
    [
        (".a.x__", ["both"]),  # the rewritten hashed class joins .a with "and"
        (".a:is(.b, #n)", ["both", "named"]),
        (":where(.b).a", ["both"]),
        (":is(*, .b).a", ["both", "a-only", "named"]),  # one argument matches anything
    ],
)
def test_is_and_where_are_one_more_condition_in_every_cssselect(
    selector: str, expected: list[str]
) -> None:
    page = (
        '<div class="x__Hash1" title="hashed-only">t</div>'
        '<div class="a x__Hash2 b" title="both">t</div>'
        '<div class="a" title="a-only">t</div>'
        '<div class="a" id="n" title="named">t</div>'
        '<div class="b" title="b-only">t</div>'
    )
    doc = Document(lxml.html.document_fromstring(f"<html><body>{page}</body></html>"))
    xpath = css.compile_plan(selector).xpath
    assert [e.get("title") for e in xpath(doc.root)] == expected
    assert [e.get("title") for e in doc.select(selector)] == expected
