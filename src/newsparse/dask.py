"""WARC files on a Dask cluster: :func:`articles` and :func:`to_parquet`.

``articles(paths)`` is a ``dask.bag.Bag`` with one partition per WARC file;
each element is a record dict (the same as a line of ``newsparse parse
--out X.jsonl``). Parsing is pure per page, so the bag holds the same records
as :func:`newsparse.warc.iter_articles` run in one process, in file order.
``to_parquet(bag, folder)`` writes one Parquet file per partition with the
schema of :mod:`newsparse.output`. Needs ``pip install "newsparse[scale]"``.

    from dask.distributed import Client
    import newsparse.dask

    client = Client("scheduler-address:8786")  # or Client() for this machine
    bag = newsparse.dask.articles(sorted(glob.glob("/data/cc-news/*.warc.gz")))
    newsparse.dask.to_parquet(bag, "/data/articles/")
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsparse.batch import Result
from newsparse.decode import DEFAULT_MAX_BYTES
from newsparse.warc import WarcArticle, iter_articles


def result_of(index: int, record: WarcArticle) -> Result:
    """A WARC record's outcome as a batch :class:`~newsparse.batch.Result`."""
    error = record.error
    return Result(
        index=index,
        source=f"{record.source}#{record.offset}",
        url=record.uri,
        fetched=record.fetched,
        article=record.article,
        error_type=type(error).__name__ if error is not None else None,
        error=str(error) if error is not None else None,
    )


def records(
    path: str | os.PathLike[str], *, parser: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[dict[str, Any]]:
    """The record dicts of one WARC file, in file order (one Dask partition)."""
    for index, record in enumerate(iter_articles(path, parser=parser, max_bytes=max_bytes)):
        data = result_of(index, record).to_dict()
        del data["seconds"]  # wall time differs between runs; the rest does not
        yield data


def _partition(path: str, parser: str | None, max_bytes: int) -> list[dict[str, Any]]:
    return list(records(path, parser=parser, max_bytes=max_bytes))


def articles(
    paths: Iterable[str | os.PathLike[str]],
    *,
    parser: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Any:
    """A ``dask.bag.Bag`` of record dicts, one partition per WARC file in ``paths``."""
    import dask.bag as db
    from dask.delayed import delayed

    names = [os.fspath(p) for p in paths]
    parts = [delayed(_partition)(name, parser, max_bytes) for name in names]
    return db.from_delayed(parts)  # type: ignore[no-untyped-call]


def _write_partition(rows: list[dict[str, Any]], path: str) -> int:
    from newsparse.model import Article
    from newsparse.output import ParquetWriter

    writer = ParquetWriter(path)
    try:
        for row in rows:
            writer.write(_result_from(row, Article))
    finally:
        writer.close()
    return len(rows)


def _result_from(row: dict[str, Any], article_cls: Any) -> Result:
    from datetime import datetime

    error = row.get("error") or {}
    fetched = row.get("fetched")
    return Result(
        index=row["index"],
        source=row.get("source"),
        url=row.get("url"),
        fetched=datetime.fromisoformat(fetched) if fetched else None,
        article=article_cls.from_dict(row["article"]) if row.get("article") else None,
        error_type=error.get("type"),
        error=error.get("message"),
    )


def to_parquet(bag: Any, folder: str | os.PathLike[str]) -> list[Path]:
    """Write each partition of ``bag`` to ``folder/part-NNNNN.parquet``; return the paths.

    The files share :func:`newsparse.output.parquet_schema`, so
    ``pyarrow.dataset``, pandas, DuckDB or Spark read the folder as one table.
    """
    from dask.delayed import delayed

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / f"part-{i:05d}.parquet" for i in range(bag.npartitions)]
    tasks = [
        delayed(_write_partition)(part, str(path))
        for part, path in zip(bag.to_delayed(), paths, strict=True)
    ]
    delayed(list)(tasks).compute()
    return paths


__all__ = ["articles", "records", "result_of", "to_parquet"]
