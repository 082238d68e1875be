"""newsparse.fetch and URL inputs of the CLI, against a local server on 127.0.0.1 only."""

from __future__ import annotations

import gzip
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsparse
from localserver import Routes, Served, serve
from newsparse.cli import main
from newsparse.errors import FetchError

ROOT = Path(__file__).resolve().parents[1]
SEED = (ROOT / "fixtures" / "ntv-seed" / "page.html").read_bytes()
HEADLINE = 'Nordkoreas Kim sagt Moskau "bedingungslose" Unterstützung zu'
LATIN = (
    "<html><head><title>x</title></head><body><article><h1>Die Straßenbahn fährt</h1>"
    + "<p>Über die Brücke fährt die Straßenbahn, größer als zuvor.</p>" * 8
    + "</article></body></html>"
).encode("cp1252")


BOMB = gzip.compress(b"<p>" + b" " * 3_000_000)  # 3 kB that inflate to 3 MB


@pytest.fixture
def served() -> Iterator[Served]:
    routes: Routes = {
        "/seed.html": [(200, SEED, {})],
        "/old": [(301, b"", {"Location": "/seed.html"})],
        "/latin.html": [(200, LATIN, {"Content-Type": "text/html; charset=iso-8859-1"})],
        "/packed.html": [(200, gzip.compress(SEED), {"Content-Encoding": "gzip"})],
        "/flaky.html": [(503, b"busy", {}), (503, b"busy", {}), (200, SEED, {})],
        "/down.html": [(503, b"busy", {})],
        "/slow.html": [(200, SEED, {"X-Sleep": "1"})],
        "/bomb.html": [(200, BOMB, {"Content-Encoding": "gzip"})],
    }
    with serve(routes) as running:
        yield running


@pytest.fixture
def server(served: Served) -> str:
    """The local server's base URL."""
    return served.base


def test_redirects_are_followed_and_the_final_url_kept(server: str, served: Served) -> None:
    fetched = newsparse.fetch(server + "/old")
    assert fetched.url == server + "/seed.html"
    assert fetched.status == 200
    assert fetched.data == SEED
    assert fetched.parse(parser="ntv").url == server + "/seed.html"
    assert [path for path, _ in served.seen] == ["/old", "/seed.html"]
    agent = served.seen[0][1]
    assert agent.startswith(f"newsparse/{newsparse.__version__} ")


def test_the_http_charset_is_honoured(server: str) -> None:
    fetched = newsparse.fetch(server + "/latin.html")
    assert fetched.charset == "iso-8859-1"
    assert fetched.parse().headline == "Die Straßenbahn fährt"


def test_content_encoding_is_removed(server: str) -> None:
    assert newsparse.fetch(server + "/packed.html").data == SEED


def test_retries_with_backoff_then_success(server: str, served: Served) -> None:
    start = time.monotonic()
    fetched = newsparse.fetch(server + "/flaky.html", retries=2, backoff=0.05)
    assert fetched.data == SEED
    assert [path for path, _ in served.seen] == ["/flaky.html"] * 3
    assert time.monotonic() - start >= 0.05 + 0.1  # two waits, the second doubled


def test_retries_give_up_with_a_message(server: str) -> None:
    with pytest.raises(FetchError, match=r"HTTP 503 \(tried 2 times\)"):
        newsparse.fetch(server + "/down.html", retries=1, backoff=0.01)


def test_a_client_error_is_not_retried(server: str, served: Served) -> None:
    with pytest.raises(FetchError, match="HTTP 404"):
        newsparse.fetch(server + "/missing.html", retries=3, backoff=0.01)
    assert len(served.seen) == 1


def test_a_timeout_is_an_error(server: str) -> None:
    with pytest.raises(FetchError, match="tried 1 times"):
        newsparse.fetch(server + "/slow.html", timeout=0.2, retries=0)


def test_the_size_cap_stops_a_compressed_bomb(server: str) -> None:
    with pytest.raises(FetchError, match="larger than the limit of 1,000,000 bytes"):
        newsparse.fetch(server + "/bomb.html", max_bytes=1_000_000)


@pytest.mark.parametrize(
    "url", ["http://[::1/x", "ftp://127.0.0.1/x", "file:///etc/passwd", "http://"]
)
def test_bad_urls_are_fetch_errors(url: str) -> None:
    with pytest.raises(FetchError):
        newsparse.fetch(url, retries=0)


# -- the command line ------------------------------------------------------------


def test_cli_takes_urls_beside_files_and_a_url_list(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# a comment\n{server}/old\n\n{server}/missing.html\n", encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_bytes(SEED)
    status = main(["parse", str(page), server + "/latin.html", "-i", str(listing), "--jobs", "0"])
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 1  # the missing page failed, after all were tried
    assert [r["ok"] for r in records] == [True, True, True, False]
    assert records[0]["article"]["headline"] == HEADLINE
    assert records[1]["article"]["headline"] == "Die Straßenbahn fährt"
    assert records[2]["article"]["url"] == server + "/seed.html"  # the URL after the redirect
    assert records[3]["error"]["type"] == "FetchError"
    assert "4 pages, 3 parsed, 1 failed" in err


def test_cli_malformed_url_is_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["parse", "http://[::1/x"])
    _, err = capsys.readouterr()
    assert status == 2
    assert err.startswith("newsparse: cannot fetch http://[::1/x")
