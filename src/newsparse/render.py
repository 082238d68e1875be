"""Articles as plain text and Markdown, for people to read."""

from __future__ import annotations

from newsparse.model import Article, Subheading


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
        ("Teaser", article.teaser),
    ):
        if value:
            lines.append((label, value))
    return lines


def to_text(article: Article) -> str:
    """Each part on its own labelled line, then the body, images and source line."""
    out = [f"{label}: {value}" for label, value in _meta_lines(article)]
    out.append("")
    for block in article.body:
        out.append(f"## {block.text}" if isinstance(block, Subheading) else block.text)
        out.append("")
    for image in article.images:
        credit = f" [{image.credit.raw}: {', '.join(image.credit.holders)}]" if image.credit else ""
        out.append(f"Image: {image.caption or '(no caption)'}{credit}")
    if article.source:
        source = article.source
        out.append(
            f"Source: {source.raw} (outlet: {source.outlet or '-'}; "
            f"editors: {', '.join(source.editors) or '-'}; "
            f"agencies: {', '.join(source.agencies) or '-'})"
        )
    report = article.report
    out.append(f"Parsed by: {report.parser}" + (f" ({report.layout})" if report.layout else ""))
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
        if label not in ("Kicker", "Headline", "Teaser")
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
