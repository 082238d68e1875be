"""WAZ (Funke): the classic 2023 page and the 2024 and 2025 Funke layouts."""

from sitecheck import Case, site_tests

CASES = {
    "WAZ_2023_06_29": Case(
        layout="2023",
        section="Leben",
        kicker="1c7f2f19d2bf",
        has_teaser=True,
        source=None,
        subheadings=4,
        # The page has no JSON-LD `isAccessibleForFree` and no paywall element.
        paywalled=None,
        # The reference body also holds the link line "Mehr Artikel aus dieser
        # Rubrik gibt's hier: Leben", which is navigation, not text.
        errata={
            "headline": "the reference takes the SEO title (breadcrumb h1, JSON-LD); the page "
            "prints its own headline in .article__header__headline",
        },
    ),
    "WAZ_2024_03_08": Case(
        layout="2024",
        section="Städte",
        kicker="be1a5bf8f5a2",
        has_teaser=True,
        source=None,
        subheadings=1,
        paywalled=False,
    ),
    "WAZ_2025_09_10": Case(
        layout="2025",
        section="Politik",
        kicker="7680f1adfdcc",
        has_teaser=True,
        source="mit dpa",
        source_agencies=("dpa",),
        source_editors=(),
        subheadings=3,
        paywalled=False,
    ),
}

globals().update(site_tests("waz", CASES))


def test_a_wrapped_caption_does_not_cost_the_credit() -> None:
    from newsparse.document import Document
    from newsparse.sites.funke import Funke2024

    def figure(caption: str) -> str:
        return (
            "<html><body><article><figure class='not-prose'><img src='https://e.de/a.jpg'>"
            f"<figcaption><div>{caption}<span>© Gebag | CKSA/Moren</span></div></figcaption>"
            "</figure></article></body></html>"
        )

    plain = "<span class='block'>Die Seilbahn über den Rhein.</span>"
    wrapped = f"<span class='x'><span class='x'>{plain}</span></span>"
    for page in (figure(plain), figure(wrapped)):
        doc = Document.from_bytes(page.encode())
        image = Funke2024(doc).image(doc.select("figure")[0], is_cover=False)
        assert image is not None
        assert image.caption == "Die Seilbahn über den Rhein."
        assert image.credit is not None
        assert image.credit.holders == ("Gebag", "CKSA", "Moren")
