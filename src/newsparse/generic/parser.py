"""GenericParser: one method per part, each from the most trusted signal that has it.

JSON-LD first, then meta tags, then the DOM; the headline and kicker the other way
round (the printed ``h1`` is the headline, issue 16). Every method returns the value and
its origin (``jsonld``, ``meta`` or ``dom``) as :class:`Found`, so the report can
say where a part came from. The DOM work lives in the sibling modules; here each
part is computed once and cached.
"""

from __future__ import annotations

import html
import re
from datetime import datetime
from typing import Any

import lxml.html
from lxml import etree

from newsparse.blocks import is_boilerplate_text
from newsparse.conventions import normalize, parse_byline, parse_date
from newsparse.document import Document, HtmlElement, text_of
from newsparse.generic.body import Extract, check_against_ld, extract, read_blocks
from newsparse.generic.captions import page_captions, without_repeats
from newsparse.generic.container import Measure, find_container, key, measure, name_key
from newsparse.generic.dates import DATED_TYPES, dom_date
from newsparse.generic.heading import in_trail, printed_heading, title_element
from newsparse.generic.images import dom_images, image_scope
from newsparse.generic.jsonld import ld_authors, ld_free, ld_images, ld_text, ld_types
from newsparse.generic.people import labelled_byline, named_bylines
from newsparse.generic.section import (
    dom_breadcrumbs,
    ld_breadcrumbs,
    own_names,
    section_of_crumbs,
    url_section,
)
from newsparse.generic.source import source_after, split_last
from newsparse.generic.titles import (
    clean_title,
    descriptions,
    find_h1,
    h1_kicker,
    kicker_above,
    printed_lead,
    site_names,
    split_kicker,
    without_kicker,
)
from newsparse.model import Block, Image, Paragraph, SourceLine
from newsparse.parts import Found

#: An ``articleBody`` holding HTML, read like the page rather than line by line.
_HTML_BODY = re.compile(r"<(?:p|h[2-6]|br|div)\b", re.I)


class GenericParser:
    """Reads each part of an article from any page.

    With ``dom=False`` it reads JSON-LD and meta tags only and finds nothing
    in the DOM: what a site layout takes for the parts it has no element for.
    """

    NAME = "generic"

    def __init__(self, doc: Document, tz: str = "Europe/Berlin", *, dom: bool = True) -> None:
        self.doc = doc
        self.tz = tz
        self.dom = dom
        self.ld: dict[str, Any] = doc.article_ld or {}
        self._measure: Measure | None = None
        self._container: HtmlElement | bool | None = False
        self._h1: HtmlElement | bool | None = False
        self._headline: Found[str | None] | None = None
        self._kicker: Found[str | None] | None = None
        self._above: str | bool | None = False
        self._extract: Extract | None = None
        self._body: Found[tuple[Block, ...]] | None = None
        self._teaser: Found[str | None] | None = None
        self._section: Found[str | None] | None = None
        self._images: Found[tuple[Image, ...]] | None = None
        self._split_source: SourceLine | None = None

    # -- parts --------------------------------------------------------------

    def headline(self) -> Found[str | None]:
        """The printed headline (the ``h1`` or its stand-in) without its kicker, else JSON-LD
        ``headline``, else og:title; site names cut off."""
        if self._headline is None:
            self._headline = self._find_headline()
        return self._headline

    def kicker(self) -> Found[str | None]:
        """The Dachzeile: a kicker meta tag, else the kicker printed in or just above the
        headline, else the part of the JSON-LD headline before the printed headline."""
        if self._kicker is None:
            self._kicker = self._find_kicker()
        return self._kicker

    def _find_kicker(self) -> Found[str | None]:
        value = self.doc.meta_value("kicker", "dachzeile", "article:kicker", "og:kicker")
        if value:
            return Found(value, "meta")
        printed = self._printed_kicker()
        if printed:
            return Found(printed, "dom")
        headline = self.headline().value
        ld_headline = clean_title(ld_text(self.ld.get("headline")), ())
        if headline and ld_headline and ld_headline != headline:
            split = split_kicker(ld_headline, headline)
            if split:
                return Found(split, "jsonld")
        return Found(None, "dom")

    def _printed_kicker(self) -> str | None:
        h1 = self.h1()
        if h1 is None:
            return None
        inner = h1_kicker(h1)
        if inner is not None:
            return inner[0]
        if in_trail(h1):
            return None  # the line before a crumb is another crumb
        above = self._kicker_above(h1)
        headline_key = key(self.headline().value or "")
        if above and (
            self._is_section_label(above) or (headline_key and headline_key in key(above))
        ):
            return None
        return above

    def _kicker_above(self, h1: HtmlElement) -> str | None:
        """:func:`kicker_above` the headline element, computed once."""
        if self._above is False:
            self._above = kicker_above(h1)
        return self._above if isinstance(self._above, str) else None

    def _is_section_label(self, text: str) -> bool:
        """True when ``text`` names the page's section or a crumb of its trail."""
        labels = {self.section().value or "", *ld_breadcrumbs(self.doc)}
        folded = text.casefold()
        return any(folded == label.casefold() for label in labels if label)

    def teaser(self) -> Found[str | None]:
        """The printed lead matching a description, else JSON-LD or meta description."""
        if self._teaser is None:
            self._teaser = self._find_teaser()
        return self._teaser

    def section(self) -> Found[str | None]:
        """A breadcrumb trail's section, else ``articleSection``, meta, or the URL path.

        Without the DOM (``dom=False``) only ``articleSection`` and meta tags count.
        """
        if self._section is None:  # the kicker's test asks too
            self._section = self._find_section()
        return self._section

    def _find_section(self) -> Found[str | None]:
        crumbs = ld_breadcrumbs(self.doc) if self.dom else ()
        if crumbs:
            found = section_of_crumbs(crumbs, self._names(), self.headline().value)
            if found:
                return Found(found, "jsonld")
        value = self.ld.get("articleSection")
        if isinstance(value, list):
            value = value[0] if value else None
        text = ld_text(value)
        if text:
            return Found(text, "jsonld")
        if self.dom:
            crumbs = dom_breadcrumbs(self.doc.root, self.stats.runs)
            found = section_of_crumbs(crumbs, self._names(), self.headline().value)
            if found:
                return Found(found, "dom")
        meta = self.doc.meta_value("article:section", "section")
        if meta or not self.dom:
            return Found(meta, "meta")
        return Found(url_section(self.doc.url), "meta")

    def _names(self) -> tuple[str, ...]:
        return own_names(self.doc, self.ld)

    def authors(self) -> Found[tuple[str, ...]]:
        """Persons of JSON-LD ``author``, else the byline, else author meta or organisations."""
        persons, organisations = ld_authors(self.ld.get("author"))
        if persons:
            return Found(persons, "jsonld")
        bylines = self.dom and (
            self._extracted().bylines
            or named_bylines(self.article_root())
            or labelled_byline(self.stats)
        )
        if bylines:
            return Found(bylines, "dom")
        meta = self.doc.meta_value("author", "article:author", "dc.creator", "byl")
        meta_names = parse_byline(meta) if meta and not meta.startswith("http") else ()
        meta_names = tuple(n for n in meta_names if "@" not in n)
        sites = site_names(self.doc, self.ld)
        if meta_names and not any(any(s in name_key(n) for s in sites) for n in meta_names):
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
        value = ld_free(self.ld.get("isAccessibleForFree"))
        if value is None:
            parts = self.ld.get("hasPart")
            for part in parts if isinstance(parts, list) else [parts]:
                if isinstance(part, dict) and ld_free(part.get("isAccessibleForFree")) is False:
                    value = False
        if value is None:
            return Found(None, "jsonld")
        return Found(not value, "jsonld")

    def images(self) -> Found[tuple[Image, ...]]:
        """Figures of the article with caption and credit, else JSON-LD ``image``, else og:image."""
        if self._images is None:
            self._images = self._find_images()
        return self._images

    def body(self) -> Found[tuple[Block, ...]]:
        """Paragraphs and subheadings of the content container, checked against ``articleBody``."""
        if self._body is None:
            self._body = self._find_body()
        return self._body

    def source(self) -> Found[SourceLine | None]:
        """The source line (``Quelle: ...``, ``(dpa)``) at the end of the article.

        One of the body's last lines, else the end of its last paragraph, else
        the first short line after it (:mod:`newsparse.generic.source`).
        """
        found = self._extracted().source
        if found is None and self.dom:
            body = self.body().value
            found = self._split_source
            if found is None and body:
                found = source_after(self.content_container(), self.stats, body[-1].text)
        return Found(found, "dom")

    # -- the DOM ------------------------------------------------------------

    @property
    def stats(self) -> Measure:
        """Text measures of every element, computed once."""
        if self._measure is None:
            self._measure = measure(self.doc.root)
        return self._measure

    def content_container(self) -> HtmlElement | None:
        """The element with the most paragraph text net of its other text."""
        if self._container is False:
            self._container = find_container(self.stats) if self.dom else None
        return self._container if isinstance(self._container, HtmlElement) else None

    def h1(self) -> HtmlElement | None:
        """The element printing the headline: the article's ``h1``, or where the ``h1`` is a
        crumb of a trail or missing, the element printing the structured headline or the
        first plausible ``h2`` after the trail (at the top of the article)."""
        if self._h1 is False and not self.dom:
            self._h1 = None
        if self._h1 is False:
            titles = (
                ld_text(self.ld.get("headline")),
                self.doc.meta_value("og:title", "twitter:title"),
            )
            h1 = find_h1(self.doc.h1s, titles, self.content_container)
            if h1 is None or in_trail(h1):
                # The h1 is the last crumb of a trail (or there is none): the headline is
                # printed elsewhere.
                printed = title_element(self.stats, titles[0], h1)
                if printed is None:
                    printed = printed_heading(self.stats, h1, self._article_scope())
                h1 = printed if printed is not None else h1
            self._h1 = h1
        return self._h1 if isinstance(self._h1, HtmlElement) else None

    def _article_scope(self) -> HtmlElement | None:
        """The ``article`` holding the content container, else the container's parent."""
        container = self.content_container()
        if container is None:
            return None
        found = container.xpath("ancestor-or-self::article[1]")
        if isinstance(found, list) and found and isinstance(found[0], HtmlElement):
            return found[0]
        return container.getparent()

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

    # -- finding the parts ----------------------------------------------------

    def _find_headline(self) -> Found[str | None]:
        names = site_names(self.doc, self.ld)
        ld = clean_title(ld_text(self.ld.get("headline")), names)
        og = clean_title(self.doc.meta_value("og:title", "twitter:title"), names)
        printed = self._printed_headline((ld, og), names)
        if printed:
            return Found(printed, "dom")
        if ld:
            # "Kicker: headline" in JSON-LD, the headline alone in og:title: the kicker goes.
            if og and og != ld and split_kicker(ld, og):
                return Found(og, "meta")
            return Found(ld, "jsonld")
        if og:
            return Found(og, "meta")
        title = clean_title(self.doc.text("title"), names)
        return Found(title or None, "meta")

    def _printed_headline(
        self, titles: tuple[str | None, ...], names: tuple[str, ...]
    ) -> str | None:
        """The headline as the page prints it: the ``h1`` (or the element standing in for
        it) without a kicker it holds or begins with. ``None`` when the element is no
        plausible headline: a site's name, or far from the article and unlike its titles."""
        h1 = self.h1()
        if h1 is None:
            return None
        parts = h1_kicker(h1)
        text = parts[1] if parts else text_of(h1)
        if not text or not self._plausible_headline(h1, text, titles, names):
            return None
        meta = self.doc.meta_value("kicker", "dachzeile", "article:kicker", "og:kicker")
        for kicker in (meta, None if parts else self._kicker_above(h1)):
            if kicker:
                text = without_kicker(text, kicker)
        return text

    def _plausible_headline(
        self,
        element: HtmlElement,
        text: str,
        titles: tuple[str | None, ...],
        names: tuple[str, ...],
    ) -> bool:
        wanted = [key(t) for t in titles if t]
        text_key = key(text)
        if not wanted or any(text_key in w or w in text_key for w in wanted):
            return True
        if name_key(text) in names or len(text.split()) < 2:
            return False
        container = self.content_container()
        if container is None:
            return True
        ancestors = {container, *container.iterancestors()}
        node: HtmlElement | None = element
        while node is not None and node not in ancestors:
            node = node.getparent()
        return node is not None and node.tag not in ("body", "html")

    def _find_teaser(self) -> Found[str | None]:
        printed = self._extracted().teaser
        if printed:
            return Found(printed, "dom")
        lead = self.dom and printed_lead(
            self.h1(),
            self.article_root(),
            self.stats,
            self.headline().value,
            descriptions(self.doc, self.ld),
            self.content_container(),
        )
        if lead and not self._is_caption(lead):
            return Found(lead, "dom")
        value = ld_text(self.ld.get("description"))
        if value:
            return Found(html.unescape(value), "jsonld")
        meta = self.doc.meta_value("og:description", "description", "twitter:description")
        return Found(meta, "meta")

    def _is_caption(self, text: str) -> bool:
        """True when ``text`` is an image's caption (a caption is never the lead)."""
        text_key = key(text)
        return any(
            image.caption and text_key.startswith(key(image.caption))
            for image in self.images().value
        )

    def _extracted(self) -> Extract:
        if self._extract is None:
            container = self.content_container()
            self._extract = self._extract_from(container) if container is not None else Extract(())
        return self._extract

    def _extract_from(self, container: HtmlElement) -> Extract:
        raw = read_blocks(self.stats, container)
        skip_keys = {key(t) for t in (self.headline().value, self.kicker().value) if t}
        return extract(raw, skip_keys, descriptions(self.doc, self.ld), self.tz)

    def _find_body(self) -> Found[tuple[Block, ...]]:
        blocks = self._extracted().blocks
        # The lead and image captions are parts of their own, not body text.
        teaser = self.teaser().value
        elsewhere = {key(teaser)} if teaser else set()
        elsewhere.update(key(i.caption) for i in self.images().value if i.caption)
        if elsewhere:
            blocks = tuple(b for b in blocks if key(b.text) not in elsewhere)
        checked, origin = check_against_ld(blocks, self._ld_body())
        if self._extracted().source is None:
            checked, self._split_source = split_last(checked)
        return Found(checked, origin)

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

    def _find_images(self) -> Found[tuple[Image, ...]]:
        from_ld = ld_images(self.doc, self.ld.get("image"))
        found: tuple[Image, ...] = ()
        if self.dom:
            scope = image_scope(self.article_root(), self.content_container())
            found = without_repeats(dom_images(self.doc, scope, self.stats, from_ld))
        if found:
            return Found(found, "dom")
        if from_ld:
            return Found(page_captions(self.doc.root, from_ld), "jsonld")
        og = self.doc.meta_value("og:image", "twitter:image")
        if og:
            cover = (Image(url=self.doc.absolute(og), is_cover=True),)
            return Found(page_captions(self.doc.root, cover), "meta")
        return Found((), "meta")

    def _date(
        self, ld_key: str, meta_keys: tuple[str, ...], dom: bool = True
    ) -> Found[datetime | None]:
        value = self.ld.get(ld_key)
        if isinstance(value, str):
            parsed = parse_date(value, tz=self.tz)
            if parsed is not None:
                return Found(parsed, "jsonld")
        for meta_key in meta_keys:
            meta = self.doc.meta_value(meta_key)
            if meta:
                parsed = parse_date(meta, tz=self.tz)
                if parsed is not None:
                    return Found(parsed, "meta")
        for item in self.doc.jsonld:
            other = item.get(ld_key)
            if item is not self.ld and isinstance(other, str) and ld_types(item) & DATED_TYPES:
                parsed = parse_date(other, tz=self.tz)
                if parsed is not None:
                    return Found(parsed, "jsonld")
        if dom and self.dom:
            parsed = dom_date(self.doc, self.article_root(), self.stats, self.tz)
            if parsed is not None:
                return Found(parsed, "dom")
        return Found(None, "meta")
