"""Vogue Germany: Condé Nast's Verso article page (2024)."""

from sitecheck import Case, site_tests

CASES = {
    "VogueDE_2024_04_30": Case(
        layout="2024",
        section="Coverstory",  # the rubric above the headline
        kicker=None,
        has_teaser=True,
        source=None,
        subheadings=4,
        paywalled=False,
        # Body differences to the reference (F1 0.983): we keep the bold opening
        # line and the note on the print issue; the reference glues the shoot
        # credits' lines together without spaces.
    ),
}

globals().update(site_tests("vogue", CASES))


def _page(body: str) -> str:
    return (
        "<html><body><article class='article'><header class='content-header'>"
        "<div class='rubric__name'>Mode</div>"
        "<h1 data-testid='ContentHeaderHed'>Ein Mantel für jeden Winter</h1></header>"
        f"<div data-testid='BodyWrapper'>{body}</div></article></body></html>"
    )


CARD = "<div class='ExternalLinkEmbedWrapper-x'><a href='/a'>Ein anderer Artikel</a></div>"
INTRO = "<p>Mehr Themen auf der Seite:</p>"
TEXT = "<p>Der Mantel ist aus Wolle und hält auch im Januar warm, sagt die Designerin.</p>"


def _paragraphs(body: str) -> list[str]:
    import newsparse

    article = newsparse.parse(_page(body), url="https://www.vogue.de/mode/artikel/mantel")
    return list(article.paragraphs)


def test_the_line_before_link_cards_is_left_out_however_they_are_wrapped() -> None:
    expected = ["Der Mantel ist aus Wolle und hält auch im Januar warm, sagt die Designerin."]
    assert _paragraphs(TEXT + INTRO + CARD + CARD) == expected
    assert _paragraphs(TEXT + f"<div>{INTRO}</div>" + CARD) == expected
    assert _paragraphs(TEXT + INTRO + f"<div><div>{CARD}</div></div>" + CARD) == expected


def test_a_paragraph_in_the_previous_chunk_is_not_taken_for_an_intro() -> None:
    page_body = TEXT + "</div><div data-testid='BodyWrapper'>" + CARD
    assert len(_paragraphs(page_body)) == 1
