"""MDR (mdr.de): the CMS page of mdr.de's news (seen 2023).

``.sectionDetailPage`` holds the article as a stack of ``.con`` modules: the
head (``h1`` with ``span.dachzeile`` kicker and ``span.headline``, the byline,
"Stand", the teaser ``p.einleitung`` and the lead ``.mediaCon``), a jump-label
list, then text modules with ``.paragraph p.text`` and ``h3.subtitle``,
between teaser boxes (``.cssBoxTeaserStandard``), pull quotes and embeds.
Pictures have ``.mediaSubtitleText`` captions and ``.mediaRights`` credits.
The source line ("MDR (dst)") is an italic ``.cssParagraphStyleProperties``
paragraph at the end. The active entry of the main navigation is the
Ressort. The byline names the station after the author ("von David Straub,
MDR THÜRINGEN"); meta tags name only the outlet.
"""

from __future__ import annotations

from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile


class Mdr2023(Layout):
    """The article page seen in 2023."""

    NAME = "2023"
    MARKER = ".sectionDetailPage .conDetailHeader h1 .headline"
    REQUIRED = frozenset({"headline", "body", "kicker", "teaser", "images"})

    SECTION = "li[class^='nav-'].active a"
    KICKER = ".conDetailHeader h1 .dachzeile"
    HEADLINE = ".conDetailHeader h1 .headline"
    TEASER = ".conDetailHeader p.einleitung"
    BODY = ".sectionDetailPage"
    PARAGRAPHS = ".paragraph p.text"
    SUBHEADINGS = "h3.subtitle"
    BOILERPLATE = (
        ".conDetailHeader, .jumpLabelList, .cssBoxTeaserStandard, .quote, .mediaCon, "
        ".cssParagraphStyleProperties, .cssBroadcastHintStyleProperties, .conComments"
    )
    IMAGES = ".conDetailHeader .mediaCon, .sectionDetailPage .paragraph .mediaCon"
    IMAGE_CAPTION = ".mediaSubtitleText"
    IMAGE_CREDIT = ".mediaRights"
    SOURCE = ".sectionDetailPage .cssParagraphStyleProperties p.text"
    AUTHORS = ".conDetailHeader .articleMeta p.author"


SITE = Site(
    name="mdr",
    title="MDR",
    domains=("mdr.de",),
    layouts=(Mdr2023,),
    profile=Profile(
        brands=("MDR", "MDR AKTUELL", "mdr.de"),
        section_paths=True,
        skip_segments=("nachrichten",),
        section_names={
            "thueringen": "Thüringen",
            "sachsen": "Sachsen",
            "sachsen-anhalt": "Sachsen-Anhalt",
        },
    ),
)
