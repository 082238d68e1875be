"""Reading JSON-LD values: text, ``@type``, authors, images and ``isAccessibleForFree``.

JSON-LD is the most trusted signal of a page, but its values come in many
shapes (a string, an object, a list of either, HTML entities in text). These
functions turn one value into what the parser needs and ignore what they
cannot read.
"""

from __future__ import annotations

import html
from typing import Any

from newsparse.conventions import agency, normalize, parse_byline, parse_credit, split_credit
from newsparse.document import Document
from newsparse.model import Credit, Image


def ld_text(value: Any) -> str | None:
    """A JSON-LD string, entities decoded and whitespace normalised; None for anything else."""
    if isinstance(value, str):
        text = normalize(html.unescape(value)) if "&" in value else normalize(value)
        return text or None
    return None


def ld_types(item: dict[str, Any]) -> set[str]:
    """The ``@type`` names of a JSON-LD object (a string or a list of strings)."""
    value = item.get("@type")
    if isinstance(value, list):
        return {v for v in value if isinstance(v, str)}
    return {value} if isinstance(value, str) else set()


def ld_free(value: Any) -> bool | None:
    """``isAccessibleForFree`` as a bool: ``"False"``, ``"0"`` and ``"no"`` are false."""
    if isinstance(value, str):
        return value.strip().lower() not in ("false", "0", "no")
    return value if isinstance(value, bool) else None


def ld_authors(value: Any) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Person names and organisation names of a JSON-LD ``author``."""
    items = value if isinstance(value, list) else [value]
    persons: list[str] = []
    organisations: list[str] = []
    for item in items[:50]:
        if isinstance(item, dict):
            kinds = ld_types(item)
            name = ld_text(item.get("name"))
            if name is None:
                given, family = ld_text(item.get("givenName")), ld_text(item.get("familyName"))
                name = " ".join(n for n in (given, family) if n) or None
            if not name:
                continue
            if kinds & {"Organization", "NewsMediaOrganization"} or (
                "Person" not in kinds and not agency(name)
            ):
                organisations.append(name)
                continue
        else:
            name = ld_text(item)
            if not name:
                continue
        names = parse_byline(name) or (name,)
        persons.extend(n for n in names if n)
    return tuple(dict.fromkeys(persons)), tuple(dict.fromkeys(organisations))


def ld_images(doc: Document, value: Any) -> tuple[Image, ...]:
    """The images of a JSON-LD ``image``: URLs or ImageObjects with caption and credit."""
    items = value if isinstance(value, list) else [value]
    images: list[Image] = []
    for item in items[:50]:
        if isinstance(item, str):
            images.append(Image(url=doc.absolute(item), is_cover=not images))
        elif isinstance(item, dict):
            url = ld_text(item.get("url")) or ld_text(item.get("contentUrl"))
            caption = ld_text(item.get("caption")) or ld_text(item.get("description"))
            credit_text = ld_text(item.get("creditText")) or ld_text(item.get("copyrightHolder"))
            holder = item.get("copyrightHolder") or item.get("author") or item.get("creator")
            if isinstance(holder, list) and holder:
                holder = holder[0]
            if credit_text is None and isinstance(holder, dict):
                credit_text = ld_text(holder.get("name"))
            elif credit_text is None:
                credit_text = ld_text(holder)
            credit: Credit | None = parse_credit(credit_text) if credit_text else None
            if caption and credit is None:
                rest, credit = split_credit(caption)
                caption = rest
            images.append(
                Image(url=doc.absolute(url), caption=caption, credit=credit, is_cover=not images)
            )
    return tuple(images)
