"""Properties of the generic parser on generated pages: it never fails and never invents text."""

from __future__ import annotations

import copy
import re
from html import escape

import lxml.html
import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st
from lxml import etree

import newsparse
from newsparse import blocks
from newsparse.conventions import normalize
from newsparse.generic import body as body_module
from newsparse.generic import boilerplate, images
from newsparse.generic.container import (
    _LABELLED,
    _NAVIGATION,
    BLOCKS,
    IGNORED,
    PARAGRAPHS,
    SIDE_REGIONS,
    key,
    measure,
)

WORDS = st.sampled_from(
    [
        "Brücke",
        "Gemeinderat",
        "Musterstadt",
        "saniert",
        "Herbst",
        "Kosten",
        "Land",
        "Gemeinde",
        "sagte",
        "Bürgermeister",
        "Verkehr",
        "Pfeiler",
        "Gutachten",
        "Anwohner",
        "Risse",
        "Beton",
        "Jahren",
        "Sitzung",
        "Rathaus",
        "Stadt",
    ]
)
SENTENCES = st.lists(WORDS, min_size=3, max_size=40).map(lambda w: " ".join(w) + ".")
CLASSES = st.sampled_from(
    ["", "text", "article-body", "related", "teaser", "newsletter", "share-bar", "caption",
     "credit", "author", "box", "content", "media", "sr-only", "date"]
)  # fmt: skip
TAGS = st.sampled_from(
    ["div", "p", "section", "span", "a", "b", "li", "ul", "nav", "aside", "figure",
     "figcaption", "h2", "h3", "header", "footer", "form", "blockquote", "article"]
)  # fmt: skip


@st.composite
def trees(draw: st.DrawFn, depth: int = 0) -> str:
    """Random markup: nested elements with class names, text and line breaks."""
    parts = []
    for _ in range(draw(st.integers(0, 4 if depth < 4 else 0))):
        kind = draw(st.integers(0, 5))
        if kind == 0:
            parts.append(escape(draw(SENTENCES)))
        elif kind == 1:
            parts.append("<br>")
        elif kind == 2:
            parts.append(f"<img src='/b{draw(st.integers(0, 9))}.jpg'>")
        else:
            tag = draw(TAGS)
            cls = draw(CLASSES)
            inner = draw(trees(depth + 1))
            parts.append(f"<{tag} class='{cls}'>{inner}</{tag}>")
    return "".join(parts)


def _page_text(html: str) -> str:
    # Inline elements run into their neighbours ("<b>a</b>b" reads "ab"); every word of a
    # block is then a substring of the page's text joined without separators.
    return normalize("".join(lxml.html.document_fromstring(html).itertext()))


@given(trees(), st.booleans())
def test_generic_never_fails_nor_invents_text(markup: str, with_h1: bool) -> None:
    head = "<h1>Brücke wird saniert</h1>" if with_h1 else ""
    html = f"<html><head><title>Brücke</title></head><body>{head}{markup}</body></html>"
    article = newsparse.parse(html, url="https://www.beispiel.de/a", parser="generic")
    page_text = _page_text(html)
    for block in article.body:
        assert block.text == normalize(block.text)
        assert block.text
        # Every block's words are on the page (runs may join text across inline elements).
        assert all(word in page_text for word in block.text.split())
    for entry in article.report.origins:
        assert entry.origin in ("jsonld", "meta", "dom")


@given(st.lists(SENTENCES, min_size=3, max_size=8), st.integers(1, 30))
def test_navigation_around_the_article_does_not_change_the_body(
    sentences: list[str], links: int
) -> None:
    article = "".join(f"<p>{escape(s)}</p>" for s in sentences if len(s) > 40)
    nav = "<ul>" + "".join(f"<li><a href='/r{i}'>Ressort {i}</a></li>" for i in range(links))
    bare = f"<html><body><article><h1>Brücke</h1>{article}</article></body></html>"
    wrapped = (
        f"<html><body><nav>{nav}</ul></nav><main><article><h1>Brücke</h1>{article}</article>"
        f"<aside>{nav}</ul></aside></main><footer>{nav}</ul></footer></body></html>"
    )
    url = "https://www.beispiel.de/a"
    before = newsparse.parse(bare, url=url, parser="generic")
    after = newsparse.parse(wrapped, url=url, parser="generic")
    assert after.body == before.body


#: Letters of the picture hints in both cases, separators, and letters that fold oddly.
HINT_TEXT = st.text(alphabet="picmagfotohbldeurPICMAGFOTOHBLDEUR -_xİıſK", max_size=24)


@given(HINT_TEXT)
def test_the_figure_hint_finds_what_its_regex_finds(classes: str) -> None:
    # The quick test on ASCII classes must agree with the case-blind regex it stands in for.
    assert images._figure_hint(classes) == (images._FIGURE_HINT.search(classes) is not None)


#: Letters of the teaser and related-box words in both cases, and separators.
BOX_TEXT = st.text(alphabet="relatdcomnubgshzRELATDCOMNUBGSHZ -_İıſK", max_size=30)


@given(BOX_TEXT)
def test_the_box_kind_finds_what_its_regexes_find(names: str) -> None:
    expected = (
        "related"
        if blocks.RELATED_BOX.search(names)
        else "teaser"
        if blocks.TEASER_BOX.search(names)
        else None
    )
    assert blocks._box_kind(names) == expected


#: Tags around ``Autor`` labels: the labelled ones, an inline one, and two whose
#: insides the measuring walk skips.
_LABEL_TAGS = ("li", "p", "div", "span", "dd", "b", "nav", "script")
LABEL_MARKUP = st.recursive(
    st.sampled_from(["", " ", "Autor: Anna", "autorin Berta", "x", "Aut"]),
    lambda inner: st.builds(
        lambda tag, text, comment, parts: (
            f"<{tag}>{text}{'<!--Autor-->' if comment else ''}{''.join(parts)}</{tag}>"
        ),
        st.sampled_from(_LABEL_TAGS),
        st.sampled_from(["", "\n ", "Autor", "Text"]),
        st.booleans(),
        st.lists(inner, max_size=3),
    ),
    max_leaves=20,
)


def _labels_read_one_by_one(root: lxml.html.HtmlElement) -> tuple[lxml.html.HtmlElement, ...]:
    """The labelled elements whose own text, or else first child element's text, opens
    with "Autor", outside what the measuring walk skips (a comment is no label)."""
    found = []
    walker = etree.iterwalk(root, events=("start",))
    for _, element in walker:
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if tag in IGNORED or tag in _NAVIGATION:
            walker.skip_subtree()
            continue
        if tag in _LABELLED:
            first = (element.text or "").strip()
            child = next(element.iterchildren(etree.Element), None)
            if not first and child is not None:
                first = (child.text or "").lstrip()
            if first[:5].lower() == "autor":
                found.append(element)
    return tuple(found)


@given(st.lists(LABEL_MARKUP, min_size=1, max_size=4))
def test_byline_labels_are_the_elements_each_read_alone_would_give(parts: list[str]) -> None:
    # The measuring walk reads a label in its first child's start event rather than
    # through ``element[0]``; it must find the same elements in the same order.
    parser = lxml.html.HTMLParser(remove_comments=False)
    root = lxml.html.document_fromstring(f"<html><body>{''.join(parts)}</body></html>", parser)
    assert measure(root).labels == _labels_read_one_by_one(root)


#: Markup of blocks, links, figures and skipped regions, with comments and processing
#: instructions closing an element's content (so no text is their tail, which the walk
#: does not read), and text of the lengths the measures test.
_MEASURED_MARKUP = st.recursive(
    st.sampled_from(["<br>", "<b>kurz</b>", f"<i>{'Ein Satz mit genug Zeichen. ' * 3}</i>"]),
    lambda inner: st.builds(
        lambda tag, text, parts, extra, tail: f"<{tag}>{text}{''.join(parts)}{extra}</{tag}>{tail}",
        st.sampled_from(["p", "div", "a", "span", "figure", "aside", "li", "script"]),
        st.sampled_from(["", "Text", "Ein längerer Text, der fast einen Absatz füllt. " * 2]),
        st.lists(inner, max_size=3),
        st.sampled_from(["", "<!--c-->", "<?pi x?>", "<!--a--><?pi y?>"]),
        st.sampled_from(["", " Rest"]),
    ),
    max_leaves=24,
)


def _measures_by_path(root: lxml.html.HtmlElement) -> list[tuple[str, ...]]:
    tree = root.getroottree()
    stats = measure(root)
    return [
        tuple(
            str(value)
            for value in (
                tree.getpath(element),
                stats.text[element],
                stats.links.get(element, 0),
                stats.good.get(element, 0),
                stats.figures.get(element, 0),
                element in stats.blocky,
            )
        )
        for element in stats.text
    ]


#: What the plain reading gives an element: text, link text, paragraph text, figure text,
#: and whether a block is inside it.
_Read = tuple[int, int, int, int, bool]


def _measures_by_recursion(root: lxml.html.HtmlElement) -> dict[lxml.html.HtmlElement, _Read]:
    """:func:`measure`'s numbers read the plain way, each element from its children's:
    navigation measured whole as links, skipped tags left out but for their tails, no
    paragraph text inside side regions."""
    found: dict[lxml.html.HtmlElement, _Read] = {}

    def read(element: lxml.html.HtmlElement, side: bool) -> _Read:
        if element.tag in _NAVIGATION:
            length = int(element.xpath("string-length(normalize-space(.))"))
            found[element] = (length, length, 0, 0, True)
            return found[element]
        side = side or element.tag in SIDE_REGIONS
        length = loose = len((element.text or "").strip())
        link = good = figure = loose_links = 0
        has_block = False
        for child in element:
            tail = len((child.tail or "").strip())
            length, loose = length + tail, loose + tail
            if child.tag in IGNORED:
                continue
            text, links, inner_good, inner_figure, blocks_inside = read(child, side)
            length, link, good, figure = (
                length + text,
                link + links,
                good + inner_good,
                figure + inner_figure,
            )
            if blocks_inside or child.tag in BLOCKS:
                has_block = True
            else:
                loose, loose_links = loose + text, loose_links + links
        if element.tag == "a":
            link = length
        if not side and element.tag in PARAGRAPHS:
            if not has_block:
                if length >= (1 if element.tag == "p" else 40) and link < 0.4 * length:
                    good = length
            elif loose >= 80 and loose_links < 0.4 * loose:
                good += loose
        if element.tag == "figure":
            figure = length
        found[element] = (length, link, good, figure, has_block)
        return found[element]

    read(root, False)
    return found


#: Loose text and link text that make a paragraph of a box holding a block, or not.
_LOOSE = "Ein längerer Text, der fast einen Absatz füllt. " * 2
_LINKED = "Verlinkt. " * 10


@given(st.lists(_MEASURED_MARKUP, min_size=1, max_size=4))
@example(["<p>Text<b>kurz</b><br></p> Rest", "<div><a>Link</a>lose<span>Text</span></div>"])
@example(["<header><p>Kopf</p></header><figure>Bild<i>x</i></figure>"])
@example(["<div>Text<p></p></div>"])  # an empty block is still a block
@example([f"<div>{_LOOSE}<a>{_LINKED}</a><p>x</p></div>"])  # the link outweighs
@example([f"<div>{_LOOSE[:60]}<a>{_LINKED[:30]}</a><p>x</p></div>"])  # its text is loose text
def test_measures_are_what_a_plain_reading_of_each_element_gives(parts: list[str]) -> None:
    # The walk closes elements without end events and leaves without frames; a reading
    # of each element from its children's (deep markup is fine: the examples are small)
    # must give the same numbers for every element the walk measures.
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True)
    root = lxml.html.document_fromstring(f"<html><body>{''.join(parts)}</body></html>", parser)
    stats = measure(root)
    expected = _measures_by_recursion(root)
    assert set(stats.text) == set(expected)
    for element, (text, links, good, figure, blocky) in expected.items():
        assert stats.text[element] == text
        assert stats.links.get(element, 0) == links
        assert stats.good.get(element, 0) == good
        assert stats.figures.get(element, 0) == figure
        assert (element in stats.blocky) == blocky


@given(st.lists(_MEASURED_MARKUP, min_size=1, max_size=4))
@example(["<div>Text<b>kurz</b><!--c--></div>", f"<p>{'Ein Satz mit genug Zeichen. ' * 3}</p>"])
@example(["<li><?pi x?></li>", "<div><p>Text</p><!--a--><?pi y?></div> Rest"])
def test_measures_do_not_change_with_comments_between_the_elements(parts: list[str]) -> None:
    # The measuring walk counts an element's children to know when it closes, and
    # lxml counts comments and processing instructions among them, which the walk
    # does not visit: a tree holding some must be measured as one without them.
    # Both trees come from one parse (libxml2 versions rebuild misnested markup around
    # a comment differently), and a comment's tail, which the walk does not read, is
    # blank.
    parser = lxml.html.HTMLParser(remove_comments=False, remove_pis=False)
    kept = lxml.html.document_fromstring(f"<html><body>{''.join(parts)}</body></html>", parser)
    others = list(kept.iter(etree.Comment, etree.ProcessingInstruction))
    assume(all(not (node.tail or "").strip() for node in others))
    removed = copy.deepcopy(kept)
    for node in list(removed.iter(etree.Comment, etree.ProcessingInstruction)):
        parent = node.getparent()
        if parent is not None:
            parent.remove(node)
    assert _measures_by_path(kept) == _measures_by_path(removed)


@given(
    st.one_of(
        st.from_regex(boilerplate.NOTICE.regex),
        st.from_regex(boilerplate.PROMOTION.regex),
        st.text(),
    )
)
def test_phrases_are_found_where_their_alternation_finds_them(text: str) -> None:
    # Each pattern is looked for on its own, and only in a text holding its literal
    # start: that must find exactly what one regex of all the patterns finds.
    lowered = text.lower()
    for found in (boilerplate.NOTICE, boilerplate.PROMOTION):
        assert found._checks is not None  # every phrase begins with letters
        assert found.search(lowered) is (found.regex.search(lowered) is not None)


@pytest.mark.parametrize(
    ("pattern", "start"),
    [
        ("ihre ip-adresse wird", "ihre ip-adresse wird"),
        ("externen? inhalte?", "externe"),
        ("ab+c", "ab"),
        ("ab{2}c", "a"),
        ("nein,? danke\\b", "nein"),
        ("hier geht'?s", "hier geht"),
        ("(?:a|b)c", ""),
        ("ab|cd", ""),
        ("a[|]b", "a"),
        ("a(?:b|c)|d", ""),
        ("\\.com", ""),
    ],
)
def test_literal_start(pattern: str, start: str) -> None:
    assert boilerplate.literal_start(pattern) == start


@example("Straße_1 „Zitat“ – x")
@example("25\xa0Prozent «so» ‚hier‘ … § 3 · 20° ´")
@example("\u2000\u203f\u2040\u2071\u2074\u207fx\u00a1\u00aa\u00b2\u00b5\u00ba")  # edges, letters
@example("a\ud800b")
@example("١٢٣ abc")
@example("Ma\u0308dchen u\u0308ber © ✕ Schlo\u0308sser")  # decomposed umlauts
@example("".join(f"{chr(0x2190 + i)}a{i}" for i in range(20)))  # many kinds of symbol
@given(st.text())
def test_a_key_keeps_the_letters_and_digits_the_regex_keeps(text: str) -> None:
    # key() takes ASCII punctuation out of the bytes first; it must keep what the
    # regex of letters and digits keeps, case-folded, for any text.
    assert key(text) == re.sub(r"[\W_]+", "", text).casefold()
    assert key(text * 300) == re.sub(r"[\W_]+", "", text * 300).casefold()  # not kept


@settings(max_examples=100)
@example(["<div><section><p><img src='a'></p></section><figure>x</figure></div>"], 0)
@example(["<div><section><p><img src='a'></p></section></div>"], 2)  # scope inside a box
@example(["<div><figure><span><img src='a'></span></figure><img src='b'></div>"], 1)
@given(st.lists(trees(), min_size=1, max_size=3), st.integers(0, 30))
def test_picture_boxes_are_the_walks_boxes_with_a_picture_in_page_order(
    bodies: list[str], pick: int
) -> None:
    # Only a figure or a box above an img can be an image box: the boxes found upwards
    # from the pictures are the walk's, in the walk's order.
    root = lxml.html.document_fromstring(f"<html><body>{''.join(bodies)}</body></html>")
    elements = list(root.iter(*images._BOX_TAGS, "body"))
    scope = elements[pick % len(elements)]
    walk = list(scope.iter(*images._BOX_TAGS))
    boxes = images._boxes(scope, frozenset())
    assert len(set(boxes)) == len(boxes)
    assert boxes == [e for e in walk if e in set(boxes)]  # page order

    def pictured(element: lxml.html.HtmlElement) -> bool:
        return element.tag == "figure" or next(element.iter("img"), None) is not None

    assert [e for e in boxes if pictured(e)] == [e for e in walk if pictured(e)]


def _walked_inline_text(element: lxml.html.HtmlElement) -> str:
    """The inline text as a walk of every element reads it (``_inline_text`` without
    its shortcut for an element without children)."""
    parts: list[str] = []
    walker = etree.iterwalk(element, events=("start", "end"))
    for event, node in walker:
        if event == "start":
            if not isinstance(node.tag, str) or node.tag in IGNORED:
                walker.skip_subtree()
            elif node.tag == "br":
                parts.append("\x00")
            elif node.text:
                parts.append(node.text)
        elif node is not element and node.tail:
            parts.append(node.tail)
    return "".join(parts)


@settings(max_examples=100)
@given(trees(), st.sampled_from(["", "<script>x</script>", "<br>", "<!-- c -->", "<em>e</em>"]))
def test_inline_text_of_any_element_is_the_walks(body: str, extra: str) -> None:
    parser = lxml.html.HTMLParser(remove_comments=False)
    root = lxml.html.document_fromstring(f"<html><body>{body}{extra}</body></html>", parser)
    for element in root.iter(etree.Element):  # the body walk passes elements only
        assert body_module._inline_text(element) == _walked_inline_text(element)


#: Every character ``str.isspace`` takes, which the ``srcset`` reading splits URLs at.
_SPACES = "".join(chr(code) for code in range(0x3001) if chr(code).isspace())


def _srcset_by_characters(srcset: str) -> list[tuple[str, float]]:
    """The ``srcset`` rule read one character at a time: whitespace and commas before
    a URL, the URL up to whitespace, then a descriptor up to the next comma unless
    the URL ended with one."""
    found: list[tuple[str, float]] = []
    text = srcset[:20_000]
    at = 0
    while at < len(text):
        while at < len(text) and (text[at].isspace() or text[at] == ","):
            at += 1
        begin = at
        while at < len(text) and not text[at].isspace():
            at += 1
        url, descriptor = text[begin:at], ""
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            comma = text.find(",", at)
            stop = len(text) if comma == -1 else comma
            descriptor, at = text[at:stop].strip(), stop + 1
        if url:
            number = descriptor[:-1] if descriptor[-1:] in ("w", "x") else ""
            found.append((url, float(number) if number.replace(".", "", 1).isdigit() else 0.0))
    return found


@given(st.text(st.sampled_from([*_SPACES, ",", "a", "b", ".", "1", "5", "w", "x", "é"])))
@example("a.jpg?crop=1,2 640w, b.jpg 1280w")
@example("a.jpg,, b.jpg 2x,c.jpg\u3000 1.5x")  # commas end a URL; an ideographic space
@example("a.jpg\x1c640w\x85,b.jpg\u2028 2x")  # separators and line breaks are whitespace
@example("x" * 19_990 + " 10w, y 20w")  # the cut at 20,000 characters
def test_srcset_candidates_read_as_the_rule_reads_each_character(srcset: str) -> None:
    assert blocks.srcset_candidates(srcset) == _srcset_by_characters(srcset)
