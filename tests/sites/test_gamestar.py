"""GameStar: the 2024 article page."""

from newsparse.document import Document
from newsparse.sites.gamestar import Gamestar2024
from newsparse.testing.scoring import token_prf

from corpus import page, requires_corpus
from sitecheck import Case, site_tests

CASES = {
    "Gamestar_2024_04_28": Case(
        layout="2024",
        section=None,
        kicker=None,
        has_teaser=True,
        source=None,
        subheadings=1,
        paywalled=False,
        min_f1=0.72,
        errata={
            "body": "the reference drops the bullet lists under each device paragraph (eleven "
            "items of article text); test_body_without_lists_matches_reference checks the rest",
        },
    ),
}

globals().update(site_tests("gamestar", CASES))


@requires_corpus
def test_body_without_lists_matches_reference() -> None:
    class WithoutLists(Gamestar2024):
        PARAGRAPHS = "p"

    corpus_page = page("Gamestar_2024_04_28")
    layout = WithoutLists(Document.from_bytes(corpus_page.html, corpus_page.url))
    got = [layout.teaser() or "", *(b.text for b in layout.body())]
    heading_free = [t for t in got if t not in corpus_page.reference_subheadings()]
    _, _, f1 = token_prf(heading_free, corpus_page.reference_paragraphs())
    assert f1 >= 0.98
