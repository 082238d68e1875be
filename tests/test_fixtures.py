"""The fixture format and tools, and the project's own fixtures/.

Record, load, compare, redact and refresh fixtures in a temporary folder; check
that fixtures/ is complete (a redacted fixture per site layout of the corpus)
and that no fixture carries article text from the corpus.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

import pytest

import newsparse
from newsparse import registry
from newsparse.cli import main
from newsparse.conventions import normalize
from newsparse.model import Article
from newsparse.testing import fixtures
from newsparse.testing.fixtures import FIXTURE_PARTS, FixtureError

from corpus import pages, requires_corpus

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SEED = FIXTURES / "ntv-seed"
SEED_URL = json.loads((SEED / "meta.json").read_text(encoding="utf-8"))["url"]
KEY = b"fixture test key"


def test_fixture_parts_cover_every_article_field() -> None:
    data = Article().to_dict()
    assert set(FIXTURE_PARTS) == set(data)


def test_record_and_load(tmp_path: Path) -> None:
    page = (SEED / "page.html").read_bytes()
    made = fixtures.record(page, tmp_path / "case", url=SEED_URL, fetched="2025-07-12", note="n")
    assert sorted(p.name for p in made.path.iterdir()) == [
        "expected.json",
        "meta.json",
        "page.html",
    ]
    loaded = fixtures.load(tmp_path / "case")
    assert loaded.meta == fixtures.Meta(
        url=SEED_URL, fetched="2025-07-12", site="ntv", note="n", redacted=False
    )
    assert loaded.page() == page
    assert loaded.expected() == newsparse.parse(page, url=SEED_URL)
    assert fixtures.compare(loaded.expected(), loaded.parse()) == []  # type: ignore[arg-type]


def test_record_gzip_and_refuse_overwrite(tmp_path: Path) -> None:
    page = (SEED / "page.html").read_bytes()
    made = fixtures.record(page, tmp_path, url=SEED_URL, compress=True)
    assert made.page_path.name == "page.html.gz"
    assert made.page() == page
    with pytest.raises(FileExistsError):
        fixtures.record(page, tmp_path, url=SEED_URL)
    again = fixtures.record(page, tmp_path, url=SEED_URL, force=True)
    assert again.page_path.name == "page.html"
    assert not (tmp_path / "page.html.gz").exists()


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"page.html": "<p>x</p>"}, "no meta.json"),
        ({"meta.json": "{}"}, "no page"),
        ({"meta.json": "[1]", "page.html": "<p>x</p>"}, "expected a JSON object"),
        ({"meta.json": "{", "page.html": "<p>x</p>"}, "not valid JSON"),
    ],
)
def test_incomplete_fixtures_are_errors(
    tmp_path: Path, files: dict[str, str], message: str
) -> None:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(FixtureError, match=message):
        fixtures.load(tmp_path)


def test_compare_names_parts_and_diff_shows_them() -> None:
    article = newsparse.parse((SEED / "page.html").read_bytes(), url=SEED_URL)
    changed = Article.from_dict({**article.to_dict(), "kicker": "Anders", "topics": []})
    assert fixtures.compare(article, changed) == ["kicker", "topics"]
    diff = fixtures.diff_part("kicker", article.kicker, changed.kicker)
    assert diff.splitlines() == [
        "--- expected kicker",
        "+++ parsed kicker",
        "@@ -1 +1 @@",
        "-Kommen weitere Soldaten?",
        "+Anders",
    ]
    body = fixtures.part_lines("body", article.to_dict()["body"])
    assert body[2] == "[2] subheading: Nordkoreaner kämpfen in Kursk"


def copy_seed(tmp_path: Path) -> Path:
    target = tmp_path / "seed"
    shutil.copytree(SEED, target)
    return target


def test_redact_a_fixture(tmp_path: Path) -> None:
    target = copy_seed(tmp_path)
    before = fixtures.load(target).expected()
    assert before is not None
    redacted, differing = fixtures.redact(target, key=KEY)
    assert differing == []
    assert redacted.meta.redacted
    assert redacted.meta.url
    assert redacted.meta.url.startswith("https://www.n-tv.de/politik/")
    assert redacted.meta.url != SEED_URL
    page = redacted.page().decode("utf-8")
    for text in (before.headline, before.teaser, *before.paragraphs):
        assert text
        assert text not in page
    after = redacted.expected()
    assert after is not None
    assert after == redacted.parse()
    assert after.section == "Politik"
    assert after.source is not None
    assert after.source.agencies == ("AFP", "dpa")
    assert len(after.body) == len(before.body)
    with pytest.raises(FixtureError, match="already redacted"):
        fixtures.redact(target, key=KEY)


def test_refresh_stores_changes_but_not_losses(tmp_path: Path) -> None:
    target = copy_seed(tmp_path)
    page = target / "page.html"
    text = page.read_text(encoding="utf-8")
    # A reviewed change: one more topic tag.
    page.write_text(
        text.replace(
            "</div>\n</div>\n</div>\n</article>",
            '<a href="/thema/asien" title="Asien"><span>Asien</span></a></div>\n</div>\n</div>\n'
            "</article>",
            1,
        ).replace(
            '<a href="/thema/nordkorea"',
            '<a href="/thema/asien" title="Asien"><span>Asien</span></a><a href="/thema/nordkorea"',
            1,
        ),
        encoding="utf-8",
    )
    fixture, changed, lost = fixtures.refresh(target)
    assert changed == ["topics"]
    assert lost == []
    assert fixture.expected().topics[0] == "Asien"  # type: ignore[union-attr]
    # A loss: the kicker is gone; refresh refuses unless allowed.
    page.write_text(
        page.read_text(encoding="utf-8").replace(">Kommen weitere Soldaten?</span>", "></span>"),
        encoding="utf-8",
    )
    _, changed, lost = fixtures.refresh(target)
    assert "kicker" in changed
    assert lost == ["kicker"]
    assert fixtures.load(target).expected().kicker == "Kommen weitere Soldaten?"  # type: ignore[union-attr]
    fixtures.refresh(target, allow_loss=True)
    assert fixtures.load(target).expected().kicker is None  # type: ignore[union-attr]


# -- the command ---------------------------------------------------------------------


def test_fixture_command_record_redact_check_update(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "case"
    status = main(
        ["fixture", "record", str(SEED / "page.html"), "--to", str(target), "--url", SEED_URL]
    )
    assert status == 0
    assert "recorded" in capsys.readouterr().out
    assert main(["fixture", "redact", str(target), "--key", "k"]) == 0
    assert "redacted" in capsys.readouterr().out
    assert main(["fixture", "check", str(tmp_path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "1 of 1 fixtures match"
    expected = json.loads((target / "expected.json").read_text(encoding="utf-8"))
    expected["section"] = "Sport"
    (target / "expected.json").write_text(json.dumps(expected), encoding="utf-8")
    assert main(["fixture", "check", str(target)]) == 1
    out = capsys.readouterr().out
    assert f"{target}: differs in section" in out
    assert "-Sport\n+Politik" in out
    assert main(["fixture", "update", str(target)]) == 0
    assert f"{target}: updated section" in capsys.readouterr().out
    assert main(["fixture", "check", str(target)]) == 0


def test_fixture_command_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fixture", "redact", str(tmp_path)]) == 2
    assert "no meta.json" in capsys.readouterr().err
    target = tmp_path / "case"
    args = ["fixture", "record", str(SEED / "page.html"), "--to", str(target)]
    assert main(args) == 0
    assert main(args) == 2
    assert "already holds a fixture" in capsys.readouterr().err


# -- the project's fixtures/ -----------------------------------------------------------


PROJECT_FIXTURES = list(fixtures.find(FIXTURES))


def test_project_fixtures_load() -> None:
    names = [f.name for f in PROJECT_FIXTURES]
    assert "ntv-seed" in names
    assert len(names) > 1
    for fixture in PROJECT_FIXTURES:
        assert fixture.expected() is not None, fixture.name
        assert fixture.meta.url, fixture.name
        assert fixture.meta.fetched, fixture.name
        assert fixture.meta.site == (fixture.expected().site), fixture.name  # type: ignore[union-attr]


def test_every_fixture_is_redacted_or_hand_written() -> None:
    """Corpus pages are redacted; pages the project wrote itself (the seed in each n-tv
    markup, layouts with no corpus page) say so and are not."""
    hand_written = {f.name for f in PROJECT_FIXTURES if f.meta.note.startswith("Hand-written")}
    assert {"ntv-seed", "ntv-seed-2023", "ntv-seed-2024"} <= hand_written
    for fixture in PROJECT_FIXTURES:
        assert fixture.meta.redacted == (fixture.name not in hand_written), fixture.name
        if fixture.meta.redacted:
            assert corpus_id(fixture), fixture.name


def test_every_layout_has_a_fixture() -> None:
    """Each layout of each registered site reads at least one fixture (by its report)."""
    have = {
        (f.meta.site, f.expected().report.layout)  # type: ignore[union-attr]
        for f in PROJECT_FIXTURES
    }
    infos = newsparse.sites()
    layouts = [(info.name, layout) for info in infos for layout in info.layouts]
    assert len(layouts) >= 72
    # A publishing group's entry for its other portals (registered as the family's name,
    # "same templates, no page of ours yet") is covered by a fixture of a member site in
    # the same layout; every other site needs a fixture of its own.
    family_of = {info.name: getattr(info, "family", None) for info in infos}
    by_family = {(family_of[site], layout) for site, layout in have if family_of.get(site)}

    def covered(site: str, layout: str) -> bool:
        family = family_of[site]
        if family and site == family.lower():
            return (family, layout) in by_family
        return (site, layout) in have

    missing = [f"{site} {layout}" for site, layout in layouts if not covered(site, layout)]
    assert missing == [], "layouts without a fixture (see docs/fixtures.md): " + ", ".join(missing)
    assert have <= set(layouts), "a fixture names a layout that does not exist"


def test_fixture_parses_with_the_layout_it_names() -> None:
    for fixture in PROJECT_FIXTURES:
        expected, article = fixture.expected(), fixture.parse()
        assert expected is not None, fixture.name
        assert (article.site, article.report.layout) == (  # type: ignore[union-attr]
            expected.site,
            expected.report.layout,
        ), fixture.name


def corpus_id(fixture: fixtures.Fixture) -> str | None:
    match = re.search(r"corpus page (\w+)\.", fixture.meta.note)
    return match.group(1) if match else None


@requires_corpus
def test_every_site_layout_of_the_corpus_has_a_fixture() -> None:
    have = {(f.meta.site, f.expected().report.layout) for f in PROJECT_FIXTURES}  # type: ignore[union-attr]
    missing = []
    for page in pages():
        entry = registry.site_for_url(page.url)
        if entry is None:
            continue
        article = newsparse.parse(page.html, url=page.url)
        if article.site != entry.name:
            continue
        if (article.site, article.report.layout) not in have:
            missing.append(f"{page.id} ({article.site}, {article.report.layout})")
    assert missing == [], "run scripts/make_fixtures.py to add fixtures for: " + ", ".join(
        sorted(set(missing))
    )


@requires_corpus
@pytest.mark.parametrize(
    "fixture", [f for f in PROJECT_FIXTURES if f.meta.redacted], ids=lambda f: f.name
)
def test_no_corpus_text_in_fixture(fixture: fixtures.Fixture) -> None:
    page_id = corpus_id(fixture)
    assert page_id, "the note names the corpus page the fixture was made from"
    page = next(p for p in pages() if p.id == page_id)
    text = " ".join(
        [
            page.reference.get("title") or "",
            *page.reference_paragraphs(),
        ]
    )
    sentences = [s for s in re.split(r"(?<=[.!?:;])\s+", normalize(text)) if len(s.split()) >= 5]
    assert sentences
    stored = normalize(
        html.unescape(
            fixture.page().decode("utf-8")
            + fixture.expected_path.read_text(encoding="utf-8")
            + (fixture.path / "meta.json").read_text(encoding="utf-8")
        )
    )
    expected = json.loads(fixture.expected_path.read_text(encoding="utf-8"))
    stored += " " + normalize(json.dumps(expected, ensure_ascii=False))
    assert [s for s in sentences if s in stored] == []


def test_record_from_a_url(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import date

    from localserver import serve

    body = (SEED / "page.html").read_bytes()
    with serve({"/politik/seite.html": [(200, body, {})]}) as served:
        url = served.url("/politik/seite.html")
        status = main(["fixture", "record", url, "--to", str(tmp_path / "c"), "--parser", "ntv"])
    assert status == 0, capsys.readouterr().err
    fixture = fixtures.load(tmp_path / "c")
    assert fixture.meta.url == url
    assert fixture.meta.parser == "ntv"
    assert fixture.meta.fetched == date.today().isoformat()
    assert fixture.page() == body
    assert fixture.expected() == fixture.parse()
    assert fixture.expected().report.layout == "2025"  # type: ignore[union-attr]


def test_redaction_with_a_key_is_deterministic(tmp_path: Path) -> None:
    one, two = copy_seed(tmp_path / "a"), copy_seed(tmp_path / "b")
    assert main(["fixture", "redact", str(one), "--key", "same"]) == 0
    assert main(["fixture", "redact", str(two), "--key", "same"]) == 0
    for name in ("page.html", "meta.json", "expected.json"):
        assert (one / name).read_bytes() == (two / name).read_bytes()
    three = copy_seed(tmp_path / "c")
    assert main(["fixture", "redact", str(three)]) == 0  # a random key
    assert (three / "page.html").read_bytes() != (one / "page.html").read_bytes()
