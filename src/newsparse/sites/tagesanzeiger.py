"""Tages-Anzeiger (tagesanzeiger.ch): the Tamedia article page of 2024.

A Next.js page with CSS-module classes. ``article.ArticleContainer_root__``
holds the breadcrumbs (the section is the last link), ``ContentHead``
(kicker ``titleheader``, headline ``data-testid=content-title``, lead),
``time.FullDateTime_root__``, the lead figure (``ContentCaption``
caption and credit), then the body: ``p.ArticleParagraph_root__`` and
``h2.CrossheadElement_root__`` among the read-aloud upsell (``Bottalk``),
newsletter box and feedback link. ``p.ArticleContainer_agencies__``
("SDA/sep") is the source line.

The page prints no byline: authors come from JSON-LD, as does the paywall
flag (``isAccessibleForFree``).
"""

from __future__ import annotations

from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile


class TagesAnzeiger2024(Layout):
    """The Tamedia article page (seen 2024)."""

    NAME = "2024"
    MARKER = "article.ArticleContainer_root__ .ContentHead_root__"
    REQUIRED = frozenset({"headline", "body", "teaser", "published", "section"})

    KICKER = ".ContentHead_root__ .ContentHead_titleheader__"
    HEADLINE = ".ContentHead_root__ [data-testid='content-title']"
    TEASER = ".ContentHead_root__ .ContentHead_lead__"
    BODY = "article.ArticleContainer_root__"
    PARAGRAPHS = "p.ArticleParagraph_root__"
    SUBHEADINGS = "h2.CrossheadElement_root__"
    BOILERPLATE = (
        ".Bottalk_root__, .NewsletterBox_root__, .Feedback_root__, .ContentHead_root__, "
        ".EndOfArticleSectionList_root__, .Teaser_root__"
    )
    IMAGES = "article.ArticleContainer_root__ figure.ArticleImage_root__"
    IMAGE_CAPTION = ".ContentCaption_contenttext__"
    IMAGE_CREDIT = ".ContentCaption_contentcredit__"
    SOURCE = "article.ArticleContainer_root__ .ArticleContainer_agencies__"
    PUBLISHED = ".ContentMetaInfo_root__ time.FullDateTime_root__"

    def section(self) -> str | None:
        """The last breadcrumb link ("Startseite | Schweiz")."""
        names = self.doc.texts(".Breadcrumbs_root__ a.Breadcrumbs_breadlink__")
        return names[-1] if names else None


SITE = Site(
    name="tagesanzeiger",
    title="Tages-Anzeiger",
    domains=("tagesanzeiger.ch",),
    layouts=(TagesAnzeiger2024,),
    profile=Profile(country="ch", brands=("Tages-Anzeiger", "TA")),
    family="Tamedia",
)
