"""FOCUS online (focus.de): the article page seen 2023.

``article#article`` opens with ``.articleHead``: ``.articleIdentH1`` prints
"Dachzeile: Headline" in one line, and a script (right after it) declares the
two apart (``sFOLNewsHubOverhead``, ``sFOLNewsHubHeadline``) to set the
kicker in its own span. Then the lead ``.mediaBlock`` (``span.caption``,
``span.source`` credit), ``.authorList``, ``.displayDate`` and the
``.leadIn`` teaser. The body is a run of ``.textBlock`` (``p``, ``h2``)
between media blocks, affiliate notes, shop buttons and widget iframes.
"""

from __future__ import annotations

from newsparse.conventions import normalize
from newsparse.document import text_of
from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile

_HEAD = "article .articleHead"


class Focus2023(Layout):
    """The page with ``articleHead`` / ``textBlock`` classes (seen 2023)."""

    NAME = "2023"
    MARKER = "article#article .articleIdentH1"
    REQUIRED = frozenset({"headline", "body", "teaser", "published"})

    HEADLINE = f"{_HEAD} .articleIdentH1"
    TEASER = "article .leadIn p"
    BODY = "article .articleContent .textBlock"
    SUBHEADINGS = "h2, h3"
    BOILERPLATE = ".orange-button-artobj, .btnFrame, [id^='opinary'], [class*='cls_slot']"
    IMAGES = "article .mediaBlock .image"
    IMAGE_CAPTION = "span.caption"
    IMAGE_CREDIT = "span.source"
    AUTHORS = "article .authorList li"
    PUBLISHED = "article .displayDate"

    def section(self) -> str | None:
        """The breadcrumb after the "Startseite" home link."""
        links = self.doc.select("#newsbreadcrumb a")
        return (text_of(links[1]) or None) if len(links) > 1 else None

    def kicker(self) -> str | None:
        """The Dachzeile, as the page's script declares it."""
        return self._declared("sFOLNewsHubOverhead")

    def headline(self) -> str | None:
        """The headline without the Dachzeile; the whole line when none is declared."""
        return self._declared("sFOLNewsHubHeadline") or super().headline()

    def _declared(self, name: str) -> str | None:
        for script in self.doc.root.iter("script"):
            text = script.text or ""
            start = text.find(f"{name} = '")
            if start < 0:
                continue
            start += len(name) + 4
            end = start
            while end < len(text) and (text[end] != "'" or text[end - 1] == "\\"):
                end += 1
            value = normalize(text[start:end].replace("\\'", "'"))
            # Only trust a value the page also prints.
            if value and value in text_of(self.doc.select_one(self.HEADLINE or "")):
                return value
        return None


SITE = Site(
    name="focus",
    title="FOCUS online",
    domains=("focus.de",),
    layouts=(Focus2023,),
    profile=Profile(brands=("FOCUS online", "FOCUS", "Focus Online"), section_paths=True),
)
