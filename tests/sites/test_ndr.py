from sitecheck import Case, site_tests

CASES = {
    "NDR_2023_04_28": Case(
        layout="2023",
        section=None,
        kicker=None,
        has_teaser=True,
        source=None,
        subheadings=3,
    ),
    "NDR_2025_06_18": Case(
        layout="2025",
        section=None,
        kicker=None,
        has_teaser=True,
        source=None,
        subheadings=2,
        authors=(),
        errata={"authors": "the page names no author; the reference takes the outlet 'ndr.de'"},
    ),
}

globals().update(site_tests("ndr", CASES))
