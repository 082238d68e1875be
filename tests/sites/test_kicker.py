"""kicker: the article page (2024)."""

from sitecheck import Case, site_tests

CASES = {
    "Kicker_2024_04_26": Case(
        layout="2024",
        section="3. Liga",
        kicker="c0dcdeae1138",
        has_teaser=True,
        # The article is signed with the editor's Kürzel only.
        source="amw",
        source_editors=("amw",),
        source_agencies=(),
        subheadings=0,
        paywalled=None,  # the page says nothing about a paywall
        authors=(),
        errata={"authors": "the reference names the outlet 'kicker' as author: no person"},
    ),
}

globals().update(site_tests("kicker", CASES))
