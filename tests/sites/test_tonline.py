"""t-online: the 2026 page in the corpus."""

from corpus import requires_corpus
from sitecheck import Case, parsed, site_tests

CASES = {
    "TOnline_2026_01_07": Case(
        layout="2026",
        section="Politik",
        kicker="8ff5b254e062",
        has_teaser=True,
        # "Verwendete Quellen" lists research sources, not a source line.
        source=None,
        subheadings=7,
        paywalled=False,  # article:content_tier "free"
        errata={
            "headline": "the reference takes the SEO title (breadcrumb h1, JSON-LD headline); "
            "the article's h2 prints a different kicker and headline",
        },
    ),
}

globals().update(site_tests("tonline", CASES))


@requires_corpus
def test_source_list_and_embeds_not_in_body() -> None:
    """The "Verwendete Quellen" box and the embed placeholder label are not paragraphs."""
    paragraphs = parsed("TOnline_2026_01_07").paragraphs
    assert "Quellen anzeigen" not in paragraphs
    assert "Embed" not in paragraphs
