"""taz: the 2023 page in the corpus (a commentary)."""

from corpus import requires_corpus
from sitecheck import Case, parsed, site_tests

CASES = {
    "Taz_2023_04_28": Case(
        layout="2023",
        section="Politik",
        kicker="63e47afcbdff",
        has_teaser=True,
        source=None,
        subheadings=1,
        paywalled=False,  # microdata isAccessibleForFree: true
        errata={
            "headline": "the reference joins kicker and headline ('Kicker: Headline'); the h1 "
            "sets them in separate spans",
        },
    ),
}

globals().update(site_tests("taz", CASES))


@requires_corpus
def test_picture_caption_and_credit() -> None:
    """The lead picture takes the caption that follows it, its credit split off."""
    images = parsed("Taz_2023_04_28").images
    assert len(images) == 1
    assert images[0].is_cover
    assert images[0].caption
    assert not images[0].caption.endswith("imago")
    assert images[0].credit is not None
    assert images[0].credit.raw == "Foto: Felix Zahn/imago"
