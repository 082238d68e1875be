"""Münchner Merkur: the 2023 Ippen page in the corpus."""

from corpus import requires_corpus
from sitecheck import Case, parsed, site_tests

CASES = {
    "Merkur_2023_04_28": Case(
        layout="2023",
        section="Welt",
        kicker=None,
        has_teaser=True,
        source=None,
        subheadings=2,
        paywalled=None,  # the page says nothing about access
    ),
}

globals().update(site_tests("merkur", CASES))


@requires_corpus
def test_caption_credits_split_off() -> None:
    """Both story figures: caption without the '© ...' credit, none of them a cover."""
    images = parsed("Merkur_2023_04_28").images
    assert [image.is_cover for image in images] == [False, False]
    assert all(image.caption and "©" not in image.caption for image in images)
    assert [image.credit.raw for image in images if image.credit] == [
        "© IMAGO / Cinema Publishers Collection /Pool / i-Images",
        "© Victoria Jones/PA Wire/dpa",
    ]
