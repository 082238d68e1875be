"""Vogue Germany: Condé Nast's Verso article page (2024)."""

from sitecheck import Case, site_tests

CASES = {
    "VogueDE_2024_04_30": Case(
        layout="2024",
        section="Coverstory",  # the rubric above the headline
        kicker=None,
        has_teaser=True,
        source=None,
        subheadings=4,
        paywalled=False,
        # Body differences to the reference (F1 0.983): we keep the bold opening
        # line and the note on the print issue; the reference glues the shoot
        # credits' lines together without spaces.
    ),
}

globals().update(site_tests("vogue", CASES))
