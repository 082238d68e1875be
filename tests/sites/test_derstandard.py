"""DER STANDARD: the 2024 story page."""

from sitecheck import Case, site_tests

CASES = {
    "DerStandard_2024_05_03": Case(
        layout="2024",
        section="Panorama",
        kicker="6908d07bf2d0",
        has_teaser=True,
        # source: the page closes with "(Birgit Baumann aus Berlin, ..., 3.5.2024)" inside
        # the last paragraph; conventions has no form for this sign-off yet, so unchecked.
        subheadings=5,
        paywalled=None,  # the page has no paywall marker and no isAccessibleForFree
    ),
}

globals().update(site_tests("derstandard", CASES))
