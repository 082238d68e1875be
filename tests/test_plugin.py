"""The pytest plugin, run in a fresh pytest process on copies of the project's fixtures.

Breaking a site parser on purpose makes exactly the affected fixture tests
fail, each naming its part and showing a diff; ``--newsparse-update`` rewrites
the expectation.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from newsparse.testing import fixtures

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
PARTS = 16
#: The seed (n-tv 2025), a redacted n-tv page of the older layout, and another site.
COPIED = ("ntv-seed", "ntv-2023", "zeit-2023")
BREAK_NTV_2025_KICKER = """
from newsparse.sites import ntv

ntv.Ntv2025.KICKER = ".no-such-kicker"
"""


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    """A project whose pytest options point the plugin at a fixtures folder."""
    for name in COPIED:
        shutil.copytree(FIXTURES / name, pytester.path / "fixtures" / name)
    pytester.makeini("[pytest]\nnewsparse_fixtures = fixtures\n")
    pytester.makepyfile(test_other="def test_other():\n    assert True\n")
    return pytester


def test_every_fixture_part_is_a_test(project: pytest.Pytester) -> None:
    result = project.runpytest("-v", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=PARTS * len(COPIED) + 1)
    # the header counts the fixture tests too, not only test_other.py's one test
    result.stdout.fnmatch_lines([f"*collected {PARTS * len(COPIED) + 1} items"])
    result.stdout.fnmatch_lines(
        [
            "fixtures/ntv-seed::headline PASSED*",
            "fixtures/zeit-2023::body PASSED*",
        ]
    )


def test_breaking_a_site_parser_fails_exactly_the_affected_parts(
    project: pytest.Pytester,
) -> None:
    project.makeconftest(BREAK_NTV_2025_KICKER)
    result = project.runpytest_subprocess("-p", "no:cacheprovider", "-rf")
    result.assert_outcomes(passed=PARTS * len(COPIED) + 1 - 2, failed=2)
    failed = sorted(line.split()[1] for line in result.outlines if line.startswith("FAILED "))
    assert failed == ["fixtures/ntv-seed::kicker", "fixtures/ntv-seed::report"]
    result.stdout.fnmatch_lines(
        [
            "fixture ntv-seed: part 'kicker' differs from expected.json",
            "--- expected kicker",
            "+++ parsed kicker",
            "-Kommen weitere Soldaten?",
            "+null",
            "(if the change is right, rerun with --newsparse-update and review the diff)",
        ]
    )
    result.stdout.fnmatch_lines(["fixture ntv-seed: part 'report' differs from expected.json"])


def test_update_rewrites_the_expectation(project: pytest.Pytester) -> None:
    project.makeconftest(BREAK_NTV_2025_KICKER)
    expected = project.path / "fixtures" / "ntv-seed" / "expected.json"
    before = json.loads(expected.read_text(encoding="utf-8"))
    result = project.runpytest_subprocess("-p", "no:cacheprovider", "--newsparse-update")
    result.assert_outcomes(passed=PARTS * len(COPIED) + 1)
    result.stdout.fnmatch_lines(
        ["*newsparse fixtures updated*", "fixtures/ntv-seed/expected.json: kicker, report"]
    )
    after = json.loads(expected.read_text(encoding="utf-8"))
    assert before["kicker"] == "Kommen weitere Soldaten?"
    assert after["kicker"] is None
    assert {k for k in after if after[k] != before[k]} == {"kicker", "report"}
    untouched = project.path / "fixtures" / "zeit-2023" / "expected.json"
    assert untouched.read_bytes() == (FIXTURES / "zeit-2023" / "expected.json").read_bytes()
    again = project.runpytest_subprocess("-p", "no:cacheprovider")
    again.assert_outcomes(passed=PARTS * len(COPIED) + 1)


def test_missing_expectation_fails_with_advice(project: pytest.Pytester) -> None:
    (project.path / "fixtures" / "zeit-2023" / "expected.json").unlink()
    result = project.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=PARTS * (len(COPIED) - 1) + 1, failed=PARTS)
    result.stdout.fnmatch_lines(
        ["fixture zeit-2023: no expected.json; record one with --newsparse-update and review it"]
    )
    recorded = project.runpytest("-p", "no:cacheprovider", "--newsparse-update")
    recorded.assert_outcomes(passed=PARTS * len(COPIED) + 1)
    fixture = fixtures.load(project.path / "fixtures" / "zeit-2023")
    assert fixture.expected() == fixture.parse()


def test_broken_fixture_directory_is_one_failure(project: pytest.Pytester) -> None:
    broken = project.path / "fixtures" / "broken"
    broken.mkdir()
    (broken / "meta.json").write_text("{", encoding="utf-8")
    (broken / "page.html").write_text("<p>x</p>", encoding="utf-8")
    result = project.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=PARTS * len(COPIED) + 1, failed=1)
    result.stdout.fnmatch_lines(["*broken/meta.json: not valid JSON*"])


def test_explicit_paths_narrow_the_fixtures(project: pytest.Pytester) -> None:
    only_tests = project.runpytest("-p", "no:cacheprovider", "test_other.py")
    only_tests.assert_outcomes(passed=1)
    one_fixture = project.runpytest("-p", "no:cacheprovider", "fixtures/ntv-seed")
    one_fixture.assert_outcomes(passed=PARTS)
    selected = project.runpytest("-p", "no:cacheprovider", "-k", "headline")
    selected.assert_outcomes(passed=len(COPIED))


def test_idle_without_configuration(pytester: pytest.Pytester) -> None:
    shutil.copytree(FIXTURES / "ntv-seed", pytester.path / "fixtures" / "ntv-seed")
    pytester.makepyfile(test_other="def test_other():\n    assert True\n")
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
    flagged = pytester.runpytest("-p", "no:cacheprovider", "--newsparse-fixtures", "fixtures")
    flagged.assert_outcomes(passed=PARTS + 1)


def test_plugin_is_active_for_this_project(pytestconfig: pytest.Config) -> None:
    assert pytestconfig.pluginmanager.hasplugin("newsparse")
    assert pytestconfig.getini("newsparse_fixtures") == [FIXTURES]
