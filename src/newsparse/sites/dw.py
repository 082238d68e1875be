"""Deutsche Welle (dw.com/de): the classic page (until spring 2023) and the 2023 redesign.

Classic: ``#bodyContent .col3`` holds ``h4.artikel`` (kicker), ``h1``,
``p.intro`` (teaser), ``.picBox`` pictures with a ``p`` caption, and the text
in ``.longText``; the facts list ``.smallList`` (labelled items: date, author, topic pages,
keywords) closes the article.

2023 redesign (seen June 2023 and January 2024): styled-components classes
plus stable semantic ones: ``header`` with ``.kicker`` (the Ressort, then a
topic or region label), ``h1``, ``.author-details``, ``.time-area`` and
``.teaser-text``; ``.content-area`` with the lead ``figure`` and the text in
``.rich-text`` (``p``, ``h2``, video embeds ``.vjs-wrapper``, ad slots and
figures with ``small.copyright`` "Bild: ..." credits). Topic-page links
(``/t-``) in the "Ähnliche Themen" ``.content-block`` are the topics.
"""

from __future__ import annotations

from datetime import datetime

from newsparse.conventions import parse_byline, parse_date
from newsparse.document import select_one, text_of
from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile


class DwClassic(Layout):
    """The classic page, seen in April 2023."""

    NAME = "classic"
    MARKER = "#bodyContent .col3 .longText"
    REQUIRED = frozenset({"headline", "body", "teaser", "kicker"})

    SECTION = "#navAct2"
    KICKER = "#bodyContent .col3 h4.artikel"
    HEADLINE = "#bodyContent .col3 h1"
    TEASER = "#bodyContent .col3 p.intro"
    BODY = "#bodyContent .col3 .longText"
    SUBHEADINGS = "h2"
    BOILERPLATE = ".picBox, .col2, div:has(img)"
    IMAGES = "#bodyContent .col3 .picBox"
    IMAGE_CAPTION = "p"
    TOPICS = "#bodyContent .smallList a[href*='/search/']"

    FACTS = "#bodyContent .smallList li"
    """The facts list; each item is a ``strong`` label and its value."""

    def authors(self) -> tuple[str, ...]:
        """The "Autorin/Autor" fact, read as a byline."""
        fact = self._fact("autorin/autor")
        return parse_byline(fact) if fact else ()

    def published(self) -> datetime | None:
        """The "Datum" fact (a day, no time)."""
        fact = self._fact("datum")
        return parse_date(fact, tz=self.tz) if fact else None

    def _fact(self, label: str) -> str | None:
        for item in self.doc.select(self.FACTS):
            name = select_one(item, "strong")
            if name is not None and text_of(name).lower() == label:
                value = text_of(item)[len(text_of(name)) :].strip(" :")
                return value or None
        return None


class Dw2023(Layout):
    """The 2023 redesign (styled-components with semantic class names)."""

    NAME = "2023"
    MARKER = "article .content-area .rich-text"
    REQUIRED = frozenset({"headline", "body", "teaser", "section"})

    HEADLINE = "article header h1"
    TEASER = "article header .teaser-text"
    BODY = "article .content-area .rich-text"
    SUBHEADINGS = "h2"
    BOILERPLATE = ".vjs-wrapper, .advertisement, .rich-text-ad, figure"
    IMAGES = "article .content-area figure"
    IMAGE_CREDIT = "small"
    TOPICS = ".content-block a[href*='/t-']"

    def section(self) -> str | None:
        """The first entry of the kicker row (``Politik``, ``Wissenschaft``)."""
        row = self._kicker_row()
        return row[0] if row else None

    def kicker(self) -> str | None:
        """The label after the Ressort in the kicker row (a topic or a region)."""
        row = self._kicker_row()
        return row[-1] if len(row) > 1 else None

    def _kicker_row(self) -> list[str]:
        # Innermost spans: the row's items, however deeply they are wrapped.
        return self.doc.texts("article header .kicker span:not(:has(span))")


SITE = Site(
    name="dw",
    title="Deutsche Welle",
    domains=("dw.com",),
    layouts=(Dw2023, DwClassic),
    profile=Profile(brands=("DW", "Deutsche Welle")),
)
