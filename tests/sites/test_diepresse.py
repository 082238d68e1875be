"""Die Presse: the 2025 article page."""

from sitecheck import Case, site_tests

CASES = {
    "DiePresse_2025_06_05": Case(
        layout="2025",
        section="Meinung",
        kicker="7497c67ab647",  # the "Gastkommentar" badge
        has_teaser=True,
        # The italic closing note of a syndicated guest piece; conventions does not
        # parse "Copyright: Project Syndicate" into its pieces, so only the raw line.
        source="Aus dem Englischen von Jan Doolan Copyright: Project Syndicate, 2025",
        subheadings=3,
        paywalled=False,
    ),
}

globals().update(site_tests("diepresse", CASES))
