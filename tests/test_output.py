"""Batch output: JSON Lines and Parquet (read back with pyarrow and pandas), and the filters."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import newsparse
from newsparse.batch import Result
from newsparse.cli import main
from newsparse.output import ParquetWriter, matches, parquet_schema

from warcs import fixture_pages, write_warc

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "fixtures" / "ntv-seed" / "page.html"
NO_ARTICLE = b"<html lang='de'><body><nav><a href='/a'>Politik</a></nav></body></html>"
FRENCH = (
    b"<html lang='fr'><body><article><h1>Le tram traverse le pont</h1>"
    + b"<p>Le tram traverse le pont tous les jours, plus grand qu'avant.</p>" * 8
    + b"</article></body></html>"
)


def test_parquet_schema_is_stable_and_nested() -> None:
    schema = parquet_schema()
    assert schema.metadata[b"newsparse.schema_version"] == b"1"
    assert schema.names[:8] == [
        "index", "input", "input_url", "fetched", "ok", "error_type", "error", "seconds"
    ]  # fmt: skip
    assert schema.field("body").type == pa.list_(
        pa.struct([("type", pa.string()), ("text", pa.string())])
    )
    credit = schema.field("images").type.value_type.field("credit").type
    assert credit.field("holders").type == pa.list_(pa.string())
    assert schema.field("source").type.field("agencies").type == pa.list_(pa.string())
    assert schema.field("report").type.field("page_kind").type == pa.string()
    assert schema.field("published").type == pa.timestamp("us", tz="UTC")


def test_parquet_round_trip_in_row_groups(tmp_path: Path) -> None:
    pages = [SEED, b"", SEED, NO_ARTICLE, SEED]
    results = list(newsparse.parse_many(pages, workers=0))
    path = tmp_path / "out.parquet"
    writer = ParquetWriter(path, row_group_size=2)
    for result in results:
        writer.write(result)
    writer.close()
    assert pq.ParquetFile(path).num_row_groups == 3  # written as the run went
    table = pq.read_table(path)
    assert table.schema.equals(parquet_schema(), check_metadata=False)
    rows = table.to_pylist()
    assert [row["ok"] for row in rows] == [True, False, True, True, True]
    assert rows[1]["error_type"] == "EmptyInputError"
    assert rows[1]["headline"] is None
    seed = results[0].article
    assert seed is not None
    row = rows[0]
    assert row["headline"] == seed.headline
    assert [b["text"] for b in row["body"]] == [b.text for b in seed.body]
    assert row["source"]["agencies"] == ["AFP", "dpa"]
    assert row["images"][0]["credit"]["holders"] == list(seed.images[0].credit.holders)  # type: ignore[union-attr]
    assert row["published"] == seed.published
    assert row["report"]["parser"] == "ntv"
    assert rows[3]["report"]["page_kind"] != "article"


def test_pandas_reads_the_parquet_file(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    path = tmp_path / "out.parquet"
    writer = ParquetWriter(path)
    for result in newsparse.parse_many([SEED, b"x"], workers=0):
        writer.write(result)
    writer.close()
    frame = pd.read_parquet(path)
    assert list(frame["ok"]) == [True, False]
    assert frame.loc[0, "site"] == "ntv"
    assert list(frame.loc[0, "source"]["agencies"]) == ["AFP", "dpa"]
    if importlib.util.find_spec("duckdb") is not None:  # optional: DuckDB reads it too
        import duckdb

        sql = f"SELECT source.agencies FROM '{path}' WHERE ok"
        assert duckdb.sql(sql).fetchall() == [(["AFP", "dpa"],)]


def test_filters() -> None:
    seed = newsparse.parse(SEED.read_bytes())
    empty = newsparse.parse(NO_ARTICLE)
    french = newsparse.parse(FRENCH)
    assert matches(seed, site="ntv")
    assert not matches(french, site="ntv")
    assert matches(seed, articles_only=True)
    assert empty.report.page_kind != "article"
    assert not matches(empty, articles_only=True)
    assert matches(seed, language="de")
    assert not matches(french, language="de")
    assert matches(french)
    assert not matches(None, language="de")  # a failed page passes no filter
    assert matches(None)


def test_cli_writes_parquet_from_a_warc_with_filters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = [*fixture_pages(4), ("https://example.org/fr", FRENCH), ("https://x.de/", NO_ARTICLE)]
    warc = write_warc(tmp_path / "crawl.warc.gz", pages)
    out = tmp_path / "articles.parquet"
    status = main(
        ["parse", str(warc), "--out", str(out), "--lang", "de", "--articles-only", "-j", "0"]
    )
    err = capsys.readouterr().err
    assert status == 0, err
    table = pq.read_table(out)
    kept = table.column("input_url").to_pylist()
    assert kept == [url for url, _ in pages[:4]]
    assert all(f.year == 2024 for f in table.column("fetched").to_pylist())
    assert "6 pages, 6 parsed, 0 failed, 4 kept by the filters" in err


def test_cli_site_filter_to_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = fixture_pages(None)
    folder = tmp_path / "pages"
    folder.mkdir()
    chosen = [p for p in pages if "n-tv.de" in p[0]][:2] + pages[:2]
    for index, (_, data) in enumerate(chosen):
        (folder / f"{index:02d}.html").write_bytes(data)
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(folder), "--site", "ntv", "--out", str(out), "-j", "0"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 2
    assert {r["article"]["site"] for r in records} == {"ntv"}
    capsys.readouterr()


def test_result_fetched_is_in_the_json_record() -> None:
    from datetime import datetime, timezone

    when = datetime(2024, 5, 6, tzinfo=timezone.utc)
    record = Result(index=0, source=None, url=None, fetched=when, error_type="X", error="y")
    assert record.to_dict()["fetched"] == "2024-05-06T00:00:00+00:00"
