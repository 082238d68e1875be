"""The benchmarks' pure helpers: the speed chart's SVG and the worker-memory flatness rule.

No timing here: speed is measured by the benchmark scripts only.
"""

from __future__ import annotations

import importlib.util
import json
import math
import sys
from pathlib import Path
from types import ModuleType

import pytest
from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
SVG = "{http://www.w3.org/2000/svg}"


def load(name: str) -> ModuleType:
    """A script of benchmarks/ as a module (benchmarks/ is not a package)."""
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / f"benchmarks/{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


speed = load("speed")
scale = load("scale")

FIGURES = {"floor": 404.7, "newsparse": 210.1, "generic": 123.4, "trafilatura": 33.3}


def bars(svg: str) -> dict[str, tuple[float, str]]:
    """Each bar's engine, width and the value printed beside it."""
    root = etree.fromstring(svg.encode())
    assert root.tag == f"{SVG}svg"
    found = {}
    for rect in root.iter(f"{SVG}rect"):
        if rect.get("class") != "bar":
            continue
        value = rect.getnext()
        assert value is not None
        assert value.tag == f"{SVG}text"
        assert value.get("class") == "value"
        found[rect.get("id", "").removeprefix("bar-")] = (
            float(rect.get("width", "")),
            value.text or "",
        )
    return found


def test_one_bar_per_engine_with_its_figure_and_length() -> None:
    svg = speed.speed_chart(FIGURES, "2030-01-02 03:04 UTC, a machine")
    found = bars(svg)
    assert list(found) == ["floor", "newsparse", "generic", "trafilatura"]
    assert {name: text for name, (_, text) in found.items()} == {
        "floor": "404.7",
        "newsparse": "210.1",
        "generic": "123.4",
        "trafilatura": "33.3",
    }
    # bar lengths are proportional to the figures
    widths = {name: width for name, (width, _) in found.items()}
    for name, value in FIGURES.items():
        assert math.isclose(widths[name] / widths["floor"], value / FIGURES["floor"], rel_tol=0.01)
    root = etree.fromstring(svg.encode())
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "2030-01-02 03:04 UTC, a machine" in texts
    assert "newsparse, generic parser forced" in texts
    assert root.find(f"{SVG}title") is not None
    width, height = float(root.get("width", "")), float(root.get("height", ""))
    assert root.get("viewBox") == f"0 0 {width:g} {height:g}"
    for rect in root.iter(f"{SVG}rect"):  # every bar inside the picture
        assert float(rect.get("x", "0")) + float(rect.get("width", "")) <= width


def test_engines_left_out_get_no_bar_and_text_is_escaped() -> None:
    svg = speed.speed_chart({"newsparse": 59.0, "floor": 146.9}, "load <1.5> & more")
    assert list(bars(svg)) == ["floor", "newsparse"]
    assert "load <1.5> & more" in [t.text for t in etree.fromstring(svg.encode()).iter()]


@pytest.mark.parametrize(
    "figures",
    [{}, {"floor": 0.0}, {"floor": math.nan}, {"newsparse": -1.0}, {"readability": 5.0}],
)
def test_figures_that_make_no_chart_are_refused(figures: dict[str, float]) -> None:
    with pytest.raises(ValueError, match=r"chart|positive"):
        speed.speed_chart(figures, "")


def test_chart_from_an_earlier_json_report(tmp_path: Path) -> None:
    report = {
        "date": "2030-01-02 03:04 UTC",
        "pages": 74,
        "machine": "x86_64, 2 CPUs",
        "engines": {
            name: {"pages_per_s": value, "total_s": 1.0} for name, value in FIGURES.items()
        },
    }
    data = tmp_path / "speed.json"
    data.write_text(json.dumps(report), encoding="utf-8")
    out = tmp_path / "img" / "speed.svg"
    assert speed.main(["--chart-from", str(data), "--chart", str(out)]) == 0
    found = bars(out.read_text(encoding="utf-8"))
    assert {name: text for name, (_, text) in found.items()}["newsparse"] == "210.1"
    assert "2030-01-02 03:04 UTC, 74 corpus pages, x86_64, 2 CPUs" in out.read_text()


@pytest.mark.parametrize(
    ("rss", "flat"),
    [
        ([90.0, 100.0, 101.0, 99.0, 104.9], True),  # pass 1 may grow; 4.9% over pass 2
        ([90.0, 100.0, 100.0, 100.0, 105.0], True),  # exactly the margin
        ([90.0, 100.0, 102.0, 104.0, 106.0], False),  # steady growth past 5%
        ([150.0, 100.0, 100.0], True),  # shrinking is flat
        ([100.0, 100.0], True),
    ],
)
def test_memory_is_flat_when_the_last_pass_is_within_the_margin_of_pass_two(
    rss: list[float], flat: bool
) -> None:
    assert scale.is_flat(rss) is flat


def test_flatness_margin_and_too_few_passes() -> None:
    assert scale.is_flat([0.0, 100.0, 109.0], margin=0.1)
    assert not scale.is_flat([0.0, 100.0, 111.0], margin=0.1)
    with pytest.raises(ValueError, match="two passes"):
        scale.is_flat([100.0])


def test_the_performance_page_embeds_the_committed_chart() -> None:
    page = (ROOT / "docs" / "performance.md").read_text(encoding="utf-8")
    assert "](img/speed.svg)" in page
    found = bars((ROOT / "docs" / "img" / "speed.svg").read_text(encoding="utf-8"))
    assert {"floor", "newsparse", "trafilatura"} <= set(found)
    assert all(float(text) > 0 for _, text in found.values())
