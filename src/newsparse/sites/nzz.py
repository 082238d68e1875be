"""Neue Zürcher Zeitung (nzz.ch): the live ticker page of 2024.

A live ticker is one long article: ``section.container--article`` opens
with ``.headline`` (the "Live" flag, the ``h1`` with the running headline of
the ticker's current state, the lead ``p.headline__lead``, the author label
and the ``time`` of the last update), then "Das Wichtigste in Kürze" (an
``h2.subtitle`` and a bullet list), then the entries: ``h2.subtitle`` per
day, ``h5.time`` per entry ("11.04 Uhr: ..."), ``p.text`` paragraphs and
figures (caption in ``.image-description__caption``, credit in
``.image-description__author``). Share box and "Passend zum Artikel"
teasers close the section. The section is the last breadcrumb.

The printed time is the last update, so it is read as ``modified``; the
publication date (the ticker's start) and the author list come from
JSON-LD, as does the paywall flag (``isAccessibleForFree``). Only the
ticker is covered: the corpus has no regular NZZ article, so such pages go
to the generic parser.
"""

from __future__ import annotations

from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile


class NzzTicker2024(Layout):
    """The NZZ live ticker (seen 2024)."""

    NAME = "ticker-2024"
    MARKER = ".headline .teaser__flag--live"
    REQUIRED = frozenset({"headline", "body", "teaser", "modified", "section"})

    SECTION = ".breadcrumbs .breadcrumbs__item:not(.breadcrumbs__item--first)"
    HEADLINE = ".headline h1.headline__title"
    TEASER = ".headline .headline__lead"
    BODY = "section.container--article"
    PARAGRAPHS = "p.text, li.enumeration__item"
    SUBHEADINGS = "h2.subtitle, h5.time"
    BOILERPLATE = ".headline, .sharebox, .pageelement, #paywall_container, .cve"
    IMAGES = "section.container--article figure.image"
    IMAGE_CAPTION = ".image-description__caption"
    IMAGE_CREDIT = ".image-description__author"
    MODIFIED = ".headline .headline__meta time"

    def topics(self) -> tuple[str, ...]:
        """None: the page prints no tags, and its keywords meta repeats the headline."""
        return ()


SITE = Site(
    name="nzz",
    title="Neue Zürcher Zeitung",
    domains=("nzz.ch",),
    layouts=(NzzTicker2024,),
    profile=Profile(country="ch", brands=("NZZ", "Neue Zürcher Zeitung"), section_paths=True),
)
