from sitecheck import Case, site_tests

CASES = {
    "MDR_2023_04_28": Case(
        layout="2023",
        section="Thüringen",  # the active main-navigation entry
        kicker="132c9c8b63c1",
        has_teaser=True,
        source="MDR (dst)",
        source_outlet="MDR",
        source_editors=("dst",),
        source_agencies=(),
        subheadings=7,
        errata={
            "headline": "the reference takes the SEO title (og:title/JSON-LD); the page's h1 "
            "headline is a different sentence",
        },
    ),
}

globals().update(site_tests("mdr", CASES))
