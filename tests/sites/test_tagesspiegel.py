"""Der Tagesspiegel: the 2024 page in the corpus."""

from corpus import requires_corpus
from sitecheck import Case, parsed, site_tests

CASES = {
    "Tagesspiegel_2024_04_29": Case(
        layout="2024",
        section="Wissen",
        kicker="7e35231d49c4",
        has_teaser=True,
        source=None,
        subheadings=7,
        paywalled=False,  # JSON-LD isAccessibleForFree: true
        errata={
            "headline": "the reference joins kicker and headline ('Kicker: Headline', as in the "
            "SEO title); the h1 sets them in separate spans",
        },
    ),
}

globals().update(site_tests("tagesspiegel", CASES))


@requires_corpus
def test_figures_keep_their_credits() -> None:
    """Every article figure has a © credit; the reference has none of them."""
    images = parsed("Tagesspiegel_2024_04_29").images
    assert len(images) == 7
    assert all(image.credit is not None and image.credit.raw.startswith("©") for image in images)


@requires_corpus
def test_embed_consent_text_not_in_body() -> None:
    """The consent box of a blocked podcast embed is not body text."""
    text = parsed("Tagesspiegel_2024_04_29").text
    assert "externe Inhalt angezeigt" not in text
