"""Süddeutsche Zeitung (sueddeutsche.de): the article page seen 2023 and 2024.

Class names are emotion hashes (``css-1485smx``) and change with every build;
the page marks its parts with ``data-manual`` hooks instead: ``overline``
(kicker), ``title``, ``date``, ``headerImage``, ``teaserText``, ``author``,
``body`` and ``paragraph``, ``data-manual-remove`` on toolbars and ads and
``teaser-*`` on embedded article teasers. Captions end with the credit in a
``small`` element. Topics are the links of ``nav[aria-label='Themen in diesem
Artikel']``. Whether an article is free, metered or SZ Plus ("paid") is said
only in the page's ``dataLayer`` (``article.pcat``). The closing line
(``data-testid='closing-line'``) names outlet and editors: "© SZ/stga/sab".
"""

from __future__ import annotations

from datetime import datetime

from newsparse.conventions import parse_date, parse_source_line
from newsparse.document import text_of
from newsparse.model import SourceLine
from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile

_ARTICLE = "article[data-testid='article']"


class Sz2023(Layout):
    """The page with ``data-manual`` hooks (seen 2023 and 2024)."""

    NAME = "2023"
    MARKER = f"{_ARTICLE} [data-manual='title']"
    REQUIRED = frozenset({"headline", "body", "teaser", "published", "kicker"})

    KICKER = f"{_ARTICLE} header [data-manual='overline']"
    HEADLINE = f"{_ARTICLE} header [data-manual='title']"
    TEASER = f"{_ARTICLE} [data-manual='teaserText']"
    BODY = f"{_ARTICLE} [data-manual='body']"
    SUBHEADINGS = "h2, h3"
    BOILERPLATE = (
        "[data-manual-remove], [data-manual^='teaser'], .iqdcontainer, [id^='iqadtile'], "
        ".teaserable-layout"
    )
    IMAGES = (
        f"{_ARTICLE} figure[data-manual='headerImage'], "
        f"{_ARTICLE} [data-manual='body'] figure:not(.teaserable-layout)"
    )
    IMAGE_CREDIT = "figcaption small"
    AUTHORS = f"{_ARTICLE} p[data-manual='author']"
    PUBLISHED = f"{_ARTICLE} time[data-manual='date']"
    TOPICS = "nav[aria-label='Themen in diesem Artikel'] a"

    def modified(self) -> datetime | None:
        """``article:modified_time`` (UTC, marked ``Z``), else JSON-LD ``dateModified``.

        The 2024 page's JSON-LD prints the UTC time without an offset, so it comes second.
        """
        meta = self.doc.meta_value("article:modified_time")
        value = parse_date(meta, tz=self.tz) if meta else None
        if value is None:
            ld = (self.doc.article_ld or {}).get("dateModified")
            value = parse_date(ld, tz=self.tz) if isinstance(ld, str) else None
        return value

    def source(self) -> SourceLine | None:
        """The closing line's "© SZ/stga/sab", without the rights link after it."""
        closing = self.doc.select_one(f"{_ARTICLE} [data-testid='closing-line']")
        # The whole line's text, not the "©" span's: the span may sit in a wrapper.
        text = text_of(closing).partition(" - ")[0].strip()
        if not text:
            return None
        return parse_source_line(text) or SourceLine(raw=text)

    def paywalled(self) -> bool | None:
        """From ``article.pcat`` in the ``dataLayer``: ``paid`` is SZ Plus, metered is not."""
        for script in self.doc.root.iter("script"):
            text = script.text or ""
            start = text.find('"article.pcat":"')
            if start < 0:
                continue
            value = text[start + 16 : text.find('"', start + 16)]
            return value == "paid"
        return None


SITE = Site(
    name="sz",
    title="Süddeutsche Zeitung",
    domains=("sueddeutsche.de", "sz.de"),
    layouts=(Sz2023,),
    profile=Profile(brands=("SZ", "Süddeutsche Zeitung", "sueddeutsche.de")),
)
