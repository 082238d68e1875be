"""Stuttgarter Zeitung: the brick article page (2025)."""

from newsparse.conventions import normalize

from corpus import page, requires_corpus
from sitecheck import Case, parsed, site_tests

CASES = {
    "StuttgarterZeitung_2025_10_25": Case(
        layout="2025",
        section="Politik",
        kicker="c340b5f6c707",
        # The reference has no summary: it puts the Vorspann first in the body.
        has_teaser=True,
        source=None,
        subheadings=2,
        paywalled=False,
        errata={
            "headline": "the reference joins kicker and headline ('<kicker>: <headline>'); "
            "the page sets them apart in .article-kicker and .article-headline",
            "images": "the reference keeps the credit 'Foto: Peter Kneffel/dpa' glued to the "
            "cover caption and lists no credit; we split it off "
            "(test_cover_caption_and_credit checks ours)",
        },
    ),
}

globals().update(site_tests("stuttgarter_zeitung", CASES))


@requires_corpus
def test_cover_caption_and_credit() -> None:
    corpus_page = page("StuttgarterZeitung_2025_10_25")
    cover = parsed(corpus_page.id).images[0]
    assert cover.is_cover
    assert cover.credit is not None
    assert cover.credit.holders == ("Peter Kneffel", "dpa")
    caption = corpus_page.reference["images"][0]["caption"]
    assert normalize(caption) == f"{cover.caption} {cover.credit.raw}"
