"""The documentation site: it builds strictly, covers the public API, lists every site."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import newsparse
from newsparse.testing import drift, scoring

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import sites_table  # noqa: E402 - the generator lives in scripts/


def test_mkdocs_build_is_strict_and_clean(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert (tmp_path / "index.html").is_file()
    architecture = (tmp_path / "architecture" / "index.html").read_text(encoding="utf-8")
    assert '<pre class="mermaid"><code>flowchart TD' in architecture


def documented() -> set[str]:
    """Every ``::: dotted.name`` entry on any docs page."""
    found: set[str] = set()
    for page in (ROOT / "docs").glob("**/*.md"):
        found |= set(re.findall(r"^::: ([\w.]+)", page.read_text(encoding="utf-8"), re.M))
    return found


def test_every_public_name_has_an_api_entry() -> None:
    entries = documented()
    missing = []
    for name in newsparse.__all__:
        if name.startswith("__"):
            continue
        module = getattr(getattr(newsparse, name), "__module__", "")
        full = f"{module}.{name}"
        if full in entries or module in entries:
            continue
        if not any(entry.endswith(f".{name}") for entry in entries):
            missing.append(full)
    for module in (drift, scoring):
        if module.__name__ not in entries:
            missing.append(module.__name__)
    assert missing == []


def test_the_sites_table_is_current() -> None:
    page = (ROOT / "docs" / "sites.md").read_text(encoding="utf-8")
    assert sites_table.render(page) == page, "run python3 scripts/sites_table.py"
