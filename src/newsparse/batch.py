"""Parse many pages in parallel processes: :func:`parse_many`.

Each worker process parses one page at a time. A page that raises, crashes
its worker, runs past ``timeout`` or exhausts ``max_memory`` becomes an error
:class:`Result`; the worker is replaced and the batch goes on. Results come
back in input order as soon as they are ready, with at most a few pages per
worker held in memory.

Workers are started with the ``forkserver`` method where there is one (else
``spawn``), so a script that calls :func:`parse_many` at import time needs the
usual ``if __name__ == "__main__":`` guard.
"""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.connection
import os
import sys
import time
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import IO, Any, TypeAlias

import attrs

from newsparse import registry
from newsparse.api import parse
from newsparse.decode import DEFAULT_MAX_BYTES
from newsparse.fetch import fetch
from newsparse.model import Article

#: One page for :func:`parse_many`: HTML as ``str``/``bytes``, a file ``Path`` (``.gz``
#: allowed), a ``(page, url)`` pair of either, or a :class:`Page` with its charset.
PageSource: TypeAlias = "str | bytes | os.PathLike[str]"
PageInput: TypeAlias = "PageSource | tuple[PageSource, str | None] | Page"


@attrs.frozen(kw_only=True)
class Page:
    """A page for :func:`parse_many` with what is known about it besides its content."""

    data: PageSource
    """The HTML (``str``/``bytes``) or a file path."""
    url: str | None = None
    """The page's URL."""
    charset: str | None = None
    """The charset it was served in (HTTP ``Content-Type``), for :func:`newsparse.parse`."""
    fetched: datetime | None = None
    """When it was fetched (a WARC record's date)."""
    source: str | None = None
    """Where it was read from (a WARC file), when ``data`` is not a path."""
    fetch: bool = False
    """Fetch ``url`` (:func:`newsparse.fetch`) in the worker; ``data`` is not read."""


#: Seconds a worker may spend on one page before it is stopped (``timeout=``).
DEFAULT_TIMEOUT = 300.0


@attrs.frozen(kw_only=True)
class Result:
    """One page's outcome in a batch: an article or an error."""

    index: int
    """Position of the page in the input, from 0."""
    source: str | None
    """The file path, when the page was given as a path."""
    url: str | None
    """The URL passed with the page, if any."""
    fetched: datetime | None = None
    """When the page was fetched, if known (a WARC record's date)."""
    article: Article | None = None
    """The parsed article; ``None`` when the page failed."""
    error_type: str | None = None
    """Class name of the error (``NotHTMLError``, ``Timeout``, ``WorkerCrash`` ...)."""
    error: str | None = None
    """The error message, naming the problem."""
    seconds: float = 0.0
    """Wall time spent on the page."""

    @property
    def ok(self) -> bool:
        """True when the page gave an article."""
        return self.article is not None

    def to_dict(self) -> dict[str, Any]:
        """One JSON Lines record: the article, or the error with its type and message."""
        record: dict[str, Any] = {"index": self.index, "source": self.source, "url": self.url}
        if self.fetched is not None:
            record["fetched"] = self.fetched.isoformat()
        record["ok"] = self.ok
        if self.article is not None:
            record["article"] = self.article.to_dict()
        else:
            record["error"] = {"type": self.error_type, "message": self.error}
        record["seconds"] = round(self.seconds, 4)
        return record


@attrs.frozen
class _Options:
    parser: str | None
    max_bytes: int
    max_memory: int | None


def parse_many(
    pages: Iterable[PageInput],
    *,
    workers: int | None = None,
    parser: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float | None = DEFAULT_TIMEOUT,
    max_memory: int | None = None,
    progress: bool | None = None,
) -> Iterator[Result]:
    """Parse ``pages`` in ``workers`` processes; yield a :class:`Result` per page, in input order.

    ``workers=None`` uses one per CPU; ``workers=0`` parses in this process
    (no isolation: no timeout, a crash ends the batch). ``timeout`` stops a
    page after so many seconds, ``max_memory`` caps each worker's address
    space in bytes (POSIX). ``progress`` draws a progress bar on stderr; by
    default only when stderr is a terminal.
    """
    if workers is None:
        workers = os.cpu_count() or 1
    if workers < 0:
        raise ValueError(f"workers must be 0 or more, not {workers}")
    total = len(pages) if hasattr(pages, "__len__") else None  # type: ignore[arg-type]
    bar = progress_bar(total) if _show_progress(progress) else None
    options = _Options(parser, max_bytes, max_memory)
    source = ((i, _split(item)) for i, item in enumerate(pages))
    results = (
        (_parse_one(i, page, options) for i, page in source)
        if workers == 0
        else _Pool(workers, options, timeout).run(source)
    )
    try:
        for result in results:
            if bar is not None:
                bar.update(result)
            yield result
    finally:
        if bar is not None:
            bar.close()


# -- one page ---------------------------------------------------------------------------


def _split(item: PageInput) -> Page:
    if isinstance(item, Page):
        return item
    if isinstance(item, tuple):
        data, url = item
        return Page(data=data, url=url)
    return Page(data=item)


def _source_of(page: Page) -> str | None:
    return os.fspath(page.data) if isinstance(page.data, os.PathLike) else page.source


def _parse_one(index: int, page: Page, options: _Options) -> Result:
    start = time.perf_counter()
    data = page.data
    url, charset = page.url, page.charset
    try:
        if page.fetch and url is not None:
            fetched = fetch(url, max_bytes=options.max_bytes)
            data, url, charset = fetched.data, fetched.url, fetched.charset
        elif isinstance(data, os.PathLike):
            with open(data, "rb") as handle:  # compressed or not, no more than the limit
                data = handle.read(options.max_bytes + 1)
        if not isinstance(data, (str, bytes)):
            raise TypeError(f"a page must be str, bytes or a path, not {type(data).__name__}")
        article = parse(
            data, url, parser=options.parser, max_bytes=options.max_bytes, charset=charset
        )
    except MemoryError:
        article = None  # the record is made below, once the failed parse is let go
    except Exception as exc:  # one page's failure must not end the batch
        message = str(exc) or repr(exc)
        return _failed(index, page, type(exc).__name__, message, start)
    if article is None:
        # Out of the handler, the error's frames (and the page's tree) are gone: there
        # is memory again to make and send the record.
        gc.collect()
        message = "the page exhausted the worker's memory limit"
        return _failed(index, page, "MemoryError", message, start)
    return Result(
        index=index,
        source=_source_of(page),
        url=page.url,
        fetched=page.fetched,
        article=article,
        seconds=time.perf_counter() - start,
    )


def _failed(index: int, page: Page, kind: str, message: str, start: float) -> Result:
    return Result(
        index=index,
        source=_source_of(page),
        url=page.url,
        fetched=page.fetched,
        error_type=kind,
        error=message,
        seconds=time.perf_counter() - start,
    )


def _worker_main(connection: multiprocessing.connection.Connection, options: _Options) -> None:
    """A worker process: parse each page sent, send back its :class:`Result`."""
    if options.max_memory is not None:
        try:
            import resource

            resource.setrlimit(resource.RLIMIT_AS, (options.max_memory, options.max_memory))
        except (ImportError, ValueError, OSError):
            pass
    while True:
        try:
            task = connection.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, page = task
        result = _parse_one(index, page, options)
        connection.send(result)
        if result.error_type == "MemoryError":
            return  # start afresh: the heap may be in a poor state


# -- the pool ---------------------------------------------------------------------------


@attrs.define
class _Task:
    index: int
    page: Page
    started: float


class _Worker:
    def __init__(self, context: Any, options: _Options) -> None:
        ours, theirs = context.Pipe()
        self.connection: multiprocessing.connection.Connection = ours
        self.process = context.Process(
            target=_worker_main, args=(theirs, options), daemon=True, name="newsparse-worker"
        )
        self.process.start()
        theirs.close()
        self.task: _Task | None = None

    def send(self, task: _Task) -> None:
        self.task = task
        self.connection.send((task.index, task.page))

    def stop(self, *, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.connection.send(None)
            except (OSError, ValueError):
                self.process.kill()
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.connection.close()


class _Pool:
    """Worker processes fed one page at a time; results re-ordered to input order."""

    def __init__(self, size: int, options: _Options, timeout: float | None) -> None:
        self.size = size
        self.options = options
        self.timeout = timeout
        methods = multiprocessing.get_all_start_methods()
        self.context = multiprocessing.get_context(
            "forkserver" if "forkserver" in methods else "spawn"
        )
        if "forkserver" in methods:
            # Workers fork from a server that has imported every site parser once.
            modules = [entry.module for entry in registry.entries().values()]
            self.context.set_forkserver_preload(["newsparse.batch", *modules])

    def run(self, source: Iterator[tuple[int, Page]]) -> Iterator[Result]:
        workers = [_Worker(self.context, self.options) for _ in range(self.size)]
        done: dict[int, Result] = {}
        next_index = 0
        window = 4 * self.size  # pages started but not yet yielded
        inputs = iter(source)
        exhausted = False
        try:
            while True:
                for worker in workers:
                    if worker.task is None and not exhausted and len(done) < window:
                        item = next(inputs, None)
                        if item is None:
                            exhausted = True
                            break
                        index, page = item
                        self._start(workers, worker, _Task(index, page, time.monotonic()))
                busy = [w for w in workers if w.task is not None]
                if not busy:
                    break
                self._collect(workers, busy, done)
                while next_index in done:
                    yield done.pop(next_index)
                    next_index += 1
            while next_index in done:
                yield done.pop(next_index)
                next_index += 1
        finally:
            for worker in workers:
                worker.stop(kill=worker.task is not None)

    def _collect(
        self, workers: list[_Worker], busy: list[_Worker], done: dict[int, Result]
    ) -> None:
        wait = None
        if self.timeout is not None:
            oldest = min(w.task.started for w in busy if w.task is not None)
            wait = max(0.0, oldest + self.timeout - time.monotonic())
        handles: list[Any] = [w.connection for w in busy] + [w.process.sentinel for w in busy]
        ready = set(multiprocessing.connection.wait(handles, timeout=wait))
        now = time.monotonic()
        for worker in busy:
            task = worker.task
            assert task is not None
            if worker.connection in ready:
                try:
                    result: Result = worker.connection.recv()
                except (EOFError, OSError):
                    result = self._lost(task, worker, "WorkerCrash", now)
                    self._replace(workers, worker)
                else:
                    worker.task = None
                    if not worker.process.is_alive() or result.error_type == "MemoryError":
                        self._replace(workers, worker)
                done[task.index] = result
            elif worker.process.sentinel in ready:
                done[task.index] = self._lost(task, worker, "WorkerCrash", now)
                self._replace(workers, worker)
            elif self.timeout is not None and now - task.started >= self.timeout:
                done[task.index] = _failed_task(
                    task, "Timeout", f"parsing took longer than {self.timeout:g} s; stopped", now
                )
                self._replace(workers, worker)

    def _start(self, workers: list[_Worker], worker: _Worker, task: _Task) -> None:
        try:
            worker.send(task)
        except (OSError, ValueError):  # the idle worker died: start a new one
            position = workers.index(worker)
            self._replace(workers, worker)
            workers[position].send(task)

    def _lost(self, task: _Task, worker: _Worker, kind: str, now: float) -> Result:
        worker.process.join(timeout=5)
        code = worker.process.exitcode
        return _failed_task(
            task, kind, f"the worker process died while parsing this page (exit code {code})", now
        )

    def _replace(self, workers: list[_Worker], worker: _Worker) -> None:
        worker.stop(kill=True)
        workers[workers.index(worker)] = _Worker(self.context, self.options)


def _failed_task(task: _Task, kind: str, message: str, now: float) -> Result:
    return Result(
        index=task.index,
        source=_source_of(task.page),
        url=task.page.url,
        fetched=task.page.fetched,
        error_type=kind,
        error=message,
        seconds=now - task.started,
    )


# -- progress ---------------------------------------------------------------------------


def _show_progress(progress: bool | None) -> bool:
    if progress is not None:
        return progress
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


class Progress:
    """A progress bar on stderr: pages done, errors and pages per second.

    Drawn by tqdm when it is installed (``newsparse[scale]``), else by a
    one-line bar of our own redrawn at most ten times a second.
    """

    def update(self, result: Result) -> None:
        """Count one page."""

    def close(self) -> None:
        """Draw the final state and end the line."""


def progress_bar(total: int | None = None, stream: IO[str] | None = None) -> Progress:
    """A :class:`Progress` for ``total`` pages (``None``: unknown) on ``stream`` (stderr)."""
    stream = stream if stream is not None else sys.stderr
    try:
        import tqdm
    except ImportError:
        return _Progress(total, stream)
    return _TqdmProgress(tqdm, total, stream)


class _TqdmProgress(Progress):
    def __init__(self, tqdm: Any, total: int | None, stream: IO[str]) -> None:
        counted = "{n_fmt}/{total_fmt}" if total else "{n_fmt}"
        self.bar = tqdm.tqdm(
            total=total,
            file=stream,
            unit="pages",
            mininterval=0.1,
            bar_format=("{bar:20}| " if total else "")
            + counted
            + " pages{postfix}, {rate_fmt} {elapsed}",
        )
        self.errors = 0
        self.bar.set_postfix_str("0 errors", refresh=False)

    def update(self, result: Result) -> None:
        if not result.ok:
            self.errors += 1
            self.bar.set_postfix_str(f"{self.errors} errors", refresh=False)
        self.bar.update(1)

    def close(self) -> None:
        self.bar.close()


class _Progress(Progress):
    """A one-line progress bar on a text stream, redrawn at most ten times a second."""

    def __init__(self, total: int | None, stream: IO[str]) -> None:
        self.total = total
        self.stream = stream
        self.count = 0
        self.errors = 0
        self.start = time.monotonic()
        self.drawn = 0.0

    def update(self, result: Result) -> None:
        self.count += 1
        self.errors += not result.ok
        now = time.monotonic()
        if now - self.drawn >= 0.1 or self.count == self.total:
            self.drawn = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        rate = self.count / max(now - self.start, 1e-9)
        if self.total:
            filled = int(30 * self.count / self.total)
            bar = f"[{'#' * filled}{'.' * (30 - filled)}] {self.count}/{self.total}"
        else:
            bar = f"{self.count}"
        self.stream.write(f"\r{bar} pages, {self.errors} errors, {rate:.1f} pages/s ")
        self.stream.flush()

    def close(self) -> None:
        self._draw(time.monotonic())
        self.stream.write("\n")
        self.stream.flush()


__all__ = [
    "DEFAULT_TIMEOUT",
    "Page",
    "PageInput",
    "PageSource",
    "Progress",
    "Result",
    "parse_many",
    "progress_bar",
]
