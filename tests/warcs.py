"""Build small WARC files for tests from the project's own fixtures (never corpus pages)."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"


def fixture_pages(count: int | None = None) -> list[tuple[str, bytes]]:
    """``(url, html bytes)`` of the first ``count`` fixtures, in name order."""
    pages = []
    for folder in sorted(p for p in FIXTURES.iterdir() if (p / "meta.json").is_file()):
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        page = folder / "page.html"
        data = (
            page.read_bytes()
            if page.is_file()
            else gzip.decompress((folder / "page.html.gz").read_bytes())
        )
        pages.append((meta["url"], data))
        if count is not None and len(pages) == count:
            break
    return pages


def response(
    writer: WARCWriter,
    url: str,
    body: bytes,
    *,
    content_type: str = "text/html; charset=utf-8",
    status: str = "200 OK",
    date: str = "2024-05-06T07:08:09Z",
    extra: dict[str, str] | None = None,
) -> None:
    """Write one HTTP response record."""
    http = StatusAndHeaders(
        status,
        [("Content-Type", content_type), ("Content-Length", str(len(body)))],
        protocol="HTTP/1.1",
    )
    headers = {"WARC-Date": date, **(extra or {})}
    record = writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http
    )
    for key, value in headers.items():
        record.rec_headers.replace_header(key, value)
    writer.write_record(record)


def write_warc(path: Path, pages: list[tuple[str, bytes]], *, gzip_records: bool = True) -> Path:
    """A WARC of one response record per page, each preceded by its request record."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip_records)
        for url, body in pages:
            request = b"GET / HTTP/1.1\r\n\r\n"
            writer.write_record(
                writer.create_warc_record(
                    url, "request", payload=io.BytesIO(request), length=len(request)
                )
            )
            response(writer, url, body)
    return path
