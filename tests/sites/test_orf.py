"""ORF.at: the 2024 story page."""

from corpus import page, requires_corpus
from sitecheck import Case, parsed, site_tests

CASES = {
    "ORF_2024_11_22": Case(
        layout="2024",
        section=None,  # the story prints no Ressort
        kicker="6d83cd6c4812",
        has_teaser=True,
        source="red, ORF.at/Agenturen",
        source_outlet="ORF.at",
        source_editors=("red",),
        # "Agenturen" names no agency; agencies are left unchecked.
        subheadings=3,
        paywalled=False,
        authors=(),
        errata={
            "headline": "the reference takes JSON-LD headline, which joins the kicker "
            "(div.keyword) and the h1 with ': '; the kicker is its own part here",
            "authors": "the reference lists the JSON-LD author organisation 'ORF.at'; the "
            "story names no person",
        },
    ),
}

globals().update(site_tests("orf", CASES))


@requires_corpus
def test_headline_is_reference_title_without_kicker() -> None:
    article = parsed("ORF_2024_11_22")
    assert f"{article.kicker}: {article.headline}" == page("ORF_2024_11_22").reference["title"]
