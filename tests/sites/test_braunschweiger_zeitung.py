"""Braunschweiger Zeitung (Funke): the 2024 and 2025 Funke layouts."""

import lxml.html

import newsparse
from newsparse.document import select_one
from newsparse.testing.drift import wrap

from corpus import page, requires_corpus
from sitecheck import Case, parsed, site_tests

CASES = {
    "BSZ_2024_05_16": Case(
        layout="2024",
        section="Sport",
        kicker="c65f3bcd1066",
        has_teaser=True,
        # The dpa story's closing line (dpa-infocom footer).
        source="© dpa-infocom, dpa:240516-99-53606/3 (dpa)",
        source_editors=(),
        source_agencies=("dpa",),
        subheadings=3,
        paywalled=False,
    ),
    "BSZ_2025_09_09": Case(
        layout="2025",
        section="Politik",
        kicker="753c65c0eea3",
        has_teaser=True,
        source=None,
        subheadings=4,
        paywalled=False,
    ),
    "BSZ_2025_11_06": Case(
        layout="2025",
        section="Politik",
        kicker="6ee8bab05e5a",
        has_teaser=True,
        source=None,
        subheadings=2,
        paywalled=False,
    ),
}

globals().update(site_tests("braunschweiger_zeitung", CASES))


@requires_corpus
def test_wrapped_caption_is_not_a_credit() -> None:
    """Wrappers around a figure's caption text are not read as the figure's credit.

    Two wrappers: the inner one is a ``span`` that is the last child of its parent, as the
    credit span is.
    """
    corpus_page = page("BSZ_2025_09_09")
    root = lxml.html.document_fromstring(corpus_page.html)
    caption = select_one(root, "article figure.not-prose figcaption span.block")
    assert caption is not None
    for _ in range(2):
        caption = wrap(caption, "span")
    article = newsparse.parse(lxml.html.tostring(root), url=corpus_page.url)
    assert article.images == parsed("BSZ_2025_09_09").images
