"""Golem.de (golem.de): the article page of 2024.

``article > header.cluster-header`` holds an ``hgroup`` whose ``h1`` has the
kicker (``span.dh2``) and the headline (``span.dh1``) joined by a hidden
colon, and whose ``p`` is the teaser; then the byline and ``time`` in
``.authors`` and the hero figure. The body is ``div.formatted``: paragraphs
and ``h2`` subheadings in ``section`` elements, with job-market and seminar
asides and a script-only ad figure between them. Topics are the
"Themenseiten" tags under the article.

The page prints no Ressort; the section comes from JSON-LD. The paywall
flag (Golem pur/plus) comes from JSON-LD ``isAccessibleForFree``. The
publication time is read from ``<time datetime>``: JSON-LD gives the same
clock time with a ``Z`` offset, two hours off in summer; its
``dateModified``, the only update time, likely has the same fault.
"""

from __future__ import annotations

from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile


class Golem2024(Layout):
    """The Golem.de article page (seen 2024)."""

    NAME = "2024"
    MARKER = "article header.cluster-header hgroup"
    REQUIRED = frozenset({"headline", "body", "teaser", "published", "authors", "kicker"})

    KICKER = "header.cluster-header h1 .dh2"
    HEADLINE = "header.cluster-header h1 .dh1"
    TEASER = "header.cluster-header hgroup p"
    BODY = "article div.formatted"
    SUBHEADINGS = "h2, h3"
    BOILERPLATE = "aside, .supplementary, [id^='iqadtile']"
    IMAGES = "article figure.hero, article div.formatted figure:has(img)"
    IMAGE_CAPTION = ".big-image-sub, figcaption"
    IMAGE_CREDIT = ".big-image-lic"
    AUTHORS = "header.cluster-header .authors__name"
    PUBLISHED = "header.cluster-header time.authors__pubdate"
    TOPICS = ".topictags .tags__list li a"


SITE = Site(
    name="golem",
    title="Golem.de",
    domains=("golem.de",),
    layouts=(Golem2024,),
    profile=Profile(brands=("Golem.de", "Golem")),
)
