"""``parse_many`` and ``newsparse parse DIR``: parallel, in order, one failure is one record.

A hanging page (a FIFO nobody writes to), a killed worker, a memory-hungry
page and a corrupt file each become an error record while every other page is
parsed. The corpus run reads ../shared/corpus in place through symlinks.
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import sys
import threading
import time
from pathlib import Path

import pytest

import newsparse
from newsparse import Article, Result, parse_many
from newsparse.cli import main
from test_inputs import HEADLINE, article_page

from corpus import CORPUS, pages, requires_corpus

posix_only = pytest.mark.skipif(
    sys.platform != "linux", reason="needs Linux: FIFOs, /proc and RLIMIT_AS"
)


def small_pages(count: int) -> list[bytes]:
    return [article_page(headline=f"Meldung Nummer {i}").encode() for i in range(count)]


@pytest.mark.parametrize("workers", [0, 1, 2])
def test_results_come_in_input_order_with_errors_as_records(workers: int) -> None:
    good = small_pages(6)
    items: list[object] = [
        good[0],
        (good[1], "https://www.stadtanzeiger.example/a/1"),
        b"%PDF-1.7 kaputt",
        good[2].decode(),
        b"",
        (good[3], None),
        "{}",
        good[4],
        good[5],
    ]
    results = list(parse_many(items, workers=workers, progress=False))  # type: ignore[arg-type]
    assert [r.index for r in results] == list(range(len(items)))
    assert [r.ok for r in results] == [True, True, False, True, False, True, False, True, True]
    assert results[2].error_type == "NotHTMLError"
    assert "PDF" in (results[2].error or "")
    assert results[4].error_type == "EmptyInputError"
    assert results[6].error_type == "NotHTMLError"
    assert results[1].url == "https://www.stadtanzeiger.example/a/1"
    assert results[1].article is not None
    assert results[1].article.url == "https://www.stadtanzeiger.example/a/1"
    headlines = [r.article.headline for r in results if r.article is not None]
    assert headlines == [f"Meldung Nummer {i}" for i in range(6)]


def test_a_slow_page_first_does_not_reorder_the_stream() -> None:
    slow = article_page(body_extra="<p>Satz mit Inhalt.</p>" * 60_000).encode()
    items = [slow, *small_pages(7)]
    results = list(parse_many(items, workers=2, progress=False))
    assert [r.index for r in results] == list(range(8))
    assert all(r.ok for r in results)


def test_results_stream_before_the_input_ends() -> None:
    seen: list[int] = []

    def source() -> object:
        for index, page in enumerate(small_pages(20)):
            seen.append(index)
            yield page

    stream = parse_many(source(), workers=2, progress=False)  # type: ignore[arg-type]
    first = next(stream)
    assert first.index == 0
    assert len(seen) < 20  # only a window of pages is read ahead
    rest = list(stream)
    assert [r.index for r in rest] == list(range(1, 20))


def test_paths_and_gzip_files(tmp_path: Path) -> None:
    plain = tmp_path / "a.html"
    plain.write_bytes(small_pages(1)[0])
    packed = tmp_path / "b.html.gz"
    packed.write_bytes(gzip.compress(small_pages(2)[1]))
    missing = tmp_path / "c.html"
    results = list(parse_many([plain, packed, missing], workers=1, progress=False))
    assert [r.ok for r in results] == [True, True, False]
    assert results[0].source == str(plain)
    assert results[1].article is not None
    assert results[1].article.headline == "Meldung Nummer 1"
    assert results[2].error_type == "FileNotFoundError"


def test_result_record_shape() -> None:
    ok, bad = parse_many([small_pages(1)[0], b"\x89PNG\r\n"], workers=0, progress=False)
    record = ok.to_dict()
    assert record["ok"] is True
    assert Article.from_dict(record["article"]).headline == "Meldung Nummer 0"
    assert "error" not in record
    record = bad.to_dict()
    assert record == {
        "index": 1,
        "source": None,
        "url": None,
        "ok": False,
        "error": {"type": "NotHTMLError", "message": "the input is a PNG image, not an HTML page"},
        "seconds": record["seconds"],
    }
    json.dumps(record)


def test_progress_bar_on_request(capsys: pytest.CaptureFixture[str]) -> None:
    list(parse_many([*small_pages(3), b""], workers=0, progress=True))
    err = capsys.readouterr().err
    assert "4/4 pages, 1 errors" in err
    assert "pages/s" in err


def test_no_progress_bar_when_stderr_is_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    list(parse_many(small_pages(2), workers=0))
    assert capsys.readouterr().err == ""


def test_negative_workers_is_an_error() -> None:
    with pytest.raises(ValueError, match="workers"):
        list(parse_many([], workers=-1))


def test_parse_many_is_exported() -> None:
    assert newsparse.parse_many is parse_many
    assert newsparse.Result is Result


# -- hangs, crashes, memory ------------------------------------------------------------


@posix_only
def test_a_hanging_page_times_out_and_the_batch_goes_on(tmp_path: Path) -> None:
    fifo = tmp_path / "haengt.html"
    os.mkfifo(fifo)  # reading it blocks forever: nobody writes
    items = [small_pages(1)[0], fifo, *small_pages(3)]
    start = time.monotonic()
    results = list(parse_many(items, workers=2, timeout=2, progress=False))  # type: ignore[list-item]
    assert time.monotonic() - start < 60
    assert [r.ok for r in results] == [True, False, True, True, True]
    assert results[1].error_type == "Timeout"
    assert "longer than 2 s" in (results[1].error or "")
    assert results[1].source == str(fifo)


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(parent, []).append(int(entry.name))
    found: list[int] = []
    stack = [pid]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child)
    return found


def _kill_reader_of(path: Path, stop: threading.Event) -> None:
    """Open the FIFO for writing (the worker's open returns), then kill the worker reading it."""
    writer = os.open(path, os.O_WRONLY)  # blocks until the worker opens the FIFO to read
    try:
        while not stop.is_set():
            for pid in _descendants(os.getpid()):
                try:
                    fds = list(Path(f"/proc/{pid}/fd").iterdir())
                    if any(os.readlink(fd) == str(path) for fd in fds):
                        os.kill(pid, signal.SIGKILL)
                        return
                except OSError:
                    continue
            time.sleep(0.05)
    finally:
        os.close(writer)


@posix_only
def test_a_worker_that_dies_becomes_one_error_record(tmp_path: Path) -> None:
    fifo = tmp_path / "absturz.html"
    os.mkfifo(fifo)
    stop = threading.Event()
    killer = threading.Thread(target=_kill_reader_of, args=(fifo, stop), daemon=True)
    killer.start()
    items = [*small_pages(2), fifo, *small_pages(3)]
    try:
        results = list(parse_many(items, workers=2, timeout=60, progress=False))  # type: ignore[list-item]
    finally:
        stop.set()
        killer.join(5)
    assert [r.ok for r in results] == [True, True, False, True, True, True]
    assert results[2].error_type == "WorkerCrash"
    assert "died" in (results[2].error or "")


@posix_only
def test_a_page_over_the_memory_cap_is_one_error_record() -> None:
    huge = article_page(body_extra="<p>Ein Satz für sehr viel Speicher.</p>" * 1_500_000)
    items = [small_pages(1)[0], huge.encode(), *small_pages(2)]
    results = list(parse_many(items, workers=1, max_memory=600_000_000, progress=False))
    assert [r.ok for r in results] == [True, False, True, True]
    assert results[1].error_type == "MemoryError"
    assert "memory" in (results[1].error or "")


# -- the command line ------------------------------------------------------------------


def _corpus_folder(tmp_path: Path) -> tuple[Path, list[Path]]:
    """A folder of symlinks to the corpus pages (and their .json), read in place."""
    folder = tmp_path / "pages"
    linked = []
    for page in pages():
        relative = page.path.relative_to(CORPUS)
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.symlink_to(page.path)
        sidecar = page.path.with_name(page.path.name.replace(".html.gz", ".json"))
        target.with_name(sidecar.name).symlink_to(sidecar)
        linked.append(target)
    return folder, linked


@requires_corpus
def test_batch_over_the_corpus_with_one_corrupt_page(tmp_path: Path) -> None:
    folder, linked = _corpus_folder(tmp_path)
    ordered = sorted(linked)
    middle = ordered[len(ordered) // 2]
    corrupt = middle.with_name(middle.name.replace(".html.gz", "_kaputt.html.gz"))
    corrupt.write_bytes(gzip.compress(b"<html><body><p>abgeschnitten")[:25])
    out = tmp_path / "articles.jsonl"
    status = main(["parse", str(folder), "--jobs", "2", "--out", str(out), "--no-progress"])
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert status == 1  # some page failed; all were tried
    assert len(records) == len(linked) + 1
    assert [r["index"] for r in records] == list(range(len(records)))
    assert [r["source"] for r in records] == sorted(map(str, [*linked, corrupt]))
    failed = [r for r in records if not r["ok"]]
    assert len(failed) == 1
    assert failed[0]["source"] == str(corrupt)
    assert failed[0]["error"]["type"] == "CompressedInputError"
    assert "truncated" in failed[0]["error"]["message"]
    assert all(r["article"]["headline"] for r in records if r["ok"])
    by_url = {r["url"]: r for r in records if r["ok"]}
    assert {p.url for p in pages()} <= set(by_url)  # the URL came from each page's .json
    assert by_url[next(p.url for p in pages() if p.publisher == "NTV")]["article"]["site"] == "ntv"


def test_batch_cli_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for index, page in enumerate(small_pages(3)):
        (tmp_path / f"{index}.html").write_bytes(page)
    (tmp_path / "3.html").write_bytes(b"")
    status = main(["parse", str(tmp_path), "--jobs", "0"])
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 1
    assert [r["ok"] for r in records] == [True, True, True, False]
    assert records[0]["article"]["headline"] == "Meldung Nummer 0"
    assert "4 pages, 3 parsed, 1 failed" in err


def test_batch_cli_several_files_all_good(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = []
    for index, page in enumerate(small_pages(2)):
        path = tmp_path / f"{index}.html"
        path.write_bytes(page)
        paths.append(str(path))
    out = tmp_path / "out.jsonl"
    assert main(["parse", *paths, "--jobs", "1", "--out", str(out)]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_batch_cli_refuses_text_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(tmp_path), "--format", "text"]) == 2
    assert "JSON Lines" in capsys.readouterr().err


def test_single_page_to_out_file(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_text(article_page(), encoding="utf-8")
    out = tmp_path / "a.json"
    assert main(["parse", str(page), "--out", str(out)]) == 0
    assert Article.from_json(out.read_text(encoding="utf-8")).headline == HEADLINE


def test_tqdm_progress_counts_pages_errors_and_rate() -> None:
    import io

    from newsparse.batch import progress_bar

    stream = io.StringIO()
    bar = progress_bar(3, stream)
    for result in parse_many([*small_pages(2), b""], workers=0):
        bar.update(result)
    bar.close()
    shown = stream.getvalue()
    assert type(bar).__name__ == "_TqdmProgress"  # tqdm is installed with the scale extra
    assert "3/3 pages, 1 errors" in shown
    assert "pages/s" in shown


def test_pages_carry_charset_and_fetch_date() -> None:
    from datetime import datetime, timezone

    from newsparse.batch import Page

    body = article_page().replace("<head>", '<head><meta charset="koi8-r">').encode("cp1252")
    when = datetime(2024, 1, 2, tzinfo=timezone.utc)
    right, wrong = parse_many(
        [Page(data=body, charset="windows-1252", fetched=when, source="x.warc#0"), body],
        workers=1,
    )
    assert right.article is not None
    assert right.article.headline == HEADLINE
    assert right.fetched == when
    assert right.source == "x.warc#0"
    assert wrong.article is not None
    assert wrong.article.headline != HEADLINE  # without it the page's wrong meta charset counts


def test_verbose_and_quiet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.html").write_bytes(small_pages(1)[0])
    (tmp_path / "b.html").write_bytes(b"")
    out = str(tmp_path / "o.jsonl")
    assert main(["parse", str(tmp_path), "-j", "0", "--out", out]) == 1
    err = capsys.readouterr().err
    assert err == "newsparse: 2 pages, 1 parsed, 1 failed\n"
    assert main(["parse", str(tmp_path), "-j", "0", "--out", out, "-q"]) == 1
    assert capsys.readouterr().err == ""
    assert main(["-v", "parse", str(tmp_path), "-j", "0", "--out", out]) == 1
    err = capsys.readouterr().err
    assert f"newsparse: {tmp_path / 'b.html'}: EmptyInputError: the input is empty\n" in err
    assert err.endswith("newsparse: 2 pages, 1 parsed, 1 failed\n")
