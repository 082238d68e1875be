"""netzpolitik.org: the WordPress article page of 2024.

``article.article-area`` holds ``header.entry-header``: the ``h1`` with the
kicker in ``span.teaser__subtitle`` (the column name for a column, followed
by a ``:`` separator span), the byline in ``.entry-meta`` and the teaser in
``.entry-excerpt``; then the thumbnail figure (credit in
``.media-license-caption``) and ``.entry-content`` with paragraphs and
``h3`` subheadings. ``footer.entry-footer`` has the donation box, the author
box, the category (the section) and the tags.

The ``<time datetime>`` in the header carries the local time with a
``+00:00`` offset; the publication time is read from
``article:published_time``, which has the right offset. The site has no
paywall.
"""

from __future__ import annotations

from newsparse.document import text_of
from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile


class Netzpolitik2024(Layout):
    """The netzpolitik.org article page (seen 2024)."""

    NAME = "2024"
    MARKER = "article.article-area header.entry-header h1.entry-title"
    REQUIRED = frozenset({"headline", "body", "teaser", "authors", "section"})

    SECTION = "footer.entry-footer .entry-footer__category a"
    KICKER = "header.entry-header h1.entry-title .teaser__subtitle"
    HEADLINE = "header.entry-header h1.entry-title"
    TEASER = "header.entry-header .entry-excerpt p"
    BODY = "article.article-area .entry-content"
    SUBHEADINGS = "h2, h3"
    BOILERPLATE = ".vgwort, .article__list"
    IMAGES = "article.article-area figure.entry-thumbnail, .entry-content figure"
    IMAGE_CAPTION = "figcaption"
    IMAGE_CREDIT = ".media-license-caption"
    AUTHORS = "header.entry-header .entry-meta .byline a"
    TOPICS = "footer.entry-footer .entry-footer__tags a"

    def kicker(self) -> str | None:
        """The subtitle span without its ``:`` separator."""
        element = self.doc.select_one(self.KICKER or "")
        if element is None:
            return None
        separator = text_of(self.doc.select_one(".teaser__subtitle__separator", element))
        text = text_of(element)
        if separator and text.endswith(separator):
            text = text[: -len(separator)].rstrip()
        return text or None

    def headline(self) -> str | None:
        """The ``h1`` text after its leading kicker element (the one that ends in ``:``)."""
        element = self.doc.select_one(self.HEADLINE or "")
        if element is None:
            return None
        text = text_of(element)
        if len(element) and not (element.text or "").strip():
            lead = text_of(element[0])
            if lead.endswith(":") and text.startswith(lead):
                text = text[len(lead) :].strip()
        return text or None

    def paywalled(self) -> bool | None:
        """Never: netzpolitik.org is free to read."""
        return False


SITE = Site(
    name="netzpolitik",
    title="netzpolitik.org",
    domains=("netzpolitik.org",),
    layouts=(Netzpolitik2024,),
    profile=Profile(brands=("netzpolitik.org",)),
)
