from sitecheck import Case, site_tests

CASES = {
    "DW_2023_04_28": Case(
        layout="classic",
        section="Welt",  # the active second-level navigation entry
        kicker="508ccba9f3c2",
        has_teaser=True,
        source=None,
        subheadings=4,
        errata={"published": "the reference date has no UTC offset (the page prints only the day)"},
    ),
    "DW_2023_06_13": Case(
        layout="2023",
        section="Wissenschaft",  # kicker row: Ressort, then a region label
        kicker="a258b30f88c3",
        has_teaser=True,
        source=None,
        subheadings=3,
    ),
    "DW_2024_01_30": Case(
        layout="2023",
        section="Politik",
        kicker="eccc8fbb6146",
        has_teaser=True,
        source=None,
        subheadings=4,
        errata={
            "topics": "the reference takes the kicker row (Ressort and topic label) as topics; "
            "the page lists its topics under 'Ähnliche Themen'",
        },
    ),
}

globals().update(site_tests("dw", CASES))
