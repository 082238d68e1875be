"""Klasse Gegen Klasse (klassegegenklasse.org): a WordPress theme, seen in 2026.

``main.singleMain article`` opens with ``header.singleHeader``: the
``h1.singleHeadline``, the author list (``.metaInfoAuthorList``), the date
and reading time (``.metaInfoDateTime`` spans), the lead figure and the
teaser (``p.singleHeader-excerpt``). ``.singleContent`` holds the paragraphs
(an interview's questions are bold paragraphs) and ends with the tag list
(``.singleTagList``). The page has no JSON-LD and no date meta tags: the
date is the printed day.
"""

from __future__ import annotations

from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile


class KlasseGegenKlasse2026(Layout):
    """The WordPress single-post page seen in 2026."""

    NAME = "2026"
    MARKER = "main.singleMain header.singleHeader h1.singleHeadline"
    REQUIRED = frozenset({"headline", "teaser", "body", "authors", "published"})

    HEADLINE = "header.singleHeader h1.singleHeadline"
    TEASER = "header.singleHeader .singleHeader-excerpt"
    BODY = "main.singleMain .singleContent"
    SUBHEADINGS = "h2, h3, h4"
    BOILERPLATE = ".singleTagList"
    IMAGES = "header.singleHeader figure.singleFigure, main.singleMain .singleContent figure"
    AUTHORS = "header.singleHeader .metaInfoAuthorList a"
    PUBLISHED = "header.singleHeader .metaInfoDateTime span"
    TOPICS = "main.singleMain .singleTagList a"


SITE = Site(
    name="klassegegenklasse",
    title="Klasse Gegen Klasse",
    domains=("klassegegenklasse.org",),
    layouts=(KlasseGegenKlasse2026,),
    profile=Profile(brands=("Klasse Gegen Klasse",)),
)
