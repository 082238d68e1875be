"""stern: the 2023 page and the 2024 redesign in the corpus."""

from corpus import requires_corpus
from sitecheck import Case, parsed, site_tests

CASES = {
    "Stern_2023_04_28": Case(
        layout="2023",
        section="Wirtschaft",
        kicker="ab3fd5fd0cd5",
        has_teaser=True,
        source='Dieser Artikel ist zuerst bei "Capital" erschienen.',
        subheadings=2,
        paywalled=False,  # tracking data: paidStatus "free"
    ),
    "Stern_2024_11_05": Case(
        layout="2024",
        section="Capital",
        kicker="ee2aa47db8f9",
        has_teaser=True,
        source="© The Financial Times Ltd. 2024",
        subheadings=2,
        paywalled=False,  # tracking data: product_content_status "free"
    ),
}

globals().update(site_tests("stern", CASES))


@requires_corpus
def test_gallery_item_caption_joins_headline_and_text() -> None:
    """An inline gallery item is an image whose caption is its headline and text."""
    images = parsed("Stern_2024_11_05").images
    assert len(images) == 3
    assert images[1].caption is not None
    assert images[1].caption.startswith("John Paulson ")
    assert images[1].credit is not None
    assert images[1].credit.raw == "© Matt Campbell / DPA"
