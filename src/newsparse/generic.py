"""The generic parser: any German news page, from JSON-LD, meta tags and the DOM.

Each part is read from the most trusted signal that has it: JSON-LD first,
then meta tags, then the DOM. Every method returns the value and its origin
(``jsonld``, ``meta`` or ``dom``), so the report can say where a part came from.

The DOM is measured once: one walk over the tree gives every element's text
length, link text length and the length of the paragraphs inside it. The
content container is the element with the most paragraph text net of the
other text it holds, so a body split over several wrappers is found whole and
a page's navigation and teaser lists stay out. Inside it, boxes that are not
article text (related links, newsletter, share bars, audio players, consent
boxes) are left out by their link density, their form controls and the words
of their class names; bylines, date lines, credits and the source line are
recognised by their German patterns in :mod:`newsparse.conventions`.
"""

from __future__ import annotations

import html
import re
from datetime import datetime
from functools import lru_cache
from typing import Any, Generic, TypeVar

import attrs
import lxml.html
from lxml import etree

from newsparse.blocks import element_date, image_url, is_boilerplate_text
from newsparse.conventions import (
    agency,
    normalize,
    parse_byline,
    parse_credit,
    parse_date,
    parse_source_line,
    split_credit,
)
from newsparse.document import Document, HtmlElement, text_of
from newsparse.model import Block, Credit, Image, Paragraph, SourceLine, Subheading

T = TypeVar("T")

#: Elements whose text is never read.
_IGNORED = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "head", "title", "meta", "link",
        "iframe", "object", "embed", "canvas", "math", "select", "option", "textarea",
        "input", "button", "audio", "video", "source", "track", "map", "dialog",
    }
)  # fmt: skip
#: Block-level elements: a paragraph is a block without blocks inside.
_BLOCKS = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav",
        "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td",
        "th", "caption", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure",
        "figcaption", "picture", "pre", "form", "fieldset", "details", "summary", "address",
        "hr", "center", "hgroup", "menu", "body", "html",
    }
)  # fmt: skip
_PARAGRAPHS = frozenset({"p", "div", "li", "dd", "blockquote", "td", "pre", "section"})
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
#: Regions that hold no body text, unless they hold most of the article.
_SIDE_REGIONS = frozenset({"nav", "aside", "footer", "header", "figure", "figcaption"})
#: Regions of links around the article, measured without walking them.
_NAVIGATION = frozenset({"nav", "footer", "aside"})
_TEXT_LENGTH = etree.XPath("string-length(normalize-space(.))")
#: Words in class names or ids that mark a box as not article text.
_BOILERPLATE_WORDS = frozenset(
    {
        "related", "recommend", "recommended", "recommendation", "recommendations",
        "newsletter", "share", "sharing", "shariff", "social", "socials", "comment",
        "comments", "advert", "advertisement", "adslot", "banner", "consent", "cmp",
        "breadcrumb", "breadcrumbs", "outbrain", "taboola", "byline", "subscribe",
        "subscription", "cookie", "poll", "survey", "rating", "toolbar", "bookmark",
        "lesetipp", "lesetipps", "readmore", "login", "modal", "popup", "overlay",
        "audioplayer", "player", "podcast", "promo", "sidebar", "infobox", "embed",
        "tags", "keywords", "author", "authors", "autor", "copyright", "credit",
        "caption", "bildunterschrift", "media", "video", "gallery", "slideshow",
        "expandable", "collapsible", "accordion",
    }
)  # fmt: skip
#: Beginnings of class words glued to others (``relatedbroadcast``, ``teaserbox``).
_BOILERPLATE_PREFIXES = (
    "related", "recommend", "newsletter", "teaser", "comment", "advert", "outbrain",
    "taboola", "social", "sharing", "profile",
)  # fmt: skip
_LEAD_WORDS = frozenset(
    {
        "lead", "intro", "teaser", "summary", "standfirst", "excerpt", "abstract",
        "description", "vorspann", "lede", "subtitle", "subline", "introduction",
    }
)  # fmt: skip
_KICKER_WORDS = frozenset(
    {
        "kicker", "dachzeile", "roofline", "overline", "topline", "eyebrow", "overhead",
        "spitzmarke", "superline", "pretitle", "supertitle", "rubric",
    }
)  # fmt: skip
_FIGURE_WORDS = frozenset(
    {"picture", "image", "img", "photo", "foto", "bild", "figure", "media", "pic", "imagebox"}
)
_FIGURE_HINT = re.compile(r"pic|im(?:a)?g|foto|photo|bild|figure|media", re.I)
_CAPTION_WORDS = frozenset(
    {"caption", "figcaption", "bildunterschrift", "legend", "bu", "imagetext", "subline"}
)
_TEASER_WORDS = frozenset(
    {
        "related", "recommend", "recommendation", "promo", "outbrain", "taboola", "more",
        "audio", "player", "podcast",
    }
)  # fmt: skip
_COMMENT_WORDS = frozenset(
    {"comment", "comments", "kommentar", "kommentare", "leserkommentar", "forum", "discussion"}
)
_PLAYER_WORDS = frozenset({"audio", "podcast", "audioplayer"})
_CAPTION_LABEL = re.compile(r"^(?:legende|bildunterschrift|bildtext)\s*:\s*", re.I)
#: Subscription, app and affiliate prompts: a short block saying one of these is no article text.
_PROMOTION = re.compile(
    r"kostenlos testen|gratis testen|jetzt testen|probeabo|einige zeit inaktiv|nein,? danke\b|"
    r"in einer app\b|app herunterladen|push-nachrichten|affiliate|zweitbeste art|"
    r"jetzt abonnieren|abonnieren sie|jetzt anmelden|zum newsletter|newsletter abonnieren",
    re.I,
)
#: Two labels run together without a space (``WissenschaftGlobal``): a breadcrumb, no kicker.
_GLUED = re.compile(r"[a-zäöüß][A-ZÄÖÜ][a-zäöüß]")
_AUTHOR_LABEL = re.compile(
    r"^autor(?:in|en|innen)?(?:\s*/\s*autor(?:in|en|innen)?)?\s*:?\s+(.{3,90})$", re.I
)
_NAME_PARTICLES = frozenset({"von", "van", "de", "der", "den", "zu", "di", "da", "le", "la", "al"})
_DATE_WORDS = frozenset(
    {"date", "datum", "dateline", "published", "pubdate", "timestamp", "datetime", "publishdate"}
)
#: JSON-LD types whose dates stand for the page's when there is no article object.
_DATED_TYPES = frozenset({"ClaimReview", "WebPage", "ItemPage", "MediaObject", "VideoObject"})
_BYLINE_WORDS = frozenset({"author", "authors", "autor", "autoren", "byline", "creator", "person"})
_CREDIT_WORDS = frozenset(
    {"credit", "credits", "copyright", "source", "quelle", "photographer", "rights", "author"}
)
_WORD_SPLIT = re.compile(r"[^A-Za-z0-9äöüÄÖÜ]+|(?<=[a-zäöü])(?=[A-ZÄÖÜ])")
_KEY = re.compile(r"[\W_]+", re.UNICODE)
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_BR = "\x00"
_PARAGRAPH_BREAK = re.compile(rf"{_BR}\s*{_BR}")
_SOURCE_HINT = re.compile(r"^\(?(?:quellen?\s*:|mit material (?:von|der|des))", re.I)
_BYLINE_START = re.compile(
    r"^(?:von|by|text|autor(?:in|en)?\s*:|ein (?:kommentar|gastbeitrag|interview|essay) von)\s",
    re.I,
)
_DATE_LINE = re.compile(
    r"^(?:(?:stand|aktualisiert|veröffentlicht|erstellt|zuletzt aktualisiert|"
    r"update|publiziert)(?: am)?\s*:?\s*)?[\w., :|-]{0,40}\d{1,2}[.:]\s?\d{1,2}",
    re.I,
)
_READING_TIME = re.compile(r"^(?:lesezeit\s*:?\s*)?(?:ca\.\s*)?\d{1,3}\s*min(?:\.|uten)?\b", re.I)
_CREDIT_START = re.compile(
    r"^\(?\s*(?:fotos?|bild(?:er)?|grafik|quelle|copyright|illustration|video|"
    r"symbolbild|archivbild|titelbild)\s*:|^\(?\s*©",
    re.I,
)
_KICKER_SEPARATOR = re.compile(r"^\s*(.{2,80}?)\s*(?::|\s[-–—|]\s)\s*(.+)$")
_TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")
_MAX_DEPTH = 400
#: Characters of paragraph text below which a page has no article body (an imprint line).
_MIN_ARTICLE_TEXT = 40
_SCREEN_READER = ("sr-only", "visually-hidden", "visuallyhidden", "offscreen", "screen-reader")
_HTML_BODY = re.compile(r"<(?:p|h[2-6]|br|div)\b", re.I)


@attrs.frozen
class Found(Generic[T]):
    """A part's value and where it came from."""

    value: T
    origin: str


@attrs.frozen
class _Measure:
    """Per-element text measures from one walk over the tree."""

    text: dict[HtmlElement, int]
    """Characters of text inside the element."""
    links: dict[HtmlElement, int]
    """Characters of link text inside the element."""
    good: dict[HtmlElement, int]
    """Characters of paragraph text inside the element (paragraphs of 40+ characters)."""
    blocky: set[HtmlElement]
    """Elements with a block-level element inside."""


def measure(root: HtmlElement) -> _Measure:
    """Measure text, link text and paragraph text of every element in one walk.

    A paragraph is a block without blocks inside, or the loose text of a block
    (text and inline elements between its child blocks, as in ``text<br><br>text``).
    """
    text: dict[HtmlElement, int] = {}
    links: dict[HtmlElement, int] = {}
    good: dict[HtmlElement, int] = {}
    blocky: set[HtmlElement] = set()
    # Per open element: text, links, good, has_block, side, loose text, loose links
    stack: list[list[int]] = [[0, 0, 0, 0, 0, 0, 0]]
    side_depth = 0
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if event == "start":
            if tag in _IGNORED:
                walker.skip_subtree()
                stack.append([0, 0, 0, 0, 0, 0, 0])
                continue
            if tag in _NAVIGATION:
                # Never article text: measured in C, counted as links, not walked.
                walker.skip_subtree()
                measured = _TEXT_LENGTH(element)
                length = int(measured) if isinstance(measured, float) else 0
                stack.append([length, length, 0, 1, 0, 0, 0])
                continue
            side = tag in _SIDE_REGIONS
            side_depth += side
            own = len(element.text.strip()) if element.text else 0
            stack.append([own, 0, 0, 0, int(side), own, 0])
            continue
        counts = stack.pop()
        parent = stack[-1]
        tail = len(element.tail.strip()) if element.tail else 0
        parent[0] += tail
        parent[5] += tail
        if tag in _IGNORED:
            continue
        length, link, inner_good, has_block = counts[0], counts[1], counts[2], counts[3]
        if tag == "a":
            link = length
        if not side_depth and tag in _PARAGRAPHS:
            if not has_block:
                if length >= (1 if tag == "p" else 40) and link < 0.4 * length:
                    inner_good = length
            elif counts[5] >= 80 and counts[6] < 0.4 * counts[5]:
                inner_good += counts[5]
        side_depth -= counts[4]
        text[element] = length
        links[element] = link
        good[element] = inner_good
        parent[0] += length
        parent[1] += link
        parent[2] += inner_good
        if has_block or tag in _BLOCKS:
            parent[3] = 1
            if has_block:
                blocky.add(element)
        else:
            parent[5] += length
            parent[6] += link
    return _Measure(text=text, links=links, good=good, blocky=blocky)


def class_words(element: HtmlElement) -> frozenset[str]:
    """Lower-cased words of an element's class and id (``articleRelated-box`` -> related ...)."""
    value = element.get("class")
    ident = element.get("id")
    if ident:
        value = f"{value} {ident}" if value else ident
    return _words(value) if value else frozenset()


@lru_cache(maxsize=8192)
def _words(value: str) -> frozenset[str]:
    words = {w.lower() for w in _WORD_SPLIT.split(value) if w}
    return frozenset(words | {w[:-1] for w in words if w.endswith("s") and len(w) > 3})


def _name_key(text: str) -> str:
    """A site or section name for comparison: letters and digits, umlauts spelled out."""
    return _key(text).translate(_UMLAUTS)


def _key(text: str) -> str:
    """Letters and digits only, case-folded: for comparing texts across sources."""
    return _KEY.sub("", text).casefold()


@attrs.frozen
class _Extract:
    """What the walk of the content container found."""

    blocks: tuple[Block, ...]
    teaser: str | None = None
    source: SourceLine | None = None
    bylines: tuple[str, ...] = ()


class GenericParser:
    """Reads each part of an article from any page."""

    NAME = "generic"

    def __init__(self, doc: Document, tz: str = "Europe/Berlin") -> None:
        self.doc = doc
        self.tz = tz
        self.ld: dict[str, Any] = doc.article_ld or {}
        self._measure: _Measure | None = None
        self._container: HtmlElement | bool | None = False
        self._h1: HtmlElement | bool | None = False
        self._headline: Found[str | None] | None = None
        self._extract: _Extract | None = None
        self._body: Found[tuple[Block, ...]] | None = None
        self._teaser: Found[str | None] | None = None
        self._images: Found[tuple[Image, ...]] | None = None

    # -- parts --------------------------------------------------------------

    def headline(self) -> Found[str | None]:
        """JSON-LD ``headline``, else og:title, else the ``h1``; site names and kicker cut off."""
        if self._headline is None:
            self._headline = self._find_headline()
        return self._headline

    def kicker(self) -> Found[str | None]:
        """The Dachzeile: a kicker meta tag, else the kicker in or just above the ``h1``."""
        value = self.doc.meta_value("kicker", "dachzeile", "article:kicker", "og:kicker")
        if value:
            return Found(value, "meta")
        headline = self.headline().value
        ld_headline = _clean_title(_ld_text(self.ld.get("headline")), ())
        if headline and ld_headline and ld_headline != headline:
            split = _split_kicker(ld_headline, headline)
            if split:
                return Found(split, "jsonld")
        h1 = self.h1()
        if h1 is None:
            return Found(None, "dom")
        inner = _h1_kicker(h1)
        if inner is not None:
            return Found(inner[0], "dom")
        return Found(self._kicker_above(h1), "dom")

    def teaser(self) -> Found[str | None]:
        """The printed lead matching a description, else JSON-LD or meta description."""
        if self._teaser is None:
            self._teaser = self._find_teaser()
        return self._teaser

    def section(self) -> Found[str | None]:
        """``articleSection`` of JSON-LD, else article:section meta."""
        value = self.ld.get("articleSection")
        if isinstance(value, list):
            value = value[0] if value else None
        text = _ld_text(value)
        if text:
            return Found(text, "jsonld")
        return Found(self.doc.meta_value("article:section", "section"), "meta")

    def authors(self) -> Found[tuple[str, ...]]:
        """Persons of JSON-LD ``author``, else the byline, else author meta or organisations."""
        persons, organisations = _ld_authors(self.ld.get("author"))
        if persons:
            return Found(persons, "jsonld")
        bylines = self._bylines() or self._labelled_byline()
        if bylines:
            return Found(bylines, "dom")
        meta = self.doc.meta_value("author", "article:author", "dc.creator", "byl")
        meta_names = parse_byline(meta) if meta and not meta.startswith("http") else ()
        meta_names = tuple(n for n in meta_names if "@" not in n)
        site_names = self._site_names()
        if meta_names and not any(any(s in _name_key(n) for s in site_names) for n in meta_names):
            return Found(meta_names, "meta")
        if organisations:
            return Found(organisations, "jsonld")
        return Found(meta_names, "meta")

    def published(self) -> Found[datetime | None]:
        """``datePublished``, else article:published_time and kin, else a ``time`` element."""
        return self._date(
            "datePublished",
            (
                "article:published_time",
                "og:article:published_time",
                "date",
                "pubdate",
                "publishdate",
                "dc.date",
                "dc.date.issued",
                "dcterms.created",
                "publish-date",
                "og:published_time",
                "parsely-pub-date",
                "article:published:time",
                "datepublished",
            ),
        )

    def modified(self) -> Found[datetime | None]:
        """``dateModified``, else article:modified_time."""
        return self._date(
            "dateModified",
            (
                "article:modified_time",
                "article:modified:time",
                "datemodified",
                "og:updated_time",
                "last-modified",
                "dcterms.modified",
            ),
            dom=False,
        )

    def topics(self) -> Found[tuple[str, ...]]:
        """``keywords`` of JSON-LD, else article:tag, news_keywords or keywords meta."""
        value = self.ld.get("keywords")
        if isinstance(value, str):
            value = value.split(",")
        if isinstance(value, list):
            topics = tuple(dict.fromkeys(normalize(str(v)) for v in value if normalize(str(v))))
            if topics:
                return Found(topics, "jsonld")
        tags = self.doc.meta.get("article:tag")
        if tags:
            return Found(tuple(dict.fromkeys(t for t in tags if t)), "meta")
        meta = self.doc.meta_value("news_keywords", "keywords")
        if meta:
            return Found(
                tuple(dict.fromkeys(t.strip() for t in meta.split(",") if t.strip())), "meta"
            )
        return Found((), "meta")

    def paywalled(self) -> Found[bool | None]:
        """From ``isAccessibleForFree`` of JSON-LD (the article's or a ``hasPart``'s)."""
        value = _free(self.ld.get("isAccessibleForFree"))
        if value is None:
            parts = self.ld.get("hasPart")
            for part in parts if isinstance(parts, list) else [parts]:
                if isinstance(part, dict) and _free(part.get("isAccessibleForFree")) is False:
                    value = False
        if value is None:
            return Found(None, "jsonld")
        return Found(not value, "jsonld")

    def images(self) -> Found[tuple[Image, ...]]:
        """Figures of the article with caption and credit, else JSON-LD ``image``, else og:image."""
        if self._images is None:
            self._images = self._find_images()
        return self._images

    def _find_images(self) -> Found[tuple[Image, ...]]:
        ld_images = _ld_images(self.doc, self.ld.get("image"))
        found = self._dom_images(ld_images)
        if found:
            return Found(found, "dom")
        if ld_images:
            return Found(ld_images, "jsonld")
        og = self.doc.meta_value("og:image", "twitter:image")
        if og:
            return Found((Image(url=self.doc.absolute(og), is_cover=True),), "meta")
        return Found((), "meta")

    def body(self) -> Found[tuple[Block, ...]]:
        """Paragraphs and subheadings of the content container, checked against ``articleBody``."""
        if self._body is None:
            self._body = self._find_body()
        return self._body

    def source(self) -> Found[SourceLine | None]:
        """The source line (``Quelle: ...``, ``(dpa)``) at the end of the article."""
        return Found(self._extracted().source, "dom")

    # -- the DOM ------------------------------------------------------------

    @property
    def stats(self) -> _Measure:
        """Text measures of every element, computed once."""
        if self._measure is None:
            self._measure = measure(self.doc.root)
        return self._measure

    def content_container(self) -> HtmlElement | None:
        """The element with the most paragraph text net of its other text."""
        if self._container is False:
            self._container = self._find_container()
        return self._container if isinstance(self._container, HtmlElement) else None

    def h1(self) -> HtmlElement | None:
        """The article's ``h1``: the one matching the structured headline, else the first."""
        if self._h1 is False:
            self._h1 = self._find_h1()
        return self._h1 if isinstance(self._h1, HtmlElement) else None

    def article_root(self) -> HtmlElement | None:
        """The smallest element holding both the ``h1`` and the content container."""
        container = self.content_container()
        h1 = self.h1()
        if container is None:
            return h1.getparent() if h1 is not None else None
        if h1 is None:
            return container
        ancestors = set(container.iterancestors())
        ancestors.add(container)
        node: HtmlElement | None = h1
        while node is not None and node not in ancestors:
            node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            return container
        return node

    def _find_container(self) -> HtmlElement | None:
        stats = self.stats
        scored = sorted(
            (
                (good - 0.5 * (stats.text[element] - good), index, element)
                for index, (element, good) in enumerate(stats.good.items())
                if good >= _MIN_ARTICLE_TEXT and element.tag not in ("html", "body")
            ),
            key=lambda item: (-item[0], item[1]),
        )
        for score, _, element in scored[:64]:
            if score > 0 and not _in_comments(element):
                return element
        return None

    def _find_h1(self) -> HtmlElement | None:
        h1s = [h for h in self.doc.root.iter("h1") if not _hidden(h)]
        if not h1s:
            return None
        wanted = {
            _key(t)
            for t in (
                _ld_text(self.ld.get("headline")),
                self.doc.meta_value("og:title", "twitter:title"),
            )
            if t
        }
        for h1 in h1s:
            key = _key(text_of(h1))
            if key and any(key in w or w in key for w in wanted if w):
                return h1
        container = self.content_container()
        if container is not None:
            inside = set(container.iterdescendants("h1"))
            for h1 in h1s:
                if h1 in inside:
                    return h1
        return h1s[0]

    def _extracted(self) -> _Extract:
        if self._extract is None:
            container = self.content_container()
            self._extract = self._extract_from(container) if container is not None else _Extract(())
        return self._extract

    def _extract_from(self, container: HtmlElement) -> _Extract:
        raw: list[tuple[bool, str]] = []  # (is heading, text)
        self._walk(container, container, raw, 0)
        headline = self.headline().value
        skip = {_key(t) for t in (headline, self.kicker().value) if t}
        teaser_candidates = self._descriptions()
        blocks: list[Block] = []
        seen: set[str] = set()
        teaser: str | None = None
        bylines: list[str] = []
        source: SourceLine | None = None
        for index, (is_heading, text) in enumerate(raw):
            key = _key(text)
            if not key or key in skip or key in seen or key.isdigit():
                continue
            if is_boilerplate_text(text) or _READING_TIME.match(text):
                continue
            if len(text) < 220 and _PROMOTION.search(text):
                continue
            if len(text) < 200 and not is_heading and index >= len(raw) - 3:
                line = _source_line(text)
                if line is not None:
                    source = source or line
                    continue
            short = len(text) < 120
            if short and _CREDIT_START.match(text):
                continue
            if short and not is_heading and _BYLINE_START.match(text):
                names = parse_byline(text)
                if names and all(_looks_like_name(n) for n in names):
                    bylines.extend(names)
                    continue
            if len(text) < 70 and _DATE_LINE.match(text) and parse_date(text, tz=self.tz):
                continue
            if (
                len(blocks) < 3
                and teaser is None
                and not is_heading
                and _matches_any(key, teaser_candidates)
            ):
                teaser = text
                continue
            seen.add(key)
            blocks.append(Subheading(text=text) if is_heading else Paragraph(text=text))
        while blocks and isinstance(blocks[-1], Subheading):
            blocks.pop()
        return _Extract(
            blocks=tuple(blocks),
            teaser=teaser,
            source=source,
            bylines=tuple(dict.fromkeys(bylines)),
        )

    def _walk(
        self,
        element: HtmlElement,
        container: HtmlElement,
        out: list[tuple[bool, str]],
        depth: int,
    ) -> None:
        """Append the blocks of ``element`` to ``out``: headings, paragraphs, runs of text."""
        stats = self.stats
        run: list[str] = [element.text or ""]
        link_chars = 0
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _IGNORED:
                run.append(child.tail or "")
                continue
            if tag == "br":
                run.append(_BR)
            elif child not in stats.blocky and tag not in _BLOCKS:
                if not _hidden(child):
                    run.append(_inline_text(child))
                    link_chars += stats.links.get(child, 0)
            else:
                _flush(run, out, link_chars)
                run = []
                link_chars = 0
                if depth < _MAX_DEPTH and not self._skip(child, container):
                    if tag in _HEADINGS:
                        text = text_of(child)
                        if text and len(text) < 250:
                            out.append((True, text))
                    elif tag != "h1":
                        self._walk(child, container, out, depth + 1)
            run.append(child.tail or "")
        _flush(run, out, link_chars)

    def _skip(self, element: HtmlElement, container: HtmlElement) -> bool:
        """True for a box inside the container that is not article text."""
        stats = self.stats
        if _hidden(element):
            return True
        tag = element.tag
        if tag in ("figure", "figcaption", "picture"):
            return True
        good = stats.good.get(element, 0)
        if good and good >= 0.5 * stats.good.get(container, 0):
            return False  # holds most of the article, whatever it is called
        if tag in _SIDE_REGIONS:
            return True
        text = stats.text.get(element, 0)
        if text and stats.links.get(element, 0) > 0.5 * text:
            return True
        words = class_words(element)
        if words & _BOILERPLATE_WORDS or any(w.startswith(_BOILERPLATE_PREFIXES) for w in words):
            return True
        if tag not in _PARAGRAPHS or element in stats.blocky:
            # A box with form controls and little text: newsletter sign-up, consent, poll.
            controls = next(element.iter("input", "button", "textarea", "select"), None)
            return controls is not None and good < 400
        return False

    def _find_body(self) -> Found[tuple[Block, ...]]:
        blocks = self._extracted().blocks
        # The lead and image captions are parts of their own, not body text.
        teaser = self.teaser().value
        elsewhere = {_key(teaser)} if teaser else set()
        elsewhere.update(_key(i.caption) for i in self.images().value if i.caption)
        if elsewhere:
            blocks = tuple(b for b in blocks if _key(b.text) not in elsewhere)
        ld_blocks = self._ld_body()
        if not ld_blocks:
            return Found(blocks, "dom")
        ld_key = "".join(_key(b.text) for b in ld_blocks)
        dom_chars = sum(len(b.text) for b in blocks if isinstance(b, Paragraph))
        found = [b for b in blocks if isinstance(b, Paragraph) and _key(b.text) in ld_key]
        found_chars = sum(len(b.text) for b in found)
        ld_chars = sum(len(b.text) for b in ld_blocks)
        structured = len(ld_blocks) > 1  # a single run of text would lose the paragraphs
        if dom_chars < 0.5 * ld_chars or (
            structured and ld_chars > 1.15 * dom_chars and found_chars >= 0.8 * dom_chars
        ):
            # The DOM shows part of the article (paywall, lazy loading): the whole is in JSON-LD.
            return Found(ld_blocks, "jsonld")
        if found_chars < 0.6 * dom_chars:
            return Found(blocks, "dom")
        # A complete articleBody vouches for the DOM paragraphs it contains.
        headings_in_ld = any(isinstance(b, Subheading) and _key(b.text) in ld_key for b in blocks)
        kept_blocks = tuple(
            b
            for b in blocks
            if _key(b.text) in ld_key or (isinstance(b, Subheading) and not headings_in_ld)
        )
        while kept_blocks and isinstance(kept_blocks[-1], Subheading):
            kept_blocks = kept_blocks[:-1]
        return Found(kept_blocks, "dom")

    def _ld_body(self) -> tuple[Block, ...]:
        """JSON-LD ``articleBody`` as blocks: its HTML read like the page, else one per line."""
        raw = self.ld.get("articleBody")
        if not isinstance(raw, str) or not raw.strip():
            return ()
        blocks: tuple[Block, ...]
        if _HTML_BODY.search(raw):
            try:
                root = lxml.html.document_fromstring(f"<html><body><div>{raw}</div></body></html>")
            except (etree.ParserError, ValueError):
                return ()
            div = root.find("body/div")
            if div is None:
                return ()
            blocks = GenericParser(Document(root, self.doc.url), self.tz)._extract_from(div).blocks
        else:
            lines = (normalize(p) for p in re.split(r"\n", html.unescape(raw)))
            blocks = tuple(Paragraph(text=p) for p in lines if p and not is_boilerplate_text(p))
        teaser = self.teaser().value
        if teaser and blocks and blocks[0].text.startswith(teaser):
            rest = blocks[0].text[len(teaser) :].strip()
            blocks = ((Paragraph(text=rest),) if rest else ()) + blocks[1:]
        return blocks

    def _descriptions(self) -> list[str]:
        keys: list[str] = []
        for value in (
            _ld_text(self.ld.get("description")),
            self.doc.meta_value("og:description"),
            self.doc.meta_value("description"),
            self.doc.meta_value("twitter:description"),
        ):
            if value:
                key = _key(html.unescape(value))
                if len(key) >= 30 and key not in keys:
                    keys.append(key)
        return keys

    def _find_teaser(self) -> Found[str | None]:
        printed = self._extracted().teaser
        if printed:
            return Found(printed, "dom")
        descriptions = self._descriptions()
        lead = self._printed_lead(descriptions)
        if lead:
            return Found(lead, "dom")
        value = _ld_text(self.ld.get("description"))
        if value:
            return Found(html.unescape(value), "jsonld")
        meta = self.doc.meta_value("og:description", "description", "twitter:description")
        return Found(meta, "meta")

    def _printed_lead(self, descriptions: list[str]) -> str | None:
        """The lead printed between the ``h1`` and the body: it matches a description."""
        h1 = self.h1()
        root = self.article_root()
        if h1 is None or root is None:
            return None
        stats = self.stats
        headlines = {_key(text_of(h1)), _key(self.headline().value or "")}
        following = h1.xpath("following::*[position() <= 400]")
        for candidate in following if isinstance(following, list) else ():
            if not isinstance(candidate, HtmlElement) or candidate in stats.blocky:
                continue
            length = stats.text.get(candidate, 0)
            if length < 30 or candidate.tag in _IGNORED or _inside_link(candidate, root):
                continue
            if candidate.tag not in _PARAGRAPHS and candidate.tag not in ("span", "strong", "h2"):
                continue
            text = text_of(candidate)
            key = _key(text)
            if key in headlines:
                continue
            if _matches_any(key, descriptions) or (
                class_words(candidate) & _LEAD_WORDS and length >= 60
            ):
                return text
        return None

    def _find_headline(self) -> Found[str | None]:
        names = self._site_names()
        ld = _clean_title(_ld_text(self.ld.get("headline")), names)
        og = _clean_title(self.doc.meta_value("og:title", "twitter:title"), names)
        h1 = self.h1()
        h1_text = text_of(h1) if h1 is not None else ""
        h1_parts = _h1_kicker(h1) if h1 is not None else None
        if ld:
            # "Kicker: headline" in JSON-LD, the headline alone in og:title: the kicker goes.
            if og and og != ld and _split_kicker(ld, og):
                return Found(og, "meta")
            return Found(ld, "jsonld")
        if og:
            return Found(og, "meta")
        if h1_text:
            if h1_parts and not h1_parts[2]:
                return Found(h1_parts[1], "dom")
            return Found(h1_text, "dom")
        title = _clean_title(self.doc.text("title"), names)
        return Found(title or None, "meta")

    def _site_names(self) -> tuple[str, ...]:
        names = [
            self.doc.meta_value("og:site_name", "application-name", "twitter:site") or "",
            self.doc.meta_value("article:section") or "",
        ]
        section = self.ld.get("articleSection")
        if isinstance(section, str):
            names.append(section)
        publisher = self.ld.get("publisher")
        if isinstance(publisher, dict):
            names.append(_ld_text(publisher.get("name")) or "")
        if self.doc.url:
            host = re.sub(r"^https?://(?:www\.)?", "", self.doc.url).split("/")[0]
            names.append(host.rsplit(".", 1)[0] if "." in host else host)
        return tuple(k for k in (_name_key(n) for n in names) if len(k) >= 2)

    def _kicker_above(self, h1: HtmlElement) -> str | None:
        """A kicker-named element beside the ``h1``, else the short line just before it."""
        parent = h1.getparent()
        wrapper = parent.getparent() if parent is not None else None
        for scope in (parent, wrapper):
            if scope is None or scope.tag in ("body", "html"):
                break
            for element in scope.iter():
                if element is h1 or not isinstance(element.tag, str):
                    continue
                if class_words(element) & _KICKER_WORDS and h1 not in element.iterdescendants():
                    text = _kicker_text(element)
                    if text:
                        return text
        node = h1
        for _ in range(2):
            previous = node.getprevious()
            while previous is not None and (
                not isinstance(previous.tag, str)
                or previous.tag in _IGNORED
                or not text_of(previous)
            ):
                previous = previous.getprevious()
            if previous is not None:
                return _kicker_text(previous)
            parent = node.getparent()
            if parent is None or parent.tag in ("body", "article", "main"):
                return None
            node = parent
        return None

    def _dom_date(self) -> datetime | None:
        """A ``time`` element, else a date-named element of the article, else the title's date."""
        root = self.article_root()
        scopes = [root] if root is not None else []
        for scope in scopes:
            for element in scope.iter("time"):
                parsed = element_date(element, self.tz)
                if parsed is not None:
                    return parsed
            for element in scope.iter():
                if (
                    isinstance(element.tag, str)
                    and class_words(element) & _DATE_WORDS
                    and self.stats.text.get(element, 101) <= 100
                    and not _inside_link(element, scope)
                ):
                    parsed = element_date(element, self.tz)
                    if parsed is not None:
                        return parsed
        for element in self.doc.root.iter("time"):
            if not _inside_link(element, self.doc.root):
                parsed = element_date(element, self.tz)
                if parsed is not None:
                    return parsed
        title = self.doc.text("title")
        if title:
            last = _TITLE_SEPARATOR.split(title)[-1]
            if len(last) <= 20:
                return parse_date(last, tz=self.tz)
        return None

    def _bylines(self) -> tuple[str, ...]:
        found = self._extracted().bylines
        if found:
            return found
        root = self.article_root()
        if root is None:
            return ()
        names: dict[str, None] = {}
        for element in root.iter():
            if not isinstance(element.tag, str) or not (class_words(element) & _BYLINE_WORDS):
                continue
            text = text_of(element)
            if not text or len(text) > 150 or _SOURCE_HINT.match(text):
                continue
            for name in parse_byline(text):
                if _looks_like_name(name):
                    names[name] = None
            if names:
                # Co-authors often sit in sibling elements of the same kind.
                parent = element.getparent()
                for sibling in parent if parent is not None else ():
                    if sibling is not element and sibling.get("class") == element.get("class"):
                        names.update(
                            dict.fromkeys(
                                n for n in parse_byline(text_of(sibling)) if _looks_like_name(n)
                            )
                        )
                break
        return tuple(names)

    def _labelled_byline(self) -> tuple[str, ...]:
        """Names after an ``Autor:`` or ``Autorin/Autor`` label anywhere on the page."""
        text_length = self.stats.text
        for element in self.doc.root.iter("li", "p", "div", "span", "dd"):
            if text_length.get(element, 999) > 100:
                continue
            first = (element.text or "").strip() or (element[0].text if len(element) else "") or ""
            if first.lstrip()[:5].lower() != "autor":
                continue
            match = _AUTHOR_LABEL.match(text_of(element))
            if match:
                names = tuple(n for n in parse_byline(match.group(1)) if _looks_like_name(n))
                if names:
                    return names
        return ()

    def _dom_images(self, ld_images: tuple[Image, ...]) -> tuple[Image, ...]:
        scope = self._image_scope()
        if scope is None:
            return ()
        stats = self.stats
        candidates: list[HtmlElement] = []
        for element in scope.iter("figure", "div", "span", "section", "p"):
            tag = element.tag
            classes = element.get("class")
            if tag == "figure" or (
                classes
                and _FIGURE_HINT.search(classes)
                and class_words(element) & _FIGURE_WORDS
                and stats.text.get(element, 0) <= 400
                and next(element.iter("img"), None) is not None
            ):
                candidates.append(element)
        chosen = set(candidates)
        by_url = {_image_key(i.url): i for i in ld_images if i.url}
        found: list[Image] = []
        for element in candidates:
            if any(a in chosen for a in element.iterancestors()):
                continue  # inside another figure
            if _inside_link(element, scope) or _in_teaser_box(element, scope):
                continue
            if any(class_words(e) & _PLAYER_WORDS for e in element.iter() if e is not element):
                continue  # an audio player's poster
            image = self._figure(element, by_url, not found)
            if image is None or (image.caption and _BYLINE_START.match(image.caption)):
                continue  # nothing to show, or the author's portrait
            if found and image.caption is None and image.credit is None:
                continue  # an icon or a teaser picture, not an article image
            found.append(image)
        return tuple(found)

    def _image_scope(self) -> HtmlElement | None:
        """The article root; where that is the container alone, its ``article`` or grandparent."""
        root = self.article_root()
        container = self.content_container()
        if root is None or container is None or root is not container:
            return root
        for ancestor in root.iterancestors():
            if ancestor.tag in ("article", "main"):
                return ancestor
            if ancestor.tag in ("body", "html"):
                break
        parent = root.getparent()
        grandparent = parent.getparent() if parent is not None else None
        if grandparent is not None and grandparent.tag not in ("body", "html"):
            return grandparent
        return parent if parent is not None and parent.tag not in ("body", "html") else root

    def _figure(
        self, figure: HtmlElement, by_url: dict[str, Image], is_cover: bool
    ) -> Image | None:
        url = image_url(self.doc, figure)
        caption_element = next(figure.iter("figcaption"), None)
        if caption_element is None:
            for element in figure.iterdescendants():
                if isinstance(element.tag, str) and class_words(element) & _CAPTION_WORDS:
                    caption_element = element
                    break
        caption = ""
        credit: Credit | None = None
        if caption_element is not None:
            caption, credit = _caption_and_credit(caption_element)
        if credit is None:
            for element in figure.iter():
                if (
                    isinstance(element.tag, str)
                    and element is not caption_element
                    and class_words(element) & _CREDIT_WORDS
                ):
                    text = text_of(element)
                    if text and len(text) < 200:
                        credit = parse_credit(text)
                        if credit is not None:
                            break
        if credit is None:
            credit = _figure_credit(figure, caption_element)
        if caption_element is None and figure.tag != "figure":
            text = text_of(figure)
            if credit is not None and credit.raw in text:
                text = text.replace(credit.raw, "")
            caption, glued = _split_caption(normalize(text))
            credit = credit or glued
        if caption and _READING_TIME.match(caption):
            caption = ""  # a player's duration ("8 Min"), not a caption
        if credit is None and (is_cover or caption):
            credit = _attribute_credit(figure)
        ld_image = by_url.get(_image_key(url)) if url else None
        if ld_image is not None:
            caption = caption or ld_image.caption or ""
            credit = credit or ld_image.credit
        if url is None and not caption and credit is None:
            return None
        return Image(url=url, caption=caption or None, credit=credit, is_cover=is_cover)

    def _date(
        self, ld_key: str, meta_keys: tuple[str, ...], dom: bool = True
    ) -> Found[datetime | None]:
        value = self.ld.get(ld_key)
        if isinstance(value, str):
            parsed = parse_date(value, tz=self.tz)
            if parsed is not None:
                return Found(parsed, "jsonld")
        for key in meta_keys:
            meta = self.doc.meta_value(key)
            if meta:
                parsed = parse_date(meta, tz=self.tz)
                if parsed is not None:
                    return Found(parsed, "meta")
        for item in self.doc.jsonld:
            other = item.get(ld_key)
            if item is not self.ld and isinstance(other, str) and _types(item) & _DATED_TYPES:
                parsed = parse_date(other, tz=self.tz)
                if parsed is not None:
                    return Found(parsed, "jsonld")
        if dom:
            parsed = self._dom_date()
            if parsed is not None:
                return Found(parsed, "dom")
        return Found(None, "meta")


# -- helpers -------------------------------------------------------------------


def _flush(run: list[str], out: list[tuple[bool, str]], link_chars: int) -> None:
    """Append the paragraphs of a run of inline text, unless the run is mostly links."""
    joined = "".join(run)
    stripped = joined.strip(f" \t\r\n{_BR}")
    if not stripped or link_chars > 0.6 * len(stripped):
        return
    for piece in _PARAGRAPH_BREAK.split(joined):
        text = normalize(piece.replace(_BR, " "))
        if text:
            out.append((False, text))


def _inline_text(element: HtmlElement) -> str:
    """The text of an inline element, ``<br>`` marked; iterative, so any depth is fine."""
    parts: list[str] = []
    walker = etree.iterwalk(element, events=("start", "end"))
    for event, node in walker:
        tag = node.tag
        if event == "start":
            if not isinstance(tag, str) or tag in _IGNORED:
                walker.skip_subtree()
            elif tag == "br":
                parts.append(_BR)
            elif node.text:
                parts.append(node.text)
        elif node is not element and node.tail:
            parts.append(node.tail)
    return "".join(parts)


def _hidden(element: HtmlElement) -> bool:
    """Hidden, or text for screen readers only (``sr-only``, ``visually-hidden``)."""
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = element.get("style")
    if style and "display:none" in style.replace(" ", "").lower():
        return True
    classes = element.get("class")
    return bool(classes) and any(h in classes.lower() for h in _SCREEN_READER)


def _matches_any(key: str, candidates: list[str]) -> bool:
    """True when ``key`` and a candidate share their opening (a description may be cut short)."""
    if len(key) < 30:
        return False
    for candidate in candidates:
        head = candidate[:60]
        if key == candidate or head in key[:200] or (len(key) >= 60 and key[:60] in candidate):
            return True
    return False


def _source_line(text: str) -> SourceLine | None:
    if len(text) > 200:
        return None
    line = parse_source_line(text)
    if line is None:
        return None
    if _SOURCE_HINT.match(text) or line.agencies or line.outlet:
        return line
    return None


def _looks_like_name(name: str) -> bool:
    """A person's or agency's name: up to five capitalised words (particles aside), no digits."""
    words = name.split()
    if not 1 <= len(words) <= 5 or len(name) >= 60 or any(c.isdigit() for c in name):
        return False
    return all(w[0].isupper() or w.lower() in _NAME_PARTICLES for w in words)


def _kicker_text(element: HtmlElement) -> str | None:
    if element.tag in ("nav", "ol", "ul", "figure", "img", "picture", "time"):
        return None
    text = text_of(element)
    if not text or len(text) > 80 or len(text.split()) > 10 or sum(c.isalpha() for c in text) < 2:
        return None
    if len(element.findall(".//a")) > 1 or _BYLINE_START.match(text) or _GLUED.search(text):
        return None
    if text.lower().startswith(("mehr ", "alle ", "zurück", "weitere ")):
        return None
    if parse_date(text) is not None or is_boilerplate_text(text):
        return None
    return text.rstrip(" :")


def _h1_kicker(h1: HtmlElement) -> tuple[str, str, bool] | None:
    """``(kicker, headline, joined)`` when the ``h1`` holds a kicker span before the headline.

    ``joined`` is true when a colon joins them into one printed line.
    """
    children = [c for c in h1 if isinstance(c.tag, str) and text_of(c)]
    if len(children) < 2:
        return None
    kicker = text_of(children[0]).strip()
    rest = [text_of(c) for c in children[1:]]
    joined = False
    if rest and rest[0].strip() in (":", "-", "–", "—", "|"):
        joined = rest[0].strip() == ":"
        rest = rest[1:]
    headline = normalize(" ".join(rest))
    if kicker.endswith(":"):
        joined = True
        kicker = kicker.rstrip(" :")
    if not kicker or not headline or len(kicker) > 80 or len(kicker) >= len(headline) * 1.5:
        return None
    return kicker, headline, joined


def _split_kicker(full: str, headline: str) -> str | None:
    """The kicker when ``full`` is ``"Kicker: headline"`` (or with a dash) around ``headline``."""
    match = _KICKER_SEPARATOR.match(full)
    if match is None:
        return None
    if _key(match.group(2)) == _key(headline):
        return match.group(1)
    return None


def _clean_title(title: str | None, names: tuple[str, ...]) -> str | None:
    """A title without the site name (``... | Golem.de``, ``... – DW – 28.04.2023``)."""
    if not title:
        return None
    text = normalize(html.unescape(html.unescape(title)))
    for _ in range(3):
        pieces = _TITLE_SEPARATOR.split(text)
        if len(pieces) < 2:
            break
        last = pieces[-1]
        last_key = _name_key(last)
        is_site = bool(last_key) and any(_same_name(last_key, n) for n in names)
        is_date = len(last) < 20 and parse_date(last) is not None
        if not (is_site or is_date):
            break
        text = text[: text.rfind(last)]
        text = re.sub(r"[\s|–—-]+$", "", text).strip()
    return text or None


def _same_name(segment: str, name: str) -> bool:
    """True when a title segment names the site: equal, or one holds the other (4+ letters)."""
    if segment == name:
        return True
    return min(len(segment), len(name)) >= 4 and (name in segment or segment in name)


def _caption_and_credit(caption_element: HtmlElement) -> tuple[str, Credit | None]:
    """The caption text and its credit: a credit element inside, else one glued to the end."""
    caption = _CAPTION_LABEL.sub("", text_of(caption_element))
    for element in caption_element.iter():
        if element is caption_element or not isinstance(element.tag, str):
            continue
        words = class_words(element)
        text = text_of(element)
        if not text:
            continue
        if (
            words & _CREDIT_WORDS or _CREDIT_START.match(text) or element.tag in ("small", "cite")
        ) and len(text) < 200:
            credit = parse_credit(text)
            if credit is not None:
                return caption.replace(text, "").strip(" |-–"), credit
    rest, glued = split_credit(caption)
    return rest or "", glued


def _figure_credit(figure: HtmlElement, caption: HtmlElement | None) -> Credit | None:
    """A credit printed in the figure outside its caption (footer, small print, ``Foto:``)."""
    for element in figure.iter("footer", "small", "cite", "span", "p", "div"):
        if caption is not None and (element is caption or caption in element.iterancestors()):
            continue
        text = text_of(element)
        if (
            text
            and len(text) < 150
            and (element.tag in ("footer", "small", "cite") or _CREDIT_START.match(text))
        ):
            credit = parse_credit(text)
            if credit is not None:
                return credit
    return None


def _attribute_credit(figure: HtmlElement) -> Credit | None:
    """A credit in the image's title or alt text: ``Titel | AP``, ``... © NDR Foto: M. Muster``."""
    for img in figure.iter("img"):
        title = img.get("title") or ""
        if " | " in title:
            last = normalize(title.rsplit(" | ", 1)[1])
            if 0 < len(last) <= 80:
                return parse_credit(last)
        for text in (title, img.get("alt") or ""):
            _, credit = split_credit(text)
            if credit is not None:
                return credit
    return None


def _split_caption(text: str) -> tuple[str, Credit | None]:
    if not text:
        return "", None
    rest, credit = split_credit(text)
    return rest or "", credit


def _in_comments(element: HtmlElement) -> bool:
    """True inside a readers' comment section (the element or one of its three ancestors)."""
    node: HtmlElement | None = element
    for _ in range(4):
        if node is None:
            return False
        if class_words(node) & _COMMENT_WORDS:
            return True
        node = node.getparent()
    return False


def _in_teaser_box(element: HtmlElement, root: HtmlElement) -> bool:
    for ancestor in element.iterancestors():
        if ancestor is root:
            return False
        if class_words(ancestor) & _TEASER_WORDS:
            return True
    return False


def _inside_link(element: HtmlElement, root: HtmlElement) -> bool:
    for ancestor in element.iterancestors():
        if ancestor.tag == "a":
            return True
        if ancestor is root:
            return False
    return False


def _image_key(url: str | None) -> str:
    if not url:
        return ""
    path = url.split("?")[0].rstrip("/")
    return path.rsplit("/", 1)[-1].lower()


def _types(item: dict[str, Any]) -> set[str]:
    value = item.get("@type")
    if isinstance(value, list):
        return {v for v in value if isinstance(v, str)}
    return {value} if isinstance(value, str) else set()


def _free(value: Any) -> bool | None:
    if isinstance(value, str):
        return value.strip().lower() not in ("false", "0", "no")
    return value if isinstance(value, bool) else None


def _ld_text(value: Any) -> str | None:
    if isinstance(value, str):
        text = normalize(html.unescape(value)) if "&" in value else normalize(value)
        return text or None
    return None


def _ld_authors(value: Any) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Person names and organisation names of a JSON-LD ``author``."""
    items = value if isinstance(value, list) else [value]
    persons: list[str] = []
    organisations: list[str] = []
    for item in items[:50]:
        if isinstance(item, dict):
            kinds = _types(item)
            name = _ld_text(item.get("name"))
            if name is None:
                given, family = _ld_text(item.get("givenName")), _ld_text(item.get("familyName"))
                name = " ".join(n for n in (given, family) if n) or None
            if not name:
                continue
            if kinds & {"Organization", "NewsMediaOrganization"} or (
                "Person" not in kinds and not agency(name)
            ):
                organisations.append(name)
                continue
        else:
            name = _ld_text(item)
            if not name:
                continue
        names = parse_byline(name) or (name,)
        persons.extend(n for n in names if n)
    return tuple(dict.fromkeys(persons)), tuple(dict.fromkeys(organisations))


def _ld_images(doc: Document, value: Any) -> tuple[Image, ...]:
    items = value if isinstance(value, list) else [value]
    images: list[Image] = []
    for item in items[:50]:
        if isinstance(item, str):
            images.append(Image(url=doc.absolute(item), is_cover=not images))
        elif isinstance(item, dict):
            url = _ld_text(item.get("url")) or _ld_text(item.get("contentUrl"))
            caption = _ld_text(item.get("caption")) or _ld_text(item.get("description"))
            credit_text = _ld_text(item.get("creditText")) or _ld_text(item.get("copyrightHolder"))
            holder = item.get("copyrightHolder") or item.get("author") or item.get("creator")
            if isinstance(holder, list) and holder:
                holder = holder[0]
            if credit_text is None and isinstance(holder, dict):
                credit_text = _ld_text(holder.get("name"))
            elif credit_text is None:
                credit_text = _ld_text(holder)
            credit: Credit | None = parse_credit(credit_text) if credit_text else None
            if caption and credit is None:
                rest, credit = split_credit(caption)
                caption = rest
            images.append(
                Image(url=doc.absolute(url), caption=caption, credit=credit, is_cover=not images)
            )
    return tuple(images)
