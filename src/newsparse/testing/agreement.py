"""How far the generic parser agrees with a site parser on the same page.

A site parser is a snapshot of one layout; after a redesign the generic
parser reads the page. :func:`agreement` scores the generic article against
the site parser's article part by part, with the site parser's output as the
reference. :func:`agreement_of_page` parses a page both ways (and once more
with every class and id removed) and scores it. The benchmark
(``benchmarks/accuracy.py``) and the corpus tests read these same numbers.

Each part is scored only where the site parser found it (the headline part
also counts a kicker the generic parser adds where the site has none):

>>> from newsparse.model import Article, SourceLine
>>> site = Article(headline="Der Bund zahlt", kicker="Haushalt",
...                source=SourceLine(raw="(dpa)", agencies=("dpa",)))
>>> generic = Article(headline="Der Bund zahlt", kicker="Haushalt")
>>> scores = agreement(site, generic)
>>> scores["headline"], scores["source_found"], scores["section_found"]
(1.0, 0.0, None)
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Final

from newsparse.conventions import normalize
from newsparse.model import Article
from newsparse.testing.scoring import best_match_f1, set_f1, token_f1

#: The parts scored, in table order, with the floor the generic parser is held to.
FLOORS: Final[Mapping[str, float]] = {
    "headline": 0.90,
    "teaser": 0.95,
    "body": 0.985,
    "captions": 0.93,
    "credits": 0.90,
    "source_found": 0.90,
    "source_same": 0.90,
    "section_found": 0.85,
    "section_same": 0.80,
    "authors": 0.95,
    "published": 0.98,
    "bare_body": 0.97,
}
#: Column titles for the tables.
TITLES: Final[Mapping[str, str]] = {
    "headline": "headline + kicker",
    "teaser": "teaser",
    "body": "body F1",
    "captions": "captions F1",
    "credits": "credits F1",
    "source_found": "source found",
    "source_same": "source same",
    "section_found": "section found",
    "section_same": "section same",
    "authors": "authors F1",
    "published": "published",
    "bare_body": "body F1, no class names",
}
PARTS: Final[tuple[str, ...]] = tuple(FLOORS)
#: A teaser counts as equal at this token F1 or above.
TEASER_F1: Final = 0.9

Scores = dict[str, float | None]


def _same(a: str | None, b: str | None) -> bool:
    return normalize(a or "").casefold() == normalize(b or "").casefold()


def _body(article: Article) -> list[str]:
    return [block.text for block in article.body]


def _holders(article: Article) -> list[str]:
    return [h for i in article.images if i.credit for h in i.credit.holders]


def _same_minute(a: datetime, b: datetime) -> bool:
    if (a.tzinfo is None) != (b.tzinfo is None):
        a, b = a.replace(tzinfo=None), b.replace(tzinfo=None)
    return abs(a - b) < timedelta(minutes=1)


def agreement(site: Article, generic: Article, bare: Article | None = None) -> Scores:
    """Per-part agreement of ``generic`` with ``site``; ``None`` where not scored.

    ``bare`` is the generic parse of the page without class and id names; its
    body is scored as ``bare_body``.
    """
    scores: Scores = dict.fromkeys(PARTS)
    if site.headline:
        scores["headline"] = float(
            _same(site.headline, generic.headline) and _same(site.kicker, generic.kicker)
        )
    if site.teaser:
        scores["teaser"] = float(token_f1([generic.teaser or ""], [site.teaser]) >= TEASER_F1)
    if site.body:
        scores["body"] = token_f1(_body(generic), _body(site))
        if bare is not None:
            scores["bare_body"] = token_f1(_body(bare), _body(site))
    captions = [i.caption for i in site.images if i.caption]
    if captions:
        scores["captions"] = best_match_f1(
            [i.caption for i in generic.images if i.caption], captions
        )
    holders = _holders(site)
    if holders:
        scores["credits"] = set_f1(_holders(generic), holders)
    if site.source is not None:
        found = generic.source
        scores["source_found"] = float(found is not None)
        scores["source_same"] = float(
            found is not None
            and _pieces(found.agencies) == _pieces(site.source.agencies)
            and _pieces(found.editors) == _pieces(site.source.editors)
        )
    if site.section:
        scores["section_found"] = float(bool(generic.section))
        scores["section_same"] = float(_same(site.section, generic.section))
    if site.authors:
        scores["authors"] = set_f1(generic.authors, site.authors)
    if site.published is not None:
        scores["published"] = float(
            generic.published is not None and _same_minute(site.published, generic.published)
        )
    return scores


def _pieces(items: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalize(i).casefold() for i in items)


def agreement_of_page(html: bytes | str, url: str | None) -> tuple[str, Scores] | None:
    """The site parser's name and the agreement scores on one page.

    ``None`` when no site parser reads the page (the generic parser would be
    compared with itself).
    """
    import newsparse
    from newsparse.testing import drift

    site = newsparse.parse(html, url=url)
    if site.report.parser == "generic":
        return None
    generic = newsparse.parse(html, url=url, parser="generic")
    raw = html.encode("utf-8") if isinstance(html, str) else html
    bare = newsparse.parse(drift.without_class_names(raw), url=url, parser="generic")
    return site.report.parser, agreement(site, generic, bare)


def mean(rows: list[Scores], part: str) -> tuple[float, int] | None:
    """The mean of ``part`` over the rows that score it, and their count."""
    values = [v for row in rows if (v := row.get(part)) is not None]
    return (sum(values) / len(values), len(values)) if values else None


__all__ = ["FLOORS", "PARTS", "TITLES", "agreement", "agreement_of_page", "mean"]
