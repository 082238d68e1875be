"""netzpolitik.org: the 2024 WordPress article page."""

from corpus import page, requires_corpus
from sitecheck import Case, parsed, site_tests

CASES = {
    "NetzpolitikOrg_2024_04_28": Case(
        layout="2024",
        section="Kultur",
        kicker="6df35e37fd3e",  # the column name
        has_teaser=True,
        source=None,
        subheadings=4,
        paywalled=False,
        errata={
            "headline": "the reference keeps the kicker span (the column name and its ':' "
            "separator) in the headline; the kicker is its own part here",
        },
    ),
}

globals().update(site_tests("netzpolitik", CASES))


@requires_corpus
def test_headline_is_reference_title_without_kicker() -> None:
    article = parsed("NetzpolitikOrg_2024_04_28")
    title = page("NetzpolitikOrg_2024_04_28").reference["title"]
    assert f"{article.kicker}: {article.headline}" == title
