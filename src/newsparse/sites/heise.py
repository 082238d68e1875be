"""heise online (heise.de): the article page of 2024.

``article#meldung`` holds ``header.a-article-header`` (headline ``h1``, lead
``p.a-article-header__lead``, the lead figure, ``time`` and the ``creator``
byline) and ``.article-content`` with paragraphs, ``h3.subheading`` and
inline figures between ad slots and "Lesen Sie auch" boxes. The editor's
initials close the text in ``span.redakteurskuerzel`` ("(dmk)"). The
section is the branding label beside the date ("Security").

Topics come from JSON-LD ``keywords``; the paywall flag (heise+) from
JSON-LD ``isAccessibleForFree``.
"""

from __future__ import annotations

import attrs

from newsparse.model import Image
from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile


class Heise2024(Layout):
    """The heise online article page (seen 2024)."""

    NAME = "2024"
    MARKER = "article#meldung .a-article-header"
    REQUIRED = frozenset({"headline", "body", "teaser", "published", "authors"})

    SECTION = ".a-article-header .a-publish-info__branding .a-article-branding"
    HEADLINE = "h1.a-article-header__title"
    TEASER = ".a-article-header__lead"
    BODY = "article#meldung .article-content"
    SUBHEADINGS = "h2, h3.subheading"
    BOILERPLATE = (
        ".ad-label, .ad, a-paternoster, [data-component='RecommendationBox'], "
        "p:has(.redakteurskuerzel), .article-layout__footer, a-lightbox"
    )
    IMAGES = "article#meldung a-lightbox figure"
    IMAGE_CAPTION = "figcaption"
    IMAGE_CREDIT = ".a-caption__source"
    SOURCE = "article#meldung .article-content p:has(.redakteurskuerzel)"
    AUTHORS = ".a-article-header .creator__name"
    PUBLISHED = ".a-article-header time.a-publish-info__datetime"

    def images(self) -> tuple[Image, ...]:
        """Figures; an inline image whose ``img`` is a placeholder takes ``a-img[src]``."""
        found = super().images()
        figures = self.doc.select(self.IMAGES or "")
        if len(figures) != len(found):
            return found
        fixed: list[Image] = []
        for image, figure in zip(found, figures, strict=True):
            lazy = self.doc.select_one("a-img[src]", figure)
            if image.url is None and lazy is not None:
                image = attrs.evolve(image, url=self.doc.absolute(lazy.get("src")))
            fixed.append(image)
        return tuple(fixed)


SITE = Site(
    name="heise",
    title="heise online",
    domains=("heise.de",),
    layouts=(Heise2024,),
    profile=Profile(brands=("heise online", "heise")),
)
