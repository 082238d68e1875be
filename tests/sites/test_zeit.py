"""ZEIT ONLINE: the 2023 page in the corpus (a dpa news item)."""

from corpus import requires_corpus
from sitecheck import Case, parsed, site_tests

CASES = {
    "DieZeit_2023_04_28": Case(
        layout="2023",
        section="Schlagzeilen",
        kicker="6811b1cbdb2d",
        has_teaser=False,
        source="Quelle: dpa Sport",
        source_outlet=None,
        source_editors=(),
        source_agencies=("dpa",),
        subheadings=1,
        paywalled=False,
        # An unedited dpa item: no byline; JSON-LD names "dpa" as a Person.
        authors=(),
        errata={
            "headline": "the reference joins kicker and headline ('Kicker: Headline'); the h1 "
            "prints them in separate spans",
            "authors": "the reference takes the agency dpa (JSON-LD author) for an author; "
            "the page has no byline, dpa is named in the source line",
            "images": "the reference turns the zero-width spaces of the credit into spaces "
            "('Alba Pacheco/ Agencia LOF/ dpa'); checked in test_cover_credit",
        },
    ),
}

globals().update(site_tests("zeit", CASES))


@requires_corpus
def test_cover_credit() -> None:
    """One captioned cover with its © credit."""
    images = parsed("DieZeit_2023_04_28").images
    assert len(images) == 1
    assert images[0].caption
    assert images[0].credit is not None
    assert images[0].credit.raw.startswith("© Alba Pacheco/")
    assert "dpa" in images[0].credit.holders


@requires_corpus
def test_copyright_notice_not_in_body() -> None:
    """The closing '© dpa-infocom' notice is not a paragraph."""
    article = parsed("DieZeit_2023_04_28")
    assert not any("dpa-infocom" in text for text in article.paragraphs)
