from sitecheck import Case, site_tests

CASES = {
    "Tagesschau_2023_04_28": Case(
        layout="2023",
        section="Inland",  # breadcrumb: Inland > Innenpolitik
        kicker="e09495d70c5d",
        has_teaser=True,
        source=None,
        subheadings=4,
        errata={
            "headline": "the reference joins the topline (our kicker) and headline with a colon",
        },
    ),
}

globals().update(site_tests("tagesschau", CASES))
