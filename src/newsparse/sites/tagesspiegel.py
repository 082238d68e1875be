"""Der Tagesspiegel (tagesspiegel.de): the article page seen 2024.

Class names are short build hashes (``Hao``, ``BOj7``); the selectors lean on
the markup's structure instead. ``article header`` holds the breadcrumb, the
lead figure (credit in the figure's own ``p``), an ``h1`` of two spans
(kicker, headline), the teaser paragraph right after the ``h1`` block and the
byline with ``time``. The body is ``#story-elements``: ``p`` and ``h3``
as its direct children, between ad wrappers, app and newsletter promos, info
boxes (``aside``), pull quotes and consent-blocked embeds, whose own ``p`` sit
deeper; topic links follow it.
Tagesspiegel Plus articles say so in JSON-LD ``isAccessibleForFree``.
"""

from __future__ import annotations

from newsparse.document import text_of
from newsparse.sites.base import Layout, Site


class Tagesspiegel2024(Layout):
    """The page with ``#story-elements`` (seen 2024)."""

    NAME = "2024"
    MARKER = "article #story-elements"
    REQUIRED = frozenset({"headline", "body", "teaser", "published", "kicker", "section"})

    SECTION = "article header nav ol li:not(:first-child) a"
    KICKER = "article header h1 > span:first-child"
    HEADLINE = "article header h1 > span:last-child"
    BODY = "article #story-elements"
    PARAGRAPHS = "#story-elements > p"
    SUBHEADINGS = "#story-elements > h2, #story-elements > h3"
    IMAGES = "article header figure, article #story-elements > figure"
    IMAGE_CREDIT = "figure > p"
    AUTHORS = "article header a[href*='/autoren/']"
    PUBLISHED = "article header time[datetime]"
    TOPICS = "article #story-elements ~ ul a"

    def teaser(self) -> str | None:
        """The paragraph right after the block holding the ``h1``."""
        h1 = self.doc.select_one("article header h1")
        block = h1.getparent() if h1 is not None else None
        following = block.getnext() if block is not None else None
        if following is None or following.tag != "p":
            return None
        return text_of(following) or None


SITE = Site(name="tagesspiegel", title="Der Tagesspiegel", layouts=(Tagesspiegel2024,))
