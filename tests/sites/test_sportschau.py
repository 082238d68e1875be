from sitecheck import Case, site_tests

CASES = {
    "SportSchau_2024_04_25": Case(
        layout="2024",
        section="Fußball",  # breadcrumb: Fußball > Premier League
        kicker="82367a4c6152",
        has_teaser=True,
        source="Quelle: sid/dpa",
        source_outlet=None,
        source_editors=(),
        source_agencies=("SID", "dpa"),
        subheadings=2,
        authors=(),
        errata={
            "authors": "the reference takes the outlet 'sportschau.de' (JSON-LD) for an author",
            "published": "the reference date has no UTC offset (page: 22:58:49+02:00)",
        },
    ),
}

globals().update(site_tests("sportschau", CASES))
