from sitecheck import Case, site_tests

CASES = {
    "EuronewsDE_2024_04_30": Case(
        layout="2024",
        section="Europa News",  # the active breadcrumb link
        kicker=None,
        has_teaser=True,
        source="AP",  # "Von <author> mit AP": the agency the report draws on
        source_agencies=("AP",),
        subheadings=2,
        paywalled=False,
    ),
}

globals().update(site_tests("euronews", CASES))
