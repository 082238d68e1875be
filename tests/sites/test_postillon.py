"""Der Postillon: the Blogger theme (2024)."""

from sitecheck import Case, site_tests

CASES = {
    "Postillon_2024_04_25": Case(
        layout="2024",
        section="Cannabis",  # the Blogger label in the breadcrumb
        kicker=None,
        has_teaser=False,
        # Kürzel, photo credit and first-publication date in one closing line.
        source="ssi, dan; Foto [M]: Shutterstock; Erstveröffentlichung: 4.4.18",
        source_editors=("ssi", "dan"),
        source_agencies=(),
        subheadings=0,
        paywalled=None,
        authors=(),
        errata={
            "authors": "the reference lists the Kürzel 'ssi', 'dan' as authors; newsparse "
            "keeps Kürzel in the source line (SourceLine.editors), and the page names no "
            "author otherwise (JSON-LD's author is the site name)",
        },
    ),
}

globals().update(site_tests("postillon", CASES))
