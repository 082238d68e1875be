"""``newsparse check``: the per-site table and the drift exit status."""

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
    assert table["ntv"]["drifted"] is True
    assert table["ntv"]["fallback"] == {"teaser": 1} or table["ntv"]["missed"] == {"teaser": 1}


def test_unreadable_pages_are_counted_not_fatal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy_seed(tmp_path / "seed")
    (tmp_path / "junk.html").write_bytes(b"%PDF-1.7 not a page")
    assert main(["check", "--json", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["(errors)"]["errors"] == 1
    assert "PDF" in captured.err


@requires_corpus
def test_corpus_check_runs(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["check", str(CORPUS)])
    out = capsys.readouterr().out
    assert "74 pages" in out
    assert status == (0 if "drifted: none" in out else 1)
