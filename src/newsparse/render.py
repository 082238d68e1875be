"""Articles as plain text and Markdown, for people to read.

``to_text`` prints every part under its name: first the short parts, one a
line, then the teaser, the body (subheadings marked ``##``), the images with
their credits, the source line with its pieces, and how the page was parsed.
"""

from __future__ import annotations

import re
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


#: Characters that mean something in Markdown inline text.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
#: What makes a line a heading, quote, list item or rule when it starts the line.
_MD_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")


def escape_markdown(text: str) -> str:
    """``text`` with Markdown's special characters escaped, so that it prints as it is."""
    text = _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))
    return _MD_LINE_START.sub(lambda m: m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], text)


def _md_url(url: str) -> str:
    """A URL safe inside Markdown's ``(...)``: spaces and brackets percent-encoded."""
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C")


def _md_credit(raw: str) -> str:
    """A credit in brackets, once: ``(Foto: dpa)`` stays as it is, ``Foto: dpa`` gets them."""
    raw = raw.strip()
    return raw if raw.startswith("(") and raw.endswith(")") else f"({raw})"


def to_markdown(article: Article) -> str:
    """The article as a Markdown document; every text is escaped, so it prints as it is."""
    out: list[str] = []
    if article.kicker:
        out.append(f"*{escape_markdown(article.kicker)}*\n")
    out.append(f"# {escape_markdown(article.headline or '(no headline)')}\n")
    if article.teaser:
        out.append(f"**{escape_markdown(article.teaser)}**\n")
    meta = [
        f"{label}: {escape_markdown(value)}"
        for label, value in _meta_lines(article)
        if label not in ("Kicker", "Headline")
    ]
    if meta:
        out.append("\n".join(f"- {line}" for line in meta) + "\n")
    for image in article.images:
        caption = escape_markdown(image.caption or "")
        credit = escape_markdown(_md_credit(image.credit.raw)) if image.credit else ""
        out.append(f"![{caption}]({_md_url(image.url or '')})\n")
        line = " ".join(text for text in (caption, credit) if text)
        if line:
            out.append(f"*{line}*\n")
    for block in article.body:
        text = escape_markdown(block.text)
        out.append(f"## {text}\n" if isinstance(block, Subheading) else f"{text}\n")
    if article.source:
        out.append(f"*{escape_markdown(article.source.raw)}*\n")
    return "\n".join(out)
