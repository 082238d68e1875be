"""Inline scripts: which ones a parse reads, the page without the others, their string literals."""

from __future__ import annotations

import re
from collections.abc import Collection

import attrs
import lxml.html

from newsparse.decode import decode
from newsparse.model import Article
from newsparse.testing.redact.markup import _inline, _parser

_JS_STRING = re.compile(r""""(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`""")
_JS_UNICODE = re.compile(r"\\u([0-9a-fA-F]{4})")
_JS_ESCAPE = re.compile(r"(\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.))")


def _unescape_letter(match: re.Match[str]) -> str:
    char = chr(int(match.group(1), 16))
    return char if char.isalpha() else match.group(0)


def _is_jsonld(element: lxml.html.HtmlElement) -> bool:
    return (element.get("type") or "").strip().lower() == "application/ld+json"


def _keep_link(element: lxml.html.HtmlElement) -> bool:
    rel = (element.get("rel") or "").lower()
    return "stylesheet" not in rel and "preload" not in rel and "modulepreload" not in rel


def _kept_scripts(
    root: lxml.html.HtmlElement, keep: bool | Collection[int]
) -> set[lxml.html.HtmlElement]:
    """The inline scripts (not JSON-LD) that ``keep`` names, by position in page order."""
    if keep is False:
        return set()
    inline = [e for e in root.iter("script") if not _is_jsonld(e) and _inline(e)]
    if keep is True:
        return set(inline)
    return {e for index, e in enumerate(inline) if index in keep}


def without_scripts(page: str | bytes, keep: Collection[int] = ()) -> bytes:
    """The page without scripts but JSON-LD (and the inline scripts at positions ``keep``)."""
    root = lxml.html.document_fromstring(decode(page).data, parser=_parser())
    kept = _kept_scripts(root, keep)
    for element in [e for e in root.iter() if e.tag == "script"]:
        if (
            isinstance(element, lxml.html.HtmlElement)
            and not _is_jsonld(element)
            and element not in kept
        ):
            element.drop_tree()
    data: bytes = lxml.html.tostring(root, encoding="utf-8", method="html")
    return data


def scripts_read(
    page: str | bytes, url: str | None = None, parser: str | None = None
) -> tuple[int, ...]:
    """Positions of the inline scripts the parse needs; ``()`` when it needs none.

    A script the parse needs is one without which the article changes. One
    script that gives the whole article is enough; when no single one does,
    every inline script is named.
    """
    from newsparse.api import parse

    full = parse(page, url=url, parser=parser)
    if _same(full, parse(without_scripts(page), url=url, parser=parser)):
        return ()
    root = lxml.html.document_fromstring(decode(page).data, parser=_parser())
    count = len([e for e in root.iter("script") if not _is_jsonld(e) and _inline(e)])
    for index in range(count):
        if _same(full, parse(without_scripts(page, (index,)), url=url, parser=parser)):
            return (index,)
    return tuple(range(count))


def reads_scripts(page: str | bytes, url: str | None = None, parser: str | None = None) -> bool:
    """True when the page's parse changes once its scripts (but JSON-LD) are gone."""
    from newsparse.api import parse

    full = parse(page, url=url, parser=parser)
    return not _same(full, parse(without_scripts(page), url=url, parser=parser))


def _same(one: Article, two: Article) -> bool:
    return attrs.evolve(one, report=two.report) == two and (
        one.report.origins == two.report.origins and one.report.missing == two.report.missing
    )
