"""Luxemburger Wort (wort.lu): the article page of 2025 and its 2026 rebuild.

A Next.js page: ``article[lang]`` holds ``hgroup.story-header_storyHeader__``
with the label above the headline (``labels_mainLabel__``, the kicker), the
``h1`` and the intro (``data-testid`` ``article-headline`` and
``article-intro``), the hero figure and the byline; then
``section[data-testid=article-body]`` with paragraphs, ``h4`` subheads,
inline figures (caption and "Foto: ..." credit in one caption element),
pull quotes, ad slots, "Lesen Sie auch" teasers and, in 2026, a newsletter
box and a closing link-only paragraph. Tags follow in
``[data-testid=article-tag]``. The section is the site's JSON-LD
breadcrumb.

2025 sets paragraphs as ``p.articleParagraph`` and the byline as
``data-testid=author-name``; the 2026 rebuild renamed the paragraph
component (``Paragraph_paragraph__``) and links the byline as
``author-profile``.

The printed ``<time>`` carries the local clock time with a ``Z`` offset, so
both dates come from JSON-LD; so does the paywall flag (Wort+).
"""

from __future__ import annotations

from newsparse.document import select, text_of
from newsparse.model import Block
from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile


class Wort2025(Layout):
    """The wort.lu article page (seen 2025)."""

    NAME = "2025"
    MARKER = "section[data-testid='article-body'] p.articleParagraph"
    REQUIRED = frozenset({"headline", "body", "teaser", "authors", "kicker", "section"})

    KICKER = "hgroup [data-testid='article-label'] .labels_mainLabel__"
    HEADLINE = "hgroup [data-testid='article-headline']"
    TEASER = "hgroup [data-testid='article-intro']"
    BODY = "section[data-testid='article-body']"
    PARAGRAPHS = "p.articleParagraph"
    SUBHEADINGS = "[data-testid='article-subhead']"
    BOILERPLATE = (
        ".Quote_quote__, .RelatedTeaser_related-teaser__, .ad-element_ad__, .Paper_paper__"
    )
    IMAGES = (
        "article hgroup figure, "
        "section[data-testid='article-body'] figure:has([data-testid='inline-image'])"
    )
    IMAGE_CAPTION = ".ImageCaption_captionWrapper__"
    AUTHORS = ".story-authors_storyAuthors__ [data-testid='author-name']"
    TOPICS = "[data-testid='article-tags'] [data-testid='article-tag']"

    def section(self) -> str | None:
        """The first level of the JSON-LD breadcrumb ("Sport")."""
        for item in self.doc.jsonld:
            if item.get("@type") != "BreadcrumbList":
                continue
            elements = item.get("itemListElement")
            if isinstance(elements, list) and elements and isinstance(elements[0], dict):
                name = elements[0].get("name")
                if isinstance(name, str) and name.strip():
                    return name.strip()
        return None

    def body(self) -> tuple[Block, ...]:
        """The body without a closing paragraph that is only a link ("Alle Informationen ...")."""
        links = {
            text_of(p)
            for root in self.doc.select(self.BODY or "")
            for p in select(root, self.PARAGRAPHS)
            if len(select(p, "a")) == 1 and text_of(p) == text_of(select(p, "a")[0])
        }
        return tuple(b for b in super().body() if b.text not in links)


class Wort2026(Wort2025):
    """The 2026 rebuild: renamed paragraph component, linked byline."""

    NAME = "2026"
    MARKER = "section[data-testid='article-body'] p.Paragraph_paragraph__"

    PARAGRAPHS = "p.Paragraph_paragraph__"
    AUTHORS = ".story-authors_storyAuthors__ [data-testid='author-profile']"


SITE = Site(
    name="wort",
    title="Luxemburger Wort",
    domains=("wort.lu",),
    layouts=(Wort2026, Wort2025),
    profile=Profile(country="lu", brands=("Luxemburger Wort", "wort.lu"), section_paths=True),
)
