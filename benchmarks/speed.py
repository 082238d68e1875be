"""Speed and memory of newsparse against the bare lxml parse and trafilatura.

    python3 benchmarks/speed.py                  # corpus at ../shared/corpus, 3 rounds
    python3 benchmarks/speed.py --rounds 5 --corpus DIR --no-workers --no-big
    python3 benchmarks/speed.py --elements-only 100000   # only the element-heavy pages
    python3 benchmarks/speed.py --json speed.json --chart docs/img/speed.svg
    python3 benchmarks/speed.py --chart-from speed.json --chart docs/img/speed.svg

One run measures, on every corpus page:

- ``floor``: ``lxml.html.document_fromstring(page_bytes)``, the bare parse;
- ``newsparse``: ``newsparse.parse(page_bytes, url=url)``, the full parse;
- ``generic``: the same with ``parser="generic"``, as after a redesign;
- ``trafilatura``: ``bare_extraction(page_bytes, url=url, with_metadata=True)``
  (install it with ``pip install -e .[bench]``; skipped with a note if absent).

Each round runs one engine over every page, then the next engine
(``--order engine``, the default), as a loop over a crawl would; rounds
alternate the engines, so a busy minute slows all of them. Each page's time is
the fastest of ``--rounds`` rounds. ``--order page`` interleaves the engines
page by page instead: each engine then pays for the heap the one before it left
(glibc sorts freed tree nodes at the next large allocation), so the newsparse
figure includes the floor's clean-up (see docs/performance.md). ``--settle``
charges each call for that clean-up right after it, in either order. Peak memory
(max RSS) is taken in a fresh child process per engine, and for a 50 MB page.
``parse_many`` throughput with 1 and 2 workers is measured on the corpus
repeated ``--batch-copies`` times. Prints Markdown tables for docs/performance.md.
``--chart PATH`` also draws the pages per second of each engine on one core
as an SVG bar chart (``docs/img/speed.svg`` in the docs); ``--chart-from
JSON`` draws it from an earlier run's ``--json`` file without measuring.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import gzip
import json
import math
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"

Page = tuple[str, str, bytes]  # id, url, html bytes


def load_corpus(corpus: Path) -> list[Page]:
    """Every page of the corpus index: id, url and decompressed bytes."""
    found: list[Page] = []
    for row in json.loads((corpus / "index.json").read_text(encoding="utf-8")):
        path = corpus / row["page"]
        meta = json.loads(path.with_name(path.name.replace(".html.gz", ".json")).read_text())
        found.append(
            (path.name.replace(".html.gz", ""), meta["url"], gzip.decompress(path.read_bytes()))
        )
    return found


def engines() -> dict[str, Callable[[bytes, str], object]]:
    """The engines available here, by name."""
    import lxml.html

    import newsparse

    table: dict[str, Callable[[bytes, str], object]] = {
        "floor": lambda html, url: lxml.html.document_fromstring(html),
        "newsparse": lambda html, url: newsparse.parse(html, url=url),
        # what a redesign costs in speed: every page read by the generic parser
        "generic": lambda html, url: newsparse.parse(html, url=url, parser="generic"),
    }
    try:
        from trafilatura import bare_extraction
    except ImportError:
        pass
    else:
        table["trafilatura"] = lambda html, url: bare_extraction(html, url=url, with_metadata=True)
    return table


def max_rss_mb() -> float:
    """Peak resident memory of this process in MB.

    Linux: ``VmHWM`` of /proc/self/status, which starts afresh at ``exec``
    (``ru_maxrss`` would carry the parent's peak into a child process).
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 1024 / 1024


def time_engines(
    pages: list[Page], rounds: int, by_page: bool = False, settle: bool = False
) -> dict[str, list[float]]:
    """Seconds per page per engine: the fastest of ``rounds``.

    By default each round runs one engine over all pages, then the next; with
    ``by_page`` the engines take turns on every page. With ``settle``, each call's
    time includes a 4 KB allocation right after it: glibc sorts the small blocks
    freed before (a parsed tree's nodes) at the next allocation that size, so the
    engine that freed them pays for it, not the one that runs next.
    """
    table = engines()
    for _, url, html in pages:  # warm up: imports, caches, compiled selectors
        for run in table.values():
            with contextlib.suppress(Exception):
                run(html, url)
    best: dict[str, list[float]] = {name: [float("inf")] * len(pages) for name in table}

    def measure(name: str, index: int) -> None:
        _, url, html = pages[index]
        run = table[name]
        start = time.perf_counter()
        with contextlib.suppress(Exception):
            run(html, url)
        if settle:
            bytearray(4096)
        best[name][index] = min(best[name][index], time.perf_counter() - start)

    gc.collect()
    for _ in range(rounds):
        if by_page:
            for index in range(len(pages)):
                for name in table:
                    measure(name, index)
        else:
            for name in table:
                for index in range(len(pages)):
                    measure(name, index)
    return best


def summary(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    total = sum(ordered)
    return {
        "total_s": total,
        "pages_per_s": len(ordered) / total,
        "median_ms": statistics.median(ordered) * 1000,
        "p99_ms": p99 * 1000,
    }


def child_memory(engine: str, corpus: Path) -> dict[str, float]:
    """Run ``--child ENGINE`` in a fresh interpreter; its peak RSS and seconds."""
    command = [sys.executable, __file__, "--child", engine, "--corpus", str(corpus)]
    done = subprocess.run(command, capture_output=True, text=True, check=True, timeout=1800)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def child(engine: str, corpus: Path) -> None:
    """In a child process: parse every page (or the 50 MB page) once; print peak RSS as JSON."""
    table = engines()
    baseline = max_rss_mb()
    start = time.perf_counter()
    if engine == "big":
        import newsparse

        html = big_page()
        size = len(html)
        baseline = max_rss_mb()
        start = time.perf_counter()
        article = newsparse.parse(html)
        del html
        print(json.dumps({
            "peak_mb": max_rss_mb(),
            "before_mb": baseline,
            "seconds": time.perf_counter() - start,
            "size_mb": size / 1e6,
            "paragraphs": len(article.body),
        }))  # fmt: skip
        return
    run = table[engine]
    for _, url, html in load_corpus(corpus):
        with contextlib.suppress(Exception):
            run(html, url)
    print(json.dumps({
        "peak_mb": max_rss_mb(),
        "before_mb": baseline,
        "seconds": time.perf_counter() - start,
    }))  # fmt: skip


def big_page() -> bytes:
    """A 50 MB article page of our own German sentences, each paragraph different."""
    sentence = (
        "Die Fahrer der Straßenbahn üben heute, wie man bei Glätte sicher bremst und "
        "Fußgänger schützt; größere Übungen sind für das Frühjahr geplant."
    )
    head = (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Groß</title></head>'
        "<body><main><article><h1>Eine sehr lange Seite</h1>"
    )
    paragraphs = []
    size = len(head)
    index = 0
    while size < 50_000_000:
        paragraph = f"<p>{sentence} Absatz {index}.</p>\n"
        paragraphs.append(paragraph)
        size += len(paragraph.encode())
        index += 1
    return (head + "".join(paragraphs) + "</article></main></body></html>").encode()


#: Element-heavy pages (issue 20): many small elements of one kind after a short article.
ELEMENT_KINDS = {
    "paragraphs": "<p>Absatz {i}</p>",
    "list items": "<li>Punkt {i}</li>",
    "table cells": "<td>{i}</td>",
    "comments": "<!-- Notiz {i} -->",
}


def element_page(kind: str, count: int) -> bytes:
    """An article followed by ``count`` tiny elements of ``kind``."""
    item = ELEMENT_KINDS[kind]
    wrapper = {"list items": ("<ul>", "</ul>"), "table cells": ("<table><tr>", "</tr></table>")}
    start, end = wrapper.get(kind, ("<div>", "</div>"))
    article = "".join(
        f"<p>Die Straßenbahn fährt heute öfter als sonst, sagt die Stadt ({i}).</p>"
        for i in range(5)
    )
    items = "".join(item.format(i=i) for i in range(count))
    return (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Viel</title></head>'
        f"<body><main><article><h1>Viele Elemente</h1>{article}</article>"
        f"{start}{items}{end}</main></body></html>"
    ).encode()


def element_heavy(counts: tuple[int, ...] = (100_000, 1_000_000), rounds: int = 1) -> list[dict]:
    """newsparse over the bare lxml parse on element-heavy pages (target: at most 3x).

    One small page of each kind is parsed first, so that no row pays for the
    modules a first parse imports. ``blocks`` is how many body blocks the parse
    returned: the article's five paragraphs, not the items after it.
    """
    import lxml.html

    import newsparse

    for kind in ELEMENT_KINDS:
        newsparse.parse(element_page(kind, 100), "https://www.example.de/a")
    rows = []
    for kind in ELEMENT_KINDS:
        for count in counts:
            data = element_page(kind, count)
            floor = min(
                _timed(lambda d=data: lxml.html.document_fromstring(d)) for _ in range(rounds)
            )
            full = min(
                _timed(lambda d=data: newsparse.parse(d, "https://www.example.de/a"))
                for _ in range(rounds)
            )
            blocks = len(newsparse.parse(data, "https://www.example.de/a").body)
            rows.append(
                {
                    "kind": kind,
                    "elements": count,
                    "floor_s": floor,
                    "newsparse_s": full,
                    "blocks": blocks,
                }
            )
    return rows


def _timed(run: Callable[[], object]) -> float:
    gc.collect()
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def print_element_heavy(rows: list[dict]) -> None:
    print("\n| element-heavy page | elements | floor s | newsparse s | ratio (target <= 3x) "
          "| body blocks |")  # fmt: skip
    print("|---|---:|---:|---:|---:|---:|")
    for row in rows:
        ratio = row["newsparse_s"] / row["floor_s"]
        print(f"| {row['kind']} | {row['elements']:,} | {row['floor_s']:.2f} | "
              f"{row['newsparse_s']:.2f} | {ratio:.1f}x | {row.get('blocks', '–')} |")  # fmt: skip


def batch_throughput(corpus: Path, copies: int, workers: int) -> dict[str, float]:
    """Pages per second of ``parse_many`` over the corpus repeated ``copies`` times.

    Includes starting the workers and reading the files; the better of two runs.
    """
    from newsparse.batch import parse_many

    items = []
    for row in json.loads((corpus / "index.json").read_text(encoding="utf-8")):
        path = corpus / row["page"]
        items.append((path, row["url"]))
    list(parse_many(items[:4], workers=workers, progress=False))  # start the fork server
    items *= copies
    seconds = float("inf")
    for _ in range(2):  # the better of two runs: other processes come and go
        start = time.perf_counter()
        failed = sum(not r.ok for r in parse_many(items, workers=workers, progress=False))
        seconds = min(seconds, time.perf_counter() - start)
    return {"pages": len(items), "seconds": seconds, "pages_per_s": len(items) / seconds,
            "failed": failed}  # fmt: skip


#: The engines in the chart, in order, with their labels.
CHART_LABELS = {
    "floor": "lxml parse alone (floor)",
    "newsparse": "newsparse",
    "generic": "newsparse, generic parser forced",
    "trafilatura": "trafilatura",
}
_CHART_COLOURS = {"newsparse": "#3949ab", "generic": "#7986cb"}


def _tick_step(top: float) -> float:
    """A round step (1, 2 or 5 times a power of ten) giving about five ticks up to ``top``."""
    raw = top / 5
    power = 10 ** math.floor(math.log10(raw))
    return next(f * power for f in (1, 2, 5, 10) if f * power >= raw)


def speed_chart(pages_per_s: Mapping[str, float], note: str) -> str:
    """A horizontal bar chart (SVG text) of pages per second on one core, one bar per engine.

    ``pages_per_s`` maps engine names of :data:`CHART_LABELS` to figures; engines
    not given are left out. ``note`` is the small line under the title (date, machine).
    """
    rows = [(name, pages_per_s[name]) for name in CHART_LABELS if name in pages_per_s]
    unknown = set(pages_per_s) - set(CHART_LABELS)
    if unknown or not rows:
        raise ValueError(
            f"chart needs engines of {sorted(CHART_LABELS)}, got {sorted(pages_per_s)}"
        )
    if any(not math.isfinite(value) or value <= 0 for _, value in rows):
        raise ValueError(f"pages per second must be positive numbers: {dict(rows)}")
    left, span, top, bar, gap = 250, 360, 64, 26, 12
    step = _tick_step(max(value for _, value in rows))
    scale_top = math.ceil(max(value for _, value in rows) / step) * step
    bottom = top + len(rows) * (bar + gap)
    width, height = 720, bottom + 30
    title = "Pages per second on one core (higher is better)"
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-labelledby="chart-title chart-desc" '
        'font-family="Helvetica, Arial, sans-serif">',
        f'<title id="chart-title">{escape(title)}</title>',
        '<desc id="chart-desc">'
        + escape("; ".join(f"{CHART_LABELS[n]}: {v:,.1f} pages/s" for n, v in rows))
        + "</desc>",
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
        f'<text x="16" y="24" font-size="16" font-weight="bold" fill="#212121">'
        f"{escape(title)}</text>",
        f'<text x="16" y="44" font-size="12" fill="#616161">{escape(note)}</text>',
    ]
    tick = 0.0
    while tick <= scale_top + step / 2:
        x = left + span * tick / scale_top
        out.append(f'<line x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" y2="{bottom}" '
                   'stroke="#e0e0e0" stroke-width="1"/>')  # fmt: skip
        out.append(f'<text x="{x:.1f}" y="{bottom + 16}" font-size="11" fill="#757575" '
                   f'text-anchor="middle">{tick:,.0f}</text>')  # fmt: skip
        tick += step
    for index, (name, value) in enumerate(rows):
        y = top + index * (bar + gap)
        length = span * value / scale_top
        colour = _CHART_COLOURS.get(name, "#9e9e9e")
        out += [
            f'<text x="{left - 10}" y="{y + bar / 2 + 5:.1f}" font-size="13" fill="#212121" '
            f'text-anchor="end">{escape(CHART_LABELS[name])}</text>',
            f'<rect class="bar" id="bar-{name}" x="{left}" y="{y}" width="{length:.1f}" '
            f'height="{bar}" fill="{colour}"/>',
            f'<text class="value" x="{left + length + 8:.1f}" y="{y + bar / 2 + 5:.1f}" '
            f'font-size="13" fill="#212121">{value:,.1f}</text>',
        ]
    out.append("</svg>")
    return "\n".join(out) + "\n"


def write_chart(path: Path, report: Mapping[str, Any]) -> None:
    """Draw the chart of a run's report (as written by ``--json``) to ``path``."""
    figures = {
        name: row["pages_per_s"] for name, row in report["engines"].items() if name in CHART_LABELS
    }
    note = f"{report['date']}, {report['pages']} corpus pages, {report['machine']}"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(speed_chart(figures, note), encoding="utf-8")


def profile(pages: list[Page], rounds: int, top: int) -> None:
    """Profile newsparse over the corpus with cProfile: time by module, then the top functions."""
    import cProfile
    import pstats

    import newsparse

    for _, url, html in pages:
        newsparse.parse(html, url=url)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(rounds):
        for _, url, html in pages:
            newsparse.parse(html, url=url)
    profiler.disable()
    stats = pstats.Stats(profiler)
    by_module: dict[str, float] = {}
    for (filename, _, _), row in stats.stats.items():  # type: ignore[attr-defined]
        if "/newsparse/" in filename:
            module = "newsparse/" + filename.split("/newsparse/", 1)[1]
        elif "lxml" in filename:
            module = "lxml (Python side)"
        elif filename == "~":
            module = "builtins (C: XPath, regex, str methods ...)"
        else:
            module = Path(filename).name
        by_module[module] = by_module.get(module, 0.0) + row[2]
    total = sum(by_module.values())
    print("| module | own time s | share |")
    print("|---|---:|---:|")
    for module, seconds in sorted(by_module.items(), key=lambda item: -item[1])[:top]:
        print(f"| {module} | {seconds:.3f} | {100 * seconds / total:.1f}% |")
    print()
    stats.sort_stats("cumulative").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds per page")
    parser.add_argument(
        "--order",
        choices=("engine", "page"),
        default="engine",
        help="each round: one engine over all pages, then the next (engine); or the "
        "engines in turn on every page (page)",
    )
    parser.add_argument(
        "--settle",
        action="store_true",
        help="charge each engine for malloc's deferred work on the memory it freed",
    )
    parser.add_argument("--batch-copies", type=int, default=4, help="corpus copies for parse_many")
    parser.add_argument("--no-workers", action="store_true", help="skip parse_many throughput")
    parser.add_argument("--no-memory", action="store_true", help="skip the peak-memory children")
    parser.add_argument("--no-big", action="store_true", help="skip the 50 MB page")
    parser.add_argument("--no-elements", action="store_true", help="skip the element-heavy pages")
    parser.add_argument(
        "--elements-only",
        type=int,
        nargs="*",
        metavar="N",
        help="only time the element-heavy pages (of N elements each; default 10^5 and 10^6)",
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument(
        "--chart", type=Path, metavar="SVG", help="also draw pages/s per engine to this SVG file"
    )
    parser.add_argument(
        "--chart-from",
        type=Path,
        metavar="JSON",
        help="only draw the --chart from this earlier --json file, measuring nothing",
    )
    parser.add_argument(
        "--profile", type=int, metavar="N", help="only profile newsparse (cProfile), top N rows"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child, args.corpus)
        return 0
    if args.chart_from:
        if not args.chart:
            parser.error("--chart-from needs --chart SVG")
        write_chart(args.chart, json.loads(args.chart_from.read_text(encoding="utf-8")))
        return 0
    if args.elements_only is not None:
        print_element_heavy(element_heavy(tuple(args.elements_only) or (100_000, 1_000_000)))
        return 0

    import lxml.etree

    import newsparse

    pages = load_corpus(args.corpus)
    if args.profile:
        profile(pages, args.rounds, args.profile)
        return 0
    size_mb = sum(len(html) for _, _, html in pages) / 1e6
    load_before = os.getloadavg()
    times = time_engines(pages, args.rounds, by_page=args.order == "page", settle=args.settle)
    load_after = os.getloadavg()
    stats = {name: summary(values) for name, values in times.items()}
    report: dict[str, Any] = {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "command": "python3 benchmarks/speed.py " + " ".join(argv or sys.argv[1:]),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}, lxml {'.'.join(map(str, lxml.etree.LXML_VERSION))}",
        "load": [round(x, 2) for x in (*load_before, *load_after)],
        "pages": len(pages),
        "size_mb": round(size_mb, 1),
        "rounds": args.rounds,
        "order": args.order,
        "settle": args.settle,
        "engines": stats,
    }
    np_total = stats["newsparse"]["total_s"]
    ratios = {
        "newsparse/floor": np_total / stats["floor"]["total_s"],
        "generic/floor": stats["generic"]["total_s"] / stats["floor"]["total_s"],
    }
    if "trafilatura" in stats:
        ratios["trafilatura/newsparse"] = stats["trafilatura"]["total_s"] / np_total
    report["ratios"] = ratios

    print(f"## Speed ({report['date']})\n")
    print(f"`{report['command'].strip()}` on {report['machine']}")
    order = "one engine over all pages" if args.order == "engine" else "engines in turn per page"
    if args.settle:
        order += ", each charged for malloc's clean-up after it"
    print(
        f"{len(pages)} corpus pages, {size_mb:.1f} MB; fastest of {args.rounds} rounds per page "
        f"({order});"
    )
    print(f"load average before/after: {load_before[0]:.2f} / {load_after[0]:.2f}\n")
    print("| engine | total s | pages/s | median ms | p99 ms |")
    print("|---|---:|---:|---:|---:|")
    for name, row in stats.items():
        print(
            f"| {name} | {row['total_s']:.3f} | {row['pages_per_s']:.1f} | "
            f"{row['median_ms']:.2f} | {row['p99_ms']:.2f} |"
        )
    print()
    target_floor = ratios["newsparse/floor"] <= 2.0
    print(f"- newsparse / floor: **{ratios['newsparse/floor']:.2f}x** "
          f"(target <= 2x: {'met' if target_floor else 'missed'})")  # fmt: skip
    generic_met = ratios["generic/floor"] <= 2.5
    print(f"- generic forced / floor: **{ratios['generic/floor']:.2f}x** "
          f"(target <= 2.5x: {'met' if generic_met else 'missed'})")  # fmt: skip
    if "trafilatura/newsparse" in ratios:
        met = ratios["trafilatura/newsparse"] >= 5.0
        print(f"- trafilatura / newsparse: **{ratios['trafilatura/newsparse']:.2f}x** "
              f"(target >= 5x: {'met' if met else 'missed'})")  # fmt: skip
    else:
        print("- trafilatura not installed (pip install -e .[bench]): no comparison")

    if not args.no_memory:
        print("\n| engine | peak RSS MB (whole corpus, fresh process) | RSS after imports |")
        print("|---|---:|---:|")
        memory = {}
        for name in stats:
            memory[name] = child_memory(name, args.corpus)
            print(f"| {name} | {memory[name]['peak_mb']:.0f} | {memory[name]['before_mb']:.0f} |")
        report["memory"] = memory
    if not args.no_big:
        big = child_memory("big", args.corpus)
        report["big_page"] = big
        print(
            f"\n50 MB page ({big['size_mb']:.1f} MB, {big['paragraphs']:.0f} paragraphs): "
            f"{big['seconds']:.1f} s, peak RSS **{big['peak_mb']:.0f} MB** "
            f"({big['before_mb']:.0f} MB with the page built; target < 1024 MB: "
            f"{'met' if big['peak_mb'] < 1024 else 'missed'})"
        )
    if not args.no_elements:
        report["element_heavy"] = element_heavy(rounds=args.rounds)
        print_element_heavy(report["element_heavy"])
    if not args.no_workers:
        print("\n| parse_many | pages | seconds | pages/s |")
        print("|---|---:|---:|---:|")
        batch = {}
        for workers in (1, 2):
            row = batch_throughput(args.corpus, args.batch_copies, workers)
            batch[str(workers)] = row
            print(f"| workers={workers} | {row['pages']:.0f} | {row['seconds']:.2f} | "
                  f"{row['pages_per_s']:.1f} |")  # fmt: skip
        report["parse_many"] = batch
        print(f"\nload average at the end: {os.getloadavg()[0]:.2f} "
              f"({os.cpu_count()} CPUs)")  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if args.chart:
        write_chart(args.chart, report)
        print(f"\nchart: {args.chart}")
    print(f"\nnewsparse {newsparse.__version__}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
