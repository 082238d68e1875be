"""WinFuture: the 2024 news page (loose text between ``<br>`` tags)."""

from newsparse.testing.scoring import token_prf

from corpus import page, requires_corpus
from sitecheck import Case, fp, parsed, site_tests

#: Reference paragraphs that are not article text: the affiliate button box
#: ("Zum Tarif bei ...", twice) and the affiliate-link notice, by fingerprint.
REFERENCE_BOILERPLATE = frozenset({"9fec1ee0b16e", "21d6ab6af93f"})

CASES = {
    "WinFuture_2024_04_29": Case(
        layout="2024",
        section="Mobiles",
        kicker=None,
        has_teaser=True,
        source=None,
        subheadings=2,
        paywalled=False,
        min_f1=0.75,
        errata={
            "body": "the reference keeps the affiliate button box twice and the affiliate "
            "notice, glues the inline image caption into a paragraph, and misses the "
            "tariff list and the 'Rechnen wir es durch' paragraph after the ad slot; "
            "test_body_recall_without_reference_boilerplate checks the rest",
            "topics": "the reference takes the SEO keywords meta; the page prints the tags "
            "'Themen: Vodafone, LTE & 5G' under the article",
        },
    ),
}

globals().update(site_tests("winfuture", CASES))


@requires_corpus
def test_body_recall_without_reference_boilerplate() -> None:
    article = parsed("WinFuture_2024_04_29")
    reference = page("WinFuture_2024_04_29").reference_paragraphs()
    clean = [p for p in reference if fp(p) not in REFERENCE_BOILERPLATE]
    assert len(clean) == len(reference) - 3
    got = [article.teaser or "", *article.paragraphs]
    _, recall, _ = token_prf(got, clean)
    # Only the image caption the reference glued into a paragraph is missing.
    assert recall >= 0.95


@requires_corpus
def test_printed_topics() -> None:
    assert parsed("WinFuture_2024_04_29").topics == ("Vodafone", "LTE & 5G")
