"""Tages-Anzeiger: the 2024 Tamedia article page."""

from sitecheck import Case, site_tests

CASES = {
    "TagesAnzeiger_2024_09_04": Case(
        layout="2024",
        section="Schweiz",
        kicker="dff4f05f0df4",
        has_teaser=True,
        source="SDA/sep",
        source_outlet=None,
        source_editors=("sep",),
        source_agencies=("Keystone-SDA",),
        subheadings=3,
        paywalled=False,
        authors=("Paula Steiger",),
        errata={
            "authors": "the reference keeps the JSON-LD author organisation 'SDA' (the "
            "agency of the source line) as an author",
        },
    ),
}

globals().update(site_tests("tagesanzeiger", CASES))
