"""``suggest_layout``: place every part, pick a marker, check the result under benign drift.

The steps: read each page with the generic parser (:mod:`.pages`), place
the short parts (:mod:`.parts`) and the body and images (:mod:`.body`), keep
for each part the best selectors that read the same value on every page,
then change the pages the way benign redesigns do
(:mod:`newsparse.testing.drift`) and swap a part's selector for its next
alternative while the drifted pages read differently. The result is a
:class:`~newsparse.suggest.result.LayoutSuggestion`.
"""

from __future__ import annotations

import glob
import gzip
import random
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from newsparse import registry
from newsparse.conventions import memo
from newsparse.decode import decode
from newsparse.document import Document, HtmlElement
from newsparse.loader import load
from newsparse.model import Image, SourceLine
from newsparse.parts import PARTS
from newsparse.sites.base import Layout, Site, UseFallback
from newsparse.suggest import body as body_parts
from newsparse.suggest import parts as short_parts
from newsparse.suggest.choose import choose
from newsparse.suggest.pages import Page
from newsparse.suggest.parts import Draft
from newsparse.suggest.result import LayoutSuggestion, PartSuggestion
from newsparse.suggest.source import class_name, render
from newsparse.testing.scoring import set_f1, token_f1

#: Parts in article order, and the constant that names each one's main selector.
MAIN_CONSTANT = {
    "section": ("SECTION", "BREADCRUMB"),
    "kicker": ("KICKER",),
    "headline": ("HEADLINE",),
    "teaser": ("TEASER",),
    "body": ("BODY",),
    "images": ("IMAGES",),
    "source": ("SOURCE",),
    "authors": ("AUTHORS",),
    "published": ("PUBLISHED",),
}
#: Parts only the printed page carries (no JSON-LD or meta tag states them).
_PRINTED_ONLY = frozenset(spec.name for spec in PARTS if spec.printed_only)
#: Parts a layout leaves to the page's JSON-LD or meta tags when the pages state them so.
_STATED: dict[str, Callable[[list[Page]], bool]] = {"section": short_parts.section_stated}
#: Benign drift rounds per page: three share the operations out, one applies them all.
DRIFT_ROUNDS = 4


@memo.forgets  # what the generic parser kept about these pages' elements
def suggest_layout(
    pages: Sequence[bytes | str] | bytes | str,
    *,
    urls: Sequence[str | None] | None = None,
    site: str | None = None,
    others: Sequence[bytes | str] = (),
    name: str = "suggested",
) -> LayoutSuggestion:
    """Suggest a :class:`~newsparse.sites.base.Layout` from pages of one design.

    ``pages`` are one or more pages (bytes or str) of one layout, ``urls``
    their URLs. With ``site`` (a registry name) the site's current layouts'
    selectors are tried first, as hints. The marker is picked to match every
    given page and none of ``others`` (pages of the site's other layouts).
    A part no selector reads on every page is left out and listed in
    ``missing``; the section is left to JSON-LD or meta tags (``stated``) where
    every page states the one it prints.
    """
    given = [pages] if isinstance(pages, (bytes, str)) else list(pages)
    if not given:
        raise ValueError("suggest_layout needs at least one page")
    url_list = list(urls) if urls is not None else [None] * len(given)
    if len(url_list) != len(given):
        raise ValueError(f"{len(given)} pages but {len(url_list)} URLs")
    loaded = [Page(page, url) for page, url in zip(given, url_list, strict=True)]
    hints = _hints(site)
    drafts = _place(loaded, hints)
    drift_ok, versions = _settle(loaded, drafts)
    constants = _constants(drafts)
    marker = _marker(loaded, drafts, constants, versions, [_document(p) for p in others])
    found_anywhere = {part for page in loaded for part in _generic_parts(page)}
    stated = tuple(
        p for p in _STATED if p in found_anywhere and p not in drafts and _STATED[p](loaded)
    )
    # A printed-only part without a selector would be lost: the generic parser reads
    # it. The others come from JSON-LD and meta tags, as for every layout.
    unplaced = frozenset(p for p in MAIN_CONSTANT if p not in drafts and p in _PRINTED_ONLY)
    constants = {
        "NAME": name,
        "MARKER": marker,
        "REQUIRED": _required(drafts),
        **({"UNPLACED": unplaced} if unplaced else {}),
        **constants,
    }
    layout = type(class_name(name), (Layout,), dict(constants))
    missing = tuple(
        p for p in MAIN_CONSTANT if p in found_anywhere and p not in drafts and p not in stated
    )
    placed = tuple(p for p in MAIN_CONSTANT if p in drafts)
    source = render(
        constants, name=name, urls=url_list, placed=placed, missing=missing, stated=stated
    )
    return LayoutSuggestion(
        layout=layout,
        source=source,
        parts=tuple(_judge(loaded, layout, drafts[p], drift_ok.get(p)) for p in placed),
        missing=missing,
        stated=stated,
        marker=marker,
        urls=tuple(url_list),
    )


def other_layout_pages(
    site: str, pages: Sequence[bytes | str], fixtures: Path = Path("fixtures")
) -> list[bytes]:
    """Pages of ``site``'s other layouts: its fixtures (``fixtures/<site>-*/page.html.gz``)
    that its current layouts read with a layout none of ``pages`` gets."""
    parser = registry.load(registry.get(site).name)
    given = {_layout_name(parser, page) for page in pages}
    found = []
    for path in sorted(fixtures.glob(f"{glob.escape(site)}-*/page.html.gz")):
        page = gzip.decompress(path.read_bytes())
        name = _layout_name(parser, page)
        if name is not None and name not in given:
            found.append(page)
    return found


def _layout_name(site: Site, page: bytes | str) -> str | None:
    try:
        return site.layout_for(_document(page)).NAME
    except UseFallback:
        return None


def _document(page: bytes | str) -> Document:
    return load(page).document


def _hints(site: str | None) -> dict[str, list[str]]:
    """Constant -> the site's current layouts' selectors for it."""
    if site is None:
        return {}
    found: dict[str, list[str]] = {}
    for layout in registry.load(registry.get(site).name).layouts:
        for constants in MAIN_CONSTANT.values():
            for constant in constants:
                value = getattr(layout, constant, None)
                if isinstance(value, str) and value not in found.get(constant, []):
                    found.setdefault(constant, []).append(value)
    return found


def _place(pages: list[Page], hints: dict[str, list[str]]) -> dict[str, Draft]:
    drafts: dict[str, Draft] = {}

    def put(draft: Draft | None) -> None:
        if draft is not None:
            drafts[draft.part] = draft

    put(short_parts.headline(pages, hints.get("HEADLINE", ())))
    headline_css = _first(drafts, "headline", "HEADLINE")
    put(short_parts.kicker(pages, headline_css, hints.get("KICKER", ())))
    if not short_parts.section_stated(pages):
        put(short_parts.section(pages, hints.get("SECTION", ())))
    put(short_parts.teaser(pages, headline_css, hints.get("TEASER", ())))
    put(body_parts.body(pages, _first(drafts, "teaser", "TEASER")))
    put(body_parts.images(pages))
    put(short_parts.source(pages, hints.get("SOURCE", ())))
    put(short_parts.authors(pages, hints.get("AUTHORS", ())))
    put(short_parts.published(pages, hints.get("PUBLISHED", ())))
    return drafts


def _first(drafts: dict[str, Draft], part: str, constant: str) -> str | None:
    draft = drafts.get(part)
    value = draft.options[0].get(constant) if draft is not None else None
    return value if isinstance(value, str) else None


def _constants(drafts: dict[str, Draft]) -> dict[str, object]:
    merged: dict[str, object] = {}
    for part in MAIN_CONSTANT:
        if part in drafts:
            merged.update(drafts[part].options[0])
    return merged


def _required(drafts: dict[str, Draft]) -> frozenset[str]:
    return frozenset(p for p in ("headline", "body") if p in drafts)


def _generic_parts(page: Page) -> list[str]:
    article = page.article
    return [p for p in MAIN_CONSTANT if getattr(article, p) not in (None, (), "")]


# -- benign drift ---------------------------------------------------------------


def _drifted(pages: list[Page], keep: str) -> list[list[Document]] | None:
    """For each page, its versions after each drift round (``None`` without hypothesis)."""
    try:
        from newsparse.testing.drift import BENIGN, apply_benign
    except ImportError:  # the testing extra is not installed: drift stays unmeasured
        return None
    names = sorted(BENIGN)
    rounds = [names[k :: DRIFT_ROUNDS - 1] for k in range(DRIFT_ROUNDS - 1)] + [names]
    versions = []
    for page in pages:
        docs = []
        for number, ops in enumerate(rounds):
            rng = random.Random(number)
            steps = [(op, rng.randrange(2**32)) for op in ops]
            docs.append(load(apply_benign(decode(page.page).data, steps, keep)).document)
        versions.append(docs)
    return versions


def _keep(constants: dict[str, object]) -> str:
    return " ".join(v for v in constants.values() if isinstance(v, str))


def _settle(
    pages: list[Page], drafts: dict[str, Draft]
) -> tuple[dict[str, float], list[list[Document]]]:
    """Swap each part's selector for its next alternative while benign drift changes
    what it reads. Returns the share of stable drift runs per part and the drifted
    pages (both empty without hypothesis)."""
    stable: dict[str, float] = {}
    versions: list[list[Document]] | None = []
    for _ in range(3):
        constants = _constants(drafts)
        versions = _drifted(pages, _keep(constants))
        if versions is None:
            return {}, []
        unstable = []
        for part, draft in drafts.items():
            layout = type("Drifting", (Layout,), dict(draft.options[0]))
            runs = [
                getattr(layout(page.doc), part)() == getattr(layout(doc), part)()
                for page, docs in zip(pages, versions, strict=True)
                for doc in docs
            ]
            stable[part] = sum(runs) / len(runs)
            if not all(runs) and len(draft.options) > 1:
                unstable.append(part)
        if not unstable:
            break
        for part in unstable:
            drafts[part].options.pop(0)
    return stable, versions or []


# -- marker ---------------------------------------------------------------------


def _marker(
    pages: list[Page],
    drafts: dict[str, Draft],
    constants: dict[str, object],
    versions: list[list[Document]],
    others: list[Document],
) -> str | None:
    """A selector every given page (and its drifted versions) matches and no other page does."""
    docs = [page.doc for page in pages] + [doc for docs in versions for doc in docs]

    def check(css: str) -> bool:
        if any(doc.select_one(css) is None for doc in docs):
            return False
        return all(doc.select_one(css) is None for doc in others)

    ordered = [constants.get(c) for c in ("BODY", "HEADLINE", "KICKER", "TEASER", "IMAGES")]
    for css in ordered:
        if isinstance(css, str) and _specific(css) and check(css):
            return css
    anchors: list[HtmlElement] = []
    for part, constant in (("body", "BODY"), ("headline", "HEADLINE")):
        value = constants.get(constant) if part in drafts else None
        if isinstance(value, str):
            anchors.extend(pages[0].doc.select(value)[:1])
    found = [css for css in choose(anchors, check, want=5) if _specific(css)]
    return found[0] if found else None


def _specific(css: str) -> bool:
    """True when ``css`` names more than bare tags (a class, an attribute or an id)."""
    return any(mark in css for mark in (".", "[", "#"))


# -- confidence -----------------------------------------------------------------


def _agreement(part: str, got: Any, want: Any) -> float:
    """How well a part's value agrees with another reading of it (0..1)."""
    if got == want:
        return 1.0
    if got in (None, (), "") or want in (None, (), ""):
        return 0.0
    if part == "body":
        return token_f1([b.text for b in got], [b.text for b in want])
    if part == "images":
        return body_parts.image_score(_images(got), _images(want))
    if part == "authors":
        return set_f1(got, want)
    if isinstance(got, SourceLine):
        other = want.raw if isinstance(want, SourceLine) else str(want)
        return float(got.raw == other) if part == "source" else token_f1([got.raw], [other])
    if isinstance(got, str) and isinstance(want, str):
        return token_f1([got], [want])
    return 0.0


def _images(value: Any) -> tuple[Image, ...]:
    return tuple(value) if isinstance(value, tuple) else ()


def _judge(
    pages: list[Page], layout: type[Layout], draft: Draft, drift: float | None
) -> PartSuggestion:
    values = [page.value(layout, draft.part) for page in pages]
    agree: Callable[[Any, Any], float] = lambda a, b: _agreement(draft.part, a, b)  # noqa: E731
    floor = {"body": body_parts.BODY_FLOOR, "images": body_parts.IMAGE_FLOOR}.get(draft.part, 1.0)
    on_pages = [agree(v, w) >= floor for v, w in zip(values, draft.expected, strict=True)]
    generic = [agree(v, g) for v, g in zip(values, draft.generic, strict=True)]
    main = next(c for c in MAIN_CONSTANT[draft.part] if c in draft.options[0])
    return PartSuggestion(
        part=draft.part,
        selector=str(draft.options[0][main]),
        constants=dict(draft.options[0]),
        texts=tuple(draft.texts),
        pages=sum(on_pages) / len(on_pages),
        generic=sum(generic) / len(generic),
        drift=drift,
    )
