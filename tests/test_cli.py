"""The ``newsparse`` command line: parse (file, .gz, stdin, URL), sites, and error exits.

URLs are fetched from a local HTTP server on 127.0.0.1 started by the test,
never from the internet.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from localserver import Routes, Served, serve
from newsparse import Article
from newsparse.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "fixtures" / "ntv-seed" / "page.html"
SEED_URL_PATH = (
    "/politik/Nordkoreas-Kim-sagt-Moskau-bedingungslose-Unterstuetzung-zu-id25912345.html"
)
HEADLINE = 'Nordkoreas Kim sagt Moskau "bedingungslose" Unterstützung zu'


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


# -- parse -----------------------------------------------------------------------


def test_parse_prints_json_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_cli(capsys, "parse", str(SEED))
    assert status == 0, err
    article = Article.from_json(out)
    assert article.headline == HEADLINE
    assert article.site == "ntv"  # chosen from the page's canonical URL
    assert json.loads(out)["source"]["agencies"] == ["AFP", "dpa"]


def test_parse_text_format_names_every_part(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_cli(capsys, "parse", str(SEED), "--format", "text")
    assert status == 0
    lines = out.splitlines()
    assert "Section:   Politik" in lines
    assert "Kicker:    Kommen weitere Soldaten?" in lines
    assert f"Headline:  {HEADLINE}" in lines
    assert "Teaser:" in lines
    assert "Body:" in lines
    assert "Images:" in lines
    assert "  ## Nordkoreaner kämpfen in Kursk" in lines
    assert "     Credit: (Foto: dpa) (holders: dpa)" in lines
    assert "Source: Quelle: ntv.de, ino/AFP/dpa" in lines
    assert "  outlet: ntv.de; editors: ino; agencies: AFP, dpa" in lines
    assert "Parsed by: ntv, layout 2025" in lines
    assert max(len(line) for line in lines if not line.lstrip().startswith(("URL", "1."))) <= 100
    assert "Audioversion" not in out
    assert "Nicht mehr anzeigen" not in out


def test_parse_markdown_format(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_cli(capsys, "parse", str(SEED), "--format", "markdown")
    assert status == 0
    assert f"# {HEADLINE}" in out.splitlines()
    assert "## Nordkoreaner kämpfen in Kursk" in out.splitlines()
    assert "*Quelle: ntv.de, ino/AFP/dpa*" in out.splitlines()


def test_parse_reads_gzip_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    packed = tmp_path / "page.html.gz"
    packed.write_bytes(gzip.compress(SEED.read_bytes()))
    status, out, err = run_cli(capsys, "parse", str(packed))
    assert status == 0, err
    assert Article.from_json(out).headline == HEADLINE


def test_parse_reads_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(SEED.read_bytes()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    status, out, err = run_cli(capsys, "parse", "-")
    assert status == 0, err
    assert Article.from_json(out).kicker == "Kommen weitere Soldaten?"


def test_parse_forces_a_parser(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_cli(capsys, "parse", str(SEED), "--parser", "generic")
    assert status == 0
    assert Article.from_json(out).report.parser == "generic"


# -- URLs, from a local server ---------------------------------------------------


@pytest.fixture
def served() -> Iterator[Served]:
    """A local HTTP server on 127.0.0.1 serving the seed page."""
    routes: Routes = {
        SEED_URL_PATH: [(200, SEED.read_bytes(), {})],
        "/packed.html": [(200, gzip.compress(SEED.read_bytes()), {"Content-Encoding": "gzip"})],
    }
    with serve(routes) as running:
        yield running


@pytest.fixture
def server(served: Served) -> str:
    """The local server's base URL."""
    return served.base


def test_parse_fetches_a_url(
    server: str, served: Served, capsys: pytest.CaptureFixture[str]
) -> None:
    # The host is 127.0.0.1, not n-tv.de: the site parser is forced by name.
    status, out, err = run_cli(capsys, "parse", server + SEED_URL_PATH, "--parser", "ntv")
    assert status == 0, err
    article = Article.from_json(out)
    assert article.headline == HEADLINE
    assert article.report.layout == "2025"
    assert article.url == server + SEED_URL_PATH  # the URL given wins over the canonical
    assert served.seen == [(SEED_URL_PATH, served.seen[0][1])]
    assert served.seen[0][1].startswith("newsparse/")


def test_parse_fetches_gzip_encoded_responses(
    server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run_cli(
        capsys, "parse", server + "/packed.html", "--parser", "ntv", "--format", "text"
    )
    assert status == 0, err
    assert f"Headline:  {HEADLINE}" in out.splitlines()


def test_parse_url_error_exits_non_zero(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_cli(capsys, "parse", server + "/missing.html")
    assert status != 0
    assert out == ""
    assert err.startswith("newsparse: cannot fetch ")
    assert "404" in err
    assert "Traceback" not in err


# -- sites -----------------------------------------------------------------------


def test_sites_lists_site_parsers(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_cli(capsys, "sites")
    assert status == 0
    lines = out.splitlines()
    ntv = [line for line in lines if line.split()[0] == "ntv"]
    assert ntv
    assert "n-tv.de" in ntv[0]
    assert "2025" in ntv[0]
    count = int(lines[-1].split()[0])
    assert lines[-1] == f"{count} sites"
    assert count == len(lines) - 1 >= 1


def test_sites_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_cli(capsys, "sites", "--json")
    assert status == 0
    found = {entry["name"]: entry for entry in json.loads(out)}
    assert found["ntv"]["domains"] == ["n-tv.de", "ntv.de"]
    assert found["ntv"]["layouts"][0] == "2025"


# -- error exits -----------------------------------------------------------------


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.html"
    status, out, err = run_cli(capsys, "parse", str(missing))
    assert status != 0
    assert out == ""
    assert err == f"newsparse: {missing}: No such file or directory\n"


def test_unknown_parser(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_cli(capsys, "parse", str(SEED), "--parser", "nosuchsite")
    assert status != 0
    assert out == ""
    assert err.startswith("newsparse: no site parser named 'nosuchsite'; known: ")
    assert "ntv" in err


@pytest.mark.parametrize(
    ("content", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b'{"headline": "not a page"}', "JSON"),
        (b"", "empty"),
    ],
)
def test_not_html(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, what: str
) -> None:
    path = tmp_path / "input.html"
    path.write_bytes(content)
    status, out, err = run_cli(capsys, "parse", str(path))
    assert status != 0
    assert out == ""
    assert err.startswith("newsparse: ")
    assert what in err
    assert "Traceback" not in err


def test_damaged_gzip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00broken")
    status, _, err = run_cli(capsys, "parse", str(path))
    assert status != 0
    assert err.startswith(f"newsparse: {path}: the input is gzip-compressed but truncated")


def test_console_script_runs_as_module() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsparse", "parse", str(SEED), "--format", "text"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert f"Headline:  {HEADLINE}" in done.stdout.splitlines()


def test_usage_error_exits_non_zero(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["parse"])
    assert exited.value.code != 0
    assert "usage:" in capsys.readouterr().err


# -- the core install, without the testing and scale extras ------------------------

#: Run in a fresh interpreter: a meta-path finder makes the extras' packages unimportable.
BLOCKED_RUN = """
import sys
BLOCKED = {"hypothesis", "warcio", "pyarrow", "dask", "distributed", "httpx", "tqdm", "pandas"}
class Blocker:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ImportError(f"No module named {name!r} (blocked)", name=name)
        return None
sys.meta_path.insert(0, Blocker())
for name in list(sys.modules):
    if name.split(".")[0] in BLOCKED:
        del sys.modules[name]
import newsparse, newsparse.cli, newsparse.testing.plugin, newsparse.warc, newsparse.dask
with open(sys.argv[1], "rb") as f:
    article = newsparse.parse(f.read())
print(article.headline)
assert newsparse.cli.main(["parse", sys.argv[1], "--format", "text"]) == 0
try:
    import newsparse.testing.drift
except ImportError as exc:
    print("drift:", exc)
try:
    newsparse.fetch("http://127.0.0.1:9/")
except newsparse.FetchError as exc:
    print("fetch:", exc)
print("loaded:", sorted(n for n in BLOCKED if n in sys.modules))
"""


def test_core_install_works_without_the_extras() -> None:
    done = subprocess.run(
        [sys.executable, "-c", BLOCKED_RUN, str(SEED)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == HEADLINE
    assert f"Headline:  {HEADLINE}" in lines
    assert (
        'drift: newsparse.testing.drift needs hypothesis: pip install "newsparse[testing]"' in lines
    )
    assert any(line.startswith("fetch: ") and "newsparse[scale]" in line for line in lines)
    assert lines[-1] == "loaded: []"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from importlib import metadata

    import newsparse

    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"newsparse {metadata.version('newsparse')}\n"
    assert newsparse.__version__ == metadata.version("newsparse")


# -- reliability: limits, numbers, environments, Markdown --------------------------


def _gzip_bomb(path: Path) -> Path:
    """About 1 MB of gzip that inflates to 1 GiB: 100 members of 10 MiB of spaces each."""
    member = gzip.compress(b"<p>" + b" " * (10 * 2**20 - 3), compresslevel=9)
    with path.open("wb") as handle:
        for _ in range(103):
            handle.write(member)
    return path


@pytest.mark.parametrize("batch", [False, True], ids=["alone", "batch"])
def test_a_gzip_bomb_stops_early_with_bounded_memory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], batch: bool
) -> None:
    import tracemalloc

    bomb = _gzip_bomb(tmp_path / "bomb.html.gz")
    assert bomb.stat().st_size < 2_000_000
    argv = ["parse", str(bomb)] + (["--out", str(tmp_path / "o.jsonl"), "-j", "0"] if batch else [])
    tracemalloc.start()
    try:
        status = main(argv)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    err = capsys.readouterr().err
    assert peak < 300 * 2**20  # the limit is 64 MiB; 1 GiB was never held
    message = "decompresses to more than the limit of 67,108,864 bytes"
    if batch:
        assert status == 1
        record = json.loads((tmp_path / "o.jsonl").read_text(encoding="utf-8"))
        assert record["error"]["type"] == "InputTooLargeError"
        assert message in record["error"]["message"]
    else:
        assert status == 2
        assert err.startswith(f"newsparse: {bomb}: the gzip input {message}")


@pytest.mark.parametrize(
    ("option", "value", "says"),
    [
        ("-j", "-1", "must be 0 or more"),
        ("--jobs", "two", "not a whole number"),
        ("--timeout", "0", "above 0"),
        ("--timeout", "-1", "above 0"),
        ("--timeout", "nan", "above 0"),
        ("--max-bytes", "0", "more than 0"),
    ],
)
def test_numbers_are_validated(
    capsys: pytest.CaptureFixture[str], option: str, value: str, says: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["parse", str(SEED), option, value])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert says in err
    assert "Traceback" not in err


def test_an_ascii_stdout_gets_escaped_output_not_a_traceback() -> None:
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    for fmt in ("json", "text", "markdown"):
        done = subprocess.run(
            [sys.executable, "-m", "newsparse", "parse", str(SEED), "--format", fmt],
            capture_output=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert b"Traceback" not in done.stderr
        out = done.stdout.decode("ascii")  # nothing but ASCII came out
        if fmt == "json":
            assert Article.from_json(out).headline == HEADLINE  # \u escapes: still valid JSON
        else:
            assert "Unterst\\xfctzung" in out


def test_wrong_paths_and_empty_folders_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"newsparse: no pages found in {tmp_path}\n"
    missing = tmp_path / "nope"
    assert main(["parse", str(SEED), str(missing)]) == 2
    assert capsys.readouterr().err == f"newsparse: {missing}: No such file or directory\n"
    assert main(["parse", "-i", str(missing)]) == 2
    assert "cannot read the list" in capsys.readouterr().err


def test_no_traceback_for_odd_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    odd = {
        "empty.html": b"",
        "binary.html": bytes(range(256)) * 40,
        "pdf.html": b"%PDF-1.4\n...",
        "nul.html": b"<p\x00>" * 1000,
        "fake.html.gz": b"\x1f\x8b\x08\x00broken",
        "fake.warc.gz": b"\x1f\x8b\x08\x00not a warc",
        "text.warc": b"WARC/1.0\r\nnonsense\r\n\r\n",
    }
    for name, data in odd.items():
        (tmp_path / name).write_bytes(data)
        status = main(["parse", str(tmp_path / name), "-j", "0"])
        err = capsys.readouterr().err
        assert status in (0, 1, 2), name
        assert "Traceback" not in err
    assert main(["parse", str(tmp_path), "-j", "0"]) == 1  # a batch: failures are records
    capsys.readouterr()


def test_the_same_warnings_alone_and_in_batch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    packed = tmp_path / "page.html.gz"
    packed.write_bytes(gzip.compress(SEED.read_bytes()))
    assert main(["parse", str(packed)]) == 0
    alone = Article.from_json(capsys.readouterr().out)
    assert main(["parse", str(packed), "--out", str(tmp_path / "o.jsonl"), "-j", "0"]) == 0
    record = json.loads((tmp_path / "o.jsonl").read_text(encoding="utf-8"))
    batch = Article.from_dict(record["article"])
    assert alone.report.warnings == batch.report.warnings
    assert "the input was gzip-compressed and has been decompressed" in alone.report.warnings
    assert alone == batch


def test_parse_takes_paths_and_binary_files(tmp_path: Path) -> None:
    import newsparse

    from_bytes = newsparse.parse(SEED.read_bytes())
    assert newsparse.parse(SEED) == from_bytes
    with SEED.open("rb") as handle:
        assert newsparse.parse(handle) == from_bytes
    with SEED.open("r", encoding="utf-8") as text, pytest.raises(TypeError, match="binary"):
        newsparse.parse(text)  # type: ignore[arg-type]
    with pytest.raises(newsparse.InputTooLargeError):
        newsparse.parse(SEED, max_bytes=1000)


def test_markdown_is_escaped_and_brackets_are_not_doubled() -> None:
    from newsparse import Credit, Image, Paragraph
    from newsparse.render import to_markdown

    article = Article(
        kicker="*Eil* [Update]",
        headline="# 1. Liga_Spiel",
        body=(Paragraph(text="- kein Listenpunkt <b>fett</b>"),),
        images=(
            Image(
                url="https://example.org/a (1).jpg",
                caption="Bild [links]",
                credit=Credit(raw="(Foto: dpa)", holders=("dpa",)),
            ),
        ),
    )
    lines = to_markdown(article).splitlines()
    assert lines[0] == r"*\*Eil\* \[Update\]*"
    assert r"# \# 1. Liga\_Spiel" in lines
    assert r"\- kein Listenpunkt \<b\>fett\</b\>" in lines
    assert r"![Bild \[links\]](https://example.org/a%20%281%29.jpg)" in lines
    assert r"*Bild \[links\] (Foto: dpa)*" in lines
    assert "((Foto" not in "\n".join(lines)
