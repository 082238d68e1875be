"""ORF.at (orf.at): the story page of 2024.

``#ss-storyWrapper`` opens with the lead figure (credit in
``footer.credit``, no caption), then ``.story-lead`` with the kicker
(``div.keyword``), the ``h1``, the teaser ``p.story-lead-text`` and the
dates (``.print-only`` gives ``22.11.2024 07.57``). ``.story-story`` holds
paragraphs, ``h2`` subheadings, figures and "Mehr zum Thema" link cards;
``.story-footer`` has the source line ("red, ORF.at/Agenturen") and a list
of links. Stories carry no author names and print no Ressort.

ORF.at is publicly funded and has no paywall.
"""

from __future__ import annotations

from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile


class Orf2024(Layout):
    """The ORF.at story page (seen 2024)."""

    NAME = "2024"
    MARKER = "#ss-storyWrapper .story-lead h1"
    REQUIRED = frozenset({"headline", "body", "teaser", "published", "source"})

    KICKER = ".story-lead .keyword"
    HEADLINE = ".story-lead h1.story-lead-headline"
    TEASER = ".story-lead .story-lead-text"
    BODY = "#ss-storyContent .story-story"
    SUBHEADINGS = "h2, h3"
    BOILERPLATE = ".linkcard, .story-banner"
    IMAGES = "#ss-storyWrapper figure.image"
    IMAGE_CAPTION = "figcaption"
    IMAGE_CREDIT = "footer.credit"
    SOURCE = ".story-footer .byline"
    PUBLISHED = ".story-lead .story-meta-dates .print-only"

    def authors(self) -> tuple[str, ...]:
        """None: stories name no person (JSON-LD names the organisation ORF.at)."""
        return ()

    def paywalled(self) -> bool | None:
        """Never: ORF.at is free to read."""
        return False


SITE = Site(
    name="orf",
    title="ORF.at",
    domains=("orf.at",),
    layouts=(Orf2024,),
    profile=Profile(country="at", brands=("ORF", "ORF.at")),
)
