"""A suggested layout as Python source a maintainer pastes into a site module, and back."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Mapping, Sequence
from datetime import date

from newsparse.sites.base import Layout

#: Constants in the order a site module lists them.
ORDER = (
    "NAME", "MARKER", "REQUIRED", "UNPLACED", "SECTION", "BREADCRUMB", "KICKER", "HEADLINE",
    "TEASER",
    "TEASER_EMPHASIS", "TEASER_IN_BODY", "BODY", "PARAGRAPHS", "SUBHEADINGS", "BOILERPLATE",
    "IMAGES", "IMAGE_CAPTION", "IMAGE_CREDIT", "SOURCE", "AUTHORS", "PUBLISHED",
)  # fmt: skip


def class_name(name: str) -> str:
    """A class name for layout ``name`` (``2026`` -> ``Suggested2026``)."""
    if name.lower() == "suggested":
        return "SuggestedLayout"
    return "Suggested" + re.sub(r"\W", "_", name.title().replace("-", ""))


def render(
    constants: Mapping[str, object],
    *,
    name: str,
    urls: Sequence[str | None],
    placed: Sequence[str],
    missing: Sequence[str],
    stated: Sequence[str] = (),
    today: date | None = None,
) -> str:
    """The layout as source: a class with a docstring saying what was seen and when."""
    seen = [url or "(no URL)" for url in urls]
    doc = [
        f"Suggested by newsparse.suggest_layout on {(today or date.today()).isoformat()} "
        f"from {len(seen)} page{'s' if len(seen) != 1 else ''}:",
        *(f"  {url}" for url in seen),
        f"Placed: {', '.join(placed) or 'nothing'}.",
        *(
            [f"Read from JSON-LD or meta tags, as these pages state it: {', '.join(stated)}."]
            if stated
            else []
        ),
        f"Not placed (left to JSON-LD, meta tags or the fallback): {', '.join(missing) or 'none'}.",
    ]
    lines = [
        "from newsparse.sites.base import Layout",
        "",
        "",
        f"class {class_name(name)}(Layout):",
    ]
    lines.append('    """' + doc[0])
    lines.extend(("    " + line).rstrip() for line in doc[1:])
    lines.append('    """')
    lines.append("")
    for key in ORDER:
        if key not in constants:
            continue
        value = constants[key]
        if isinstance(value, frozenset):
            text = "frozenset({" + ", ".join(repr(v) for v in sorted(value)) + "})"
        else:
            text = repr(value)
        line = f"    {key} = {text}"
        if len(line) > 99 and isinstance(value, str):
            wrapped = textwrap.wrap(value, 80, drop_whitespace=False)
            line = f"    {key} = (\n" + "".join(f"        {w!r}\n" for w in wrapped) + "    )"
        lines.append(line)
    return "\n".join(lines) + "\n"


def load(source: str) -> type[Layout]:
    """The layout class defined by ``source`` (as :func:`render` writes it)."""
    namespace: dict[str, object] = {}
    exec(
        compile(source, "<suggested layout>", "exec"), namespace
    )  # our own source, as render() wrote it
    classes = [
        value
        for value in namespace.values()
        if isinstance(value, type) and issubclass(value, Layout) and value is not Layout
    ]
    if len(classes) != 1:
        raise ValueError(f"the source defines {len(classes)} layouts, not one")
    return classes[0]
