from sitecheck import Case, site_tests

CASES = {
    "JungeWelt_2024_04_26": Case(
        layout="2024",
        section="Titel",  # the print Ressort: "Seite 1 / Titel"
        kicker="206c9df528c4",
        has_teaser=True,
        source=None,
        subheadings=0,
        errata={"headline": "the reference joins the kicker and the headline with a colon"},
    ),
}

globals().update(site_tests("jungewelt", CASES))
