"""heise online: the 2024 article page."""

from sitecheck import Case, site_tests

CASES = {
    "Heise_2024_04_19": Case(
        layout="2024",
        section="Security",
        kicker=None,
        has_teaser=True,
        # The editor's initials close the text; conventions does not yet read bare
        # "(dmk)" as editors, so only the raw line is asserted.
        source="(dmk)",
        subheadings=1,
        paywalled=False,
    ),
}

globals().update(site_tests("heise", CASES))
