"""Freie Presse: the classic page (April 2024) and the redesign (November 2024)."""

from corpus import requires_corpus
from sitecheck import Case, parsed, site_tests

CASES = {
    "FreiePresse_2024_04_30": Case(
        layout="2024",
        section="Chemnitz",
        kicker=None,
        has_teaser=True,
        # The author's Kürzel closes the text in span.autorenkuerzel.
        source="(kas)",
        source_editors=("kas",),
        source_agencies=(),
        subheadings=1,
        paywalled=False,
        errata={
            "published": "the reference date '2024-04-30 00:00:00' has no zone (the page and "
            "its JSON-LD give the day only); ours is that day in Europe/Berlin",
        },
    ),
    "FreiePresse_2024_11_29": Case(
        layout="2024-11",
        section="Panorama",
        kicker=None,
        has_teaser=True,
        # The Kürzel "(phy)" ends the last paragraph as plain text.
        source="(phy)",
        source_editors=("phy",),
        source_agencies=(),
        subheadings=4,
        paywalled=False,
    ),
}

globals().update(site_tests("freiepresse", CASES))


@requires_corpus
def test_closing_kuerzel_is_the_source_not_body_text() -> None:
    """The bracketed Kürzel that closes the text is read as the source and left out of the body."""
    for page_id in ("FreiePresse_2024_04_30", "FreiePresse_2024_11_29"):
        article = parsed(page_id)
        assert article.source is not None
        assert not article.paragraphs[-1].endswith(article.source.raw)
