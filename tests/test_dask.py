"""newsparse.dask on a two-process LocalCluster: the same records as one process."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest
from distributed import Client, LocalCluster

from newsparse.dask import articles, records, to_parquet

from warcs import fixture_pages, write_warc

PAGES = fixture_pages(4)


@pytest.fixture(scope="module")
def client() -> object:
    with (
        LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            dashboard_address=":0",  # any free port: older distributed reads None as 8787
            host="127.0.0.1",
            worker_dashboard_address=None,
        ) as cluster,
        Client(cluster) as dask_client,
    ):
        yield dask_client


def test_a_bag_of_warc_files_equals_the_single_process_run(tmp_path: Path, client: Client) -> None:
    paths = [
        write_warc(tmp_path / "a.warc.gz", PAGES[:2]),
        write_warc(tmp_path / "b.warc", PAGES[2:], gzip_records=False),
    ]
    (tmp_path / "c.warc.gz").write_bytes(b"damaged")  # a partition with no record
    paths.append(tmp_path / "c.warc.gz")
    bag = articles(paths).persist()  # parsed once, in the workers
    assert bag.npartitions == 3
    distributed = bag.compute()
    single = [record for path in paths for record in records(path)]
    assert distributed == single
    assert len(single) == len(PAGES)
    assert all(record["ok"] for record in single)
    assert [r["url"] for r in single] == [url for url, _ in PAGES]
    # the work really ran in the worker processes
    assert len(client.scheduler_info()["workers"]) == 2

    written = to_parquet(bag, tmp_path / "out")
    assert [p.name for p in written] == [f"part-0000{i}.parquet" for i in range(3)]
    table = pq.read_table(tmp_path / "out")
    assert table.num_rows == len(PAGES)
    assert sorted(table.column("input_url").to_pylist()) == sorted(url for url, _ in PAGES)
    assert sorted(table.column("headline").to_pylist()) == sorted(
        r["article"]["headline"] for r in single
    )
