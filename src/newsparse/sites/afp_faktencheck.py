"""AFP Faktencheck (faktencheck.afp.com): the Drupal fact-check page (seen 2026).

``article.node--view-mode-full`` opens with topic tags (``.tag-like``), the
lead picture with a ``span.legend`` caption ending in the credit
"(AFP / NAME)", then ``.sub-header`` with the ``h1``, the facts list
(publication date, reading time, "Von:" authors, "Übersetzung und
Adaptierung:" desk) and the teaser in ``.wrapper-summary``; the text is the
body field in ``.wrapper-body``, with ``.wrapper-image`` pictures.
"""

from __future__ import annotations

from newsparse.document import select, text_of
from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile

_ARTICLE = "article.node--view-mode-full"


class AfpFaktencheck2026(Layout):
    """The fact-check page seen in 2026."""

    NAME = "2026"
    MARKER = f"{_ARTICLE} .sub-header h1"
    REQUIRED = frozenset({"headline", "body", "teaser", "published", "authors"})

    HEADLINE = f"{_ARTICLE} .sub-header h1"
    TEASER = f"{_ARTICLE} .wrapper-summary p"
    BODY = f"{_ARTICLE} .wrapper-body .field--name-body"
    SUBHEADINGS = "h2, h3"
    BOILERPLATE = ".wrapper-image"
    IMAGES = f"{_ARTICLE} .image-wrapper, {_ARTICLE} .wrapper-image"
    IMAGE_CAPTION = ".legend"
    AUTHORS = f"{_ARTICLE} .list-informations li"
    """The facts list items; the one labelled "Von:" names the authors."""
    PUBLISHED = f"{_ARTICLE} .list-informations .date-full-format"
    TOPICS = f"{_ARTICLE} .top-header .tag-like"

    def authors(self) -> tuple[str, ...]:
        """The linked names of the "Von:" item; the translation desk is not an author."""
        for item in self.doc.select(self.AUTHORS or ""):
            if (item.text or "").strip().lower().startswith("von"):
                names = (text_of(a) for a in select(item, ".person-link a"))
                return tuple(dict.fromkeys(n for n in names if n))
        return ()


SITE = Site(
    name="afp_faktencheck",
    title="AFP Faktencheck",
    domains=("faktencheck.afp.com",),
    layouts=(AfpFaktencheck2026,),
    profile=Profile(brands=("AFP Faktencheck", "AFP Deutschland")),
)
