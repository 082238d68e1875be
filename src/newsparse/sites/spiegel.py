"""DER SPIEGEL (spiegel.de): the article page seen 2023.

``article`` opens with ``header[data-area='intro']``: an ``h2`` whose first
span is the kicker and whose ``span.align-middle`` (in a second span) is the
headline; a first span that holds the headline is no kicker. Then the
teaser (``.RichText``), the byline and a ``time``. The lead figure sits in
``[data-area='top_element>image']``; the body is a run of
``[data-area='text'] .RichText`` blocks between ad slots and "Mehr zum Thema"
boxes, and ends with a plain line of editor initials and agencies
(``sak/Reuters``), a ``div.font-sansUI`` after the body. SPIEGEL+ articles
say so in JSON-LD ``isAccessibleForFree``.
"""

from __future__ import annotations

from newsparse.conventions import parse_source_line
from newsparse.document import text_of
from newsparse.model import SourceLine
from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile

_INTRO = "article header[data-area='intro']"
_BODY = "article [data-area='body']"


class Spiegel2023(Layout):
    """The page with ``data-area`` hooks (seen 2023)."""

    NAME = "2023"
    MARKER = "article header[data-area='intro'] h2"
    REQUIRED = frozenset({"headline", "body", "teaser", "published", "kicker"})

    KICKER = f"{_INTRO} h2 > span:first-child"
    HEADLINE = f"{_INTRO} h2 span.align-middle"
    TEASER = f"{_INTRO} .RichText"
    BODY = f"{_BODY} [data-area='text'] .RichText"
    SUBHEADINGS = "h2, h3"
    BOILERPLATE = ".gujAd, [data-area='related_articles']"
    IMAGES = (
        "article [data-area='top_element>image'] figure, "
        f"{_BODY} [data-area='image'] figure, {_BODY} [data-area='gallery'] figure"
    )
    IMAGE_CAPTION = "figcaption > p"
    IMAGE_CREDIT = ".RichTextCredit"
    SOURCE = f"{_BODY} ~ div > div.font-sansUI"
    AUTHORS = f"{_INTRO} a[href*='/impressum/autor']"
    PUBLISHED = f"{_INTRO} time[datetime]"

    def source(self) -> SourceLine | None:
        """The first ``div.font-sansUI`` after the body (in page order) that is a source line.

        Found by page order, not as the body's sibling, so a wrapper does not hide it.
        """
        after_body = False
        for element in self.doc.select(f"{_BODY}, article div.font-sansUI"):
            if element.get("data-area") == "body":
                after_body = True
                continue
            if after_body and not any(
                a.get("data-area") == "body" for a in element.iterancestors()
            ):
                return parse_source_line(text_of(element))
        return None

    def kicker(self) -> str | None:
        """The ``h2``'s first span, unless that span is the headline's (no kicker printed)."""
        for span in self.doc.select(self.KICKER):
            if "align-middle" in (span.get("class") or "").split():
                continue
            if self.doc.select_one("span.align-middle", span) is None:
                return text_of(span) or None
        return None


SITE = Site(
    name="spiegel",
    title="DER SPIEGEL",
    domains=("spiegel.de",),
    layouts=(Spiegel2023,),
    profile=Profile(brands=("DER SPIEGEL", "SPIEGEL", "Spiegel"), section_paths=True),
)
