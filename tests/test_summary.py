"""The per-site summary: every publisher in the corpus has a site parser, and a table.

Run with ``-s`` (or look at the end of the run) to see the table: per site,
pages, layouts, parts found per page and the body token F1 of each page.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

import newsparse
from newsparse import registry
from newsparse.testing.scoring import token_f1

from corpus import ROOT, pages, requires_corpus

#: The site parsers the issues ask for: 26 national and broadcast, 24 regional and foreign.
EXPECTED_SITES = frozenset(
    (
        "ntv", "tagesschau", "zdf", "br", "ndr", "mdr", "wdr", "sportschau", "dw", "spiegel",
        "zeit", "faz", "sz", "welt", "bild", "focus", "stern", "tonline", "tagesspiegel", "taz",
        "fr", "merkur", "euronews", "afp_faktencheck", "jungewelt", "berliner_zeitung",
        "braunschweiger_zeitung", "morgenpost", "abendblatt", "waz", "rp", "stuttgarter_zeitung",
        "freiepresse", "boersen_zeitung", "heise", "golem", "winfuture", "gamestar", "netzpolitik",
        "kicker", "postillon", "klassegegenklasse", "vogue", "derstandard", "diepresse", "orf",
        "nzz", "srf", "tagesanzeiger", "wort",
    )
)  # fmt: skip


#: Sister sites of a publishing group served from the templates of a site above,
#: with no page of ours yet (tested with sibling URLs in ``test_profiles.py``).
FAMILY_SITES = frozenset({"funke", "ippen", "tamedia"})


def test_fifty_sites_and_the_family_sites_are_registered() -> None:
    assert set(registry.entries()) == EXPECTED_SITES | FAMILY_SITES


@pytest.mark.parametrize("name", sorted(EXPECTED_SITES))
def test_every_site_has_its_own_test_module(name: str) -> None:
    assert (ROOT / "tests" / "sites" / f"test_{name}.py").is_file()


@requires_corpus
def test_every_corpus_page_goes_to_its_site_parser() -> None:
    unclaimed = [p.id for p in pages() if registry.site_for_url(p.url) is None]
    assert unclaimed == []


@requires_corpus
def test_summary_table(capsys: pytest.CaptureFixture[str]) -> None:
    rows: dict[str, list[str]] = defaultdict(list)
    worst = 1.0
    for corpus_page in pages():
        article = newsparse.parse(corpus_page.html, url=corpus_page.url)
        got = ([article.teaser] if article.teaser else []) + list(article.paragraphs)
        f1 = token_f1(got, corpus_page.reference_paragraphs())
        worst = min(worst, f1)
        found = len(article.report.origins)
        report = article.report
        rows[report.parser].append(
            f"{corpus_page.id:<34} {report.layout or '-':<10} {found:>2}/11  F1 {f1:.3f}"
            + (f"  missing {','.join(report.missing)}" if report.missing else "")
            + (f"  fallback {','.join(report.fallback)}" if report.fallback else "")
        )
    with capsys.disabled():
        print("\nper-site summary (page, layout, parts found, body token F1 vs reference)")
        for site in sorted(rows):
            print(f"  {site}")
            for row in rows[site]:
                print(f"    {row}")
    assert rows, "no corpus pages parsed"
    assert "generic" not in rows, "corpus pages read by the generic parser"
