"""Batch results to JSON Lines or Parquet, and the CLI's record filters.

:func:`open_writer` picks the format from the file name (``.parquet`` or
anything else for JSON Lines). The Parquet file is written in row groups of
:data:`ROW_GROUP_SIZE` rows while a run goes, with the schema
:data:`PARQUET_SCHEMA` (documented in ``docs/output.md``); it needs pyarrow
(``pip install "newsparse[scale]"``).
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any, Protocol

import attrs

from newsparse.batch import Result
from newsparse.model import Article

#: Rows buffered before one Parquet row group is written.
ROW_GROUP_SIZE = 1000
#: Version of :data:`PARQUET_SCHEMA`, stored in the file's metadata; raised on any change.
SCHEMA_VERSION = "1"


class Writer(Protocol):
    """Somewhere batch results go, one record per result."""

    def write(self, result: Result) -> None:
        """Write one result."""

    def close(self) -> None:
        """Write what is buffered and close the file."""


class JsonLinesWriter:
    """One JSON object a line: :meth:`newsparse.Result.to_dict`."""

    def __init__(self, stream: IO[str], *, owned: bool = False, ensure_ascii: bool = False) -> None:
        self.stream = stream
        self.owned = owned
        self.ensure_ascii = ensure_ascii

    def write(self, result: Result) -> None:
        """Write one result as a line (``\\u`` escapes for non-ASCII with ``ensure_ascii``)."""
        record = json.dumps(result.to_dict(), ensure_ascii=self.ensure_ascii)
        self.stream.write(record + "\n")

    def close(self) -> None:
        """Flush, and close the file if this writer opened it."""
        self.stream.flush()
        if self.owned:
            self.stream.close()


def _schema() -> Any:
    import pyarrow as pa

    text = pa.string()
    texts = pa.list_(pa.string())
    when = pa.timestamp("us", tz="UTC")
    credit = pa.struct([("raw", text), ("kind", text), ("holders", texts)])
    image = pa.struct(
        [("url", text), ("caption", text), ("credit", credit), ("is_cover", pa.bool_())]
    )
    source = pa.struct([("raw", text), ("outlet", text), ("editors", texts), ("agencies", texts)])
    report = pa.struct(
        [
            ("parser", text),
            ("layout", text),
            ("origins", pa.list_(pa.struct([("part", text), ("origin", text)]))),
            ("missing", texts),
            ("fallback", texts),
            ("absent", texts),
            ("warnings", texts),
            ("page_kind", text),
        ]
    )
    return pa.schema(
        [
            # where the page came from and how its parse went
            ("index", pa.int64()),
            ("input", text),
            ("input_url", text),
            ("fetched", when),
            ("ok", pa.bool_()),
            ("error_type", text),
            ("error", text),
            ("seconds", pa.float64()),
            # the article, one column per part (null for a failed page)
            ("url", text),
            ("site", text),
            ("language", text),
            ("section", text),
            ("kicker", text),
            ("headline", text),
            ("teaser", text),
            ("body", pa.list_(pa.struct([("type", text), ("text", text)]))),
            ("images", pa.list_(image)),
            ("source", source),
            ("authors", texts),
            ("published", when),
            ("modified", when),
            ("topics", texts),
            ("paywalled", pa.bool_()),
            ("report", report),
        ],
        metadata={"newsparse.schema_version": SCHEMA_VERSION},
    )


#: Names of the article's columns in the Parquet file, in order (all but the first eight):
#: the fields of :class:`~newsparse.model.Article`.
ARTICLE_COLUMNS: tuple[str, ...] = tuple(field.name for field in attrs.fields(Article))


def parquet_schema() -> Any:
    """The ``pyarrow.Schema`` of newsparse's Parquet files."""
    return _schema()


def _utc(value: datetime | None) -> datetime | None:
    return value.astimezone(timezone.utc) if value is not None else None


def parquet_row(result: Result) -> dict[str, Any]:
    """One result as a row of :func:`parquet_schema` (dates in UTC, offsets dropped)."""
    row: dict[str, Any] = {
        "index": result.index,
        "input": result.source,
        "input_url": result.url,
        "fetched": _utc(result.fetched),
        "ok": result.ok,
        "error_type": result.error_type,
        "error": result.error,
        "seconds": result.seconds,
    }
    article = result.article
    if article is None:
        row.update(dict.fromkeys(ARTICLE_COLUMNS))
        return row
    data = article.to_dict()
    for name in ARTICLE_COLUMNS:
        row[name] = data[name]
    row["published"] = _utc(article.published)
    row["modified"] = _utc(article.modified)
    return row


class ParquetWriter:
    """Results as Parquet rows, written in row groups of ``row_group_size`` while a run goes."""

    def __init__(self, path: str | Path, *, row_group_size: int = ROW_GROUP_SIZE) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as exc:
            raise ImportError(
                'Parquet output needs pyarrow: pip install "newsparse[scale]"'
            ) from exc
        self._pa = pa
        self.schema = _schema()
        self.row_group_size = row_group_size
        self.rows: list[dict[str, Any]] = []
        self.writer = pq.ParquetWriter(str(path), self.schema, compression="zstd")

    def write(self, result: Result) -> None:
        """Buffer one result; write a row group when the buffer is full."""
        self.rows.append(parquet_row(result))
        if len(self.rows) >= self.row_group_size:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            table = self._pa.Table.from_pylist(self.rows, schema=self.schema)
            self.writer.write_table(table, row_group_size=self.row_group_size)
            self.rows = []

    def close(self) -> None:
        """Write the last row group and the file's footer."""
        self._flush()
        self.writer.close()


def open_writer(
    path: str | Path | None, stream: IO[str] | None = None, *, ensure_ascii: bool = False
) -> Writer:
    """A Parquet writer for ``*.parquet``, else JSON Lines to ``path`` or ``stream``."""
    if path is None:
        if stream is None:
            raise ValueError("open_writer needs a path or a stream")
        return JsonLinesWriter(stream, ensure_ascii=ensure_ascii)
    if str(path).endswith(".parquet"):
        return ParquetWriter(path)
    return JsonLinesWriter(Path(path).open("w", encoding="utf-8"), owned=True)


def matches(
    article: Article | None,
    *,
    site: str | None = None,
    articles_only: bool = False,
    language: str | None = None,
) -> bool:
    """True when a page passes the filters; a failed page (no article) passes none.

    ``site`` is a registry name; ``articles_only`` keeps pages whose
    ``report.page_kind`` is ``article``; ``language`` keeps pages whose
    language is it or a regional form of it (``de`` keeps ``de-ch``).
    """
    if site is None and not articles_only and language is None:
        return True
    if article is None:
        return False
    if site is not None and article.site != site:
        return False
    if articles_only and article.report.page_kind != "article":
        return False
    if language is not None:
        wanted = language.lower()
        have = (article.language or "").lower()
        if have != wanted and have.split("-")[0] != wanted:
            return False
    return True


__all__ = [
    "ROW_GROUP_SIZE",
    "SCHEMA_VERSION",
    "JsonLinesWriter",
    "ParquetWriter",
    "Writer",
    "matches",
    "open_writer",
    "parquet_row",
    "parquet_schema",
]
