"""Börsen-Zeitung: the storefront page (2024) and the pxp rebuild (2025)."""

from sitecheck import Case, site_tests

CASES = {
    "BoersenZeitung_2024_10_23": Case(
        layout="2024",
        section=None,  # the page names no Ressort
        kicker="6dfc77f62736",
        has_teaser=True,
        source=None,
        subheadings=4,
        paywalled=False,
        min_f1=0.96,
        errata={
            "body": "the reference drops the one paragraph set as p.wp-block-ppi-onlinetext "
            "(the Deutsche Bank analysts' view under 'Onlinebroker unter Druck'); it is "
            "article text shown to readers, so we keep it (precision 0.934, recall 1.0)",
        },
    ),
    "BoersenZeitung_2024_12_16": Case(
        layout="2024",
        section=None,
        kicker="e08af150cccc",
        has_teaser=True,
        source=None,
        subheadings=7,
        # A BZ+ article: the overline says PURCHASABLE and the "Jetzt weiterlesen
        # mit BZ+" box sits at the end of the text. The crawled page still carries
        # the whole text (it ends with a complete paragraph and matches the
        # reference), so the body is not truncated; the prompt is not in it.
        paywalled=True,
    ),
    "BoersenZeitung_2025_11_06": Case(
        layout="2025",
        section=None,
        kicker="753343cac5bf",
        has_teaser=True,
        source=None,
        subheadings=2,
        paywalled=False,
    ),
}

globals().update(site_tests("boersen_zeitung", CASES))
