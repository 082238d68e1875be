"""A pytest plugin that turns fixture directories into tests: one per fixture and part.

Installed with newsparse (entry point ``pytest11``), it stays idle until a
project names its fixtures folder, in ``pyproject.toml``::

    [tool.pytest.ini_options]
    newsparse_fixtures = ["fixtures"]

or on the command line with ``--newsparse-fixtures DIR``. Each fixture (see
:mod:`newsparse.testing.fixtures`) gives the tests ``<dir>::<part>``, e.g.
``fixtures/ntv-seed::headline``; a failure names the part and shows a diff of
the expected and the parsed value. ``--newsparse-update`` rewrites the
``expected.json`` of every fixture whose parse changed: review the diff in
version control before you commit it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from newsparse.model import Article
    from newsparse.testing.fixtures import Fixture

MARKER = "newsparse_fixture"
_UPDATED = pytest.StashKey[dict[str, list[str]]]()


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--newsparse-fixtures``, ``--newsparse-update`` and the ``newsparse_fixtures`` ini key."""
    group = parser.getgroup("newsparse", "newsparse regression fixtures")
    group.addoption(
        "--newsparse-fixtures",
        action="append",
        default=[],
        metavar="DIR",
        help="run the newsparse fixtures in DIR (one test per fixture and part)",
    )
    group.addoption(
        "--newsparse-update",
        action="store_true",
        default=False,
        help="rewrite expected.json of fixtures whose parse changed (review before committing)",
    )
    parser.addini(
        "newsparse_fixtures",
        type="paths",
        default=[],
        help="folders of newsparse fixtures to run as tests",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Register the marker every fixture test carries."""
    config.addinivalue_line("markers", f"{MARKER}: a newsparse fixture test (one fixture part)")
    config.stash[_UPDATED] = {}


def fixture_roots(config: pytest.Config) -> list[tuple[Path, bool]]:
    """The fixture folders to collect, each with whether explicit test paths narrow it."""
    given = [Path(p).resolve() for p in config.getoption("newsparse_fixtures") or ()]
    configured = [Path(p).resolve() for p in config.getini("newsparse_fixtures") or ()]
    explicit = config.args_source == pytest.Config.ArgsSource.ARGS
    roots: list[tuple[Path, bool]] = [(root, False) for root in given]
    for root in configured:
        if root in given:
            continue
        if explicit and not any(_related(root, path) for path in _arg_paths(config)):
            continue  # explicit test paths that do not reach the fixtures: leave them out
        roots.append((root, explicit))
    return roots


def _arg_paths(config: pytest.Config) -> list[Path]:
    return [Path(str(arg).split("::")[0]).resolve() for arg in config.args]


def _related(a: Path, b: Path) -> bool:
    return a == b or a in b.parents or b in a.parents


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(
    session: pytest.Session, config: pytest.Config, items: list[pytest.Item]
) -> None:
    """Add the fixture tests before selection (``-k``, ``-m``) runs."""
    roots = fixture_roots(config)
    if not roots:
        return
    from newsparse.testing import fixtures

    for root, narrowed in roots:
        if not root.is_dir():
            broken = _error_item(session, root, f"fixture folder {root} does not exist")
            items.append(broken)
            _report_collected(session, broken.nodeid, [broken])
            continue
        for directory in _fixture_dirs(root):
            if narrowed and not any(_related(directory, p) for p in _arg_paths(config)):
                continue
            try:
                fixture = fixtures.load(directory)
            except fixtures.FixtureError as exc:
                broken = _error_item(session, directory, str(exc))
                items.append(broken)
                _report_collected(session, broken.nodeid, [broken])
                continue
            nodeid = _nodeid(session, directory)
            collector = FixtureCollector.from_parent(
                session, name=nodeid, path=directory, nodeid=nodeid
            )
            collector.fixture = fixture
            collected = list(collector.collect())
            items.extend(collected)
            _report_collected(session, nodeid, collected)


def _report_collected(session: pytest.Session, nodeid: str, items: list[pytest.Item]) -> None:
    """Tell pytest's reporters about tests added here, so ``collected N items`` counts them."""
    report = pytest.CollectReport(
        nodeid, "passed", None, list[pytest.Item | pytest.Collector](items)
    )
    session.ihook.pytest_collectreport(report=report)


def _fixture_dirs(root: Path) -> list[Path]:
    if (root / "meta.json").is_file():
        return [root]
    return sorted(p.parent for p in root.rglob("meta.json"))


def _nodeid(session: pytest.Session, path: Path) -> str:
    try:
        return path.relative_to(session.config.rootpath).as_posix()
    except ValueError:
        return path.as_posix()


def _error_item(session: pytest.Session, path: Path, message: str) -> pytest.Item:
    collector = FixtureCollector.from_parent(
        session, name=_nodeid(session, path), path=path, nodeid=_nodeid(session, path)
    )
    return BrokenFixtureItem.from_parent(collector, name="fixture", message=message)


class FixtureCollector(pytest.Collector):
    """One fixture directory: parses its page once for all its part tests."""

    fixture: Fixture
    _parsed: Article | None = None
    _expected: Article | None = None
    _loaded = False

    def collect(self) -> list[pytest.Item]:
        """One :class:`FixturePartItem` per part in ``FIXTURE_PARTS``."""
        from newsparse.testing.fixtures import FIXTURE_PARTS

        items: list[pytest.Item] = []
        for part in FIXTURE_PARTS:
            item = FixturePartItem.from_parent(self, name=part, part=part)
            item.add_marker(MARKER)
            items.append(item)
        return items

    def parsed(self) -> Article:
        """The fixture's page, parsed (once)."""
        if self._parsed is None:
            self._parsed = self.fixture.parse()
        return self._parsed

    def expected(self) -> Article | None:
        """The stored expectation (read once)."""
        if not self._loaded:
            self._expected = self.fixture.expected()
            self._loaded = True
        return self._expected

    def update(self, part: str) -> None:
        """Rewrite ``expected.json`` with the current parse and note the changed part."""
        updated = self.config.stash[_UPDATED]
        if self.nodeid not in updated:
            self.fixture.write_expected(self.parsed())
            updated[self.nodeid] = []
        if part not in updated[self.nodeid]:
            updated[self.nodeid].append(part)


class PartMismatch(AssertionError):
    """A part of the parse differs from the fixture's expectation."""

    def __init__(self, fixture: str, part: str, expected: Any, got: Any) -> None:
        super().__init__(f"{fixture}: part {part!r} differs from expected.json")
        self.fixture = fixture
        self.part = part
        self.expected = expected
        self.got = got


class FixturePartItem(pytest.Item):
    """The test of one part of one fixture."""

    def __init__(self, *, part: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.part = part

    @property
    def collector(self) -> FixtureCollector:
        """The fixture this part belongs to."""
        parent = self.parent
        assert isinstance(parent, FixtureCollector)
        return parent

    def runtest(self) -> None:
        """Compare the part of the parse with the expectation."""
        from newsparse.testing.fixtures import part_data

        collector = self.collector
        update = bool(self.config.getoption("newsparse_update"))
        got = collector.parsed()
        expected = collector.expected()
        if expected is None:
            if update:
                collector.update(self.part)
                return
            raise PartMismatch(collector.fixture.name, self.part, None, part_data(got, self.part))
        want, have = part_data(expected, self.part), part_data(got, self.part)
        if want == have:
            return
        if update:
            collector.update(self.part)
            return
        raise PartMismatch(collector.fixture.name, self.part, want, have)

    def repr_failure(
        self,
        excinfo: pytest.ExceptionInfo[BaseException],
        style: Any = None,
    ) -> str | Any:
        """For a mismatch: the fixture, the part and a unified diff; else the usual report."""
        error = excinfo.value
        if not isinstance(error, PartMismatch):
            return super().repr_failure(excinfo, style=style)
        from newsparse.testing.fixtures import diff_part

        if error.expected is None and not self.collector.fixture.expected_path.is_file():
            return (
                f"fixture {error.fixture}: no expected.json; record one with --newsparse-update "
                "and review it"
            )
        return (
            f"fixture {error.fixture}: part {error.part!r} differs from expected.json\n"
            f"{diff_part(error.part, error.expected, error.got)}\n"
            "(if the change is right, rerun with --newsparse-update and review the diff)"
        )

    def reportinfo(self) -> tuple[Path, int | None, str]:
        """Where the test comes from: the fixture directory and the part."""
        return self.path, None, f"{self.collector.fixture.name}::{self.part}"


class BrokenFixtureItem(pytest.Item):
    """Stands for a fixture directory that cannot be read: fails with the reason."""

    def __init__(self, *, message: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.message = message

    def runtest(self) -> None:
        """Fail with the reason."""
        raise AssertionError(self.message)

    def repr_failure(
        self,
        excinfo: pytest.ExceptionInfo[BaseException],
        style: Any = None,
    ) -> str:
        """The reason, without a traceback."""
        return self.message

    def reportinfo(self) -> tuple[Path, int | None, str]:
        """The directory."""
        return self.path, None, self.name


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    """List the fixtures whose expectation ``--newsparse-update`` rewrote."""
    updated = config.stash.get(_UPDATED, {})
    if not updated:
        return
    terminalreporter.section("newsparse fixtures updated")
    for nodeid, parts in sorted(updated.items()):
        terminalreporter.write_line(f"{nodeid}/expected.json: {', '.join(parts)}")
    terminalreporter.write_line("review these changes before committing them")
