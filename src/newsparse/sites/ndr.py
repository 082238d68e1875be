"""NDR (ndr.de): the 2023 page and the 2025 redesign.

Both put the lead picture in ``.heroelement`` above the article, and open the
article with ``header.articlehead`` (``h1``, "Stand: ..." and the teaser
``p.preface``); plain ``p`` and ``h2`` follow, among link-teaser boxes
(``.contentbox``), the "Dieses Thema im Programm" box and ``.tagbox`` topics.

2023: the article text sits in ``.modulepadding.copytext``, the byline in
``p.textauthor``; the picture's alt text ends in its credit
("... © NDR Foto: ...").

2025: header and text are direct children of ``article``; pictures come
from the ARD image service, credit after " | " in the ``img`` title.
"""

from __future__ import annotations

from newsparse.blocks import image_url
from newsparse.conventions import split_credit
from newsparse.document import HtmlElement, select_one
from newsparse.model import Image
from newsparse.sites.ard import titled_picture
from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile


class Ndr2023(Layout):
    """The page seen in 2023 (text in ``.copytext``, credit in the alt text)."""

    NAME = "2023"
    MARKER = "article .copytext header.articlehead"
    REQUIRED = frozenset({"headline", "body", "teaser", "images"})

    HEADLINE = "header.articlehead h1"
    TEASER = "header.articlehead p.preface"
    BODY = "article .copytext"
    SUBHEADINGS = "h2"
    BOILERPLATE = (
        "header.articlehead, .textauthor, .contentbox, .relatedbroadcast, .tagbox, "
        ".meta, .sharebox, #printbox, .sblogo"
    )
    IMAGES = ".heroelement .herocontainer"
    AUTHORS = "article p.textauthor"
    TOPICS = "article .tagbox a"

    def image(self, element: HtmlElement, *, is_cover: bool) -> Image | None:
        """The lead picture; its alt text is the caption with the credit glued on."""
        img = select_one(element, "img")
        if img is None:
            return None
        caption, credit = split_credit(img.get("alt") or "")
        return Image(
            url=image_url(self.doc, img),
            caption=caption or img.get("title") or None,
            credit=credit,
            is_cover=is_cover,
        )


class Ndr2025(Ndr2023):
    """The 2025 redesign: text directly in ``article``, ARD image service pictures."""

    NAME = "2025"
    MARKER = "article header.articlehead"

    BODY = "article"
    IMAGES = "article .heroelement .herocontainer"

    def image(self, element: HtmlElement, *, is_cover: bool) -> Image | None:
        """The lead picture; the ``img`` title is "caption | credit"."""
        return titled_picture(self.doc, element, None, is_cover=is_cover)


SITE = Site(
    name="ndr",
    title="NDR",
    domains=("ndr.de",),
    layouts=(Ndr2023, Ndr2025),
    profile=Profile(brands=("NDR", "NDR.de")),
)
