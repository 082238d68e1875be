"""Which elements and attributes of a page hold text, URLs or scripts, and its text runs."""

from __future__ import annotations

import re
from functools import lru_cache

import lxml.html

#: Attributes whose values are text for readers.
TEXT_ATTRIBUTES = frozenset(
    {
        "alt",
        "title",
        "aria-label",
        "aria-description",
        "placeholder",
        "summary",
        "label",
        "data-caption",
        "data-title",
        "data-description",
        "data-alt",
        "data-credit",
        "data-copyright",
        "data-headline",
        "data-text",
        "data-kicker",
        "data-teaser",
        "data-author",
        "data-share-text",
    }
)
#: Attributes whose values are URLs or lists of URLs.
URL_ATTRIBUTES = frozenset(
    {
        "href",
        "src",
        "srcset",
        "data-src",
        "data-srcset",
        "data-original",
        "data-lazy-src",
        "data-url",
        "data-href",
        "poster",
        "action",
        "cite",
        "data-image",
    }
)
#: Meta tags whose ``content`` is kept as printed.
_META_KEEP = re.compile(
    r"viewport|robots|referrer|charset|theme-color|format-detection|verification|"
    r"^fb:|app-id|^twitter:site|^twitter:card|^og:type|^og:locale|locale|language|^msapplication"
    r"|googlebot|^date$|date|time|^article:hash",
    re.I,
)
#: Attributes that name or type things: never redacted.
_STRUCTURAL = frozenset(
    [
        "name",
        "property",
        "itemprop",
        "http-equiv",
        "rel",
        "role",
        "for",
        "itemtype",
        "itemscope",
        "itemid",
        "type",
        "charset",
        "content-type",
        "method",
        "target",
        "loading",
        "decoding",
        "media",
        "sizes",
        "crossorigin",
        "integrity",
        "dir",
        "width",
        "height",
        "slot",
        "is",
    ]
)
_TEXTISH_NAME = re.compile(
    r"caption|credit|copyright|title|alt|label|text|desc|headline|author|byline|kicker|teaser|name"
)
_DROP_TAGS = ("style", "svg", "math", "link")


#: Inline elements: a word may continue across their start and end tags (``<b>Bun</b>d``).
INLINE_TAGS = frozenset(
    [
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "cite",
        "code",
        "data",
        "dfn",
        "em",
        "font",
        "i",
        "kbd",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "time",
        "u",
        "var",
    ]
)


def _text_runs(root: lxml.html.HtmlElement) -> list[list[tuple[lxml.html.HtmlElement, str]]]:
    """Text slots (element, ``text``/``tail``) in page order, grouped across inline tags.

    Slots separated only by an inline element's start or end tag are redacted
    as one text, so a word split by markup (a drop cap ``<span>D</span>ie``,
    a word half in bold) maps whole and a kept phrase may span a link.
    """
    runs: list[list[tuple[lxml.html.HtmlElement, str]]] = []
    previous: tuple[lxml.html.HtmlElement, str] | None = None

    def add(element: lxml.html.HtmlElement, slot: str, joinable: bool) -> None:
        nonlocal previous
        value = getattr(element, slot)
        if not value:
            previous = None
            return
        if joinable and previous is not None and runs and runs[-1][-1] == previous:
            runs[-1].append((element, slot))
        else:
            runs.append([(element, slot)])
        previous = (element, slot)

    def walk(element: lxml.html.HtmlElement) -> None:
        nonlocal previous
        inline = element.tag in INLINE_TAGS
        if element.tag not in ("script", "style"):
            add(element, "text", inline)
            for child in element:
                if isinstance(child.tag, str):
                    walk(child)
                elif child.tail:
                    add(child, "tail", False)
        if element.getparent() is not None:
            if element.tag not in ("script", "style"):
                # Only an inline element without children glues its text to its tail.
                add(element, "tail", inline and not len(element))
            else:
                previous = None
                add(element, "tail", False)

    walk(root)
    return runs


def _inline(element: lxml.html.HtmlElement) -> bool:
    return not element.get("src") and bool((element.text or "").strip())


_CHARSET = re.compile(r"charset\s*=\s*[\w.:-]+", re.I)


def _declare_utf8(root: lxml.html.HtmlElement) -> None:
    """Say the page is UTF-8, as the redacted page is, whatever the original said."""
    for meta in root.iter("meta"):
        if meta.get("charset") is not None:
            meta.set("charset", "utf-8")
        content = meta.get("content")
        if (meta.get("http-equiv") or "").lower() == "content-type" and content:
            meta.set("content", _CHARSET.sub("charset=utf-8", content))


@lru_cache(maxsize=1)
def _parser() -> lxml.html.HTMLParser:
    return lxml.html.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, huge_tree=True
    )
