"""taz (taz.de): the article page seen 2023, marked up with schema.org microdata.

``article.sectbody[itemprop='articleBody']`` holds the ``h1[itemprop='headline']``
(``span.kicker``, a hidden ": " and the headline as its last span), the
``p.intro`` teaser, pictures as ``a.picture`` followed by ``p.caption`` with a
``span.credit``, and the body: ``p.article`` paragraphs with ``h6``
subheadings. The Ressort path (``ul.rootline``),
``li.date[itemprop='datePublished']`` and the author box
(``[itemprop='author'] [itemprop='name']``) sit in the side column. taz has
no paywall: the page says ``isAccessibleForFree`` in its microdata.
"""

from __future__ import annotations

from newsparse.blocks import following, image_url
from newsparse.conventions import parse_credit
from newsparse.document import select_one, text_of
from newsparse.model import Image
from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile

_ARTICLE = "article.sectbody[itemprop='articleBody']"


class Taz2023(Layout):
    """The microdata page (seen 2023)."""

    NAME = "2023"
    MARKER = f"{_ARTICLE} h1[itemprop='headline']"
    REQUIRED = frozenset({"headline", "body", "teaser", "published", "section"})

    SECTION = "ul.rootline [itemprop='name']"
    KICKER = f"{_ARTICLE} h1 .kicker"
    # The last span: a kicker span that lost its class must not pass for the headline.
    HEADLINE = f"{_ARTICLE} h1 > span:last-child:not(.kicker):not(.hide)"
    TEASER = f"{_ARTICLE} p.intro"
    BODY = _ARTICLE
    PARAGRAPHS = "p.article"
    SUBHEADINGS = "h2, h3, h4, h5, h6"
    BOILERPLATE = ".ad_bin, h1"
    IMAGES = f"{_ARTICLE} a.picture"
    IMAGE_CAPTION = "p.caption"
    IMAGE_CREDIT = "span.credit"
    AUTHORS = ".sect_profile [itemprop='author'] [itemprop='name']"
    PUBLISHED = "[itemprop='datePublished']"

    def images(self) -> tuple[Image, ...]:
        """Each ``a.picture`` with the ``p.caption`` that follows it.

        The caption is the first one after the picture and before the next picture, in page
        order, so a wrapper around either does not separate them.
        """
        pictures, captions = following(
            self.doc, self.IMAGES or "", f"{_ARTICLE} {self.IMAGE_CAPTION}"
        )
        found: list[Image] = []
        for picture in pictures:
            caption_element = captions.get(picture)
            credit_element = (
                select_one(caption_element, self.IMAGE_CREDIT or "")
                if caption_element is not None
                else None
            )
            credit_text = text_of(credit_element)
            caption = text_of(caption_element)
            if credit_text and caption.endswith(credit_text):
                caption = caption[: -len(credit_text)].strip()
            found.append(
                Image(
                    url=image_url(self.doc, picture),
                    caption=caption or None,
                    credit=parse_credit(credit_text) if credit_text else None,
                    is_cover=not found,
                )
            )
        return tuple(found)

    def paywalled(self) -> bool | None:
        """False when the microdata says ``isAccessibleForFree``; ``None`` when silent."""
        value = self.doc.meta_value("isaccessibleforfree")
        if value is None:
            return None
        return value.strip().lower() in ("false", "0", "no")


SITE = Site(
    name="taz",
    title="taz",
    domains=("taz.de",),
    layouts=(Taz2023,),
    profile=Profile(brands=("taz", "taz.de")),
)
