"""Regression fixtures: a saved page, its meta data and the article expected from it.

One directory per case::

    fixtures/ntv-seed/
        page.html        the page (or page.html.gz)
        meta.json        {"url": ..., "fetched": "2025-07-12", "site": "ntv", "note": ...}
        expected.json    the expected article, as written by Article.to_json()

:func:`load` reads a case, :func:`record` writes one from a page and its
current parse, :func:`compare` tells which parts of a parse differ from the
expectation and :func:`diff_part` shows how, in lines a person can read.
"""

from __future__ import annotations

import difflib
import gzip
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import attrs

from newsparse.api import parse
from newsparse.model import PARTS, Article

PAGE_NAMES = ("page.html", "page.html.gz")
META_NAME = "meta.json"
EXPECTED_NAME = "expected.json"

#: The article fields a fixture compares, one test each, in article order.
FIXTURE_PARTS: tuple[str, ...] = ("url", "site", "language", *PARTS, "paywalled", "report")


class FixtureError(Exception):
    """A fixture directory is incomplete or unreadable."""


@attrs.frozen(kw_only=True)
class Meta:
    """What ``meta.json`` says about a fixture's page."""

    url: str | None = None
    """The page's URL; it chooses the site parser, as in ``parse(page, url=url)``."""
    fetched: str | None = None
    """The day the page was fetched, ISO 8601 (``2025-07-12``)."""
    site: str | None = None
    """The site parser the page is meant for (``ntv``); ``None`` for the generic parser."""
    note: str = ""
    """Free text: where the page comes from, what the case is about."""
    redacted: bool = False
    """True when the page's prose was replaced by stand-in text (:mod:`.redact`)."""
    parser: str | None = None
    """A parser name forced for this page (``parse(parser=...)``), usually ``None``."""

    def to_dict(self) -> dict[str, Any]:
        """The meta data as JSON-ready data."""
        return attrs.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Meta:
        """Meta data from a ``meta.json`` document; unknown keys are ignored."""
        known = {f.name for f in attrs.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


@attrs.frozen(kw_only=True)
class Fixture:
    """One fixture directory."""

    path: Path
    """The directory."""
    page_path: Path
    """``page.html`` or ``page.html.gz`` inside it."""
    meta: Meta
    """The contents of ``meta.json``."""

    @property
    def name(self) -> str:
        """The directory's name, e.g. ``ntv-seed``."""
        return self.path.name

    @property
    def expected_path(self) -> Path:
        """Where the expectation is stored."""
        return self.path / EXPECTED_NAME

    def page(self) -> bytes:
        """The page's bytes, decompressed."""
        return read_page_file(self.page_path)

    def expected(self) -> Article | None:
        """The expected article, or ``None`` when ``expected.json`` is missing."""
        if not self.expected_path.is_file():
            return None
        return Article.from_json(self.expected_path.read_text(encoding="utf-8"))

    def parse(self) -> Article:
        """The page parsed as the fixture says: its URL, its forced parser if any."""
        return parse(self.page(), url=self.meta.url, parser=self.meta.parser)

    def write_expected(self, article: Article) -> None:
        """Store ``article`` as the expectation."""
        write_json(self.expected_path, article.to_dict())


def read_page_file(path: Path) -> bytes:
    """A page file's bytes; ``.gz`` files are decompressed."""
    data = path.read_bytes()
    return gzip.decompress(data) if path.name.endswith(".gz") else data


def write_json(path: Path, data: Any) -> None:
    """Write ``data`` as indented UTF-8 JSON with a final newline."""
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def is_fixture(path: Path) -> bool:
    """True when ``path`` is a directory with a ``meta.json`` and a page."""
    return (path / META_NAME).is_file() and any((path / n).is_file() for n in PAGE_NAMES)


def load(path: str | Path) -> Fixture:
    """The fixture in directory ``path``; :class:`FixtureError` when it is incomplete."""
    directory = Path(path)
    meta_path = directory / META_NAME
    if not meta_path.is_file():
        raise FixtureError(f"{directory}: no {META_NAME}")
    pages = [directory / n for n in PAGE_NAMES if (directory / n).is_file()]
    if not pages:
        raise FixtureError(f"{directory}: no page ({' or '.join(PAGE_NAMES)})")
    if len(pages) > 1:
        raise FixtureError(f"{directory}: both {PAGE_NAMES[0]} and {PAGE_NAMES[1]}; keep one")
    try:
        data = json.loads(meta_path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise FixtureError(f"{meta_path}: not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise FixtureError(f"{meta_path}: expected a JSON object")
    return Fixture(path=directory, page_path=pages[0], meta=Meta.from_dict(data))


def find(root: str | Path) -> Iterator[Fixture]:
    """Every fixture in or under ``root`` (``root`` itself may be one), sorted by path."""
    base = Path(root)
    if is_fixture(base):
        yield load(base)
        return
    for meta_path in sorted(base.rglob(META_NAME)):
        if is_fixture(meta_path.parent):
            yield load(meta_path.parent)


def record(
    page: bytes,
    directory: str | Path,
    *,
    url: str | None = None,
    fetched: str | None = None,
    note: str = "",
    parser: str | None = None,
    compress: bool = False,
    force: bool = False,
) -> Fixture:
    """Write a fixture: the page, its meta data, and its current parse as the expectation.

    The expectation is what the parser gives today: review it before you commit.
    Raises ``FileExistsError`` when the directory already holds a fixture, unless ``force``.
    """
    target = Path(directory)
    if is_fixture(target) and not force:
        raise FileExistsError(f"{target} already holds a fixture (use force to overwrite)")
    article = parse(page, url=url, parser=parser)
    target.mkdir(parents=True, exist_ok=True)
    for name in PAGE_NAMES:
        (target / name).unlink(missing_ok=True)
    page_path = target / PAGE_NAMES[1 if compress else 0]
    page_path.write_bytes(gzip.compress(page, mtime=0) if compress else page)
    meta = Meta(
        url=url or article.url,
        fetched=fetched or date.today().isoformat(),
        site=article.site,
        note=note,
        parser=parser,
    )
    write_json(target / META_NAME, meta.to_dict())
    fixture = Fixture(path=target, page_path=page_path, meta=meta)
    fixture.write_expected(article)
    return fixture


def part_data(article: Article, part: str) -> Any:
    """The JSON form of one part of ``article`` (as in ``Article.to_dict()``)."""
    return article.to_dict()[part]


def compare(expected: Article, got: Article) -> list[str]:
    """The parts (of :data:`FIXTURE_PARTS`) whose values differ, in article order."""
    want, have = expected.to_dict(), got.to_dict()
    return [part for part in FIXTURE_PARTS if want.get(part) != have.get(part)]


def part_lines(part: str, value: Any) -> list[str]:
    """A part's value as lines for a diff: one body block a line, else indented JSON."""
    if part == "body" and isinstance(value, list):
        return [f"[{i}] {block['type']}: {block['text']}" for i, block in enumerate(value)]
    if isinstance(value, str):
        return [value]
    return json.dumps(value, ensure_ascii=False, indent=2).splitlines()


def diff_part(part: str, expected: Any, got: Any) -> str:
    """A unified diff of one part's expected and parsed values (JSON forms)."""
    lines = difflib.unified_diff(
        part_lines(part, expected),
        part_lines(part, got),
        fromfile=f"expected {part}",
        tofile=f"parsed {part}",
        lineterm="",
    )
    return "\n".join(lines)


def redact(directory: str | Path, *, key: bytes, force: bool = False) -> tuple[Fixture, list[str]]:
    """Redact a fixture in place: its page, its URL and its expectation, with one key.

    The stored expectation (or, when there is none, the current parse) is
    redacted the same way as the page. Returns the redacted fixture and the
    parts in which parsing the redacted page differs from the redacted
    expectation (empty when redaction and parsing commute, as they should).
    Raises :class:`FixtureError` for a fixture already redacted, unless ``force``.
    """
    from newsparse.testing.redact import Redactor, scripts_read

    fixture = load(directory)
    if fixture.meta.redacted and not force:
        raise FixtureError(f"{fixture.path} is already redacted")
    page = fixture.page()
    expected = fixture.expected() or fixture.parse()
    redactor = Redactor(key=key)
    keep_scripts = scripts_read(page, url=fixture.meta.url, parser=fixture.meta.parser)
    redacted_page = redactor.page(page, keep_scripts=keep_scripts)
    url = redactor.url(fixture.meta.url) if fixture.meta.url else None
    fixture.page_path.write_bytes(
        gzip.compress(redacted_page, mtime=0)
        if fixture.page_path.name.endswith(".gz")
        else redacted_page
    )
    note = fixture.meta.note
    scripts = (
        f" {len(keep_scripts)} inline script(s) kept, redacted: the parser reads them."
        if keep_scripts
        else ""
    )
    meta = attrs.evolve(
        fixture.meta,
        url=url,
        redacted=True,
        note=(note + " " if note else "") + "Prose redacted by newsparse." + scripts,
    )
    write_json(fixture.path / META_NAME, meta.to_dict())
    redacted = Fixture(path=fixture.path, page_path=fixture.page_path, meta=meta)
    want = redactor.article(expected)
    redacted.write_expected(want)
    return redacted, compare(want, redacted.parse())


def refresh(
    directory: str | Path, *, allow_loss: bool = False
) -> tuple[Fixture, list[str], list[str]]:
    """Re-parse a fixture's page and store the parse as its expectation.

    Returns the fixture, the parts that changed and the parts that were lost
    (found before and empty now, or newly in ``report.missing``). A parse that
    loses something is not stored unless ``allow_loss``: a refresh must not
    loosen a fixture silently.
    """
    fixture = load(directory)
    changed, lost = changes(fixture)
    if changed and (allow_loss or not lost):
        fixture.write_expected(fixture.parse())
    return fixture, changed, lost


def changes(fixture: Fixture) -> tuple[list[str], list[str]]:
    """The parts in which the current parse differs from the expectation, and those lost."""
    got = fixture.parse()
    expected = fixture.expected()
    if expected is None:
        return list(FIXTURE_PARTS), []
    changed = compare(expected, got)
    want, have = expected.to_dict(), got.to_dict()
    lost = [
        part
        for part in changed
        if part != "report"
        and want.get(part) not in (None, [], "")
        and have.get(part) in (None, [], "")
    ]
    lost += [f"report.missing: {p}" for p in got.report.missing if p not in expected.report.missing]
    return changed, lost
