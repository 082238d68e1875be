"""The ARD news platform shared by tagesschau.de and sportschau.de (base layout, no ``SITE``).

Both sites render one article template: ``article.container`` opens with
``.seitenkopf`` (the lead picture, then an ``h1`` holding the topline as
kicker and the headline text, and ``p.metatextline`` "Stand: ..."). The
first ``p.textabsatz``, set entirely in ``strong``, is the teaser; then come
``p.textabsatz`` paragraphs and ``h2.meldung__subhead`` subheadings among
boxes (``.teaser-absatz`` link teasers, video players, button groups).
Pictures carry their credit only in the ``img`` title, after the caption and
a " | " (:func:`titled_picture`). ``.backlink__author`` holds the source line
("Quelle: sid/dpa"), ``.taglist`` the topics.

BR, NDR, MDR and WDR run their own page templates and share none of this
markup; only the ``img`` title convention of the ARD image service is the
same on NDR's 2025 pages and on WDR, which use :func:`titled_picture` too.
MDR and WDR keep an older CMS's vocabulary (``.con``/``.modCon`` modules,
``p.einleitung``, ``p.text``, ``.mediaCon``) but differ in every part that
matters (headline, subheadings, captions, credits), so each has its own
module.
"""

from __future__ import annotations

from newsparse.blocks import image_url
from newsparse.conventions import normalize, parse_credit
from newsparse.document import Document, HtmlElement, select_one, text_of
from newsparse.model import Image
from newsparse.sites.base import Layout


class ArdArticle(Layout):
    """The article page of the ARD platform (tagesschau.de, sportschau.de)."""

    NAME = "ard"
    MARKER = "article .seitenkopf .seitenkopf__headline"
    REQUIRED = frozenset({"headline", "body", "teaser", "kicker"})

    SECTION = ".article-breadcrumb li:not(.home__icon):not(.article-breadcrumb__title) a"
    KICKER = ".seitenkopf__headline .seitenkopf__topline"
    HEADLINE = ".seitenkopf__headline .seitenkopf__headline--text"
    BODY = "article.container"
    PARAGRAPHS = "p.textabsatz"
    # The teaser is the first text paragraph, set wholly in bold.
    TEASER = "article.container p.textabsatz"
    TEASER_EMPHASIS = ("strong", "b")
    TEASER_IN_BODY = True
    SUBHEADINGS = "h2.meldung__subhead"
    BOILERPLATE = ".seitenkopf, .copytext-element-wrapper, .meldungsfooter, .backlink"
    IMAGES = "article.container .seitenkopf__media, article.container .absatzbild"
    IMAGE_CAPTION = ".absatzbild__info__text"
    SOURCE = "article.container .backlink__author"
    AUTHORS = "article.container .authorline__author"
    TOPICS = "article.container .taglist a"

    def image(self, element: HtmlElement, *, is_cover: bool) -> Image | None:
        """A picture: caption from the caption element or the alt text, credit from the title."""
        return titled_picture(self.doc, element, self.IMAGE_CAPTION, is_cover=is_cover)


def titled_picture(
    doc: Document, element: HtmlElement, caption: str | None, *, is_cover: bool
) -> Image | None:
    """A picture of the ARD image service: its ``img`` title is "caption | credit".

    The caption is the ``caption`` element's text, else the title's caption,
    else the alt text; the credit is the rest of the title.
    """
    img = select_one(element, "img")
    if img is None:
        return None
    text = text_of(select_one(element, caption)) if caption else ""
    alt = normalize(img.get("alt") or "")
    title = normalize(img.get("title") or "")
    credit_text = ""
    if alt and title.startswith(f"{alt} | "):
        described, credit_text = alt, title[len(alt) + 3 :]
    elif " | " in title:
        described, _, credit_text = title.partition(" | ")
    else:
        described = title
    return Image(
        url=image_url(doc, img),
        caption=text or described or alt or None,
        credit=parse_credit(credit_text) if credit_text else None,
        is_cover=is_cover,
    )
