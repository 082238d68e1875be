"""The Ippen Media platform (fr.de, merkur.de and their sister sites): shared layouts.

Every site of the platform serves the same article page: ``article.idjs-Story``
with the ``ol.id-DonaldBreadcrumb``, ``h1.id-StoryElement-headline`` (no
kicker), timestamp and author paragraphs, a video embed, the
``p.id-StoryElement-leadText`` teaser, then ``p.id-StoryElement-paragraph``,
``h2.id-StoryElement-crosshead`` and ``figure.id-StoryElement-image`` (the
caption ends with a "© ..." credit) between ad slots, news tickers, polls
and "Auch interessant" boxes. Around 2024 the timestamp and author
paragraphs were renamed from ``id-StoryElement-*`` to ``id-Story-*``.
The JSON-LD article sits inside ``WebPage.mainEntity``, so these layouts
read dates and authors from the page themselves. The lead medium is
usually a video; a figure is the cover only when it precedes the text.

Site modules (``fr``, ``merkur``) build their ``Site`` from these layouts; this
module's ``SITE`` serves the sister sites we have no page of yet.
"""

from __future__ import annotations

import attrs

from newsparse.document import text_of
from newsparse.model import Image
from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile

_STORY = "article.idjs-Story"


class Ippen2023(Layout):
    """The story page with ``id-StoryElement-timestamp`` (seen 2023)."""

    NAME = "2023"
    MARKER = f"{_STORY} .id-StoryElement-timestamp"
    REQUIRED = frozenset({"headline", "body", "teaser", "published", "section"})

    HEADLINE = f"{_STORY} h1.id-StoryElement-headline"
    TEASER = f"{_STORY} p.id-StoryElement-leadText"
    BODY = _STORY
    PARAGRAPHS = "p.id-StoryElement-paragraph"
    SUBHEADINGS = "h2.id-StoryElement-crosshead"
    BOILERPLATE = (
        ".id-TBeepSlot, .id-StoryElement-embed, .id-Recommendation, .id-Comments, "
        ".id-StoryElement-intestitialLink"
    )
    IMAGES = f"{_STORY} figure.id-StoryElement-image"
    IMAGE_CAPTION = "figcaption"
    AUTHORS = f"{_STORY} .id-StoryElement-authors a"
    PUBLISHED = f"{_STORY} .id-StoryElement-timestamp time[datetime]"

    def images(self) -> tuple[Image, ...]:
        """Story images; the first is the cover only when it comes before the first paragraph."""
        images = super().images()
        first = self.doc.select_one(f"{self.IMAGES}, {_STORY} {self.PARAGRAPHS}")
        if images and (first is None or first.tag != "figure"):
            return tuple(attrs.evolve(image, is_cover=False) for image in images)
        return images

    def section(self) -> str | None:
        """The breadcrumb after the "Startseite" link."""
        links = self.doc.select(f"{_STORY} .id-DonaldBreadcrumb .id-Breadcrumb-link")
        return (text_of(links[1]) or None) if len(links) > 1 else None


class Ippen2024(Ippen2023):
    """The story page with ``id-Story-timestamp`` and ``id-Story-authors`` (seen 2024)."""

    NAME = "2024"
    MARKER = f"{_STORY} .id-Story-timestamp"

    AUTHORS = f"{_STORY} .id-Story-authors a"
    PUBLISHED = f"{_STORY} .id-Story-timestamp time[datetime]"


#: What every Ippen site has in common beyond its page: URL paths that name the
#: Ressort (``/politik/...``), the titles' own names, German time.
IPPEN_PROFILE = Profile(
    brands=("Frankfurter Rundschau", "FR", "Merkur.de", "Münchner Merkur", "IPPEN.MEDIA"),
    section_paths=True,
)

#: Ippen sites served from the same page templates, with no page of ours yet.
SITE = Site(
    name="ippen",
    title="Ippen sites (same templates)",
    domains=(
        "tz.de",
        "hna.de",
        "fnp.de",
        "op-online.de",
        "kreiszeitung.de",
        "wa.de",
        "giessener-allgemeine.de",
        "echo24.de",
        "ruhr24.de",
    ),
    layouts=(Ippen2024, Ippen2023),
    profile=IPPEN_PROFILE,
    family="Ippen",
)
