"""t-online (t-online.de): the Next.js article page seen 2026.

Class names are Tailwind utilities; the page's hooks are ``data-testid`` and
``aria-label``. The article is a run of ``StreamLayout.Stream`` columns of
``StageLayout.StreamItem`` blocks: first the ``h2`` (a ``span`` kicker and a
``div`` headline), the ``aria-label='Autoren'`` byline with the date, the
opener figure (caption with "(Quelle: ...)" credit), the audio player, then
the bold teaser paragraph and the body's ``p`` and ``h3`` between ad slots,
embeds, videos and related-article lists. The list "Verwendete Quellen"
names research sources, not a source line. ``article:content_tier`` says
whether the article is free.
"""

from __future__ import annotations

from newsparse.document import text_of
from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile

_STREAM = "article [data-testid='StreamLayout.Stream']"
_ITEM = f"{_STREAM} [data-testid='StageLayout.StreamItem']"


class Tonline2026(Layout):
    """The Next.js page with ``data-testid`` hooks (seen 2026)."""

    NAME = "2026"
    MARKER = "article [data-testid='ArticleBody.StreamLayout']"
    REQUIRED = frozenset({"headline", "body", "teaser", "kicker", "section"})

    KICKER = f"{_ITEM} h2 span"
    HEADLINE = f"{_ITEM} h2 div"
    TEASER = f"{_ITEM} p.font-bold"
    BODY = _STREAM
    # The bold paragraph is the teaser; the small upper-case "Embed" label is no text.
    PARAGRAPHS = "[data-testid='StageLayout.StreamItem'] p:not(.font-bold):not(.uppercase)"
    SUBHEADINGS = "[data-testid='StageLayout.StreamItem'] h3"
    BOILERPLATE = (
        "aside, details, [data-testid='Commercial.SDI'], [data-testid='RelatedArticles.List']"
    )
    IMAGES = f"{_STREAM} figure"

    def section(self) -> str | None:
        """The breadcrumb after the "Home" link."""
        links = self.doc.select("[data-testid='BreadcrumbArea'] a")
        return (text_of(links[1]) or None) if len(links) > 1 else None

    def authors(self) -> tuple[str, ...]:
        """The names in the article's own byline (the first ``Autoren`` group)."""
        byline = self.doc.select_one(f"{_ITEM} [aria-label='Autoren']")
        if byline is None:
            return ()
        names = self.doc.texts("[aria-label='Autor Name']", byline)
        return tuple(dict.fromkeys(names))

    def topics(self) -> tuple[str, ...]:
        """JSON-LD ``keywords`` without the internal numeric ids mixed into them."""
        ld = self.doc.article_ld or {}
        value = ld.get("keywords")
        items = value.split(",") if isinstance(value, str) else value
        if not isinstance(items, list):
            return ()
        words = (str(item).strip() for item in items)
        return tuple(dict.fromkeys(w for w in words if w and not w.isdigit()))

    def paywalled(self) -> bool | None:
        """From ``article:content_tier``: ``locked`` is behind the paywall, ``free`` is not."""
        tier = (self.doc.meta_value("article:content_tier") or "").lower()
        return {"locked": True, "free": False, "metered": False}.get(tier)


SITE = Site(
    name="tonline",
    title="t-online",
    domains=("t-online.de",),
    layouts=(Tonline2026,),
    profile=Profile(brands=("t-online", "t-online.de")),
)
