"""Articles as plain text and Markdown, for people to read.

``to_text`` prints every part under its name: first the short parts, one a
line, then the teaser, the body (subheadings marked ``##``), the images with
their credits, the source line with its pieces, and how the page was parsed.
"""

from __future__ import annotations

import textwrap

from newsparse.model import Article, Image, Subheading

#: Width that long text is wrapped to in :func:`to_text`.
TEXT_WIDTH = 88
_INDENT = "  "


def _meta_lines(article: Article) -> list[tuple[str, str]]:
    lines: list[tuple[str, str]] = []
    for label, value in (
        ("Section", article.section),
        ("Kicker", article.kicker),
        ("Headline", article.headline),
        ("Authors", ", ".join(article.authors) or None),
        ("Published", article.published.isoformat() if article.published else None),
        ("Modified", article.modified.isoformat() if article.modified else None),
        ("Topics", ", ".join(article.topics) or None),
        ("Paywall", _paywall(article.paywalled)),
        ("URL", article.url),
    ):
        if value:
            lines.append((label, value))
    return lines


def _paywall(value: bool | None) -> str | None:
    if value is None:
        return None
    return "yes" if value else "no"


def _wrap(text: str, indent: str = _INDENT) -> list[str]:
    return textwrap.wrap(
        text,
        width=TEXT_WIDTH,
        initial_indent=indent,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [indent.rstrip()]


def _credit_text(image: Image) -> str | None:
    if image.credit is None:
        return None
    holders = ", ".join(image.credit.holders) or "-"
    return f"{image.credit.raw} (holders: {holders})"


def to_text(article: Article) -> str:
    """The article for a terminal: labelled parts, then teaser, body, images, source, report."""
    meta = _meta_lines(article)
    width = max((len(label) for label, _ in meta), default=0) + 1
    out = [f"{label + ':':<{width}} {value}" for label, value in meta]
    if article.teaser:
        out += ["", "Teaser:", *_wrap(article.teaser)]
    if article.body:
        out += ["", "Body:"]
        for index, block in enumerate(article.body):
            if index:
                out.append("")
            if isinstance(block, Subheading):
                out.append(f"{_INDENT}## {block.text}")
            else:
                out.extend(_wrap(block.text))
    if article.images:
        out += ["", "Images:"]
        for number, image in enumerate(article.images, start=1):
            cover = " (cover)" if image.is_cover else ""
            out.append(f"{_INDENT}{number}. {image.caption or '(no caption)'}{cover}")
            credit = _credit_text(image)
            if credit:
                out.append(f"{_INDENT}   Credit: {credit}")
            if image.url:
                out.append(f"{_INDENT}   URL: {image.url}")
    if article.source:
        source = article.source
        out += [
            "",
            f"Source: {source.raw}",
            f"{_INDENT}outlet: {source.outlet or '-'}; "
            f"editors: {', '.join(source.editors) or '-'}; "
            f"agencies: {', '.join(source.agencies) or '-'}",
        ]
    report = article.report
    out += [
        "",
        f"Parsed by: {report.parser}" + (f", layout {report.layout}" if report.layout else ""),
    ]
    if report.page_kind != "article":
        out.append(f"Page kind: {report.page_kind}")
    if report.missing:
        out.append(f"Missing: {', '.join(report.missing)}")
    if report.fallback:
        out.append(f"Filled by fallback: {', '.join(report.fallback)}")
    out.extend(f"Warning: {w}" for w in report.warnings)
    return "\n".join(out).rstrip() + "\n"


def to_markdown(article: Article) -> str:
    """The article as a Markdown document."""
    out: list[str] = []
    if article.kicker:
        out.append(f"*{article.kicker}*\n")
    out.append(f"# {article.headline or '(no headline)'}\n")
    if article.teaser:
        out.append(f"**{article.teaser}**\n")
    meta = [
        f"{label}: {value}"
        for label, value in _meta_lines(article)
        if label not in ("Kicker", "Headline")
    ]
    if meta:
        out.append("\n".join(f"- {line}" for line in meta) + "\n")
    for image in article.images:
        alt = (image.caption or "").replace("]", "")
        credit = f" ({image.credit.raw})" if image.credit else ""
        out.append(f"![{alt}]({image.url or ''})\n\n*{image.caption or ''}{credit}*\n")
    for block in article.body:
        out.append(f"## {block.text}\n" if isinstance(block, Subheading) else f"{block.text}\n")
    if article.source:
        out.append(f"*{article.source.raw}*\n")
    return "\n".join(out)
