"""newsparse.warc and ``newsparse parse`` on WARC files built from the project's fixtures."""

from __future__ import annotations

import io
import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
from warcio.warcwriter import WARCWriter

import newsparse
from newsparse.cli import main
from newsparse.errors import InputTooLargeError, NotHTMLError
from newsparse.warc import WarcSummary, iter_articles

from warcs import fixture_pages, response, write_warc

PAGES = fixture_pages(3)
GERMAN = (
    "<html><head><title>Straßenbahn</title></head><body><article>"
    "<h1>Die Straßenbahn fährt über die Brücke</h1>"
    + "<p>Über die Brücke fährt die Straßenbahn, größer und schöner als zuvor.</p>" * 8
    + "</article></body></html>"
)


@pytest.mark.parametrize("gzip_records", [True, False], ids=["warc.gz", "warc"])
def test_every_html_response_record_is_parsed_like_the_page_alone(
    tmp_path: Path, gzip_records: bool
) -> None:
    name = "crawl.warc.gz" if gzip_records else "crawl.warc"
    path = write_warc(tmp_path / name, PAGES, gzip_records=gzip_records)
    summary = WarcSummary()
    records = list(iter_articles(path, summary=summary))
    assert [r.uri for r in records] == [url for url, _ in PAGES]
    for record, (url, data) in zip(records, PAGES, strict=True):
        assert record.ok
        assert record.error is None
        assert record.article == newsparse.parse(data, url)
        assert record.fetched == datetime(2024, 5, 6, 7, 8, 9, tzinfo=timezone.utc)
        assert record.charset == "utf-8"
        assert record.source == str(path)
    assert summary.records == 6
    assert summary.pages == 3
    assert summary.skipped == {"request": 3}


def test_http_charset_is_passed_to_decoding(tmp_path: Path) -> None:
    # The page's own meta charset is wrong; the HTTP header is right and comes first.
    body = GERMAN.replace("<head>", '<head><meta charset="windows-1251">').encode("cp1252")
    path = tmp_path / "latin.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        response(
            writer, "https://example.org/a", body, content_type="text/html; charset=ISO-8859-1"
        )
        response(writer, "https://example.org/b", body, content_type="text/html")
    first, second = iter_articles(path)
    assert first.charset == "iso-8859-1"
    assert first.article is not None
    assert first.article.headline == "Die Straßenbahn fährt über die Brücke"
    assert second.charset is None  # no HTTP charset: the meta charset counts, as in parse()
    assert second.article == newsparse.parse(body, "https://example.org/b")
    assert second.article is not None
    assert second.article.headline != first.article.headline


def test_other_records_are_skipped_and_counted(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    good = GERMAN.encode("utf-8")
    writer.write_record(writer.create_warcinfo_record("x.warc.gz", {"software": "test"}))
    response(writer, "https://example.org/img.png", b"\x89PNG....", content_type="image/png")
    response(writer, "https://example.org/gone", good, status="404 Not Found")
    response(writer, "https://example.org/cut", good, extra={"WARC-Truncated": "length"})
    writer.write_record(
        writer.create_revisit_record(
            "https://example.org/a",
            digest="sha1:AAAA",
            refers_to_uri="https://example.org/a",
            refers_to_date="2024-01-01T00:00:00Z",
        )
    )
    response(writer, "https://example.org/pdf", b"%PDF-1.4 ...", content_type="text/html")
    response(writer, "https://example.org/ok", good)
    summary = WarcSummary()
    records = list(iter_articles(io.BytesIO(buffer.getvalue()), summary=summary))
    assert [r.uri for r in records] == ["https://example.org/pdf", "https://example.org/ok"]
    assert isinstance(records[0].error, NotHTMLError)  # an error record, not an exception
    assert records[0].article is None
    assert records[1].ok
    assert summary.skipped == {
        "warcinfo": 1,
        "not-html": 1,
        "status": 1,
        "truncated": 1,
        "revisit": 1,
    }
    assert (summary.records, summary.pages, summary.failed) == (7, 2, 1)
    assert "7 records, 2 pages, 1 failed" in str(summary)


@pytest.mark.parametrize("gzip_records", [True, False], ids=["warc.gz", "warc"])
def test_a_file_cut_short_is_not_fatal(tmp_path: Path, gzip_records: bool) -> None:
    whole = write_warc(tmp_path / "w.warc", PAGES, gzip_records=gzip_records).read_bytes()
    # Cut inside the last response record: the first two pages come out, the last is counted.
    summary = WarcSummary()
    records = list(iter_articles(io.BytesIO(whole[: len(whole) - 2000]), summary=summary))
    assert [r.uri for r in records] == [url for url, _ in PAGES[:2]]
    assert summary.skipped["truncated"] + summary.skipped["damaged"] == 1
    # Garbage is one count of damage and no exception.
    summary = WarcSummary()
    assert list(iter_articles(io.BytesIO(b"not a warc at all\r\n" * 50), summary=summary)) == []
    assert summary.skipped == {"damaged": 1}


def test_a_payload_over_the_limit_is_an_error_record_read_no_further(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "big.warc.gz", PAGES[:1])
    limit = len(PAGES[0][1]) // 2  # half the page, whatever fixture comes first
    (record,) = iter_articles(path, max_bytes=limit)
    assert isinstance(record.error, InputTooLargeError)


# -- the command line ------------------------------------------------------------


def test_cli_reads_every_record_of_a_warc(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_warc(tmp_path / "crawl.warc.gz", PAGES)
    status = main(["parse", str(path), "--jobs", "0"])
    out, err = capsys.readouterr()
    assert status == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["url"] for line in lines] == [url for url, _ in PAGES]
    assert all(line["ok"] and line["fetched"] == "2024-05-06T07:08:09+00:00" for line in lines)
    assert lines[0]["source"].startswith(f"{path}#")
    assert "3 pages, 3 parsed, 0 failed; WARC: 6 records, skipped 3 request" in err


def test_cli_reads_warc_files_in_a_folder_beside_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_warc(tmp_path / "a.warc.gz", PAGES[:2])
    (tmp_path / "sub").mkdir()
    write_warc(tmp_path / "sub" / "b.warc", PAGES[2:], gzip_records=False)
    (tmp_path / "page.html").write_bytes(PAGES[0][1])
    status = main(["parse", str(tmp_path), "--jobs", "1"])
    out, err = capsys.readouterr()
    assert status == 0, err
    sources = [json.loads(line)["source"] for line in out.splitlines()]
    assert len(sources) == 4
    assert sources[0].startswith(str(tmp_path / "a.warc.gz"))
    assert sources[2] == str(tmp_path / "page.html")
    assert sources[3].startswith(str(tmp_path / "sub" / "b.warc"))
