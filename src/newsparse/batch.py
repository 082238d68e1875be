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

import multiprocessing
import multiprocessing.connection
import os
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, TypeAlias

import attrs

from newsparse import registry
from newsparse.api import parse
from newsparse.decode import DEFAULT_MAX_BYTES
from newsparse.model import Article

#: One page for :func:`parse_many`: HTML as ``str``/``bytes``, a file ``Path`` (``.gz``
#: allowed), or a ``(page, url)`` pair of either.
PageSource: TypeAlias = "str | bytes | os.PathLike[str]"
PageInput: TypeAlias = "PageSource | tuple[PageSource, str | None]"

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
    bar = _Progress(total, sys.stderr) if _show_progress(progress) else None
    options = _Options(parser, max_bytes, max_memory)
    source = ((i, _split(item)) for i, item in enumerate(pages))
    results = (
        (_parse_one(i, page, url, options) for i, (page, url) in source)
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


def _split(item: PageInput) -> tuple[PageSource, str | None]:
    if isinstance(item, tuple):
        page, url = item
        return page, url
    return item, None


def _parse_one(index: int, page: PageSource, url: str | None, options: _Options) -> Result:
    start = time.perf_counter()
    source = os.fspath(page) if isinstance(page, os.PathLike) else None
    try:
        data = Path(source).read_bytes() if source is not None else page
        if not isinstance(data, (str, bytes)):
            raise TypeError(f"a page must be str, bytes or a path, not {type(data).__name__}")
        article = parse(data, url, parser=options.parser, max_bytes=options.max_bytes)
    except MemoryError:
        message = "the page exhausted the worker's memory limit"
        return _failed(index, source, url, "MemoryError", message, start)
    except Exception as exc:  # one page's failure must not end the batch
        message = str(exc) or repr(exc)
        return _failed(index, source, url, type(exc).__name__, message, start)
    return Result(
        index=index,
        source=source,
        url=url,
        article=article,
        seconds=time.perf_counter() - start,
    )


def _failed(
    index: int, source: str | None, url: str | None, kind: str, message: str, start: float
) -> Result:
    return Result(
        index=index,
        source=source,
        url=url,
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
        index, page, url = task
        result = _parse_one(index, page, url, options)
        connection.send(result)
        if result.error_type == "MemoryError":
            return  # start afresh: the heap may be in a poor state


# -- the pool ---------------------------------------------------------------------------


@attrs.define
class _Task:
    index: int
    page: PageSource
    url: str | None
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
        self.connection.send((task.index, task.page, task.url))

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

    def run(self, source: Iterator[tuple[int, tuple[PageSource, str | None]]]) -> Iterator[Result]:
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
                        index, (page, url) = item
                        self._start(workers, worker, _Task(index, page, url, time.monotonic()))
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
    source = os.fspath(task.page) if isinstance(task.page, os.PathLike) else None
    return Result(
        index=task.index,
        source=source,
        url=task.url,
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


class _Progress:
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


__all__ = ["DEFAULT_TIMEOUT", "PageInput", "PageSource", "Result", "parse_many"]
