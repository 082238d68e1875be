"""The generic parser: any news page, from JSON-LD, meta tags and the DOM.

Each part is read from the most trusted signal that has it: JSON-LD first,
then meta tags, then the DOM. Every method returns the value and its origin
(``jsonld``, ``meta`` or ``dom``), so the report can say where a part came from.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any, Generic, TypeVar

import attrs

from newsparse.blocks import body_blocks, element_date, figure_image
from newsparse.conventions import (
    normalize,
    parse_byline,
    parse_credit,
    parse_date,
    parse_source_line,
)
from newsparse.document import Document, HtmlElement, text_of
from newsparse.model import Block, Credit, Image, Paragraph, SourceLine

T = TypeVar("T")

_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}$")
_SOURCE_HINT = re.compile(r"^\(?(?:quellen?:|mit material)", re.I)
_BODY_CANDIDATES = (
    "[itemprop='articleBody'], article, main, [role='main'], "
    "[class*='article-body'], [class*='articleBody'], [class*='article__body'], "
    "[class*='article-content'], [class*='story'], [class*='content'], [id*='content']"
)
#: Class or id fragments that mark boilerplate inside a content container.
GENERIC_BOILERPLATE = (
    "[class*='newsletter'], [class*='teaser'], [class*='related'], [class*='recommend'], "
    "[class*='share'], [class*='social'], [class*='comment'], [class*='advert'], "
    "[class*='banner'], [class*='paywall'], [class*='consent'], [class*='audio'], "
    "[class*='breadcrumb'], [class*='byline'], [class*='author'], [class*='meta'], "
    "[id*='newsletter'], [id*='comments'], [class*='ad-'], [class*='ads-'], [class*='Ad_'], "
    "header, [role='complementary'], [role='navigation']"
)


@attrs.frozen
class Found(Generic[T]):
    """A part's value and where it came from."""

    value: T
    origin: str


class GenericParser:
    """Reads each part of an article from any page."""

    NAME = "generic"

    def __init__(self, doc: Document, tz: str = "Europe/Berlin") -> None:
        self.doc = doc
        self.tz = tz
        self.ld: dict[str, Any] = doc.article_ld or {}

    # -- parts --------------------------------------------------------------

    def headline(self) -> Found[str | None]:
        """``headline`` of JSON-LD, else og:title without the site suffix, else the ``h1``."""
        value = _ld_text(self.ld.get("headline"))
        if value:
            return Found(value, "jsonld")
        h1 = self.doc.text("h1")
        if h1:
            return Found(h1, "dom")
        title = self.doc.meta_value("og:title", "twitter:title") or self.doc.text("title")
        if title:
            return Found(_TITLE_SUFFIX.sub("", title), "meta")
        return Found(None, "dom")

    def teaser(self) -> Found[str | None]:
        """``description`` of JSON-LD, else og:description or description meta."""
        value = _ld_text(self.ld.get("description"))
        if value:
            return Found(value, "jsonld")
        value = self.doc.meta_value("og:description", "description", "twitter:description")
        return Found(value, "meta")

    def section(self) -> Found[str | None]:
        """``articleSection`` of JSON-LD, else article:section meta."""
        value = self.ld.get("articleSection")
        if isinstance(value, list):
            value = value[0] if value else None
        text = _ld_text(value)
        if text:
            return Found(text, "jsonld")
        return Found(self.doc.meta_value("article:section", "section"), "meta")

    def kicker(self) -> Found[str | None]:
        """A kicker meta tag, where the site has one."""
        return Found(self.doc.meta_value("kicker", "dachzeile", "article:kicker"), "meta")

    def authors(self) -> Found[tuple[str, ...]]:
        """``author`` of JSON-LD (persons, not organisations), else author meta."""
        names = _ld_names(self.ld.get("author"))
        if names:
            return Found(names, "jsonld")
        meta = self.doc.meta_value("author", "article:author", "dc.creator", "byl")
        if meta and not meta.startswith("http"):
            return Found(parse_byline(meta), "meta")
        return Found((), "meta")

    def published(self) -> Found[datetime | None]:
        """``datePublished``, else article:published_time or a ``time`` element."""
        return self._date(
            "datePublished",
            (
                "article:published_time",
                "date",
                "pubdate",
                "dc.date",
                "publish-date",
                "og:published_time",
            ),
        )

    def modified(self) -> Found[datetime | None]:
        """``dateModified``, else article:modified_time."""
        return self._date(
            "dateModified", ("article:modified_time", "og:updated_time", "last-modified"), dom=False
        )

    def topics(self) -> Found[tuple[str, ...]]:
        """``keywords`` of JSON-LD, else news_keywords or keywords meta."""
        value = self.ld.get("keywords")
        if isinstance(value, str):
            value = value.split(",")
        if isinstance(value, list):
            topics = tuple(dict.fromkeys(normalize(str(v)) for v in value if normalize(str(v))))
            if topics:
                return Found(topics, "jsonld")
        tags = self.doc.meta.get("article:tag")
        if tags:
            return Found(tuple(dict.fromkeys(tags)), "meta")
        meta = self.doc.meta_value("news_keywords", "keywords")
        if meta:
            return Found(
                tuple(dict.fromkeys(t.strip() for t in meta.split(",") if t.strip())), "meta"
            )
        return Found((), "meta")

    def paywalled(self) -> Found[bool | None]:
        """From ``isAccessibleForFree`` of JSON-LD."""
        value = self.ld.get("isAccessibleForFree")
        if isinstance(value, str):
            value = value.strip().lower() not in ("false", "0", "no")
        if isinstance(value, bool):
            return Found(not value, "jsonld")
        return Found(None, "jsonld")

    def images(self) -> Found[tuple[Image, ...]]:
        """Figures in the content container, else JSON-LD ``image``, else og:image."""
        container = self.content_container()
        if container is not None:
            found: list[Image] = []
            for figure in self.doc.select("figure", container):
                image = figure_image(self.doc, figure, is_cover=not found)
                if image is not None and (image.url or image.caption):
                    found.append(image)
            if found:
                return Found(tuple(found), "dom")
        images = _ld_images(self.doc, self.ld.get("image"))
        if images:
            return Found(images, "jsonld")
        og = self.doc.meta_value("og:image")
        if og:
            return Found((Image(url=self.doc.absolute(og), is_cover=True),), "meta")
        return Found((), "meta")

    def body(self) -> Found[tuple[Block, ...]]:
        """Blocks of the densest content container, else JSON-LD ``articleBody``."""
        container = self.content_container()
        blocks: tuple[Block, ...] = ()
        if container is not None:
            blocks = body_blocks([container], exclude=GENERIC_BOILERPLATE)
            blocks = tuple(b for b in blocks if not _is_source_text(b.text))
        ld_body = _ld_text(self.ld.get("articleBody"))
        if ld_body and len(ld_body) > 1.5 * sum(len(b.text) for b in blocks):
            paragraphs = [normalize(p) for p in re.split(r"\n\s*\n|\n", self.ld["articleBody"])]
            return Found(tuple(Paragraph(text=p) for p in paragraphs if p), "jsonld")
        return Found(blocks, "dom")

    def source(self) -> Found[SourceLine | None]:
        """A ``Quelle:`` line among the last blocks of the content container."""
        container = self.content_container()
        if container is None:
            return Found(None, "dom")
        for element in reversed(self.doc.select("p, div, span", container)[-40:]):
            text = text_of(element)
            if text and len(text) < 200 and _SOURCE_HINT.match(text):
                line = parse_source_line(text)
                if line is not None:
                    return Found(line, "dom")
        return Found(None, "dom")

    # -- helpers ------------------------------------------------------------

    def content_container(self) -> HtmlElement | None:
        """The element whose direct paragraphs hold the most text."""
        best: HtmlElement | None = None
        best_score = 0
        scores: dict[HtmlElement, int] = {}
        for paragraph in self.doc.root.iter("p"):
            parent = paragraph.getparent()
            if parent is None:
                continue
            length = len(text_of(paragraph))
            if length < 40:
                continue
            scores[parent] = scores.get(parent, 0) + length
        for element, score in scores.items():
            if score > best_score:
                best, best_score = element, score
        if best is None:
            return None
        # A body split into several chunks: take the common parent.
        node = best
        parent = node.getparent()
        if (
            parent is not None
            and parent.tag not in ("body", "html")
            and sum(scores.get(child, 0) for child in parent) > best_score * 1.3
        ):
            node = parent
        return node

    def _date(
        self, ld_key: str, meta_keys: tuple[str, ...], dom: bool = True
    ) -> Found[datetime | None]:
        value = self.ld.get(ld_key)
        if isinstance(value, str):
            parsed = parse_date(value, tz=self.tz)
            if parsed is not None:
                return Found(parsed, "jsonld")
        meta = self.doc.meta_value(*meta_keys)
        if meta:
            parsed = parse_date(meta, tz=self.tz)
            if parsed is not None:
                return Found(parsed, "meta")
        if dom:
            parsed = element_date(self.doc.select_one("time[datetime]"), self.tz)
            if parsed is not None:
                return Found(parsed, "dom")
        return Found(None, "meta")


def _is_source_text(text: str) -> bool:
    return bool(_SOURCE_HINT.match(text)) and parse_source_line(text) is not None


def _ld_text(value: Any) -> str | None:
    if isinstance(value, str):
        text = normalize(value)
        return text or None
    return None


def _ld_names(value: Any) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items[:50]:
        if isinstance(item, dict):
            kind = item.get("@type")
            if kind == "Organization" or (isinstance(kind, list) and "Organization" in kind):
                continue
            name = _ld_text(item.get("name"))
        else:
            name = _ld_text(item)
        if name:
            names.extend(parse_byline(name) or (name,))
    return tuple(dict.fromkeys(names))


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
            if credit_text is None and isinstance(item.get("copyrightHolder"), dict):
                credit_text = _ld_text(item["copyrightHolder"].get("name"))
            credit: Credit | None = parse_credit(credit_text) if credit_text else None
            images.append(
                Image(url=doc.absolute(url), caption=caption, credit=credit, is_cover=not images)
            )
    return tuple(images)
