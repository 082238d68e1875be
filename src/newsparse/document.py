"""The page, parsed once: the lxml tree, its meta tags and its JSON-LD.

Every parser reads from one :class:`Document`. Selectors are CSS (see
:mod:`newsparse.css`): on the whole page they are answered from an index of
class and id strings built on first use, below an element by their XPath.
"""

from __future__ import annotations

import ipaddress
import json
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

import attrs
import lxml.etree
import lxml.html
from lxml.html import HtmlElement as HtmlElement

from newsparse.conventions import normalize
from newsparse.conventions.memo import forget
from newsparse.css import PageIndex, answered_by_index, compile_plan
from newsparse.errors import EmptyInputError
from newsparse.places import last_inside
from newsparse.texts import text_of as text_of  # site parsers import it from here

_PARSER = lxml.html.HTMLParser(
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
    no_network=True,
    huge_tree=True,
    collect_ids=False,  # nothing looks elements up through libxml2's id table
    default_doctype=False,  # type: ignore[call-arg]  # lxml-stubs lag the parser options
)
# Every element is a plain HtmlElement, chosen in C. lxml.html's default lookup calls a
# Python method for each element proxy to pick form classes we never use (~5% of a parse).
_PARSER.set_element_class_lookup(
    lxml.etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement,
        comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction,
        entity=lxml.html.HtmlEntity,
    )
)
_MAX_JSONLD_CHARS = 2_000_000
#: Letters of an ``h1`` read to compare it with the page's titles (each ``h1`` through
#: :class:`~newsparse.texts.TextStarts`, in page order): a headline is far shorter,
#: and an ``h1`` left open around half the page is compared by its start.
H1_READ = 1000
#: Boxes a selector is run below, each read, before its first match below a box is
#: looked up by place (:meth:`Document.select_one`): most pages ask below a few figures.
_BOXES_READ = 32
_MAX_DEPTH = 2048  # libxml2's nesting limit with huge_tree

#: Types of JSON-LD objects that hold an article.
ARTICLE_TYPES = frozenset(
    {
        "NewsArticle",
        "Article",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "AskPublicNewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "TechArticle",
        "ScholarlyArticle",
        "Report",
    }
)


def select(root: HtmlElement, selector: str) -> list[HtmlElement]:
    """All elements under ``root`` (itself included) that match ``selector``, in page order."""
    return compile_plan(selector).run(root)


def select_one(root: HtmlElement, selector: str) -> HtmlElement | None:
    """The first element that matches ``selector``, or ``None``."""
    return compile_plan(selector).first(root)


#: An absolute http(s) URL that ``urljoin`` returns unchanged: a plain host name and
#: port, no ``;`` parameters, no empty query or fragment, nothing it strips or drops.
_PLAIN_URL = re.compile(
    r"https?://[A-Za-z0-9.-]+(?::[0-9]+)?(?:/[^\x00-\x20\x7f?#;]*)?"
    r"(?:\?[^\x00-\x20\x7f#]+)?(?:#[^\x00-\x20\x7f]+)?"
)
#: A URL scheme (``javascript:``, ``file:``, ``data:`` ...).
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")  # anchored: linear under search too


def http_scheme(url: str) -> bool:
    """True when ``url`` starts with ``http:`` or ``https:`` (in any case)."""
    scheme = _SCHEME.match(url)
    return scheme is not None and scheme.group().lower() in ("http:", "https:")


def http_url(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) URL (a bracketed host a valid IPv6
    address), else ``None``."""
    if not url or not http_scheme(url):
        return None
    if ("[" in url or "]" in url) and not _bracketed_host_ok(url):
        return None
    return url


def _bracketed_host_ok(url: str) -> bool:
    """True when a URL with brackets has a valid IPv6 host (or brackets only after it);
    Python 3.10's ``urljoin`` lets ``https://[]/a`` through."""
    try:
        parts = urlsplit(url)
        host = parts.netloc.rpartition("@")[2]
        if "[" not in host and "]" not in host:
            return True
        ipaddress.IPv6Address(host[host.index("[") + 1 : host.index("]")].split("%")[0])
    except ValueError:
        return False
    return True


def adjacent(
    element: HtmlElement, stop: Callable[[HtmlElement], bool], *, before: bool = False
) -> HtmlElement | None:
    """The element printed right after ``element`` (or before it), looking past the
    wrappers it is the last (or first) child of, up to an ancestor ``stop`` accepts."""
    node: HtmlElement | None = element
    while node is not None and not stop(node):
        sibling = node.getprevious() if before else node.getnext()
        while sibling is not None and not isinstance(sibling.tag, str):  # comments, PIs
            sibling = sibling.getprevious() if before else sibling.getnext()
        if sibling is not None:
            return sibling
        node = node.getparent()
    return None


def following(element: HtmlElement, limit: int, *tags: str) -> Iterator[HtmlElement]:
    """The first ``limit`` elements after ``element`` in page order, its own subtree left
    out (XPath's ``following::*``), only of ``tags`` when given.

    Walks from ``element`` on as the caller reads and stops at ``limit``: XPath's
    ``following::*[position() <= n]`` reads every element to the end of the page
    first, and most callers stop at the first few.
    """
    if limit <= 0:
        return
    wanted = tags or (lxml.etree.Element,)
    count = 0
    node: HtmlElement | None = element
    while node is not None:
        for sibling in node.itersiblings():
            for item in sibling.iter(*wanted):
                yield item
                count += 1
                if count == limit:
                    return
        node = node.getparent()


def _parser_limits(log: lxml.etree._ListErrorLog) -> list[str]:
    """Resource limits libxml2 hit during the parse (it stops reading there)."""
    found: list[str] = []
    for entry in log:
        message = entry.message.lower()
        if "depth" in message:
            found.append(
                f"elements are nested too deep (libxml2 allows {_MAX_DEPTH}); the HTML parser "
                f"stopped at line {entry.line} and did not read the rest of the page"
            )
            break
        if entry.type_name == "ERR_RESOURCE_LIMIT":
            found.append(
                f"the HTML parser hit a resource limit at line {entry.line} "
                f"({entry.message.strip()}) and did not read the rest of the page"
            )
            break
    return found


class Document:
    """One parsed page: tree, URL, meta tags and JSON-LD, shared by every parser."""

    __slots__ = (
        "_article_ld",
        "_base_ok",
        "_index",
        "_jsonld",
        "_landmarks",
        "_meta",
        "_url",
        "invalid_utf8",
        "memo",
        "root",
        "warnings",
    )

    def __init__(self, root: HtmlElement, url: str | None = None) -> None:
        self.root = root
        self._url: str | bool | None = url if url else False  # False: not looked up yet
        self.warnings: tuple[str, ...] = ()
        """What the HTML parser had to give up on (e.g. nesting too deep), in plain words."""
        self.invalid_utf8 = False
        """True when libxml2 met bytes that are not UTF-8 (and put U+FFFD in their place)."""
        self._meta: dict[str, list[str]] | None = None
        self._jsonld: list[dict[str, Any]] | None = None
        self._article_ld: dict[str, Any] | bool | None = False
        self._landmarks: _Landmarks | None = None
        self._index: PageIndex | None = None
        self._base_ok: tuple[str, bool] | None = None
        self.memo: dict[str, dict[Any, Any]] = {}
        """Answers about this page's elements (or selectors) that a helper keeps for its
        next question, by helper (each climb of a page's figures, say, stops where one
        climbed before)."""

    @classmethod
    def from_bytes(cls, data: bytes, url: str | None = None) -> Document:
        """Parse UTF-8 bytes (as :func:`newsparse.decode.decode` makes them).

        Raises :class:`~newsparse.errors.EmptyInputError` (a ``ValueError``) when
        the bytes hold no element at all, e.g. only a comment or a doctype.
        """
        try:
            root = lxml.html.document_fromstring(data, parser=_PARSER)
        except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError) as exc:
            raise EmptyInputError(
                f"the input holds no HTML elements, only comments or a doctype ({exc})"
            ) from exc
        if not isinstance(root, HtmlElement):
            raise EmptyInputError("the input holds no HTML document")
        doc = cls(root, url)
        log = _PARSER.error_log  # a copy on each access: take it once
        if len(log):
            doc.warnings = tuple(_parser_limits(log))
            doc.invalid_utf8 = any(e.type_name == "ERR_INVALID_ENCODING" for e in log)
        return doc

    @property
    def url(self) -> str | None:
        """The page's URL: the one given, else its canonical link or og:url (each
        only if it is an absolute http(s) URL), else ``None``."""
        if self._url is False:
            self._url = http_url(self.canonical) or http_url(self.meta_value("og:url"))
        return self._url if isinstance(self._url, str) else None

    def limit_depth(self, max_depth: int = 256) -> int:
        """Flatten every subtree nested deeper than ``max_depth``; returns how many.

        Each element at depth ``max_depth`` keeps its tag and tail, and its
        descendants become its plain text. Real pages nest a few dozen levels;
        this is for pathological pages whose depth would exhaust recursion.
        """
        deep: list[HtmlElement] = []
        stack: list[tuple[HtmlElement, int]] = [(self.root, 0)]
        while stack:
            element, depth = stack.pop()
            for child in element:
                if not isinstance(child.tag, str):
                    continue
                if depth + 1 >= max_depth and len(child):
                    deep.append(child)
                else:
                    stack.append((child, depth + 1))
        # The tree changes: forget what was read from it, here and in the per-page memos
        # (an element's text among them).
        forget()
        self._index = None
        self._landmarks = None
        self._meta = None
        self._jsonld = None
        self._article_ld = False
        self.memo = {}
        for element in deep:
            text = "".join(element.itertext())
            tail = element.tail
            element.clear()
            element.text = text
            element.tail = tail
        return len(deep)

    # -- selection -------------------------------------------------------

    def select(self, selector: str, root: HtmlElement | None = None) -> list[HtmlElement]:
        """All matches of ``selector`` in the page (or under ``root``), in page order."""
        if root is not None and root is not self.root:
            return select(root, selector)
        return self._page_index().select(selector)

    def within(self, selector: str, container: HtmlElement) -> set[HtmlElement]:
        """The elements under ``container`` (itself included) that match ``selector``."""
        return self._page_index().within(selector, container)

    def _page_index(self) -> PageIndex:
        """The index of the whole page, made on first use."""
        if self._index is None:
            self._index = PageIndex(self.root)
        return self._index

    def select_one(self, selector: str, root: HtmlElement | None = None) -> HtmlElement | None:
        """The first match of ``selector`` (under ``root``), or ``None``.

        Below a box, a selector the page index answers alone is looked up among the
        page's matches by place once it has been asked below :data:`_BOXES_READ` boxes:
        the box and what is in it are one run of places, so asking below each of many
        nested boxes reads none of them whole (and a page asking a few times numbers
        no places).
        """
        if root is not None and root is not self.root and answered_by_index(selector):
            asked = self.memo.setdefault("boxes asked below", {})
            count = asked.get(selector, 0)
            if count >= _BOXES_READ:
                return self._first_below(selector, root)
            asked[selector] = count + 1
        found = self.select(selector, root)
        return found[0] if found else None

    def _first_below(self, selector: str, root: HtmlElement) -> HtmlElement | None:
        index = self._page_index()
        places = index.places()
        if root not in places:  # not an element of this page's tree
            return compile_plan(selector).first(root)
        known = self.memo.setdefault("places of matches", {})
        matched = known.get(selector)
        if matched is None:
            matches = index.select(selector)
            matched = known[selector] = (matches, [places[m] for m in matches])
        matches, at = matched
        first = bisect_left(at, places[root])
        last = last_inside(root, self.memo.setdefault("last inside", {}))
        if first < len(at) and at[first] <= places[last]:
            return matches[first]
        return None

    def text(self, selector: str, root: HtmlElement | None = None) -> str | None:
        """Normalised text of the first match that has text, or ``None``."""
        for element in self.select(selector, root):
            value = text_of(element)
            if value:
                return value
        return None

    def texts(self, selector: str, root: HtmlElement | None = None) -> list[str]:
        """Normalised, non-empty texts of every match."""
        return [t for t in (text_of(e) for e in self.select(selector, root)) if t]

    def absolute(self, href: str | None) -> str | None:
        """``href`` resolved against the page URL; ``None`` if either is malformed or
        the result is not an http(s) URL (``javascript:``, ``file:``, ``data:``)."""
        if not href:
            return None
        href = href.strip()
        if href.startswith("data:"):
            return None
        base = self.url
        if not base:
            return http_url(href)  # a relative URL means nothing without the page's URL
        if _PLAIN_URL.fullmatch(href) and href.isascii() and self._base_parses():
            return href  # what urljoin would return, without taking both URLs apart
        try:
            return http_url(urljoin(base, href))
        except ValueError:  # a malformed host such as "https://[]/" in either URL
            return None

    def _base_parses(self) -> bool:
        """True when the page URL is one ``urljoin`` can take apart (asked once per URL)."""
        url = self.url or ""
        if self._base_ok is None or self._base_ok[0] != url:
            try:
                urlsplit(url)
            except ValueError:
                self._base_ok = (url, False)
            else:
                self._base_ok = (url, True)
        return self._base_ok[1]

    # -- landmarks: one walk finds meta, link, JSON-LD, title and h1 ----------

    def _scan(self) -> _Landmarks:
        if self._landmarks is None:
            found = _Landmarks()
            if self._index is not None and self._index.walked:
                tagged = self._index.tagged  # filed on the index's walk: no walk of our own
                found.metas = tagged("meta")
                found.links = tagged("link")
                scripts: list[HtmlElement] = tagged("script")
                found.title = next(iter(tagged("title")), None)
                found.h1s = tagged("h1")
            else:
                scripts = []
                for element in self.root.iter("meta", "link", "script", "title", "h1"):
                    tag = element.tag
                    if tag == "meta":
                        found.metas.append(element)
                    elif tag == "script":
                        scripts.append(element)
                    elif tag == "link":
                        found.links.append(element)
                    elif tag == "title":
                        if found.title is None:
                            found.title = element
                    else:
                        found.h1s.append(element)
            for element in scripts:
                kind = element.get("type")
                if kind and kind.strip().lower() == "application/ld+json":
                    found.jsonld_scripts.append(element)
            self._landmarks = found
        return self._landmarks

    @property
    def title(self) -> str | None:
        """Normalised text of the page's first ``<title>``, or ``None``."""
        return text_of(self._scan().title) or None

    @property
    def first_h1(self) -> HtmlElement | None:
        """The first ``<h1>`` of the page, or ``None``."""
        return next(iter(self._scan().h1s), None)

    @property
    def h1s(self) -> tuple[HtmlElement, ...]:
        """Every ``<h1>`` of the page, in page order."""
        return tuple(self._scan().h1s)

    @property
    def canonical(self) -> str | None:
        """The ``href`` of ``<link rel="canonical">``, or ``None``."""
        for element in self._scan().links:
            href = element.get("href")
            rel = str(element.get("rel") or "").lower().split()
            if href and href.strip() and "canonical" in rel:
                return str(href).strip()
        return None

    # -- meta tags -------------------------------------------------------

    @property
    def meta(self) -> dict[str, list[str]]:
        """Meta tag contents by lower-cased ``name``, ``property`` or ``itemprop``."""
        if self._meta is None:
            meta: dict[str, list[str]] = {}
            for element in self._scan().metas:
                key = (
                    element.get("property") or element.get("name") or element.get("itemprop") or ""
                )
                content = element.get("content")
                if key and content is not None:
                    meta.setdefault(key.strip().lower(), []).append(normalize(content))
            self._meta = meta
        return self._meta

    def meta_value(self, *keys: str) -> str | None:
        """The first non-empty content among the meta tags ``keys``."""
        for key in keys:
            for value in self.meta.get(key, ()):
                if value:
                    return value
        return None

    @property
    def language(self) -> str | None:
        """The page language from ``<html lang>``, og:locale or content-language."""
        lang = self.root.get("lang") or self.root.get("xml:lang")
        if not lang:
            lang = self.meta_value("og:locale", "content-language", "language", "dc.language")
        if not lang:
            return None
        return lang.strip().replace("_", "-").lower()[:12] or None

    # -- JSON-LD ---------------------------------------------------------

    @property
    def jsonld(self) -> list[dict[str, Any]]:
        """Every JSON-LD object on the page, ``@graph`` and lists flattened."""
        if self._jsonld is None:
            found: list[dict[str, Any]] = []
            for script in self._scan().jsonld_scripts:
                raw = script.text or ""
                if not raw.strip() or len(raw) > _MAX_JSONLD_CHARS:
                    continue
                try:
                    data = json.loads(raw.strip().rstrip(";"), strict=False)
                except (ValueError, RecursionError):
                    continue
                found.extend(_flatten_ld(data, 0))
            self._jsonld = found
        return self._jsonld

    @property
    def article_ld(self) -> dict[str, Any] | None:
        """The JSON-LD object of the article (``NewsArticle`` and kin), or ``None``."""
        if self._article_ld is False:
            best: dict[str, Any] | None = None
            for item in self.jsonld:
                if not _ld_types(item) & ARTICLE_TYPES:
                    continue
                if best is None or ("articleBody" in item and "articleBody" not in best):
                    best = item
            self._article_ld = best
        return self._article_ld if isinstance(self._article_ld, dict) else None

    def ld_types(self) -> set[str]:
        """All ``@type`` values of the page's JSON-LD."""
        types: set[str] = set()
        for item in self.jsonld:
            types |= _ld_types(item)
        return types


@attrs.define
class _Landmarks:
    """Elements every parse looks at, found in one walk over the tree."""

    metas: list[HtmlElement] = attrs.Factory(list)
    links: list[HtmlElement] = attrs.Factory(list)
    jsonld_scripts: list[HtmlElement] = attrs.Factory(list)
    title: HtmlElement | None = None
    h1s: list[HtmlElement] = attrs.Factory(list)


def _ld_types(item: dict[str, Any]) -> set[str]:
    value = item.get("@type")
    if isinstance(value, str):
        return {value}
    if isinstance(value, list):
        return {v for v in value if isinstance(v, str)}
    return set()


def _flatten_ld(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data[:500]:
            yield from _flatten_ld(item, depth + 1)
    elif isinstance(data, dict):
        graph = data.get("@graph")
        if graph is not None:
            yield from _flatten_ld(graph, depth + 1)
        if "@type" in data:
            yield data
