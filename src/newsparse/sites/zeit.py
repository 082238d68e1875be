"""ZEIT ONLINE (zeit.de): the article page seen 2023.

``article#js-article`` opens with ``header.article-header``: an ``h1`` of
``.article-heading__kicker`` and ``.article-heading__title``, the summary,
then ``.metadata`` with the ``time`` and the source ("Quelle: dpa Sport").
Figures carry ``.figure__text`` and ``.figure__copyright``. The body is
``.article-body .article-page``: ``p.paragraph`` and ``h2.article__subheading``
between ad containers, topic boxes and consent-blocked embeds; agency copy ends
with a "© dpa-infocom" notice, which is not article text. Tags are in
``nav.article-tags``; the Ressort is the breadcrumb after the home link.
"""

from __future__ import annotations

from newsparse.document import text_of
from newsparse.model import Block
from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile


class Zeit2023(Layout):
    """The page with ``article-heading`` and ``article-page`` classes (seen 2023)."""

    NAME = "2023"
    MARKER = "article .article-heading__title"
    REQUIRED = frozenset({"headline", "body", "published", "kicker"})

    KICKER = "article .article-heading__kicker"
    HEADLINE = "article .article-heading__title"
    TEASER = "article .article-header .summary"
    BODY = "article .article-body .article-page"
    SUBHEADINGS = "h2, h3"
    BOILERPLATE = ".ad-container, .embed-wrapper, .topicbox, .article-pagination"
    IMAGES = "article figure.article__media"
    IMAGE_CAPTION = ".figure__text"
    IMAGE_CREDIT = ".figure__copyright"
    SOURCE = "article .metadata__source"
    AUTHORS = "article .article-header .byline a"
    PUBLISHED = "article .metadata__date time[datetime]"
    TOPICS = "article .article-tags__link[href*='/thema/']:not([href$='/thema/index'])"

    def section(self) -> str | None:
        """The breadcrumb after the home link (``Schlagzeilen``, ``Politik`` ...)."""
        links = self.doc.select(".breadcrumbs .breadcrumbs__link")
        return (text_of(links[1]) or None) if len(links) > 1 else None

    def body(self) -> tuple[Block, ...]:
        """The body without the agency copyright notice ("© dpa-infocom, ...")."""
        return tuple(block for block in super().body() if not block.text.startswith("©"))


SITE = Site(
    name="zeit",
    title="ZEIT ONLINE",
    domains=("zeit.de",),
    layouts=(Zeit2023,),
    profile=Profile(brands=("ZEIT ONLINE", "DIE ZEIT", "zeit.de")),
)
