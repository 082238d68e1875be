"""Layout drift: change a page the way redesigns and CMS updates do, then check the parse.

*Benign* drifts must leave the parse unchanged: extra wrappers, attributes
added, removed or reordered, new CSS-module hashes, extra classes,
whitespace, character references, comments, boilerplate boxes between
paragraphs, scripts moved, lazy-loading images.

*Breaking* drifts remove or rename the element that holds a part, or move the
body into an unknown container. The parse may lose the part, but the report
must say so: a part that changed without a report entry is a silent error.
One loss is tolerated: on a page whose report already lists a missing or
fallback part, a collection may lose items (images inside a body container
that vanished); it may not gain or alter any.

Use the Hypothesis strategies in your own tests::

    @given(benign_drifts(page))
    def test_benign(drifted):
        assert benign_changes(parse(page, url), parse(drifted, url)) == []

Each drift is drawn as a list of ``(operation, seed)`` pairs, so Hypothesis
shrinks a failure to the fewest operations. :func:`apply_benign` and
:func:`apply_breaking` run the same operations without Hypothesis.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable, Sequence

import attrs
import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from newsparse.document import select
from newsparse.model import PARTS, Article
from newsparse.sites.base import Layout

try:
    from hypothesis import strategies as st
except ImportError as exc:  # hypothesis comes with the testing extra, not the core install
    raise ImportError(
        'newsparse.testing.drift needs hypothesis: pip install "newsparse[testing]"',
        name=exc.name,
    ) from exc

_PARSER = lxml.html.HTMLParser(encoding="utf-8", no_network=True, huge_tree=True)
_BLOCK = frozenset(
    ("div", "p", "section", "figure", "h1", "h2", "h3", "h4", "ul", "ol", "table",
     "blockquote", "header", "footer", "aside", "nav", "article")
)  # fmt: skip
_CONTAINER = frozenset({"div", "section", "article", "main", "body", "header", "footer"})
_INLINE = frozenset({"span", "a", "time", "strong", "em", "b", "i", "img"})
# A CSS-module hash: five characters after "__", at least one not a lower-case letter
# (BEM names such as "article__header" are words, not hashes).
_HASHED = re.compile(r"^(-?[A-Za-z_][\w-]*?__)((?=[a-z]*[A-Z0-9_-])[A-Za-z0-9_-]{5})$")
_PROTECTED_ATTRS = frozenset({"class", "itemprop", "itemtype", "itemscope", "role", "rel",
                              "property", "name", "content", "href", "src", "srcset", "datetime",
                              "type", "lang", "title", "alt", "charset", "http-equiv",
                              # lazy-loading attributes carry the image URL: content, not styling
                              "data-src", "data-srcset", "data-original", "data-lazy-src",
                              "data-img", "data-image"})  # fmt: skip
_RAW_BLOCK = re.compile(r"(<script\b.*?</script\s*>|<style\b.*?</style\s*>|<[^>]*>)", re.S | re.I)
_ENTITIES = {
    "ä": "&auml;", "ö": "&ouml;", "ü": "&uuml;", "Ä": "&Auml;", "Ö": "&Ouml;", "Ü": "&Uuml;",
    "ß": "&szlig;", "é": "&eacute;", "–": "&ndash;", "„": "&bdquo;",
}  # fmt: skip
_PIXEL = "data:image/gif;base64,R0lGODlhAQABAAAAACw="

#: Boilerplate boxes a CMS update may put between body paragraphs.
BOILERPLATE_BOXES: tuple[str, ...] = (
    '<div class="ad-slot" data-ad-position="in-article"><div id="ad-slot-7"></div></div>',
    '<aside class="newsletter-signup"><h3>Newsletter</h3><p>Ich möchte gerne Nachrichten '
    "und redaktionelle Artikel per E-Mail erhalten.</p>"
    "<button>Nicht mehr anzeigen</button></aside>",
    '<div class="related-box"><p>Lesen Sie auch: <a href="/a-1.html">Eine ganz andere '
    "Geschichte aus der Redaktion</a></p></div>",
    '<div class="embed-placeholder"><p>Empfohlener redaktioneller Inhalt</p><p>An dieser Stelle '
    "finden Sie einen externen Inhalt, der den Artikel ergänzt.</p></div>",
    '<div class="consent-layer" role="dialog"><p>Wir verwenden Cookies und ähnliche '
    "Technologien, um Inhalte zu personalisieren.</p></div>",
    '<aside class="more-on-topic"><h2>Mehr zum Thema</h2><ul><li><a href="/b-2.html">Noch ein '
    "Artikel zum Thema</a></li></ul></aside>",
)


@attrs.frozen(kw_only=True)
class BreakingDrift:
    """A page with one part's element removed or renamed."""

    html: bytes
    """The drifted page."""
    part: str
    """The part whose element was changed."""
    action: str
    """``removed`` or ``renamed``."""


# -- tree helpers -------------------------------------------------------------


def _parse(page: bytes | str) -> HtmlElement:
    data = page.encode("utf-8") if isinstance(page, str) else page
    return lxml.html.document_fromstring(data, parser=_PARSER)


def _serialise(root: HtmlElement) -> bytes:
    return lxml.html.tostring(root, encoding="utf-8", doctype="<!DOCTYPE html>")  # type: ignore[no-any-return]


def _body(root: HtmlElement) -> HtmlElement:
    body = root.find("body")
    return body if body is not None else root


def _elements(root: HtmlElement) -> list[HtmlElement]:
    return [e for e in _body(root).iter() if isinstance(e.tag, str)]


def _pick(rng: random.Random, items: Sequence[HtmlElement], most: int) -> list[HtmlElement]:
    if not items:
        return []
    return rng.sample(list(items), min(len(items), rng.randint(1, most)))


# -- benign operations --------------------------------------------------------


def _wrap(root: HtmlElement, rng: random.Random, keep: str) -> None:
    candidates = []
    for element in _elements(root):
        parent = element.getparent()
        if parent is None or element.tag in ("body", "html"):
            continue
        if (element.tag in _BLOCK and parent.tag in _CONTAINER) or (
            element.tag in _INLINE and parent.tag not in ("ul", "ol", "table", "tr")
        ):
            candidates.append(element)
    for element in _pick(rng, candidates, 6):
        parent = element.getparent()
        if parent is None:
            continue
        wrapper = wrap(element, "div" if element.tag in _BLOCK else "span")
        wrapper.set("class", f"drift-wrap-{rng.randint(0, 999)}")


def wrap(element: HtmlElement, tag: str = "div") -> HtmlElement:
    """Put ``element`` into a new ``tag`` element in its place; its tail stays outside.

    The redesign every site goes through sooner or later, and the drift tests'
    most common operation. Returns the wrapper.
    """
    wrapper = lxml.html.Element(tag)
    wrapper.tail, element.tail = element.tail, None
    element.addprevious(wrapper)
    wrapper.append(element)
    return wrapper


def without_class_names(page: bytes | str) -> bytes:
    """The page with every ``class`` and ``id`` attribute removed: a layout never seen.

    The generic parser takes class and id words as hints only; on such a page it
    has nothing but the markup's structure and text.
    """
    root = _parse(page)
    for element in root.iter(lxml.etree.Element):
        element.attrib.pop("class", None)
        element.attrib.pop("id", None)
    return _serialise(root)


def _add_attributes(root: HtmlElement, rng: random.Random, keep: str) -> None:
    for element in _pick(rng, _elements(root), 12):
        if element.get("id") is None:
            element.set("id", f"drift-{rng.randint(0, 99999)}")
        if element.get("style") is None:
            element.set("style", "margin:0")
        element.set(f"data-drift-{rng.randint(0, 9)}", str(rng.randint(0, 99)))


def _remove_attributes(root: HtmlElement, rng: random.Random, keep: str) -> None:
    for element in _pick(rng, _elements(root), 40):
        for name in list(element.attrib):
            if name in _PROTECTED_ATTRS or name in keep:
                continue
            if name in ("id", "style") or name.startswith("data-"):
                value = element.get(name) or ""
                if name == "id" and value and value in keep:
                    continue
                del element.attrib[name]


def _reorder_attributes(root: HtmlElement, rng: random.Random, keep: str) -> None:
    for element in _pick(rng, _elements(root), 40):
        items = list(element.attrib.items())
        if len(items) < 2:
            continue
        rng.shuffle(items)
        element.attrib.clear()
        for name, value in items:
            element.set(name, value)


def _rehash(root: HtmlElement, rng: random.Random, keep: str) -> None:
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    new_hash: dict[str, str] = {}
    for element in _elements(root):
        classes = (element.get("class") or "").split()
        changed = False
        for index, token in enumerate(classes):
            match = _HASHED.match(token)
            if match and not token.startswith("drift"):
                stem = match.group(1)
                if stem not in new_hash:
                    new_hash[stem] = "".join(rng.choice(alphabet) for _ in range(5))
                classes[index] = stem + new_hash[stem]
                changed = True
        if changed:
            element.set("class", " ".join(classes))


def _add_classes(root: HtmlElement, rng: random.Random, keep: str) -> None:
    for element in _pick(rng, _elements(root), 20):
        element.set(
            "class", f"{element.get('class') or ''} drift-extra-{rng.randint(0, 9)}".strip()
        )


def _whitespace(root: HtmlElement, rng: random.Random, keep: str) -> None:
    for element in _pick(rng, _elements(root), 30):
        parent = element.getparent()
        if parent is None or element.tag not in _BLOCK or parent.tag not in _CONTAINER:
            continue
        following = element.getnext()
        if following is not None and following.tag not in _BLOCK:
            continue
        indent = "\n" + " " * rng.randint(0, 12)
        tail = element.tail or ""
        if not tail.strip():
            element.tail = indent + tail


def _nbsp(root: HtmlElement, rng: random.Random, keep: str) -> None:
    for element in _pick(rng, _elements(root), 10):
        if element.tag in ("script", "style") or not element.text or "  " in element.text:
            continue
        if element.text.strip() and " " in element.text.strip():
            head, _, rest = element.text.partition(" ")
            if head:
                element.text = head + "\xa0" + rest


def _comments(root: HtmlElement, rng: random.Random, keep: str) -> None:
    blocks = [e for e in _elements(root) if e.tag in _BLOCK and e.getparent() is not None]
    for element in _pick(rng, blocks, 10):
        parent = element.getparent()
        if parent is None or parent.tag not in _CONTAINER:
            continue
        comment = lxml.etree.Comment(f" drift {rng.randint(0, 999)} ")
        comment.tail, element.tail = element.tail, None
        element.addnext(comment)


def _boilerplate(root: HtmlElement, rng: random.Random, keep: str) -> None:
    paragraphs = [
        p
        for p in _body(root).iter("p")
        if len(p.text_content()) > 80
        and p.getparent() is not None
        and p.getparent().tag in _CONTAINER
    ]
    for paragraph in _pick(rng, paragraphs, 3):
        box = lxml.html.fragment_fromstring(rng.choice(BOILERPLATE_BOXES))
        box.tail, paragraph.tail = paragraph.tail, None
        paragraph.addnext(box)


def _move_scripts(root: HtmlElement, rng: random.Random, keep: str) -> None:
    head = root.find("head")
    body = _body(root)
    moved = [e for e in root.iter("script", "style") if rng.random() < 0.5]
    for element in moved:
        parent = element.getparent()
        if parent is None:
            continue
        target = body if parent is head or head is None else head
        if element.tail and element.tail.strip():
            continue  # its tail is page text; leave it where it is
        parent.remove(element)
        target.append(element)


def _lazy_images(root: HtmlElement, rng: random.Random, keep: str) -> None:
    for img in _body(root).iter("img"):
        src = img.get("src")
        if img.get("data-src") is not None:
            continue  # already lazy: its data-src holds the real URL
        if src and not src.startswith("data:") and rng.random() < 0.7:
            img.set("data-src", src)
            img.set("src", _PIXEL)
            if img.get("srcset"):
                img.set("data-srcset", img.get("srcset", ""))
                del img.attrib["srcset"]


Operation = Callable[[HtmlElement, random.Random, str], None]

#: The benign operations by name.
BENIGN: dict[str, Operation] = {
    "wrap": _wrap,
    "add-attributes": _add_attributes,
    "remove-attributes": _remove_attributes,
    "reorder-attributes": _reorder_attributes,
    "rehash-classes": _rehash,
    "add-classes": _add_classes,
    "whitespace": _whitespace,
    "nbsp": _nbsp,
    "comments": _comments,
    "boilerplate": _boilerplate,
    "move-scripts": _move_scripts,
    "lazy-images": _lazy_images,
    "entities": lambda root, rng, keep: None,  # applied to the serialised page
}


def _entities(html: bytes, rng: random.Random) -> bytes:
    text = html.decode("utf-8")
    pieces = _RAW_BLOCK.split(text)
    for index in range(0, len(pieces), 2):  # even pieces are text between tags
        piece = pieces[index]
        for char, entity in _ENTITIES.items():
            if char in piece and rng.random() < 0.8:
                piece = piece.replace(char, entity)
        pieces[index] = piece
    return "".join(pieces).encode("utf-8")


def apply_benign(page: bytes | str, steps: Iterable[tuple[str, int]], keep: str = "") -> bytes:
    """The page after the named benign operations, each with its random seed.

    ``keep`` is text (the parser's selectors) naming ids and attributes that
    must not be removed, since removing them is a breaking change.
    """
    root = _parse(page)
    use_entities: list[int] = []
    for name, seed in steps:
        if name == "entities":
            use_entities.append(seed)
        else:
            BENIGN[name](root, random.Random(seed), keep)
    html = _serialise(root)
    for seed in use_entities:
        html = _entities(html, random.Random(seed))
    return html


def benign_drifts(page: bytes | str, keep: str = "") -> st.SearchStrategy[bytes]:
    """Drifted versions of ``page`` that a robust parser reads exactly as the original."""
    step = st.tuples(st.sampled_from(sorted(BENIGN)), st.integers(0, 2**32 - 1))
    return st.lists(step, min_size=1, max_size=5).map(lambda s: apply_benign(page, s, keep))


# -- breaking operations ------------------------------------------------------


def apply_breaking(
    page: bytes | str, selector: str, part: str, action: str, seed: int = 0
) -> BreakingDrift:
    """The page with every element matching ``selector`` removed or renamed."""
    root = _parse(page)
    rng = random.Random(seed)
    for element in reversed(select(root, selector)):
        if element is root or element.tag in ("html", "body"):
            continue
        if action == "removed":
            element.drop_tree()
        else:
            element.tag = "div" if element.tag in _BLOCK else "span"
            for name in list(element.attrib):
                del element.attrib[name]
            element.set("class", f"drift-unknown-{rng.randint(0, 999)}")
    return BreakingDrift(html=_serialise(root), part=part, action=action)


def breaking_drifts(
    page: bytes | str, selectors: dict[str, str]
) -> st.SearchStrategy[BreakingDrift]:
    """Pages with one part's element (``selectors``: part -> CSS selector) removed or renamed."""
    if not selectors:
        return st.nothing()
    return st.builds(
        lambda part, action, seed: apply_breaking(page, selectors[part], part, action, seed),
        st.sampled_from(sorted(selectors)),
        st.sampled_from(("removed", "renamed")),
        st.integers(0, 2**16),
    )


# -- invariants ---------------------------------------------------------------


def _value(article: Article, part: str) -> object:
    return getattr(article, part)


def _describe(part: str, old: object, new: object) -> str:
    """A short account of how a part changed: for tuples, the first differing item."""
    if isinstance(old, tuple) and isinstance(new, tuple):
        for index, (a, b) in enumerate(zip(old, new, strict=False)):
            if a != b:
                return f"{part}[{index}]: {a!r} -> {b!r}"
        longer, label = (new, "added") if len(new) > len(old) else (old, "lost")
        return f"{part}: {label} {longer[min(len(old), len(new))]!r} ({len(old)} -> {len(new)})"
    return f"{part}: {old!r} -> {new!r}"


def benign_changes(before: Article, after: Article) -> list[str]:
    """What differs between two parses that should be identical (empty when none)."""
    changes = [
        _describe(part, _value(before, part), _value(after, part))
        for part in (*PARTS, "paywalled", "language")
        if _value(before, part) != _value(after, part)
    ]
    for field in ("parser", "layout", "missing", "fallback", "absent"):
        old, new = getattr(before.report, field), getattr(after.report, field)
        if old != new:
            changes.append(f"report.{field}: {old!r} -> {new!r}")
    return changes


def unreported_changes(before: Article, after: Article) -> list[str]:
    """Parts that changed without the report saying so: silent wrong results."""
    report = after.report
    if report.parser != before.report.parser:
        gave_up = any("gave up" in warning for warning in report.warnings)
        return [] if gave_up else [f"parser changed to {report.parser} without a warning"]
    named = set(report.missing) | set(report.fallback) | set(report.absent)
    flagged = bool(report.missing or report.fallback)
    changes = []
    for part in PARTS:
        old, new = _value(before, part), _value(after, part)
        if old == new or part in named:
            continue
        if flagged and _is_loss(old, new):
            continue  # collateral loss on a page the report already marks as drifted
        changes.append(_describe(part, old, new))
    return changes


def _is_loss(old: object, new: object) -> bool:
    """True when ``new`` keeps some of ``old``'s items, in order, and adds none."""
    if not isinstance(old, tuple) or not isinstance(new, tuple):
        return False
    items = iter(old)
    return all(any(item == candidate for candidate in items) for item in new)


def layout_selectors(layout: type[Layout]) -> dict[str, str]:
    """Part -> selector for every part a site layout reads by a selector constant."""
    return {str(part): selector for part, selector in layout.selectors().items()}


def layout_keep(layout: type[Layout]) -> str:
    """All selector text of a layout: ids and attributes named there are not removed as benign."""
    names = [name for name in dir(layout) if name.isupper()]
    return " ".join(v for v in (getattr(layout, n) for n in names) if isinstance(v, str))
