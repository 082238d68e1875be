"""BILD: the 2023 page in the corpus."""

from corpus import requires_corpus
from sitecheck import Case, parsed, site_tests

CASES = {
    "Bild_2023_05_15": Case(
        layout="2023",
        section="Sport",
        kicker="9a25ef76e9f1",
        has_teaser=True,
        source=None,
        subheadings=0,
        paywalled=False,
        errata={
            "headline": "the reference takes the whole h1, kicker and headline joined by ':'; "
            "the page sets them in separate spans",
        },
    ),
}

globals().update(site_tests("bild", CASES))


@requires_corpus
def test_video_teaser_is_not_an_image() -> None:
    """Only the lead photo is an image; the inline video teaser is not."""
    images = parsed("Bild_2023_05_15").images
    assert len(images) == 1
    assert images[0].is_cover
    assert images[0].credit is not None
    assert images[0].credit.raw == "Foto: Getty Images"
