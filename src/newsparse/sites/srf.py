"""SRF (srf.ch): the article page of 2024 and the 2025 redesign.

2024: ``article.article`` holds the breadcrumbs, ``meta`` tags with the
dates (the printed dateline is filled in by script), ``header`` with the
kicker (``.article-title__overline``) and the headline
(``.article-title__text``) inside the ``h1``, and
``section.article-content`` with paragraphs, pull quotes, figures and
expandable boxes (person details, background boxes, dossier links). The
broadcast reference ("SRF 4 News, 15.4.2024, 10:05 Uhr; srf/hosb;kesm") in
``p.article-reference`` is the source line (online-only pieces have none);
the page names no author.

2025: the body is ``section.articlepage__article-content`` with
``p.article-paragraph``, ``h2.article-heading`` and ``figure.image-figure-ng``;
the header adds the lead ``p.article-lead``, the byline and the printed date.

The section is the breadcrumb level below the portal ("News > International").
SRF is publicly funded and has no paywall.
"""

from __future__ import annotations

from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile


class Srf2024(Layout):
    """The SRF article page (seen 2024)."""

    NAME = "2024"
    MARKER = "section.article-content[itemprop='articleBody']"
    REQUIRED = frozenset({"headline", "body", "published", "kicker", "section"})

    KICKER = ".article-header .article-title__overline"
    HEADLINE = ".article-header .article-title__text"
    TEASER = ".article-header p.article-lead"
    BODY = "section.article-content"
    SUBHEADINGS = "h2, h3"
    BOILERPLATE = ".expandable-box, blockquote, .media-caption, .embed, .player-widget"
    IMAGES = "section.article-content figure.image-figure"
    IMAGE_CAPTION = ".media-caption__description"
    IMAGE_CREDIT = ".media-caption__source"
    SOURCE = "p.article-reference"
    PUBLISHED = "article.article > meta[itemprop='datePublished']"
    MODIFIED = "article.article > meta[itemprop='dateModified']"

    def section(self) -> str | None:
        """The breadcrumb below the portal ("International" in News > International)."""
        names = self.doc.texts("ol.breadcrumbs li.breadcrumbs__item [itemprop='name']")
        if not names:
            return None
        return names[1] if len(names) > 1 else names[0]

    def paywalled(self) -> bool | None:
        """Never: SRF is free to read."""
        return False


class Srf2025(Srf2024):
    """The 2025 redesign: new body classes, lead, byline and printed date."""

    NAME = "2025"
    MARKER = "section.articlepage__article-content"
    REQUIRED = frozenset({"headline", "body", "teaser", "published", "kicker", "section"})

    BODY = "section.articlepage__article-content"
    PARAGRAPHS = "p.article-paragraph"
    SUBHEADINGS = "h2.article-heading"
    IMAGES = "section.articlepage__article-content figure.image-figure-ng"
    AUTHORS = ".article-header .article-author__name [itemprop='name']"
    PUBLISHED = ".article-header .article-author__date"
    MODIFIED = "meta[itemprop='dateModified']"


SITE = Site(
    name="srf",
    title="SRF",
    domains=("srf.ch",),
    layouts=(Srf2025, Srf2024),
    profile=Profile(
        country="ch", brands=("SRF", "SRF News"), section_paths=True, skip_segments=("news",)
    ),
)
