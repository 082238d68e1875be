"""SRF: the 2024 article page and the 2025 redesign."""

from newsparse.testing.scoring import token_prf

from corpus import page, requires_corpus
from sitecheck import Case, parsed, site_tests

CASES = {
    "SRF_2024_04_15": Case(
        layout="2024",
        section="International",
        kicker="44e6452fa4f3",
        has_teaser=False,  # an interview without a lead
        # The broadcast reference: programme and air time, then the Kürzel.
        source="SRF 4 News, 15.4.2024, 10:05 Uhr; srf/hosb;kesm",
        source_editors=("hosb", "kesm"),
        subheadings=0,
        paywalled=False,
        authors=(),
        min_f1=0.96,
        errata={
            "body": "the reference keeps the pull quote, which repeats a later paragraph; "
            "test_body_matches_reference_without_pull_quote checks the rest",
            "authors": "the reference lists the editors' initials of the broadcast reference "
            "(srf/hosb, kesm) as authors; the page names no author",
        },
    ),
    "SRF_2025_01_05": Case(
        layout="2025",
        section="International",
        kicker="0aadfa97542f",
        has_teaser=True,
        source="Rendez-vous, 03.01.2024, 12:30 Uhr",
        subheadings=2,
        paywalled=False,
        authors=("Monika Bolliger", "Anna Trechsel"),
        errata={"authors": "the reference takes the dateline 'Sweidah' for an author"},
    ),
}

globals().update(site_tests("srf", CASES))


@requires_corpus
def test_body_matches_reference_without_pull_quote() -> None:
    reference = page("SRF_2024_04_15").reference_paragraphs()
    # The pull quote is the opening of a later paragraph.
    unique = [p for p in reference if not any(q != p and q.startswith(p) for q in reference)]
    assert len(unique) == len(reference) - 1
    _, _, f1 = token_prf(parsed("SRF_2024_04_15").paragraphs, unique)
    assert f1 >= 0.98
