"""Placing the body (container, paragraphs, subheadings, boilerplate) and the images.

The body's container is the innermost element holding the elements that
print the generic body's blocks; what else the container prints becomes a
``BOILERPLATE`` exclusion, named by the outermost element that holds no
article text. Images are placed by their captions: the figure-like element
around a caption (one that holds a picture), the caption and credit inside.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from newsparse.blocks import is_boilerplate_text, never_body
from newsparse.conventions import is_credit, parse_credit
from newsparse.document import HtmlElement, select, text_of
from newsparse.model import Block, Image, Subheading
from newsparse.suggest.candidates import compounds
from newsparse.suggest.choose import Check, choose
from newsparse.suggest.pages import Page, common_ancestor, trial, within
from newsparse.suggest.parts import Draft
from newsparse.testing.scoring import best_match_f1, token_f1

#: A body suggestion must read at least this token F1 of the generic body on every page.
BODY_FLOOR = 0.97
#: Images must agree this well with the generic captions and credits on every page.
IMAGE_FLOOR = 0.9
_BLOCK_TAGS = frozenset(("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "span"))
_PARAGRAPH_TAGS = frozenset(("p", "li", "blockquote"))
_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")


def _located(page: Page, blocks: Sequence[Block]) -> list[tuple[HtmlElement, Block]]:
    """For each block, the innermost block-like element that prints it."""
    found = []
    for block in blocks:
        elements = [e for e in page.elements(block.text) if e.tag in _BLOCK_TAGS]
        if elements:
            preferred = [e for e in elements if e.tag in (*_PARAGRAPH_TAGS, *_HEADING_TAGS)]
            found.append(((preferred or elements)[-1], block))
    return found


def body(pages: Sequence[Page], teaser_css: str | None = None) -> Draft | None:
    """Container, paragraphs, subheadings and exclusions that read the generic body."""
    wanted = [page.article.body for page in pages]
    if not all(wanted):
        return None
    located = [_located(page, blocks) for page, blocks in zip(pages, wanted, strict=True)]
    if any(len(found) < 0.6 * len(blocks) for found, blocks in zip(located, wanted, strict=True)):
        return None
    containers = [common_ancestor([e for e, _ in found]) for found in located]
    if any(c is None or c.tag in ("html", "body") for c in containers):
        return None
    paragraphs = sorted(
        {e.tag for found in located for e, b in found if not isinstance(b, Subheading)}
        & _PARAGRAPH_TAGS
    ) or ["p"]
    subheadings = sorted(
        {e.tag for found in located for e, b in found if isinstance(b, Subheading)}
        & set(_HEADING_TAGS)
    ) or ["h2", "h3"]
    fixed: dict[str, object] = {
        "PARAGRAPHS": ", ".join(paragraphs),
        "SUBHEADINGS": ", ".join(subheadings),
    }

    def holds_all(css: str) -> bool:
        for page, container in zip(pages, containers, strict=True):
            matches = page.doc.select(css)
            if len(matches) != 1 or container is None:
                return False
            if (
                matches[0] is not container
                and matches[0] not in list(container.iterancestors())[:3]
            ):
                return False
        return True

    first = containers[0]
    assert first is not None
    options: list[dict[str, object]] = []
    for css in choose([first], holds_all, want=4):
        constants = {"BODY": css, **fixed}
        constants.update(_exclusions(pages, css, located, constants, teaser_css))
        layout = trial(**constants)
        scores = [
            token_f1([b.text for b in page.value(layout, "body")], [b.text for b in want])
            for page, want in zip(pages, wanted, strict=True)
        ]
        if min(scores) >= BODY_FLOOR:
            options.append(constants)
    if not options:
        return None
    return Draft(
        part="body",
        options=options,
        expected=[tuple(blocks) for blocks in wanted],
        generic=[tuple(blocks) for blocks in wanted],
        texts=[f"{len(blocks)} blocks: {blocks[0].text[:40]} ..." for blocks in wanted],
    )


def _exclusions(
    pages: Sequence[Page],
    body_css: str,
    located: list[list[tuple[HtmlElement, Block]]],
    constants: dict[str, object],
    teaser_css: str | None,
) -> dict[str, object]:
    """``BOILERPLATE`` (and ``TEASER_IN_BODY``) for what the container prints beyond the body."""
    block_css = f"{constants['PARAGRAPHS']}, {constants['SUBHEADINGS']}"
    exclusions: list[str] = []
    extra: dict[str, object] = {}
    for page, found in zip(pages, located, strict=True):
        keep = {e for e, _ in found}
        keep_chain = {a for e in keep for a in (e, *e.iterancestors())}
        container = page.doc.select_one(body_css)
        if container is None:
            continue
        teaser = page.article.teaser
        for element in select(container, block_css):
            text = text_of(element)
            if element in keep or not text or is_boilerplate_text(text):
                continue
            if any(never_body(a) for a in element.iterancestors() if a is not container):
                continue
            if any(ancestor in keep for ancestor in element.iterancestors()):
                continue
            if element in keep_chain:
                continue  # it holds article blocks: a nested copy, not boilerplate
            if teaser and text == teaser and teaser_css and not exclusions:
                extra["TEASER_IN_BODY"] = True
                continue
            if _excluded(element, container, exclusions):
                continue
            outer = element
            while outer.getparent() is not None and outer.getparent() is not container:
                parent = outer.getparent()
                if parent is None or parent in keep_chain:
                    break
                outer = parent
            css = _exclusion_for(pages, outer, body_css, located)
            if css is not None:
                exclusions.append(css)
    if exclusions:
        extra["BOILERPLATE"] = ", ".join(dict.fromkeys(exclusions))
    return extra


def _excluded(element: HtmlElement, container: HtmlElement, exclusions: list[str]) -> bool:
    if not exclusions:
        return False
    matched = set(select(container, ", ".join(exclusions)))
    return any(a in matched for a in (element, *element.iterancestors()))


def _exclusion_for(
    pages: Sequence[Page],
    outer: HtmlElement,
    body_css: str,
    located: list[list[tuple[HtmlElement, Block]]],
) -> str | None:
    """The cheapest compound for ``outer`` that leaves every article block in place."""
    for css, cost in compounds(outer):
        if cost >= 9:
            continue
        ok = True
        for page, found in zip(pages, located, strict=True):
            container = page.doc.select_one(body_css)
            if container is None:
                continue
            hit = set(select(container, css))
            if any(a in hit for e, _ in found for a in (e, *e.iterancestors())):
                ok = False
                break
        if ok:
            return css
    return None


def images(pages: Sequence[Page]) -> Draft | None:
    """Figure, caption and credit selectors that read the generic captions and credits."""
    wanted = [_captioned(page.article.images) for page in pages]
    if not any(wanted):
        return None
    figures: list[HtmlElement] = []
    caption_pairs: list[tuple[HtmlElement, HtmlElement]] = []
    credit_pairs: list[tuple[HtmlElement, HtmlElement]] = []
    for page, found in zip(pages, wanted, strict=True):
        for index, image in enumerate(found):
            caption, credit = _caption_elements(page, image)
            if caption is None:
                continue
            figure = _figure_around(caption)
            if figure is None:
                continue
            if credit is None:
                # No credit inside the figure: one printed beside the caption counts.
                beside = _credit_beside(caption, figure)
                if beside is not None:
                    credit, figure = beside
                    found[index] = attrs.evolve(image, credit=parse_credit(text_of(credit)))
            figures.append(figure)
            caption_pairs.append((figure, caption))
            if credit is not None:
                credit_pairs.append((figure, credit))
    if not caption_pairs:
        return None
    caption_css = _inner_selector(caption_pairs)
    if not caption_css:
        return None
    credited = {id(figure) for figure, _ in credit_pairs}
    uncredited = [(f, c) for f, c in caption_pairs if id(f) not in credited]
    credit_css = _inner_selector(credit_pairs, avoid=uncredited) if credit_pairs else []
    options: list[dict[str, object]] = []
    fixed: dict[str, object] = {
        "IMAGE_CAPTION": caption_css[0],
        "IMAGE_CREDIT": credit_css[0] if credit_css else None,
    }

    def reads_all(css: str) -> bool:
        layout = trial(IMAGES=css, **fixed)
        return all(
            _image_score(page.value(layout, "images"), want) >= IMAGE_FLOOR
            for page, want in zip(pages, wanted, strict=True)
        )

    for css in choose(figures[:2], reads_all, most=60):
        options.append({"IMAGES": css, **fixed})
    if not options:
        return None
    return Draft(
        part="images",
        options=options,
        expected=[tuple(found) for found in wanted],
        generic=[tuple(found) for found in wanted],
        texts=[" | ".join(i.caption or "" for i in found) or None for found in wanted],
    )


def _captioned(found: Sequence[Image]) -> list[Image]:
    return [image for image in found if image.caption or image.credit]


def image_score(got: Sequence[Image], want: Sequence[Image]) -> float:
    """Agreement of two image lists: the lower of caption and credit best-match F1."""
    return _image_score(_captioned(got), _captioned(want))


def _image_score(got: Sequence[Image], want: Sequence[Image]) -> float:
    captions = best_match_f1([i.caption or "" for i in got], [i.caption or "" for i in want])
    credits = best_match_f1(
        [i.credit.raw for i in got if i.credit], [i.credit.raw for i in want if i.credit]
    )
    return min(captions, credits)


def _caption_elements(page: Page, image: Image) -> tuple[HtmlElement | None, HtmlElement | None]:
    """The element printing the caption (with the credit, if printed together) and the credit's."""
    credit = image.credit.raw if image.credit else None
    credit_elements = page.elements(credit)
    if not image.caption:
        return (credit_elements[-1] if credit_elements else None), None
    found = [e for e in page.elements(image.caption) if e.tag not in ("img", "a")]
    if not found and credit:
        # Printed together: the caption element ends with the credit (a space or not between).
        longest = len(image.caption) + len(credit) + 3
        found = [
            e
            for text, elements in page.by_text.items()
            if len(text) <= longest and text.startswith(image.caption) and text.endswith(credit)
            for e in elements
        ]
    framed = [(_climb(e), e) for e in found if _figure_around(e) is not None]
    if not framed:
        return None, None
    caption = min(framed, key=lambda pair: pair[0])[1]
    figure = _figure_around(caption)
    near = [e for e in credit_elements if figure is not None and within(e, figure)]
    return caption, (near[-1] if near else None)


def _credit_beside(
    caption: HtmlElement, figure: HtmlElement
) -> tuple[HtmlElement, HtmlElement] | None:
    """A credit printed after the caption near its figure, and the element holding both."""
    group = figure
    for _ in range(3):
        parent = group.getparent()
        if parent is None or parent.tag in ("body", "html", "article", "main"):
            return None
        pictures = [e for e in parent.iter("img", "picture") if e.getparent().tag != "picture"]
        if len(pictures) > 1:
            return None
        group = parent
        seen_caption = False
        for element in group.iter():
            if element is caption:
                seen_caption = True
            elif seen_caption and not within(element, caption) and not len(element):
                text = text_of(element)
                if text and len(text) < 150 and is_credit(text):
                    return element, group
    return None


def _figure_around(caption: HtmlElement) -> HtmlElement | None:
    """The nearest element around ``caption`` (seven levels at most) that is a ``figure``
    or holds one picture (more pictures: a gallery or a page section, not a figure)."""
    node: HtmlElement | None = caption
    for _ in range(8):
        if node is None or node.tag in ("body", "html"):
            return None
        if node.tag == "figure":
            return node
        pictures = [e for e in node.iter("img", "picture") if e.getparent().tag != "picture"]
        if len(pictures) == 1:
            return node
        if len(pictures) > 1:
            return None
        node = node.getparent()
    return None


def _climb(caption: HtmlElement) -> int:
    """How many levels above ``caption`` its figure is."""
    figure = _figure_around(caption)
    return next((n for n, a in enumerate(caption.iterancestors()) if a is figure), 0)


def _inner_selector(
    pairs: list[tuple[HtmlElement, HtmlElement]],
    avoid: Sequence[tuple[HtmlElement, HtmlElement]] = (),
) -> list[str]:
    """A selector that, inside (nearly) every figure, first matches the element paired with
    it, and inside the ``avoid`` figures does not first match the element paired there."""
    for figure, element in pairs[:3]:
        found = choose([element], _relative(pairs, avoid), stop=figure, want=1)
        if found:
            return found
    # Figures of several designs (a gallery beside the lead picture): one selector each.
    group: list[str] = []
    rest = list(pairs)
    while rest and len(group) < 3:
        figure, element = rest[0]
        found = choose([element], _relative(rest[:1], avoid), stop=figure, want=1)
        if not found:
            return []
        group.append(found[0])
        rest = [pair for pair in rest if not _relative([pair], ())(found[0])]
    joined = ", ".join(group)
    return [joined] if group and _relative(pairs, avoid)(joined) else []


def _relative(
    pairs: list[tuple[HtmlElement, HtmlElement]], avoid: Sequence[tuple[HtmlElement, HtmlElement]]
) -> Check:
    """A check that, inside nine in ten figures, the selector's first match prints that
    element's text (a video's caption may be made otherwise), and never another text."""

    def check(css: str) -> bool:
        for figure, element in avoid:
            matches = select(figure, css)
            if matches and text_of(matches[0]) == text_of(element):
                return False
        right = 0
        for figure, element in pairs:
            matches = select(figure, css)
            if matches and text_of(matches[0]) == text_of(element):
                right += 1
            elif matches and text_of(matches[0]):
                return False
        return right >= IMAGE_FLOOR * len(pairs)

    return check
