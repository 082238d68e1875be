"""WARC and Dask at scale: one core, 1 and 2 Dask workers, worker memory over long runs.

    python3 benchmarks/scale.py                  # corpus at ../shared/corpus, all three parts
    python3 benchmarks/scale.py --seconds 40 --runs 3 --passes 10
    python3 benchmarks/scale.py --quick          # checks the script; figures meaningless

The corpus pages are written at run time to ``--files`` gzip WARC files in a
temporary folder (a request and a response record per page, as a crawler
writes them; nothing is kept). Then, in order:

1. **WARC on one core**: CPU seconds of ``newsparse.warc.iter_articles`` over
   the WARC files against reading each page's ``.html.gz`` file and calling
   ``newsparse.parse`` on it, the fastest of ``--cpu-rounds`` (target: at most
   1.3x).
2. **Dask throughput**: ``newsparse.dask.articles(paths)`` on a
   ``distributed.LocalCluster`` of 1 worker and one of 2 workers (worker
   processes, 1 thread each), both started and warmed up (every worker parses
   the corpus once) before any timing. The input is the WARC files listed
   ``--copies`` times (one bag partition per listed file), so that one worker
   needs about ``--seconds`` seconds; the default ``--copies`` is worked out
   from a timed pass in this process. Wall seconds from submitting the graph to
   the answer (each worker counts its records; the articles stay in the
   workers), the fastest of ``--runs`` runs; the runs alternate between the two
   clusters, so a busy minute slows both. Target: 2 workers at 1.7x or more of 1.
3. **Worker memory**: a fresh 2-worker cluster is warmed up as above and
   runs ``--passes`` passes; a pass lists the WARC files once per worker (the
   corpus once per worker, spread by the scheduler). At the start, after the
   warm-up and after each pass every worker reports its resident memory
   (``VmRSS`` of ``/proc/self/status``). Flat: for every worker, the RSS after
   the last pass is at most ``--margin`` (5%) above the RSS after pass 2
   (pass 1 may still pay for the allocator's first growth).

Prints Markdown tables for docs/performance.md; ``--json`` also writes the
figures. Run it alone on the machine: the workers share its cores.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import io
import json
import math
import os
import platform
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"

#: How much the RSS after the last pass may exceed the RSS after pass 2 and still count as flat.
FLAT_MARGIN = 0.05


def is_flat(rss_by_pass: Sequence[float], margin: float = FLAT_MARGIN) -> bool:
    """True when the last pass's RSS is at most ``margin`` above the second pass's.

    ``rss_by_pass`` is one worker's RSS after each pass, in order (at least two).
    """
    if len(rss_by_pass) < 2:
        raise ValueError("flatness needs the RSS after two passes or more")
    return rss_by_pass[-1] <= rss_by_pass[1] * (1 + margin)


def rss_mb() -> float:
    """Resident memory of the calling process in MB (``VmRSS``; Linux only)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise OSError("no VmRSS in /proc/self/status")


def write_warcs(pages: Sequence[tuple[str, str, bytes]], folder: Path, files: int) -> list[Path]:
    """The pages, dealt round-robin to ``files`` gzip WARC files in ``folder``.

    Each page is a request record and a response record (``text/html``, no
    charset: the page's own declaration decides), as a crawler writes them.
    """
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    paths = [folder / f"corpus-{i:02d}.warc.gz" for i in range(files)]
    handles = [path.open("wb") for path in paths]
    try:
        writers = [WARCWriter(handle, gzip=True) for handle in handles]
        for number, (_, url, html) in enumerate(pages):
            writer = writers[number % files]
            request = b"GET / HTTP/1.1\r\n\r\n"
            writer.write_record(
                writer.create_warc_record(
                    url, "request", payload=io.BytesIO(request), length=len(request)
                )
            )
            http = StatusAndHeaders(
                "200 OK",
                [("Content-Type", "text/html"), ("Content-Length", str(len(html)))],
                protocol="HTTP/1.1",
            )
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(html), length=len(html), http_headers=http
                )
            )
    finally:
        for handle in handles:
            handle.close()
    return paths


# --- run inside the Dask workers (this module is __main__ there: pickled by value) ---


def _parse_all(paths: list[str]) -> int:
    """Parse every record of ``paths`` as a Dask partition does; the number of records."""
    from newsparse.dask import records

    return sum(1 for path in paths for _ in records(path))


def _worker_rss() -> float:
    return rss_mb()


# --- one core ---


def one_core(corpus: Path, paths: Sequence[Path], rounds: int) -> dict[str, float]:
    """CPU seconds, fastest of ``rounds``: the WARC files through ``iter_articles``, and the
    same pages read from their ``.html.gz`` files and parsed."""
    import newsparse
    from newsparse.warc import iter_articles

    rows = json.loads((corpus / "index.json").read_text(encoding="utf-8"))
    files = []
    for row in rows:
        path = corpus / row["page"]
        meta = json.loads(path.with_name(path.name.replace(".html.gz", ".json")).read_text())
        files.append((path, meta["url"]))

    def from_warc() -> int:
        return sum(record.article is not None for p in paths for record in iter_articles(p))

    def from_files() -> int:
        done = 0
        for path, url in files:
            with contextlib.suppress(newsparse.NewsparseError):
                newsparse.parse(gzip.decompress(path.read_bytes()), url=url)
                done += 1
        return done

    from_warc(), from_files()  # warm up: site modules, compiled selectors
    best = {"warc_s": math.inf, "files_s": math.inf}
    parsed = {}
    for _ in range(rounds):  # alternate, so a busy minute slows both
        for name, run in (("warc_s", from_warc), ("files_s", from_files)):
            start = time.process_time()
            parsed[name] = run()
            best[name] = min(best[name], time.process_time() - start)
    return {**best, "pages": len(files), "warc_parsed": parsed["warc_s"],
            "files_parsed": parsed["files_s"]}  # fmt: skip


# --- Dask ---


#: Whether the clusters' workers run distributed's statistical profiler (``--worker-profiler``).
WORKER_PROFILER = {"enabled": False}


@contextlib.contextmanager
def cluster(workers: int) -> Iterator[Any]:
    """A LocalCluster of ``workers`` processes with one thread each, and its client.

    The workers' statistical profiler is off unless ``WORKER_PROFILER`` says
    otherwise: it keeps a call tree of every second of work for the last
    ``distributed.admin.low-level-log-length`` (1,000) seconds, which showed
    as growth of about 1 MB a pass of the corpus in each worker.
    """
    import dask
    from distributed import Client, LocalCluster

    with (
        dask.config.set({"distributed.worker.profile.enabled": WORKER_PROFILER["enabled"]}),
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=":0",
            worker_dashboard_address=None,
        ) as local,
        Client(local) as client,
    ):
        client.wait_for_workers(workers)
        yield client


def warm(client: Any, paths: Sequence[Path]) -> None:
    """Every worker parses every WARC file once (imports, site modules, compiled selectors).

    One task pinned to each worker, so the warm-up runs in the thread that runs tasks.
    """
    names = [str(p) for p in paths]
    futures = [
        client.submit(_parse_all, names, workers=[address], allow_other_workers=False, pure=False)
        for address in sorted(client.scheduler_info()["workers"])
    ]
    client.gather(futures)


def count(client: Any, paths: Sequence[Path]) -> tuple[dict[bool, int], float]:
    """Parse ``paths`` through ``newsparse.dask.articles`` on the cluster: ok counts, seconds."""
    import newsparse.dask

    start = time.perf_counter()
    bag = newsparse.dask.articles(paths).pluck("ok").frequencies()
    found = dict(client.compute(bag).result())
    return found, time.perf_counter() - start


def rss_by_worker(client: Any) -> list[float]:
    """Every worker's RSS in MB, in the order of the workers' addresses."""
    found = client.run(_worker_rss)
    return [found[address] for address in sorted(found)]


def throughput(paths: Sequence[Path], copies: int, runs: int) -> dict[str, dict[str, float]]:
    """Pages/s of 1 and 2 workers on the WARC files listed ``copies`` times; fastest of ``runs``."""
    listed = list(paths) * copies
    best: dict[str, dict[str, float]] = {}
    with cluster(1) as one, cluster(2) as two:
        for client in (one, two):
            warm(client, paths)
        for _ in range(runs):
            for workers, client in ((1, one), (2, two)):
                found, seconds = count(client, listed)
                pages = sum(found.values())
                row = best.setdefault(str(workers), {"seconds": math.inf})
                if seconds < row["seconds"]:
                    row.update(pages=pages, failed=found.get(False, 0), seconds=seconds,
                               pages_per_s=pages / seconds)  # fmt: skip
    return best


def memory(paths: Sequence[Path], passes: int) -> dict[str, dict[str, Any]]:
    """Each worker's RSS at the start, after the warm-up and after every pass (fresh cluster)."""
    with cluster(2) as client:
        start = rss_by_worker(client)
        warm(client, paths)
        warmed = rss_by_worker(client)
        after = []
        for _ in range(passes):
            count(client, list(paths) * 2)
            after.append(rss_by_worker(client))
    return {
        f"worker {i + 1}": {
            "start": start[i],
            "warmed": warmed[i],
            "passes": [row[i] for row in after],
        }
        for i in range(len(start))
    }


def _spin(steps: int) -> int:
    total = 0
    for number in range(steps):
        total += number * number
    return total


def machine_scaling(steps: int = 15_000_000, rounds: int = 2) -> dict[str, float]:
    """What two processes give on this machine for pure arithmetic (no memory traffic,
    no I/O): how much of two cores the host gives right now (a short check, so it
    moves with the host's load). Fastest of ``rounds``."""
    import multiprocessing

    one = two = float("inf")
    with multiprocessing.Pool(2) as pool:
        pool.map(_spin, [1000, 1000])  # both processes started
        for _ in range(rounds):
            start = time.perf_counter()
            _spin(steps)
            one = min(one, time.perf_counter() - start)
            start = time.perf_counter()
            pool.map(_spin, [steps, steps], chunksize=1)
            two = min(two, time.perf_counter() - start)
    return {"one_s": one, "two_s": two, "scaling": 2 * one / two}


def calibrate(paths: Sequence[Path]) -> float:
    """Seconds for this process to parse every record of ``paths`` (after a warm-up pass)."""
    _parse_all([str(p) for p in paths])
    start = time.perf_counter()
    _parse_all([str(p) for p in paths])
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--files", type=int, default=2, help="WARC files the corpus is dealt to")
    parser.add_argument(
        "--seconds", type=float, default=30, help="about how long 1 worker should take"
    )
    parser.add_argument(
        "--copies", type=int, help="times the WARC files are listed (default: from --seconds)"
    )
    parser.add_argument("--runs", type=int, default=2, help="timed runs per cluster")
    parser.add_argument("--passes", type=int, default=10, help="passes for worker memory")
    parser.add_argument("--margin", type=float, default=FLAT_MARGIN, help="flatness margin")
    parser.add_argument("--cpu-rounds", type=int, default=3, help="rounds of the one-core part")
    parser.add_argument("--no-cpu", action="store_true", help="skip the one-core comparison")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask throughput")
    parser.add_argument("--no-memory", action="store_true", help="skip the worker memory")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="a short check of the script: 1 copy, 1 run, 3 passes, 1 round",
    )
    parser.add_argument(
        "--worker-profiler",
        action="store_true",
        help="leave distributed's statistical profiler on in the workers (Dask's default)",
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    WORKER_PROFILER["enabled"] = args.worker_profiler
    if args.quick:
        args.copies, args.runs, args.passes, args.cpu_rounds = 1, 1, 3, 1

    import distributed
    import lxml.etree
    from speed import load_corpus  # benchmarks/ is on the path when run as a script

    import newsparse

    pages = load_corpus(args.corpus)
    size_mb = sum(len(html) for _, _, html in pages) / 1e6
    report: dict[str, Any] = {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "command": "python3 benchmarks/scale.py " + " ".join(argv or sys.argv[1:]),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}, lxml {'.'.join(map(str, lxml.etree.LXML_VERSION))}",
        "pages": len(pages),
        "size_mb": round(size_mb, 1),
        "load_before": round(os.getloadavg()[0], 2),
        "worker_profiler": args.worker_profiler,
    }
    print(f"## WARC and Dask ({report['date']})\n")
    print(f"`{report['command'].strip()}` on {report['machine']}, newsparse "
          f"{newsparse.__version__}, distributed {distributed.__version__} (worker profiler "
          f"{'on' if args.worker_profiler else 'off'}); "
          f"load average before: {report['load_before']:.2f}")  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="newsparse-scale-") as folder:
        paths = write_warcs(pages, Path(folder), args.files)
        warc_mb = sum(p.stat().st_size for p in paths) / 1e6
        print(f"{len(pages)} corpus pages ({size_mb:.1f} MB of HTML) in {args.files} gzip WARC "
              f"files ({warc_mb:.1f} MB)\n")  # fmt: skip
        report["warc_mb"] = round(warc_mb, 1)

        if not args.no_cpu:
            cpu = one_core(args.corpus, paths, args.cpu_rounds)
            report["one_core"] = cpu
            ratio = cpu["warc_s"] / cpu["files_s"]
            print("| one core, CPU s (fastest of "
                  f"{args.cpu_rounds}) | pages | CPU s | pages/s |")  # fmt: skip
            print("|---|---:|---:|---:|")
            for name, key in (("`iter_articles` over the WARC files", "warc_s"),
                              ("`.html.gz` files read and parsed", "files_s")):  # fmt: skip
                print(f"| {name} | {cpu['pages']:.0f} | {cpu[key]:.2f} | "
                      f"{cpu['pages'] / cpu[key]:.1f} |")  # fmt: skip
            print(f"\n- WARC / files: **{ratio:.2f}x** "
                  f"(target <= 1.3x: {'met' if ratio <= 1.3 else 'missed'})\n")  # fmt: skip

        if not args.no_dask:
            copies = args.copies
            if copies is None:
                per_pass = calibrate(paths)
                copies = max(1, round(args.seconds / per_pass))
                print(f"One pass in this process: {per_pass:.2f} s, so the WARC files are "
                      f"listed {copies} times.\n")  # fmt: skip
            rows = throughput(paths, copies, args.runs)
            report["dask"] = {"copies": copies, "partitions": copies * args.files, **rows}
            print(f"| Dask LocalCluster (fastest of {args.runs}) | pages | seconds | pages/s |")
            print("|---|---:|---:|---:|")
            for workers, row in rows.items():
                name = "1 worker" if workers == "1" else f"{workers} workers"
                print(f"| {name}, 1 thread | {row['pages']:.0f} | {row['seconds']:.2f} | "
                      f"{row['pages_per_s']:.1f} |")  # fmt: skip
            speedup = rows["2"]["pages_per_s"] / rows["1"]["pages_per_s"]
            report["dask"]["speedup"] = speedup
            failed = sum(row["failed"] for row in rows.values())
            print(f"\n- {copies * args.files} partitions of {len(pages) / args.files:.0f} pages; "
                  f"{failed:.0f} pages failed")  # fmt: skip
            print(f"- 2 workers / 1 worker: **{speedup:.2f}x** "
                  f"(target >= 1.7x: {'met' if speedup >= 1.7 else 'missed'})")  # fmt: skip
            host = machine_scaling()
            report["dask"]["machine_scaling"] = host
            print(f"- the host right after: two plain processes of a pure-Python arithmetic "
                  f"loop run **{host['scaling']:.2f}x** one ({host['one_s']:.2f} s alone, "
                  f"{host['two_s']:.2f} s for two at once)\n")  # fmt: skip

        if not args.no_memory:
            series = memory(paths, args.passes)
            report["memory"] = series
            names = list(series)
            print("| after | " + " | ".join(f"{n} RSS MB" for n in names) + " |")
            print("|---|" + "---:|" * len(names))
            print("| start | " + " | ".join(f"{series[n]['start']:.0f}" for n in names) + " |")
            print("| warm-up | " + " | ".join(f"{series[n]['warmed']:.0f}" for n in names) + " |")
            for index in range(args.passes):
                cells = " | ".join(f"{series[n]['passes'][index]:.0f}" for n in names)
                print(f"| pass {index + 1} | {cells} |")
            flat = all(is_flat(row["passes"], args.margin) for row in series.values())
            report["memory_flat"] = flat
            growth = ", ".join(
                f"{n} {row['passes'][-1] - row['passes'][1]:+.1f} MB" for n, row in series.items()
            )
            print(f"\n- from pass 2 to pass {args.passes}: {growth}; flat (each worker's RSS "
                  f"after the last pass at most {args.margin:.0%} above pass 2): "
                  f"**{'met' if flat else 'missed'}**")  # fmt: skip
    report["load_after"] = round(os.getloadavg()[0], 2)
    print(f"\nload average at the end: {report['load_after']:.2f} ({os.cpu_count()} CPUs)")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
