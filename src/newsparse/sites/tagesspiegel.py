"""Der Tagesspiegel (tagesspiegel.de): the article page seen 2024.

Class names are short build hashes (``Hao``, ``BOj7``); the selectors lean on
the markup's structure instead. ``article header`` holds the breadcrumb, the
lead figure (credit in the figure's own ``p``), an ``h1`` of two spans marked
``data-ob="kicker"`` and ``data-ob="headline"`` (with a visually hidden ":"
between them), the teaser paragraph right after the ``h1`` block and the
byline with ``time``. The body is ``#story-elements``: ``p`` and ``h3``
between ad wrappers, app and newsletter promos, info boxes (``aside``),
consent-blocked embeds (hydrated components), pull quotes (a box with a
``blockquote`` and an attribution paragraph) and figures whose credit is a
``p`` ("© dpa/..."), kept out by its wording as well in case the figure
changes; the topic links (``/themen/`` pages) follow it.
Tagesspiegel Plus articles say so in JSON-LD ``isAccessibleForFree``.
"""

from __future__ import annotations

from newsparse.conventions import is_credit
from newsparse.document import HtmlElement, select_one, text_of
from newsparse.model import Block, Image
from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile


class Tagesspiegel2024(Layout):
    """The page with ``#story-elements`` (seen 2024)."""

    NAME = "2024"
    MARKER = "article #story-elements"
    REQUIRED = frozenset({"headline", "body", "teaser", "published", "section"})

    SECTION = "article header nav ol li:not(:first-child) a"
    KICKER = "article header h1 [data-ob='kicker']"
    HEADLINE = "article header h1 [data-ob='headline']"
    BODY = "article #story-elements"
    SUBHEADINGS = "h2, h3"
    BOILERPLATE = "[data-hydrate-props], [class^='wrapperSize']"
    # Body figures at any depth (a wrapper may come between); pull-quote portraits are left out.
    IMAGES = "article header figure, article #story-elements figure"
    IMAGE_CREDIT = "figure > p"
    AUTHORS = "article header a[href*='/autoren/']"
    PUBLISHED = "article header time[datetime]"
    # Topic links (a list after the body) by their target, not by where the list sits.
    TOPICS = "article ul li a[href*='/themen/']"

    def teaser(self) -> str | None:
        """The first header paragraph after the ``h1`` that is neither a credit nor the date."""
        seen_h1 = False
        for element in self.doc.select("article header h1, article header p"):
            if element.tag == "h1":
                seen_h1 = True
            elif seen_h1 and not _inside(element, "figure") and select_one(element, "time") is None:
                return text_of(element) or None
        return None

    def body(self) -> tuple[Block, ...]:
        """The body without pull quotes (a ``blockquote`` box) and image credits ("© ...")."""
        container = self.doc.select_one(self.BODY or "")
        if container is None:
            return ()
        quoted: set[str] = set()
        for box in self._quote_boxes():
            quoted.update(text_of(p) for p in self.doc.select("p", box))
        return tuple(
            block
            for block in super().body()
            if block.text not in quoted and not _is_credit_line(block.text)
        )

    def images(self) -> tuple[Image, ...]:
        """The figures, without the portraits in pull-quote boxes."""
        boxes = self._quote_boxes()
        found: list[Image] = []
        for element in self.doc.select(self.IMAGES or ""):
            if element in boxes or any(a in boxes for a in element.iterancestors()):
                continue
            image = self.image(element, is_cover=not found)
            if image is not None:
                found.append(image)
        return tuple(found)

    def _quote_boxes(self) -> set[HtmlElement]:
        """The body's top-level elements that hold a ``blockquote`` (pull quotes)."""
        container = self.doc.select_one(self.BODY or "")
        if container is None:
            return set()
        boxes: set[HtmlElement] = set()
        for quote in self.doc.select("blockquote", container):
            box = quote
            parent = box.getparent()
            while parent is not None and parent is not container:
                box, parent = parent, parent.getparent()
            boxes.add(box)
        return boxes


def _is_credit_line(text: str) -> bool:
    return text.startswith("©") and is_credit(text)


def _inside(element: HtmlElement, tag: str) -> bool:
    return any(ancestor.tag == tag for ancestor in element.iterancestors())


SITE = Site(
    name="tagesspiegel",
    title="Der Tagesspiegel",
    domains=("tagesspiegel.de",),
    layouts=(Tagesspiegel2024,),
    profile=Profile(brands=("Tagesspiegel", "Der Tagesspiegel"), section_paths=True),
)
