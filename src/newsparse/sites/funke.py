"""The Funke Mediengruppe news portals: layouts shared by WAZ, Morgenpost, Abendblatt, BZ.

Every Funke portal (waz.de, morgenpost.de, abendblatt.de,
braunschweiger-zeitung.de ...) serves the same article page; the site
modules only name their domains and pick these layouts, newest first.

2023 (classic, seen on waz.de): ``article.article`` with an
``.article__header`` (kicker span, ``h2`` headline, ``time``, author
paragraph, hero figure), then ``.article__body`` that opens with the
intro paragraph (dateline span + teaser) and holds ``p.article__paragraph``
and ``h3`` subheadings between ad slots, link lists and the newsletter box.
Topic links close the body in ``.topic-tags``.

2024 (Tailwind redesign): a plain ``article`` with the breadcrumb (its first
link after Home is the Ressort, its ``h1`` an SEO title), an ``hgroup``
(``[data-test=teaser-labels]`` kicker, ``h2`` headline), ``time``, the
``address`` byline and the opener figure. ``.article-body`` holds the teaser
as its first paragraph (``p.font-medium``, dateline in a span), then ``p``
and ``h3`` between asides, modules and ``not-prose`` boxes (galleries, "Auch
interessant", podcasts, newsletter); a dpa story ends with ``p[rel=author]``
("© dpa-infocom, ..."). Topics are the keywords of the page's data layer
(``pageKeywords``), else the "Mehr lesen über" tag box after the article.

2025 (design refresh): the same page with ``[data-test=teaserv2-labels]``
for the kicker and the teaser moved out of the body into
``div.expressive-copy-lg`` below the headline.

Paywall: plus articles say so in JSON-LD (``isAccessibleForFree``), which
the article's paywall flag falls back to; the layouts set no selector.
"""

from __future__ import annotations

import json
import re
from functools import partial
from operator import is_

import attrs

from newsparse.blocks import image_url
from newsparse.conventions import parse_byline, parse_credit, parse_source_line
from newsparse.document import Document, HtmlElement, adjacent, select, text_of
from newsparse.model import Block, Image, Paragraph, SourceLine, Subheading
from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile

_PAGE_KEYWORDS = re.compile(r'"pageKeywords"\s*:\s*("(?:[^"\\]|\\.)*")')


class Funke2023(Layout):
    """The classic page (``article.article``), seen on waz.de in 2023."""

    NAME = "2023"
    MARKER = "article.article .article__header__headline"
    REQUIRED = frozenset({"section", "headline", "teaser", "body", "authors", "published"})

    BREADCRUMB = ".breadcrumb a.breadcrumb__link"
    KICKER = ".article__header .article__header__kicker"
    HEADLINE = ".article__header .article__header__headline"
    TEASER = ".article__body .article__header__intro__text"
    BODY = "article.article .article__body"
    PARAGRAPHS = "p.article__paragraph"
    SUBHEADINGS = "h3"
    BOILERPLATE = (
        ".article__header__intro, .newsletter-cleverreach, .topic-tags, .ad, [id^='piano']"
    )
    IMAGES = "article.article figure"
    IMAGE_CAPTION = ".hero-img__text p, .inline-media__caption-text"
    IMAGE_CREDIT = ".hero-img__credits"
    AUTHORS = ".article__header .author__name"
    PUBLISHED = ".article__header time[datetime]"
    TOPICS = ".topic-tags a.topic-tags__tag"

    def image(self, element: HtmlElement, *, is_cover: bool) -> Image | None:
        """A figure; a lazy-loading placeholder ``img`` gives way to the picture's last source."""
        image = super().image(element, is_cover=is_cover)
        if image is None:
            return None
        if self._credit_wraps_caption(element):
            # A wrapper around the caption is no credit: the credit is a match that
            # neither holds the caption nor sits in it, if there is one.
            caption = self.doc.text(self.IMAGE_CAPTION, element) if self.IMAGE_CAPTION else None
            outside = self._credit_beside_caption(element)
            credit_text = text_of(outside) if outside is not None else ""
            credit = parse_credit(credit_text) if credit_text else None
            image = attrs.evolve(image, caption=caption, credit=credit)
        if image.url and "placeholder" in image.url:
            sources = select(element, "picture source[srcset]")
            image = attrs.evolve(image, url=image_url(self.doc, sources[-1]) if sources else None)
        return image

    def _credit_beside_caption(self, figure: HtmlElement) -> HtmlElement | None:
        """The last ``IMAGE_CREDIT`` match that neither holds nor sits in a caption."""
        if not self.IMAGE_CREDIT or not self.IMAGE_CAPTION:
            return None
        captions = set(select(figure, self.IMAGE_CAPTION))
        for element in reversed(select(figure, self.IMAGE_CREDIT)):
            inside = any(parent in captions for parent in element.iterancestors())
            if not inside and not any(e in captions for e in element.iter()):
                return element
        return None

    def _credit_wraps_caption(self, figure: HtmlElement) -> bool:
        """True when the ``IMAGE_CREDIT`` match holds the caption element (a wrapper)."""
        if not self.IMAGE_CREDIT or not self.IMAGE_CAPTION:
            return False
        credits = select(figure, self.IMAGE_CREDIT)
        if not credits:
            return False
        captions = set(select(figure, self.IMAGE_CAPTION))
        return any(element in captions for element in credits[0].iter())


class Funke2024(Funke2023):
    """The Tailwind redesign (2024): ``hgroup`` head, ``.article-body`` with the teaser inside."""

    NAME = "2024"
    MARKER = "article hgroup [data-test='teaser-labels']"
    REQUIRED = frozenset({"section", "headline", "teaser", "body", "published", "topics"})

    BREADCRUMB = "article nav[data-module-id='BreadcrumbModule'] li a"
    KICKER = "article hgroup [data-test='teaser-labels']"
    HEADLINE = "article hgroup h2"
    TEASER = ".article-body p.font-medium"
    BODY = "article .article-body"
    PARAGRAPHS = "p"
    SUBHEADINGS = "h3"
    # Boxes between the paragraphs are marked ``not-prose`` (galleries, "Auch
    # interessant", podcasts, newsletter) or are modules, sections, link lists
    # and the disclaimer box.
    BOILERPLATE = (
        ".not-prose, [data-module-id], section, .article-body-infobox, ul, ol, "
        "p.font-medium, p[rel='author']"
    )
    IMAGES = "article figure.not-prose"
    IMAGE_CAPTION = "figcaption span.block"
    IMAGE_CREDIT = "figcaption span:not(.block):last-child"
    """The credit closes the caption, after the ``span.block`` text."""
    SOURCE = ".article-body p[rel='author']"
    AUTHORS = "article address"
    AUTHOR_NAMES = "article address a[rel='author'], article address span"
    """The name elements of the byline; the address also holds roles ("Redakteurin ...")."""
    PUBLISHED = "article time[datetime]"
    TOPICS = "main [data-test-tags-box] li a, main [data-test-tags-box-v2] li a"
    """The "Mehr lesen über" box after the article (the menu has another tag box)."""

    def __init__(self, doc: Document, tz: str | None = None) -> None:
        super().__init__(doc, tz)
        self._base_body: tuple[Block, ...] | None = None

    def authors(self) -> tuple[str, ...]:
        """Names from the byline's name elements, else from the whole byline."""
        names: dict[str, None] = {}
        for text in self.doc.texts(self.AUTHOR_NAMES):
            names.update(dict.fromkeys(parse_byline(text)))
        return tuple(names) or super().authors()

    def body(self) -> tuple[Block, ...]:
        """Paragraphs and subheadings without link teasers and the closing source line.

        Link teasers are paragraphs that are one link ("Mehr über ... lesen Sie
        hier.") or start with ``>>``, and the title of a link list (an ``h3``
        right before a ``ul``).
        """
        blocks = self._blocks()
        drop: set[Block] = set()
        for container in self.doc.select(self.BODY) if self.BODY else []:
            for paragraph in select(container, "p"):
                if _is_link_teaser(paragraph):
                    drop.add(Paragraph(text=text_of(paragraph)))
            for heading in select(container, self.SUBHEADINGS):
                following = adjacent(heading, partial(is_, container))
                if following is not None and following.tag in ("ul", "ol"):
                    drop.add(Subheading(text=text_of(heading)))
        kept = tuple(block for block in blocks if block not in drop)
        if kept and self._closing_text(kept) is not None:
            kept = kept[:-1]
        return kept

    def source(self) -> SourceLine | None:
        """The dpa line (``p[rel=author]``), else a closing italic line such as "mit dpa"."""
        line = super().source()
        if line is not None:
            return line
        closing = self._closing_text(self._blocks())
        return parse_source_line(closing) if closing is not None else None

    def _blocks(self) -> tuple[Block, ...]:
        """The body as the base layout reads it, read once (``body`` and ``source`` need it)."""
        if self._base_body is None:
            self._base_body = super().body()
        return self._base_body

    def _closing_text(self, blocks: tuple[Block, ...]) -> str | None:
        """The last paragraph's text when it is set in italics and reads as a source line."""
        if not blocks or not isinstance(blocks[-1], Paragraph) or len(blocks[-1].text) > 120:
            return None
        text = blocks[-1].text
        if parse_source_line(text) is None:
            return None
        for container in self.doc.select(self.BODY) if self.BODY else []:
            for paragraph in reversed(select(container, "p")):
                if text_of(paragraph) == text:
                    italic = "".join(text_of(e) for e in select(paragraph, "i, em"))
                    return text if italic.replace(" ", "") == text.replace(" ", "") else None
        return None

    def topics(self) -> tuple[str, ...]:
        """The keywords of the page's data layer (``pageKeywords``), else the tag box.

        The 2024 pages list all their keywords in the data layer and show a few
        (or none) in the "Mehr lesen über" box; the 2025 pages leave the data
        layer's list empty.
        """
        for script in self.doc.root.iter("script"):
            match = _PAGE_KEYWORDS.search(script.text or "")
            if match is None:
                continue
            try:
                keywords = json.loads(match.group(1))
            except ValueError:
                break
            if isinstance(keywords, str) and keywords.strip():
                return tuple(dict.fromkeys(k.strip() for k in keywords.split(",") if k.strip()))
            break
        return super().topics()


class Funke2025(Funke2024):
    """The 2025 refresh: ``teaserv2`` labels, teaser below the headline."""

    NAME = "2025"
    MARKER = "article hgroup [data-test='teaserv2-labels']"

    KICKER = "article hgroup [data-test='teaserv2-labels']"
    TEASER = "article div.expressive-copy-lg"


def _is_link_teaser(paragraph: HtmlElement) -> bool:
    """True for a paragraph that is a single link or a ``>>`` pointer to another article."""
    text = text_of(paragraph)
    if text.startswith((">>", "»")):
        return True
    links = select(paragraph, "a")
    return len(links) == 1 and bool(text) and text_of(links[0]) == text


#: The Funke layouts, newest first, for a portal's ``Site``.
LAYOUTS: tuple[type[Layout], ...] = (Funke2025, Funke2024, Funke2023)

#: What every Funke portal has in common beyond its page: URL paths that name the
#: Ressort (``/politik/article...``), the titles' own names, German time.
FUNKE_PROFILE = Profile(
    brands=(
        "WAZ",
        "Berliner Morgenpost",
        "Hamburger Abendblatt",
        "Braunschweiger Zeitung",
        "FUNKE Mediengruppe",
    ),
    section_paths=True,
    section_names={"ratgeber-wissen": "Ratgeber & Wissen", "staedte": "Städte"},
)

#: Funke portals served from the same page templates, with no page of ours yet;
#: the portals we have pages of are sites of their own (``waz``, ``morgenpost`` ...).
SITE = Site(
    name="funke",
    title="Funke portals (same templates)",
    domains=(
        "nrz.de",
        "wp.de",
        "wr.de",
        "ikz-online.de",
        "thueringer-allgemeine.de",
        "otz.de",
        "tlz.de",
    ),
    layouts=LAYOUTS,
    profile=FUNKE_PROFILE,
    family="Funke",
)
