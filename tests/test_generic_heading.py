"""The element printing the headline, found among the measured elements of its length."""

from __future__ import annotations

import lxml.html
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.document import Document, HtmlElement, text_of
from newsparse.generic.container import Measure, key, measure, name_key
from newsparse.generic.heading import _TITLE_TAGS, in_trail, title_element
from newsparse.generic.titles import LONGEST_TITLE, clean_title

#: Nested boxes, headings, links and crumb lists with texts of a few lengths, so that
#: several elements print the same words with up to four more characters around them.
_TEXTS = st.sampled_from(
    ["Brücke gesperrt", "Brücke gesperrt!", "– Brücke gesperrt", "Brücke gesperrt!!!",
     "»Brücke gesperrt!!!«", "Neue Brücke", "Bahn", ""]
)  # fmt: skip
_TAGS = ("div", "span", "p", "h1", "h2", "strong", "a", "nav", "li", "section", "em")
MARKUP = st.recursive(
    _TEXTS,
    lambda inner: st.builds(
        lambda tag, attrs, parts, tail: f"<{tag}{attrs}>{''.join(parts)}</{tag}>{tail}",
        st.sampled_from(_TAGS),
        st.sampled_from(["", " class='breadcrumb'", " href='/x'"]),
        st.lists(inner, max_size=3),
        st.sampled_from(["", " ", "Bahn"]),
    ),
    max_leaves=24,
)


def _walked(
    root: HtmlElement, stats: Measure, headline: str, skip: HtmlElement | None
) -> HtmlElement | None:
    """title_element as a walk of the page in page order (what it replaces)."""
    wanted = key(headline)
    found: HtmlElement | None = None
    for element in root.iter(*_TITLE_TAGS):
        size = stats.text.get(element)
        if element is skip or size is None or abs(size - len(headline)) > 3:
            continue
        if key(text_of(element)) != wanted or in_trail(element):
            continue
        if stats.links.get(element, 0) > size / 2 or any(
            a.tag == "a" for a in element.iterancestors()
        ):
            continue
        if found is None or found in element.iterancestors():
            found = element
        else:
            break
    return found


@settings(max_examples=300)
@given(MARKUP, _TEXTS.filter(bool), st.booleans())
def test_title_element_is_the_first_printing_element_in_page_order(
    markup: str, headline: str, skip_first_h1: bool
) -> None:
    doc = Document(lxml.html.document_fromstring(f"<html><body>{markup}</body></html>"))
    stats = measure(doc.root)
    skip = doc.first_h1 if skip_first_h1 else None
    assert title_element(stats, headline, skip) is _walked(doc.root, stats, headline, skip)


def test_a_title_loses_its_site_name_unless_it_is_too_long_to_be_a_title() -> None:
    names = (name_key("Golem.de"),)
    assert clean_title("Neue Radwege für die Stadt | Golem.de", names) == (
        "Neue Radwege für die Stadt"
    )
    # A <title> left open around the page: no site name is looked for in it (splitting
    # it at every separator took 0.2 s a time on a fuzzed 2 MB page).
    long = "Radweg " * (LONGEST_TITLE // 7 + 1) + "| Golem.de"
    assert len(long) > LONGEST_TITLE
    assert clean_title(long, names) == long
