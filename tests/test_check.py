"""``newsparse check``: the per-site table, ``--json`` and the exit statuses (0, 1, 2)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from newsparse.cli import main
from newsparse.testing.drift import apply_breaking

from corpus import CORPUS, ROOT, requires_corpus

SEED = ROOT / "fixtures" / "ntv-seed"


def copy_seed(folder: Path, html: bytes | None = None) -> Path:
    folder.mkdir(parents=True)
    shutil.copy(SEED / "meta.json", folder / "meta.json")
    (folder / "page.html").write_bytes(
        html if html is not None else (SEED / "page.html").read_bytes()
    )
    return folder


def test_clean_pages_exit_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy_seed(tmp_path / "seed")
    assert main(["check", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "ntv" in out
    assert "drifted: none" in out


def test_a_drifted_page_exits_one_and_names_the_part(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = (SEED / "page.html").read_bytes()
    drifted = apply_breaking(seed, ".storyline_lead_text_leadtext__", "teaser", "renamed")
    copy_seed(tmp_path / "drifted", drifted.html)
    assert main(["check", "--json", str(tmp_path)]) == 1
    table = json.loads(capsys.readouterr().out)
    ntv = table["sites"]["ntv"]
    assert ntv["drifted"] is True
    assert ntv["layout_matched"] == 1  # the layout still matched ...
    assert ntv["fallback"] == {"teaser": 1} or ntv["missed"] == {"teaser": 1}  # ... but lost a part
    assert table["drifted"] == ["ntv"]
    assert table["status"] == 1


def test_unreadable_pages_are_counted_not_fatal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy_seed(tmp_path / "seed")
    (tmp_path / "junk.html").write_bytes(b"%PDF-1.7 not a page")
    assert main(["check", "--json", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    table = json.loads(captured.out)
    assert table["errors"] == [str(tmp_path / "junk.html")]
    assert table["pages"] == 1
    assert "PDF" in captured.err or "HTML" in captured.err


@requires_corpus
def test_corpus_check_runs(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["check", str(CORPUS)])
    out = capsys.readouterr().out
    assert "74 pages" in out
    assert status == (0 if "drifted: none" in out else 1)


def test_a_page_matching_no_layout_is_profile_only_and_exits_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = (SEED / "page.html").read_bytes()
    drifted = apply_breaking(seed, ".article-detail-head_headline__", "marker", "renamed")
    copy_seed(tmp_path / "drifted", drifted.html)
    copy_seed(tmp_path / "clean")
    assert main(["check", "--json", str(tmp_path)]) == 1
    table = json.loads(capsys.readouterr().out)
    ntv = table["sites"]["ntv"]
    assert (ntv["pages"], ntv["layout_matched"], ntv["profile_only"], ntv["generic"]) == (
        2,
        1,
        1,
        0,
    )
    assert ntv["layouts"] == {"2025": 1}
    assert ntv["drifted"] is True
    assert table["drifted"] == ["ntv"]


def test_profile_only_in_the_text_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed = (SEED / "page.html").read_bytes()
    drifted = apply_breaking(seed, ".article-detail-head_headline__", "marker", "renamed")
    copy_seed(tmp_path / "drifted", drifted.html)
    assert main(["check", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    header, row = out.splitlines()[:2]
    assert header.split()[:5] == ["site", "pages", "layout", "profile", "generic"]
    assert row.split()[:5] == ["ntv", "1", "0", "1", "0"]
    assert row.endswith("DRIFT")
    assert "drifted: ntv" in out


def test_pages_of_no_known_site_are_generic_not_drift(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "other"
    folder.mkdir()
    (folder / "page.html").write_text(
        "<html><head><title>Ein Artikel</title></head><body><article><h1>Ein Artikel</h1>"
        + "<p>Ein Absatz mit genug Text, damit er als Artikeltext gilt, und noch mehr.</p>" * 5
        + "</article></body></html>",
        encoding="utf-8",
    )
    (folder / "meta.json").write_text('{"url": "https://www.example.org/a/b.html"}')
    copy_seed(tmp_path / "seed")
    assert main(["check", "--json", str(tmp_path)]) == 0
    table = json.loads(capsys.readouterr().out)
    other = table["sites"]["(no site)"]
    assert (other["pages"], other["layout_matched"], other["generic"]) == (1, 0, 1)
    assert other["drifted"] is False
    assert table["sites"]["ntv"]["layout_matched"] == 1


def test_missing_input_exits_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy_seed(tmp_path / "seed")
    assert main(["check", str(tmp_path / "no-such-folder")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    # One missing input among good ones still fails: the crawl is not all there.
    assert main(["check", "--json", str(tmp_path), str(tmp_path / "gone.html")]) == 2
    table = json.loads(capsys.readouterr().out)
    assert table["status"] == 2
    assert table["missing"] == [str(tmp_path / "gone.html")]
    assert table["pages"] == 1


def test_no_pages_exits_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.txt").write_text("no page here")
    assert main(["check", str(tmp_path)]) == 2
    assert "no pages" in capsys.readouterr().err
    assert main(["check", "--json", str(tmp_path)]) == 2
    assert json.loads(capsys.readouterr().out)["pages"] == 0


def test_unreadable_page_exits_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy_seed(tmp_path / "seed")
    (tmp_path / "broken.html").symlink_to(tmp_path / "gone.html")  # a page that is not there
    assert main(["check", "--json", str(tmp_path)]) == 2
    captured = capsys.readouterr()
    assert json.loads(captured.out)["unreadable"] == [str(tmp_path / "broken.html")]
    assert "cannot read" in captured.err


def test_every_project_fixture_matches_a_layout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--json", str(ROOT / "fixtures")]) == 0
    table = json.loads(capsys.readouterr().out)
    assert table["pages"] >= 70
    assert all(t["profile_only"] == 0 for t in table["sites"].values())
