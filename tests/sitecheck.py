"""One shared check of a site parser against the corpus pages of its site.

A site's test module lists what it expects of each page beyond the corpus
reference, and gets one test per part and page::

    CASES = {"NTV_2025_12_12": Case(section="Politik", kicker=fp("..."), ...)}
    globals().update(site_tests("ntv", CASES))

Compared with the reference: headline (equal after normalisation), teaser +
body (token F1), captions and credits, authors, published date, topics.
Asserted from the case: section, kicker (by fingerprint: no article text is
committed), source line and its pieces, subheadings count, paywall flag, and
a clean report. Where the reference is wrong, the case says so in ``errata``
and the test checks our value instead.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any

import pytest

import newsparse
from newsparse.conventions import normalize
from newsparse.testing.scoring import set_f1, token_prf

from corpus import CorpusPage, page, requires_corpus

UNSET: Any = object()


def fp(text: str) -> str:
    """A fingerprint of a short text: 12 hex digits of SHA-256 of its normalised form."""
    return hashlib.sha256(normalize(text).encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class Case:
    """What one corpus page must give beyond its reference.

    Leave a field ``UNSET`` to skip its check; ``None`` asserts the part is absent.
    """

    section: str | None = UNSET
    kicker: str | None = UNSET
    """Fingerprint (``fp``) of the kicker, or ``None`` when the page has none."""
    source: str | None = UNSET
    """The source line's raw text, or ``None``."""
    source_outlet: str | None = UNSET
    source_editors: tuple[str, ...] = UNSET
    source_agencies: tuple[str, ...] = UNSET
    has_teaser: bool = UNSET
    paywalled: bool | None = UNSET
    subheadings: int = UNSET
    """How many subheadings the body has."""
    authors: tuple[str, ...] = UNSET
    """Expected authors where the reference is wrong (say why in ``errata``)."""
    min_f1: float = 0.98
    """Lowest accepted body token F1; below 0.98 only with a reason in ``errata``."""
    errata: dict[str, str] = field(default_factory=dict)
    """Part -> why the reference is wrong for this page (checked against our own value)."""
    layout: str | None = UNSET


@cache
def parsed(page_id: str) -> newsparse.Article:
    """The article of a corpus page, parsed once per test run."""
    corpus_page = page(page_id)
    return newsparse.parse(corpus_page.html, url=corpus_page.url)


def _norm(text: str | None) -> str:
    return normalize(text or "").casefold()


def _ref(corpus_page: CorpusPage, key: str) -> Any:
    return corpus_page.reference.get(key)


def site_tests(site: str, cases: dict[str, Case]) -> dict[str, Callable[..., None]]:
    """Test functions for ``site`` over the corpus pages named in ``cases``."""
    ids = sorted(cases)
    each = pytest.mark.parametrize("page_id", ids)

    def get(page_id: str) -> tuple[CorpusPage, newsparse.Article, Case]:
        return page(page_id), parsed(page_id), cases[page_id]

    @requires_corpus
    @each
    def test_site_parser_chosen(page_id: str) -> None:
        _, article, case = get(page_id)
        assert article.site == site
        assert article.report.parser == site
        if case.layout is not UNSET:
            assert article.report.layout == case.layout

    @requires_corpus
    @each
    def test_report_clean(page_id: str) -> None:
        _, article, _ = get(page_id)
        assert article.report.missing == ()
        assert article.report.fallback == ()

    @requires_corpus
    @each
    def test_headline(page_id: str) -> None:
        corpus_page, article, case = get(page_id)
        if "headline" in case.errata:
            assert article.headline
            return
        assert _norm(article.headline) == _norm(_ref(corpus_page, "title"))

    @requires_corpus
    @each
    def test_body(page_id: str) -> None:
        corpus_page, article, case = get(page_id)
        got = ([article.teaser] if article.teaser else []) + list(article.paragraphs)
        want = corpus_page.reference_paragraphs()
        _, _, f1 = token_prf(got, want)
        assert case.min_f1 == 0.98 or "body" in case.errata, "a lower bound needs a reason"
        assert f1 >= case.min_f1, f"body token F1 {f1:.3f} < {case.min_f1}"

    @requires_corpus
    @each
    def test_images(page_id: str) -> None:
        corpus_page, article, case = get(page_id)
        if "images" in case.errata:
            pytest.skip(f"the reference's images are wrong: {case.errata['images']}")
        ours = {_norm(i.caption): i for i in article.images if i.caption}
        captioned = [i for i in _ref(corpus_page, "images") or [] if i.get("caption")]
        if not captioned:
            pytest.skip("the reference has no captioned image")
        for ref_image in captioned:
            caption = ref_image["caption"]
            image = ours.get(_norm(caption))
            assert image is not None, f"no image captioned {caption[:40]!r}..."
            holders = [h for h in ref_image.get("authors") or [] if h]
            if holders:
                assert image.credit is not None, f"no credit for {caption[:40]!r}"
                raw = image.credit.raw.casefold()
                for holder in holders:
                    assert normalize(holder).casefold() in raw

    @requires_corpus
    @each
    def test_authors(page_id: str) -> None:
        corpus_page, article, case = get(page_id)
        if case.authors is not UNSET:
            assert article.authors == case.authors
            return
        want = _ref(corpus_page, "authors") or []
        assert set_f1(article.authors, want) == 1.0, (article.authors, want)

    @requires_corpus
    @each
    def test_published(page_id: str) -> None:
        corpus_page, article, case = get(page_id)
        want = _ref(corpus_page, "publishing_date")
        if "published" in case.errata:
            pytest.skip(f"the reference's date is wrong: {case.errata['published']}")
        if not want:
            pytest.skip("the reference has no date")
        assert article.published is not None
        assert article.published.tzinfo is not None
        expected = datetime.fromisoformat(want)
        assert abs((article.published - expected).total_seconds()) < 60

    @requires_corpus
    @each
    def test_topics(page_id: str) -> None:
        corpus_page, article, case = get(page_id)
        want = {_norm(t) for t in _ref(corpus_page, "topics") or []}
        if "topics" in case.errata:
            pytest.skip(f"the reference's topics are wrong: {case.errata['topics']}")
        if not want:
            pytest.skip("the reference has no topics")
        got = {_norm(t) for t in article.topics}
        assert got, "no topics"
        assert got <= want | {_norm(article.section)}, got - want

    @requires_corpus
    @each
    def test_teaser(page_id: str) -> None:
        corpus_page, article, case = get(page_id)
        summary = (corpus_page.reference.get("body") or {}).get("summary") or []
        compare = bool(summary) and "teaser" not in case.errata
        if case.has_teaser is UNSET and not compare:
            pytest.skip("neither the case nor the reference states a teaser")
        if case.has_teaser is not UNSET:
            assert bool(article.teaser) == case.has_teaser
        if compare:
            assert _norm(article.teaser) == _norm(" ".join(summary))

    @requires_corpus
    @each
    def test_section(page_id: str) -> None:
        _, article, case = get(page_id)
        if case.section is UNSET:
            pytest.skip("the case states no section")
        assert article.section == case.section

    @requires_corpus
    @each
    def test_kicker(page_id: str) -> None:
        _, article, case = get(page_id)
        if case.kicker is UNSET:
            pytest.skip("the case states no kicker")
        if case.kicker is None:
            assert article.kicker is None
        else:
            assert article.kicker is not None
            assert fp(article.kicker) == case.kicker

    @requires_corpus
    @each
    def test_source_line(page_id: str) -> None:
        _, article, case = get(page_id)
        if case.source is UNSET:
            pytest.skip("the case states no source line")
        if case.source is None:
            assert article.source is None
            return
        assert article.source is not None
        assert article.source.raw == case.source
        if case.source_outlet is not UNSET:
            assert article.source.outlet == case.source_outlet
        if case.source_editors is not UNSET:
            assert article.source.editors == case.source_editors
        if case.source_agencies is not UNSET:
            assert article.source.agencies == case.source_agencies

    @requires_corpus
    @each
    def test_subheadings(page_id: str) -> None:
        corpus_page, article, case = get(page_id)
        ours = [b.text for b in article.body if isinstance(b, newsparse.Subheading)]
        if case.subheadings is UNSET and "subheadings" in case.errata:
            pytest.skip(f"the reference's subheadings are wrong: {case.errata['subheadings']}")
        if case.subheadings is not UNSET:
            assert len(ours) == case.subheadings
        if "subheadings" not in case.errata:
            want = [_norm(h) for h in corpus_page.reference_subheadings()]
            assert [_norm(h) for h in ours] == want

    @requires_corpus
    @each
    def test_paywall(page_id: str) -> None:
        _, article, case = get(page_id)
        if case.paywalled is UNSET:
            pytest.skip("the case states no paywall flag")
        assert article.paywalled == case.paywalled

    @requires_corpus
    @each
    def test_no_boilerplate_in_body(page_id: str) -> None:
        _, article, _ = get(page_id)
        from newsparse.blocks import is_boilerplate_text

        for block in article.body:
            assert not is_boilerplate_text(block.text), block.text[:60]

    return {
        name: value
        for name, value in locals().items()
        if name.startswith("test_") and callable(value)
    }
