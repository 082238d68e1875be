"""Frankfurter Allgemeine (faz.net): the 2023 page and the 2024 redesign.

2023: ``article.atc`` opens with ``header.atc-Header`` (an ``h2`` of
``.atc-HeadlineEmphasisText`` kicker and ``.atc-HeadlineText`` headline,
byline, ``time.atc-MetaTime``); the lead image (``.atc-ImageContainer``) is
followed by ``.atc-Intro`` holding its description and credit
(``.atc-ImageDescription``) and the teaser.
The body is ``.atc-Text`` with ``p.atc-TextParagraph`` and ``h3.atc-SubHeadline``
between author boxes, ad slots and "Mehr zum Thema" sliders; it closes with
``.atc-Footer_Quelle`` ("Quelle: F.A.Z.").

2024: a Vue page: ``.article-header`` with ``.header-label__content`` kicker,
``.header-title``, ``.header-detail`` byline and time, lead image with
``.header-teaser__image-details`` and ``.header-teaser``; the body is a run of
``.body-elements`` (F+ text in ``.walled-content``), then ``.footer-source``
and the ``.footer-links`` tags. F+ articles say so in JSON-LD
``isAccessibleForFree``.
"""

from __future__ import annotations

from typing import ClassVar

from newsparse.blocks import following, image_url
from newsparse.conventions import normalize, parse_credit
from newsparse.model import Image
from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile


class Faz2023(Layout):
    """The page with ``atc-`` classes (seen 2023)."""

    NAME = "2023"
    MARKER = "article.atc .atc-Header"
    REQUIRED = frozenset({"headline", "body", "teaser", "published"})

    SECTION = ".nvg-Breadcrumb .nvg-Breadcrumb_Link"
    KICKER = ".atc-Header .atc-HeadlineEmphasisText"
    HEADLINE = ".atc-Header .atc-HeadlineText"
    TEASER = "article.atc .atc-IntroText"
    BODY = "article.atc .atc-Text"
    SUBHEADINGS = "h2, h3"
    BOILERPLATE = (
        ".atc-ContainerInfo, .atc-ContainerMore, .atc-Footer, [class*='ctn-Placeholder'], "
        ".js-cna, [class*='atc-Footer']"
    )
    IMAGES = "article.atc .atc-ImageContainer"
    #: The block after a picture that holds its caption and credit.
    IMAGE_DETAILS: ClassVar[str] = "article.atc .atc-ImageDescription"
    IMAGE_CAPTION = ".atc-ImageDescriptionText"
    IMAGE_CREDIT = ".atc-ImageDescriptionCopyright"
    SOURCE = "article.atc .atc-Footer_Quelle"
    AUTHORS = ".atc-Header .atc-MetaAuthor"
    PUBLISHED = ".atc-Header time[datetime]"

    def images(self) -> tuple[Image, ...]:
        """Images whose description follows the picture (``IMAGE_DETAILS``), not inside it.

        Each picture takes the first details block after it and before the next
        picture, in page order, however the two are wrapped.
        """
        if self.IMAGES is None:
            return ()
        pictures, details = following(self.doc, self.IMAGES, self.IMAGE_DETAILS)
        found: list[Image] = []
        for element in pictures:
            scope = details.get(element, element)
            caption = self.doc.text(self.IMAGE_CAPTION, scope) if self.IMAGE_CAPTION else None
            credit_text = self.doc.text(self.IMAGE_CREDIT, scope) if self.IMAGE_CREDIT else None
            found.append(
                Image(
                    url=image_url(self.doc, element),
                    caption=caption,
                    credit=parse_credit(credit_text) if credit_text else None,
                    is_cover=not found,
                )
            )
        return tuple(found)


class Faz2024(Faz2023):
    """The 2024 redesign (Vue, ``body-elements``)."""

    NAME = "2024"
    MARKER = "article .article-header .header-title"

    SECTION = "#breadcrumbs .breadcrumbs__item a"
    KICKER = ".article-header .header-label__content"
    HEADLINE = ".article-header .header-title"
    TEASER = ".article-header .header-teaser"
    BODY = "article .body-elements"
    PARAGRAPHS = ".body-elements__paragraph"
    SUBHEADINGS = ".body-elements__subheading"
    BOILERPLATE = ".related-articles"
    IMAGES = ".article-header .header-teaser__image"
    IMAGE_DETAILS = ".article-header .header-teaser__image-details"
    IMAGE_CAPTION = ".header-teaser__image-details > span"
    IMAGE_CREDIT = ".header-teaser__image-details--source"
    SOURCE = "article .footer-source > span"
    AUTHORS = ".article-header .header-detail--pad"
    PUBLISHED = ".article-header time[datetime]"
    TOPICS = "article .footer-links a[href*='/thema/']"

    def kicker(self) -> str | None:
        """The label's own text, without its visually hidden colon."""
        element = self.doc.select_one(self.KICKER) if self.KICKER else None
        return normalize(element.text or "") or None if element is not None else None


SITE = Site(
    name="faz",
    title="Frankfurter Allgemeine",
    domains=("faz.net",),
    layouts=(Faz2024, Faz2023),
    profile=Profile(
        brands=("F.A.Z.", "FAZ", "Frankfurter Allgemeine", "FAZ.NET"),
        section_paths=True,
        skip_segments=("aktuell",),
    ),
)
