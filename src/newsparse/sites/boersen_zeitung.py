"""Börsen-Zeitung (boersen-zeitung.de): the storefront page (2024) and its pxp rebuild (2025).

Both render the same parts with the same class names: ``.article-header``
holds the ``.overline`` (an optional column name in ``.overline-prefix``,
the kicker in ``.overline-text``; its class says ``FREE`` or
``PURCHASABLE``), the ``h1``, the ``.excerpt`` teaser, the ``#authors``
names and the ``.teaser-image`` figure with its ``.image-copyright``.
``#sprylab_purple_content`` holds the text: ``p`` paragraphs (most wrapped
in ``div.no-tts``), subheadings as ``p.wp-block-ppi-onlineinterline``, and
the print edition's heading, sub-heading and author short line, which are
not body text. A BZ+ article adds the ``#paywall`` box inside the text.

2024 wraps everything in ``storefront-*`` elements (the image URL in
``storefront-image[src]``, topics as ``button.tag`` links); the 2025 rebuild
uses ``pxp-*`` classes (the image URL in ``.pxp-image[data-pxp-src]``,
topics only in the ``custom-keywords`` meta tag). The page names no Ressort.
Dates come from the ``article:published`` meta tags.
"""

from __future__ import annotations

import attrs

from newsparse.blocks import figure_image
from newsparse.model import Image
from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile


class BoersenZeitung2024(Layout):
    """The storefront page seen in 2024."""

    NAME = "2024"
    MARKER = "storefront-section.article-header"
    REQUIRED = frozenset({"headline", "teaser", "body", "authors", "published", "images"})

    KICKER = ".article-header .overline .overline-text"
    HEADLINE = ".article-header h1"
    TEASER = ".article-header .excerpt"
    BODY = "#sprylab_purple_content"
    SUBHEADINGS = "p.wp-block-ppi-onlineinterline"
    BOILERPLATE = "#paywall, .article-paywall, [class*='wp-block-ppi-print'], [class*='ppi-author']"
    IMAGES = ".teaser-image"
    IMAGE_CAPTION = "figcaption .caption"
    IMAGE_CREDIT = ".image-copyright"
    IMAGE_SOURCE = "storefront-image[src]"
    """Element whose ``IMAGE_SOURCE_ATTRIBUTE`` is the image URL (no ``img`` is rendered)."""
    IMAGE_SOURCE_ATTRIBUTE = "src"
    AUTHORS = ".article-header #authors"
    PUBLISHED = "meta[property='article:published:time'], meta[property='article:published_time']"
    MODIFIED = "meta[property='article:modified:time'], meta[property='article:modified_time']"
    TOPICS = ".taglist-container button.tag a"
    PAYWALL = ".article-header .overline.PURCHASABLE, #sprylab_purple_content .article-paywall"

    def images(self) -> tuple[Image, ...]:
        """The lead image; its URL is an attribute of the image component."""
        found: list[Image] = []
        for element in self.doc.select(self.IMAGES or ""):
            image = figure_image(
                self.doc,
                element,
                caption=self.IMAGE_CAPTION,
                credit=self.IMAGE_CREDIT,
                is_cover=not found,
            )
            if image is None:
                continue
            if image.url is None:
                source = self.doc.select_one(self.IMAGE_SOURCE, element)
                url = source.get(self.IMAGE_SOURCE_ATTRIBUTE) if source is not None else None
                image = attrs.evolve(image, url=self.doc.absolute(url) if url else None)
            found.append(image)
        return tuple(found)


class BoersenZeitung2025(BoersenZeitung2024):
    """The pxp rebuild seen in 2025: same classes, no storefront elements, no tag links."""

    NAME = "2025"
    MARKER = ".pxp-section.article-header"

    IMAGE_SOURCE = ".pxp-image[data-pxp-src]"
    IMAGE_SOURCE_ATTRIBUTE = "data-pxp-src"

    def topics(self) -> tuple[str, ...]:
        """The ``custom-keywords`` meta tag, comma-separated."""
        value = self.doc.meta_value("custom-keywords") or ""
        return tuple(dict.fromkeys(t.strip() for t in value.split(",") if t.strip()))


SITE = Site(
    name="boersen_zeitung",
    title="Börsen-Zeitung",
    domains=("boersen-zeitung.de",),
    layouts=(BoersenZeitung2025, BoersenZeitung2024),
    profile=Profile(brands=("Börsen-Zeitung",)),
)
