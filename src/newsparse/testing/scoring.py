"""Scores that compare a parse with a reference extraction.

>>> round(token_f1(["Der Bund zahlt."], ["Der Bund zahlt nicht."]), 3)
0.857
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from newsparse.conventions import normalize

_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(texts: Iterable[str]) -> Counter[str]:
    """Word tokens of ``texts``, case-folded, punctuation dropped, as a multiset."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(t.casefold() for t in _TOKEN.findall(normalize(text)))
    return counts


def token_prf(got: Iterable[str], want: Iterable[str]) -> tuple[float, float, float]:
    """Token precision, recall and F1 of ``got`` against ``want`` (1.0 each when both empty)."""
    g, w = tokens(got), tokens(want)
    if not g and not w:
        return 1.0, 1.0, 1.0
    overlap = sum((g & w).values())
    precision = overlap / sum(g.values()) if g else 0.0
    recall = overlap / sum(w.values()) if w else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def token_f1(got: Iterable[str], want: Iterable[str]) -> float:
    """Token F1 of ``got`` against ``want``."""
    return token_prf(got, want)[2]


def set_f1(got: Iterable[str], want: Iterable[str]) -> float:
    """F1 of two sets of strings compared after normalisation and case folding."""
    g = {normalize(x).casefold() for x in got if normalize(x)}
    w = {normalize(x).casefold() for x in want if normalize(x)}
    if not g and not w:
        return 1.0
    overlap = len(g & w)
    if not overlap:
        return 0.0
    precision, recall = overlap / len(g), overlap / len(w)
    return 2 * precision * recall / (precision + recall)


def best_match_f1(got: Iterable[str], want: Iterable[str]) -> float:
    """F1 of two lists of short texts, each text scored by its best token-F1 partner.

    Precision is the mean, over ``got``, of each text's best token F1 against
    any text of ``want``; recall the same the other way round. Used for image
    captions and credits, whose order and number differ between extractions.

    >>> round(best_match_f1(["Merz in Berlin."], ["Merz in Berlin", "Ein Hund"]), 3)
    0.667
    """
    g = [t for t in (normalize(x) for x in got) if t]
    w = [t for t in (normalize(x) for x in want) if t]
    if not g and not w:
        return 1.0
    if not g or not w:
        return 0.0
    scores = [[token_f1([a], [b]) for b in w] for a in g]
    precision = sum(max(row) for row in scores) / len(g)
    recall = sum(max(scores[i][j] for i in range(len(g))) for j in range(len(w))) / len(w)
    if not precision + recall:
        return 0.0
    return 2 * precision * recall / (precision + recall)
