"""Scoring a suggested layout against a hand-written one, part by part, on one page.

Used by ``benchmarks/suggest.py`` and the tests that hold its floors: the
suggestion is made from one page of a layout and read on another page of the
same layout; each part is scored against what the site's own layout reads.
"""

from __future__ import annotations

from newsparse.conventions import normalize
from newsparse.model import Article
from newsparse.testing.scoring import best_match_f1, token_f1

#: Part -> the mean score over page pairs the suggester must reach (issue 18).
FLOORS: dict[str, float] = {
    "headline": 0.95,
    "kicker": 0.95,
    "teaser": 0.95,
    "body": 0.97,
    "captions": 0.90,
    "credits": 0.90,
    "source": 0.90,
    "section": 0.85,
}


def _same(got: str | None, want: str | None) -> float:
    """1.0 when both texts are equal after normalising and case folding (or both absent)."""
    return float(normalize(got or "").casefold() == normalize(want or "").casefold())


def _listed(texts: list[str | None]) -> list[str]:
    return [t for t in texts if t]


def compare(got: Article, want: Article) -> dict[str, float]:
    """Per part of :data:`FLOORS`: how well ``got`` (the suggestion's article) agrees
    with ``want`` (the hand-written layout's article on the same page), 0..1."""
    return {
        "headline": _same(got.headline, want.headline),
        "kicker": _same(got.kicker, want.kicker),
        "teaser": token_f1(_listed([got.teaser]), _listed([want.teaser])),
        "body": token_f1([b.text for b in got.body], [b.text for b in want.body]),
        "captions": best_match_f1(
            _listed([i.caption for i in got.images]), _listed([i.caption for i in want.images])
        ),
        "credits": best_match_f1(
            [i.credit.raw for i in got.images if i.credit],
            [i.credit.raw for i in want.images if i.credit],
        ),
        "source": _same(
            got.source.raw if got.source else None, want.source.raw if want.source else None
        ),
        "section": _same(got.section, want.section),
    }
