"""``newsparse parse``: print one page's article, or parse many pages into JSON Lines or Parquet.

One page (a file, ``.html.gz``, a URL or ``-`` for stdin) is printed as JSON,
text or Markdown. Anything more is a batch: several inputs, a folder (every
``.html``/``.htm``/``.gz`` page and every ``.warc``/``.warc.gz`` file in it,
searched recursively), a WARC file (every HTML response record), URLs from
``-i FILE`` (one a line). A batch is parsed by :func:`newsparse.parse_many`
in ``--jobs`` processes and written in input order, one record per page, to
``--out`` (``.parquet``: Parquet, else JSON Lines) or stdout:
``{"ok": true, "article": ...}`` or ``{"ok": false, "error": {...}}``. A
page's URL is taken from ``NAME.json`` beside ``NAME.html[.gz]`` when that
file has a ``url`` key, from the record for WARC files. The exit status is 1
when any page failed, after all were tried; 2 when the inputs are wrong.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from newsparse.api import parse
from newsparse.batch import DEFAULT_TIMEOUT, Page, parse_many
from newsparse.decode import DEFAULT_MAX_BYTES
from newsparse.errors import InputError, NewsparseError
from newsparse.fetch import fetch
from newsparse.output import matches, open_writer
from newsparse.pages import find_pages, is_url, read_stdin, read_url_list, sidecar_url
from newsparse.render import to_markdown, to_text
from newsparse.warc import WarcSummary, is_warc, iter_pages

log = logging.getLogger("newsparse")

HELP = (
    "Parse a page (file, .html.gz, URL or - for stdin) and print its article; "
    "parse folders, WARC files and URL lists in parallel into JSON Lines or Parquet."
)
#: Log level of the closing summary line: shown by default, hidden by -q.
SUMMARY = 25


class InputsError(NewsparseError):
    """The inputs named on the command line cannot be read (exit status 2)."""


def _count(text: str) -> int:
    """An argparse type: a whole number, 0 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return value


def _positive_int(text: str) -> int:
    value = _count(text)
    if value == 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return value


def _seconds(text: str) -> float:
    """An argparse type: a number of seconds above 0."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a number of seconds above 0, not {text}")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``newsparse parse``."""
    parser.set_defaults(usage_error=parser.error)
    parser.add_argument(
        "page",
        nargs="*",
        help="path, .html.gz path, .warc[.gz] file, folder, http(s) URL, or - for stdin; "
        "anything but one page parses in batch mode",
    )
    parser.add_argument(
        "-i",
        "--input-list",
        metavar="FILE",
        action="append",
        default=[],
        help="read URLs or paths from FILE, one a line (- for stdin); may be repeated",
    )
    parser.add_argument("--url", help="the page's URL, when PAGE is one file")
    parser.add_argument("--parser", help="force a site parser by name, or 'generic'")
    parser.add_argument(
        "--format", choices=("json", "text", "markdown"), default="json", help="output format"
    )
    parser.add_argument(
        "--out",
        type=Path,
        help="write to this file instead of stdout; a batch to X.parquet is written as Parquet, "
        "to any other name as JSON Lines",
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=_count,
        default=os.cpu_count() or 1,
        help="batch mode: worker processes (default: one per CPU; 0: no subprocess)",
    )
    parser.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        help=f"batch mode: seconds per page before it is stopped (default {DEFAULT_TIMEOUT:g})",
    )
    parser.add_argument(
        "--max-bytes",
        type=_positive_int,
        default=DEFAULT_MAX_BYTES,
        help=f"size limit of one page, after decompression (default {DEFAULT_MAX_BYTES:,})",
    )
    parser.add_argument("--site", metavar="NAME", help="batch mode: keep pages of this site")
    parser.add_argument(
        "--articles-only",
        action="store_true",
        help="batch mode: keep pages whose report.page_kind is 'article'",
    )
    parser.add_argument(
        "--lang", metavar="LANG", help="batch mode: keep pages in this language (de keeps de-ch)"
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="batch mode: progress bar on stderr (default: when stderr is a terminal)",
    )


def _is_batch(args: argparse.Namespace, inputs: list[str]) -> bool:
    if len(inputs) != 1 or args.input_list:
        return True
    if args.site or args.articles_only or args.lang:
        return True
    if args.out is not None and args.out.name.endswith((".jsonl", ".parquet")):
        return True
    location = inputs[0]
    return (
        location != "-" and not is_url(location) and (Path(location).is_dir() or is_warc(location))
    )


def run(args: argparse.Namespace) -> int:
    """Parse the page and print it, or run the batch."""
    inputs: list[str] = list(args.page)
    try:
        for listing in args.input_list:
            inputs.extend(read_url_list(listing))
    except OSError as exc:
        raise InputsError(f"cannot read the list {exc.filename}: {exc.strerror}") from exc
    if not inputs:
        args.usage_error("no pages given: name files, folders, WARC files, URLs or -i FILE")
    if sum(location == "-" for location in [*inputs, *args.input_list]) > 1:
        raise InputsError("- (stdin) can be read once: as a page or as a list, not both")
    if not _is_batch(args, inputs):
        return run_one(args, inputs[0])
    return run_batch(args, inputs)


def run_one(args: argparse.Namespace, location: str) -> int:
    """Parse one page and print it in ``--format``."""
    options = {"parser": args.parser, "max_bytes": args.max_bytes}
    if location == "-":
        article = parse(read_stdin(args.max_bytes), url=args.url, **options)
    elif is_url(location):
        fetched = fetch(location, max_bytes=args.max_bytes)
        article = parse(
            fetched.data, url=args.url or fetched.url, charset=fetched.charset, **options
        )
    else:
        _check_exists(location)
        path = Path(location)
        try:
            article = parse(path, url=args.url or sidecar_url(path), **options)
        except InputError as exc:  # say which file
            raise type(exc)(f"{location}: {exc}") from exc
    if args.format == "json":
        data = article.to_dict()
        text = json.dumps(data, ensure_ascii=not _unicode_stdout(args.out), indent=2) + "\n"
    elif args.format == "markdown":
        text = to_markdown(article)
    else:
        text = to_text(article)
    if args.out is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        args.out.write_text(text, encoding="utf-8")
    return 0


def run_batch(args: argparse.Namespace, inputs: list[str]) -> int:
    """Parse every page of the inputs; one record per page, in input order."""
    if args.format != "json":
        raise InputsError("batch mode writes JSON Lines or Parquet; --format must be json")
    if args.url:
        raise InputsError("--url names one page; it cannot be used in batch mode")
    for location in inputs:
        if location != "-" and not is_url(location):
            _check_exists(location)
    remote = any(p == "-" or is_url(p) for p in inputs)
    if not remote and next(_files(inputs), None) is None:
        raise InputsError(f"no pages found in {', '.join(inputs)}")
    summary = WarcSummary()
    counts = {"pages": 0, "failed": 0, "kept": 0}
    writer = open_writer(args.out, sys.stdout, ensure_ascii=not _unicode_stdout(args.out))
    try:
        for result in parse_many(
            _pages_of(inputs, summary, args.max_bytes),
            workers=args.jobs,
            parser=args.parser,
            max_bytes=args.max_bytes,
            timeout=args.timeout,
            progress=args.progress,
        ):
            counts["pages"] += 1
            counts["failed"] += not result.ok
            if not result.ok:
                log.info("%s: %s: %s", result.source or result.url, result.error_type, result.error)
            if matches(
                result.article, site=args.site, articles_only=args.articles_only, language=args.lang
            ):
                counts["kept"] += 1
                writer.write(result)
    finally:
        writer.close()
    total, failed = counts["pages"], counts["failed"]
    line = f"{total} pages, {total - failed} parsed, {failed} failed"
    if counts["kept"] != total:
        line += f", {counts['kept']} kept by the filters"
    if summary.records:
        skipped = ", ".join(f"{n} {why}" for why, n in sorted(summary.skipped.items()))
        line += f"; WARC: {summary.records} records" + (f", skipped {skipped}" if skipped else "")
    log.log(SUMMARY, "%s", line)
    return 1 if failed else 0


def _files(inputs: list[str]) -> Iterator[Path]:
    local = [p for p in inputs if p != "-" and not is_url(p)]
    return find_pages(local, warc=True)


def _pages_of(inputs: list[str], summary: WarcSummary, max_bytes: int) -> Iterator[Page]:
    """Every page of the inputs in order, as :class:`~newsparse.batch.Page` items."""
    for location in inputs:
        if location == "-":
            yield Page(data=read_stdin(max_bytes), source="-")
        elif is_url(location):
            yield Page(data=b"", url=location, fetch=True)
        else:
            for path in find_pages([location], warc=True):
                if is_warc(path):
                    for record in iter_pages(path, summary=summary, max_bytes=max_bytes):
                        yield Page(
                            data=record.data,
                            url=record.uri,
                            charset=record.charset,
                            fetched=record.fetched,
                            source=f"{record.source}#{record.offset}",
                        )
                else:
                    yield Page(data=path, url=sidecar_url(path))


def _check_exists(location: str) -> None:
    if not os.path.exists(location):
        raise InputsError(f"{location}: No such file or directory")


def _unicode_stdout(out: Path | None) -> bool:
    """True when the output can take any character (a file, or a UTF stdout)."""
    if out is not None:
        return True
    encoding = getattr(sys.stdout, "encoding", None) or "ascii"
    return encoding.lower().replace("_", "-").startswith(("utf-", "utf8"))
