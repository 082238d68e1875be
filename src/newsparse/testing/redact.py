"""Redaction: swap a page's prose for stand-in text of the same shape, keeping what parsers need.

Every word is replaced by a stand-in chosen from the word itself with a keyed
hash: same length, same capitals, digits and punctuation kept. Because the
stand-in depends only on the word, a word maps the same way wherever it
appears: in a paragraph, in an ``alt`` text, in JSON-LD, in the parsed
article. So redacting a page and then parsing it gives the same article as
parsing the page and redacting the article:
``parse(redact_page(page)) == redact_article(parse(page))``.

Kept as printed: the markup, class names and ids, JSON-LD structure, numbers
and dates, month and weekday names, the keywords of credits, source lines and
bylines (``Foto``, ``Quelle``, ``Von`` ...), agency names, common section names,
domain names (``ntv.de``), and the boilerplate phrases parsers look for
(``Lesen Sie auch`` ...). Names in bylines become fake names like any other
word. In URLs, slugs (path segments of three words or more) are redacted and
the rest is kept. Scripts other than JSON-LD, styles and SVG are dropped;
with ``keep_scripts`` (for site parsers that read a data layer) inline
scripts stay, the text of their string literals redacted. The words and
phrases parsers look for are harvested from the code of
:mod:`newsparse.conventions`, :mod:`newsparse.blocks`, the generic parser and
every site module (:func:`parser_vocabulary`).

The default key is public, so anyone could match common stand-ins back to
words with a dictionary; pass your own secret ``key`` (and keep it) when that
matters. Same key, same output.

>>> r = Redactor()
>>> text = "Lawrow traf Kim in Wonsan. (Foto: dpa)"
>>> out = r.text(text)
>>> len(out) == len(text), out.endswith(". (Foto: dpa)"), "Lawrow" in out
(True, True, False)
>>> r.text("Lawrow") == out.split()[0]
True
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Collection, Iterable
from functools import lru_cache
from typing import Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

import attrs
import lxml.html

from newsparse import blocks, conventions
from newsparse.decode import decode
from newsparse.model import Article, Credit, Image, Paragraph, SourceLine, Subheading

DEFAULT_KEY = b"newsparse-redact-v1"


def _invisible() -> dict[int, None]:
    """The characters :func:`~newsparse.conventions.normalize` deletes (soft hyphens ...)."""
    candidates = (chr(i) for i in range(0x10000) if unicodedata.category(chr(i)) == "Cf")
    return dict.fromkeys(
        (ord(c) for c in candidates if conventions.normalize(f"a{c}b") == "ab"), None
    )


_INVISIBLE = _invisible()

#: Words kept as printed (compared in lower case), beyond agency names and phrases.
KEEP_WORDS: frozenset[str] = frozenset(
    [
        "foto",
        "fotos",
        "photo",
        "photos",
        "fotograf",
        "fotografin",
        "bild",
        "bilder",
        "symbolbild",
        "symbolfoto",
        "archivbild",
        "archivfoto",
        "titelbild",
        "grafik",
        "grafiken",
        "infografik",
        "karte",
        "video",
        "videos",
        "illustration",
        "illu",
        "screenshot",
        "quelle",
        "quellen",
        "source",
        "copyright",
        "credit",
        "credits",
        "c",
        "mit",
        "material",
        "von",
        "der",
        "des",
        "nachrichtenagentur",
        "nachrichtenagenturen",
        "agentur",
        "agenturen",
        "via",
        "und",
        "sowie",
        "by",
        "ein",
        "eine",
        "kommentar",
        "analyse",
        "gastbeitrag",
        "kolumne",
        "interview",
        "reportage",
        "bericht",
        "essay",
        "glosse",
        "einordnung",
        "rezension",
        "kritik",
        "autor",
        "autorin",
        "autoren",
        "autorinnen",
        "text",
        "redaktion",
        "recherche",
        "januar",
        "jan",
        "jänner",
        "jän",
        "februar",
        "feb",
        "febr",
        "märz",
        "mär",
        "maerz",
        "mrz",
        "april",
        "apr",
        "mai",
        "juni",
        "jun",
        "juli",
        "jul",
        "august",
        "aug",
        "september",
        "sep",
        "sept",
        "oktober",
        "okt",
        "november",
        "nov",
        "dezember",
        "dez",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonnabend",
        "sonntag",
        "mo",
        "di",
        "mi",
        "do",
        "fr",
        "sa",
        "so",
        "uhr",
        "h",
        "um",
        "am",
        "vor",
        "heute",
        "gestern",
        "sekunde",
        "sekunden",
        "minute",
        "minuten",
        "stunde",
        "stunden",
        "tag",
        "tage",
        "tagen",
        "woche",
        "wochen",
        "stand",
        "aktualisiert",
        "veröffentlicht",
        "zuletzt",
        "update",
        "min",
        "lesezeit",
        "lesedauer",
        "true",
        "false",
        "politik",
        "wirtschaft",
        "sport",
        "kultur",
        "panorama",
        "wissen",
        "wissenschaft",
        "gesellschaft",
        "ausland",
        "inland",
        "meinung",
        "leben",
        "technik",
        "digital",
        "regional",
        "lokal",
        "deutschland",
        "welt",
        "international",
        "finanzen",
        "reise",
        "auto",
        "gesundheit",
        "unterhaltung",
        "medien",
        "netzwelt",
    ]
)

_DOMAIN = re.compile(
    r"(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:de|at|ch|com|lu|net|org|eu|info|online|tv|fm|news|io)"
    r"(?![\w-])",
    re.I,
)
_URL_IN_TEXT = re.compile(r"\bhttps?://[^\s\"'<>]+")
_TOKEN = re.compile(r"\w+")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,31});")
_HAS_DIGIT = re.compile(r"\d")
_CAMEL_PIECE = re.compile(r"[^\W\d_](?:[^\W\d_A-ZÄÖÜ]|(?<=[^\W\d_a-zäöüß])[^\W\d_])*")
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_CONSONANTS = "bcdfghklmnprstvwz"
_VOWELS = "aeiou"
_UMLAUTS = "äöü"
_ACCENTED = "éèáàíóúñç"
_EXTENSIONS = frozenset(
    [
        "html",
        "htm",
        "php",
        "asp",
        "aspx",
        "jsp",
        "shtml",
        "jpg",
        "jpeg",
        "png",
        "gif",
        "webp",
        "avif",
        "svg",
        "mp3",
        "mp4",
        "pdf",
        "json",
        "xml",
    ]
)
#: Attributes whose values are text for readers.
TEXT_ATTRIBUTES = frozenset(
    {
        "alt",
        "title",
        "aria-label",
        "aria-description",
        "placeholder",
        "summary",
        "label",
        "data-caption",
        "data-title",
        "data-description",
        "data-alt",
        "data-credit",
        "data-copyright",
        "data-headline",
        "data-text",
        "data-kicker",
        "data-teaser",
        "data-author",
        "data-share-text",
    }
)
#: Attributes whose values are URLs or lists of URLs.
URL_ATTRIBUTES = frozenset(
    {
        "href",
        "src",
        "srcset",
        "data-src",
        "data-srcset",
        "data-original",
        "data-lazy-src",
        "data-url",
        "data-href",
        "poster",
        "action",
        "cite",
        "data-image",
    }
)
#: Meta tags whose ``content`` is kept as printed.
_META_KEEP = re.compile(
    r"viewport|robots|referrer|charset|theme-color|format-detection|verification|"
    r"^fb:|app-id|^twitter:site|^twitter:card|^og:type|^og:locale|locale|language|^msapplication"
    r"|googlebot|^date$|date|time|^article:hash",
    re.I,
)
#: Attributes that name or type things: never redacted.
_STRUCTURAL = frozenset(
    [
        "name",
        "property",
        "itemprop",
        "http-equiv",
        "rel",
        "role",
        "for",
        "itemtype",
        "itemscope",
        "itemid",
        "type",
        "charset",
        "content-type",
        "method",
        "target",
        "loading",
        "decoding",
        "media",
        "sizes",
        "crossorigin",
        "integrity",
        "dir",
        "width",
        "height",
        "slot",
        "is",
    ]
)
_TEXTISH_NAME = re.compile(
    r"caption|credit|copyright|title|alt|label|text|desc|headline|author|byline|kicker|teaser|name"
)
_DROP_TAGS = ("style", "svg", "math", "link")


def _stand_in_word(word: str, key: bytes, deny: frozenset[str]) -> str:
    """A stand-in for a letters-only word: same length and capitals, from a keyed hash."""
    lower = word.lower()
    if len(lower) != len(word):
        lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in word)
    salt = 0
    while True:
        digest = hashlib.blake2b(
            lower.encode("utf-8"), key=key[:64], digest_size=32, salt=salt.to_bytes(16, "little")
        ).digest()
        out: list[str] = []
        vowel_next = digest[0] % 2 == 1
        for index, char in enumerate(word):
            byte = digest[(index + 1) % len(digest)] ^ (index * 7 & 0xFF)
            if not char.isalpha():
                out.append(char)
                continue
            base = lower[index]
            if base in _UMLAUTS or base == "ß":
                pick = "ß" if base == "ß" else _UMLAUTS[byte % len(_UMLAUTS)]
            elif not ("a" <= base <= "z"):
                pick = _ACCENTED[byte % len(_ACCENTED)]
            elif vowel_next:
                pick = _VOWELS[byte % len(_VOWELS)]
            else:
                pick = _CONSONANTS[byte % len(_CONSONANTS)]
            vowel_next = not vowel_next if byte % 5 else vowel_next
            out.append(pick.upper() if char.isupper() and pick != "ß" else pick)
        candidate = "".join(out)
        if candidate.lower() not in deny and candidate.lower() != lower:
            return candidate
        salt += 1


_SELECTOR_VALUE = re.compile(
    r"""\[[\w:-]+\s*[~|^$*]?=\s*(?:'([^']*)'|"([^"]*)"|([^\]\s]+))"""
    r"""|:contains\(\s*(?:'([^']*)'|"([^"]*)")\s*\)"""
)
_SELECTOR_LIKE = re.compile(r"[#\[\]>~]|[\w\]]\.[A-Za-z_-]|^\.|__")
_REGEX_NOISE = re.compile(r"\\[A-Za-z]|\[[^\]]*\]|\(\?[A-Za-z-]+[:)]|\{[^}]*\}|\(\?P<\w+>")
_OPTIONAL_LETTER = re.compile(r"([^\W\d_]{2,})\?")


def _strings(value: Any, depth: int = 0) -> Iterable[str | re.Pattern[str]]:
    """String literals and patterns in a module-level value, a class or a function."""
    if depth > 4:
        return
    if isinstance(value, (str, re.Pattern)):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(k, depth + 1)
            yield from _strings(v, depth + 1)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _strings(item, depth + 1)
    elif isinstance(value, type):
        for name, member in vars(value).items():
            if not name.startswith("__"):
                yield from _strings(member, depth + 1)
    elif isinstance(value, (staticmethod, classmethod)):
        yield from _strings(value.__func__, depth + 1)
    elif isinstance(value, property):
        yield from _strings(value.fget, depth + 1)
    elif hasattr(value, "__code__"):
        yield from _code_strings(value.__code__, getattr(value, "__doc__", None))


def _code_strings(code: Any, doc: str | None) -> Iterable[str]:
    for const in code.co_consts:
        if isinstance(const, str) and const != doc:
            yield const
        elif hasattr(const, "co_consts"):
            yield from _code_strings(const, None)


def vocabulary(modules: Iterable[Any]) -> tuple[frozenset[str], frozenset[str]]:
    """Words and phrases the parsers in ``modules`` look for, harvested from their code.

    Single words, multi-word phrases, the literal words of regular expressions
    and the attribute values in CSS selectors (``[aria-label='Themen']``), from
    module constants, class constants and the literals in functions. Docstrings
    and long prose are left out.
    """
    words: set[str] = set()
    phrases: set[str] = set()
    for module in modules:
        for name, value in vars(module).items():
            if name.startswith("__") or (
                (isinstance(value, type) or (callable(value) and hasattr(value, "__code__")))
                and getattr(value, "__module__", None) != module.__name__
            ):
                continue  # imported from elsewhere
            for item in _strings(value):
                if isinstance(item, re.Pattern) or "|" in item or "\\" in item:
                    source = item.pattern if isinstance(item, re.Pattern) else item
                    source = source if isinstance(source, str) else ""
                    for match in _OPTIONAL_LETTER.finditer(source):
                        words.add(match.group(1)[:-1].lower())
                    cleaned = _REGEX_NOISE.sub(" ", source)
                    words.update(w.lower() for w in _LETTER_RUN.findall(cleaned) if len(w) > 1)
                    continue
                for match in _SELECTOR_VALUE.finditer(item):
                    value_text = next(g for g in match.groups() if g is not None)
                    if _LETTER_RUN.search(value_text):
                        phrases.add(value_text)
                found = _LETTER_RUN.findall(item)
                if len(found) == 1 or _SELECTOR_LIKE.search(item) or not re.search(r"\s", item):
                    words.update(w.lower() for w in found)
                elif found:
                    phrases.add(" ".join(_TOKEN.findall(item)))
    return frozenset(w for w in words if len(w) > 1), frozenset(phrases)


#: Conventions modules whose strings are no parser's words: the list loader, and the
#: phrase lists, which are harvested where they are used (blocks, generic.boilerplate).
_NOT_HARVESTED = frozenset({"newsparse.conventions.lists", "newsparse.conventions.phrases"})


@lru_cache(maxsize=1)
def parser_vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """:func:`vocabulary` of conventions, block reader, generic parser and every site parser."""
    import importlib
    import pkgutil
    import sys

    from newsparse import generic, registry

    package = importlib.import_module("newsparse.sites")
    names = {m.name for m in pkgutil.iter_modules(package.__path__, "newsparse.sites.")}
    names |= {entry.module for entry in registry.entries().values()}
    modules: dict[str, Any] = {blocks.__name__: blocks}
    for info in pkgutil.iter_modules(conventions.__path__, "newsparse.conventions."):
        if info.name not in _NOT_HARVESTED:
            modules[info.name] = importlib.import_module(info.name)
    for info in pkgutil.iter_modules(generic.__path__, "newsparse.generic."):
        modules[info.name] = importlib.import_module(info.name)  # a package since the split
    for name in sorted(names):
        try:
            module = importlib.import_module(name)
        except Exception:  # a site module that does not import is not our concern here
            continue
        modules[name] = module
        site = getattr(module, "SITE", None)
        for layout in getattr(site, "layouts", ()):
            for cls in layout.__mro__:
                owner = sys.modules.get(cls.__module__)
                if owner is not None and cls.__module__.startswith(("newsparse.", name)):
                    modules.setdefault(cls.__module__, owner)
    return vocabulary(modules.values())


def _phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str] | None:
    parts = sorted({p.strip().lower() for p in phrases if p.strip()}, key=len, reverse=True)
    if not parts:
        return None
    alternatives = [r"\W+".join(re.escape(w) for w in _TOKEN.findall(p)) for p in parts]
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.I)


@attrs.define
class Redactor:
    """Redacts text, URLs, pages and articles with one key, consistently.

    ``keep_words`` and ``keep_phrases`` add to what is kept as printed, for
    site parsers that look for words of their own.
    """

    key: bytes = DEFAULT_KEY
    """The hash key; the same key gives the same stand-ins."""
    keep_words: frozenset[str] = frozenset()
    """More words to keep (any case)."""
    keep_phrases: tuple[str, ...] = ()
    """More phrases to keep wherever they appear (any case, any whitespace)."""
    _keep: frozenset[str] = attrs.field(init=False)
    _deny: frozenset[str] = attrs.field(init=False)
    _phrases: re.Pattern[str] | None = attrs.field(init=False)
    _cache: dict[str, str] = attrs.field(init=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        agency_words: set[str] = set()
        agency_phrases: set[str] = set()
        for name, aliases in conventions.AGENCIES.items():
            for alias in (name, *aliases):
                words = _LETTER_RUN.findall(alias.lower())
                agency_words.update(words)
                if len(words) > 1:
                    agency_phrases.add(alias)
        harvested_words, harvested_phrases = parser_vocabulary()
        self._keep = frozenset(
            KEEP_WORDS | agency_words | harvested_words | {w.lower() for w in self.keep_words}
        )
        phrases = [
            *conventions.BOILERPLATE_PHRASES,
            *agency_phrases,
            *harvested_phrases,
            *self.keep_phrases,
        ]
        phrase_words = {w for p in phrases for w in _LETTER_RUN.findall(p.lower())}
        self._deny = frozenset(self._keep | phrase_words)
        self._phrases = _phrase_pattern(phrases)

    # -- text ---------------------------------------------------------------

    def word(self, word: str) -> str:
        """The stand-in for one ``\\w+`` token.

        Digits are kept, and so are letters next to digits when at most two
        (``12T05``, ``16x9``). Letters are mapped in pieces split where a
        capital follows a small letter (``WissenschaftKlima``), so words that
        touch across elements map as they do apart.
        """
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        if word.lower() in self._keep:
            result = word
        elif _HAS_DIGIT.search(word):
            result = _LETTER_RUN.sub(self._letters_by_digits, word)
        else:
            result = _CAMEL_PIECE.sub(self._letters, word)
        self._cache[word] = result
        return result

    def _letters_by_digits(self, match: re.Match[str]) -> str:
        run = match.group(0)
        if len(run) <= 2:
            return run
        return _CAMEL_PIECE.sub(self._letters, run)

    def _letters(self, match: re.Match[str]) -> str:
        run = match.group(0)
        if len(run) == 1 or run.lower() in self._keep:
            return run
        return _stand_in_word(run, self.key, self._deny)

    def text(self, text: str) -> str:
        """``text`` with every unprotected word swapped; spacing and punctuation kept."""
        if not text:
            return text
        text = text.translate(_INVISIBLE)
        out: list[str] = []
        position = 0
        for start, end, kind in self._protected_spans(text):
            out.append(self._words(text[position:start]))
            piece = text[start:end]
            out.append(self.url(piece) if kind == "url" else piece)
            position = end
        out.append(self._words(text[position:]))
        return "".join(out)

    def _words(self, text: str) -> str:
        return _TOKEN.sub(lambda m: self.word(m.group(0)), text) if text else text

    def _protected_spans(self, text: str) -> list[tuple[int, int, str]]:
        spans: list[tuple[int, int, str]] = []
        for pattern, kind in (
            (_URL_IN_TEXT, "url"),
            (_ENTITY, "keep"),
            (_DOMAIN, "keep"),
            (self._phrases, "keep"),
        ):
            if pattern is None:
                continue
            for match in pattern.finditer(text):
                start, end = match.span()
                if start < end and not any(s < end and start < e for s, e, _ in spans):
                    spans.append((start, end, kind))
        return sorted(spans)

    # -- URLs ---------------------------------------------------------------

    def url(self, url: str) -> str:
        """``url`` with its slugs redacted: path segments (and query values) of 3+ words.

        ``data:`` URLs lose their payload (parsers skip them; they may hold text).
        """
        if url.startswith("data:"):
            return url.partition(",")[0] + ","  # the media type, without the payload
        if not url or url.startswith(("javascript:", "#", "tel:")):
            return url
        if url.startswith("mailto:"):
            address, question, query = url.partition("?")
            items = "&".join(self._query_item(item) for item in query.split("&"))
            return address + question + items
        try:
            parts = urlsplit(url)
        except ValueError:
            return url
        path = "/".join(self._segment(segment) for segment in parts.path.split("/"))
        query = "&".join(self._query_item(item) for item in parts.query.split("&"))
        fragment = self._segment(parts.fragment)
        try:
            return urlunsplit((parts.scheme, parts.netloc, path, query, fragment))
        except ValueError:
            return url

    def _segment(self, segment: str) -> str:
        if not segment:
            return segment
        plain = unquote(segment)
        words = _LETTER_RUN.findall(plain)
        if len(words) < 3:
            return segment
        stem, dot, extension = plain.rpartition(".")
        if dot and extension.lower() in _EXTENSIONS:
            redacted = self._words(stem) + "." + extension
        else:
            redacted = self._words(plain)
        if redacted == plain:
            return segment
        return quote(redacted, safe="/:@!$&'()*+,;=-._~")

    def _query_item(self, item: str) -> str:
        name, equals, value = item.partition("=")
        if not equals:
            return item
        plain = unquote(value.replace("+", " "))
        if _URL_IN_TEXT.match(plain):
            redacted = self.url(plain)
        elif len(_LETTER_RUN.findall(plain)) >= 3:
            redacted = self.text(plain)
        else:
            return item
        return f"{name}={quote(redacted, safe='/:@!$()*,;-._~')}"

    def srcset(self, value: str) -> str:
        """Each URL of a ``srcset`` redacted like :meth:`url`, descriptors kept."""
        return re.sub(r"[^\s,]+(?:,[^\s,]+)*", lambda m: self.url(m.group(0)), value)

    # -- JSON-LD ------------------------------------------------------------

    def jsonld(self, data: Any, key: str | None = None) -> Any:
        """JSON-LD data with string values redacted; keys, ``@type`` and ``@context`` kept."""
        if isinstance(data, dict):
            return {k: self.jsonld(v, k) for k, v in data.items()}
        if isinstance(data, list):
            return [self.jsonld(item, key) for item in data]
        if isinstance(data, str):
            if key in ("@type", "@context", "inLanguage", "encodingFormat", "contentType"):
                return data
            if key in ("@id", "url", "contentUrl", "thumbnailUrl", "embedUrl", "sameAs") or (
                _URL_IN_TEXT.fullmatch(data.strip()) is not None
            ):
                return self.url(data)
            return self.text(data)
        return data

    # -- pages --------------------------------------------------------------

    def page(self, page: str | bytes, *, keep_scripts: bool | Collection[int] = False) -> bytes:
        """The page redacted, as UTF-8 HTML bytes.

        Scripts other than JSON-LD are dropped. ``keep_scripts`` keeps inline
        scripts, their string literals redacted, for site parsers that read a
        data layer: ``True`` keeps all of them, a collection of positions the
        ones at those positions (see :func:`scripts_read`).
        """
        decoded = decode(page)
        root = lxml.html.document_fromstring(decoded.data, parser=_parser())
        self._drop(root, keep_scripts)
        for element in root.iter():
            if not isinstance(element.tag, str):
                continue
            if element.tag == "script":
                self._script(element)
            else:
                self._attributes(element)
        for run in _text_runs(root):
            self._redact_run(run)
        _declare_utf8(root)
        body: str = lxml.html.tostring(root, encoding="unicode", method="html")
        return ("<!DOCTYPE html>\n" + body + "\n").encode("utf-8")

    def _redact_run(self, run: list[tuple[lxml.html.HtmlElement, str]]) -> None:
        """Redact text slots that touch without a space as one text, so split words map whole."""
        pieces = [(getattr(e, slot) or "").translate(_INVISIBLE) for e, slot in run]
        if len(run) > 1:
            joined = "".join(pieces)
            redacted = self.text(joined)
            if len(redacted) == len(joined):
                offset = 0
                for (element, slot), piece in zip(run, pieces, strict=True):
                    setattr(element, slot, redacted[offset : offset + len(piece)])
                    offset += len(piece)
                return
        for (element, slot), piece in zip(run, pieces, strict=True):
            setattr(element, slot, self.text(piece))

    def _drop(self, root: lxml.html.HtmlElement, keep_scripts: bool | Collection[int]) -> None:
        kept = _kept_scripts(root, keep_scripts)
        doomed = [
            e
            for e in root.iter()
            if isinstance(e.tag, str)
            and (
                (e.tag in _DROP_TAGS and not (e.tag == "link" and _keep_link(e)))
                or (e.tag == "script" and not _is_jsonld(e) and e not in kept)
                or e.tag.endswith("}svg")
            )
        ]
        for element in doomed:
            element.drop_tree()

    def _script(self, element: lxml.html.HtmlElement) -> None:
        if not _is_jsonld(element):
            element.text = self.script(element.text or "")
            return
        raw = (element.text or "").strip().rstrip(";")
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            element.drop_tree()
            return
        text = json.dumps(self.jsonld(data), ensure_ascii=False)
        element.text = text.replace("</", "<\\/")

    def script(self, source: str) -> str:
        """A script with the text of its string literals redacted, escapes kept."""
        return _JS_STRING.sub(self._js_string, source)

    def _js_string(self, match: re.Match[str]) -> str:
        literal = match.group(0)
        content = _JS_UNICODE.sub(_unescape_letter, literal[1:-1])
        pieces = _JS_ESCAPE.split(content)
        for index in range(0, len(pieces), 2):
            pieces[index] = self.text(pieces[index])
        return literal[0] + "".join(pieces) + literal[-1]

    def _attributes(self, element: lxml.html.HtmlElement) -> None:
        tag = element.tag
        for name, value in list(element.attrib.items()):
            lower = name.lower()
            if not value or lower in ("class", "id", "style", "type", "rel", "lang"):
                continue
            if lower.startswith("on"):
                del element.attrib[name]
            elif lower in ("srcset", "data-srcset"):
                element.set(name, self.srcset(value))
            elif lower in URL_ATTRIBUTES:
                element.set(name, self.url(value))
            elif lower in TEXT_ATTRIBUTES:
                element.set(name, self.text(value))
            elif tag == "meta" and lower == "content":
                element.set(name, self._meta_content(element, value))
            elif lower == "value" and tag in ("input", "button", "option"):
                element.set(name, self.text(value))
            elif lower in _STRUCTURAL:
                continue
            elif _TEXTISH_NAME.search(lower) or (
                len(value.split()) >= 2 and len(_LETTER_RUN.findall(value)) >= 2
            ):
                element.set(name, self.text(value))  # text in an attribute of its own

    def _meta_content(self, element: lxml.html.HtmlElement, value: str) -> str:
        key = element.get("property") or element.get("name") or element.get("itemprop") or ""
        if element.get("http-equiv") or ((key and _META_KEEP.search(key)) and "title" not in key):
            return value
        if _URL_IN_TEXT.fullmatch(value.strip()) or value.startswith("/"):
            return self.url(value)
        return self.text(value)

    # -- articles -----------------------------------------------------------

    def article(self, article: Article) -> Article:
        """The article redacted the way its page would be."""
        text = self._optional
        return attrs.evolve(
            article,
            url=self.url(article.url) if article.url else None,
            section=text(article.section),
            kicker=text(article.kicker),
            headline=text(article.headline),
            teaser=text(article.teaser),
            body=tuple(
                Subheading(text=self.text(b.text))
                if isinstance(b, Subheading)
                else Paragraph(text=self.text(b.text))
                for b in article.body
            ),
            images=tuple(self._image(i) for i in article.images),
            source=self._source(article.source),
            authors=tuple(self.text(a) for a in article.authors),
            topics=tuple(self.text(t) for t in article.topics),
        )

    def _optional(self, value: str | None) -> str | None:
        return self.text(value) if value is not None else None

    def _image(self, image: Image) -> Image:
        credit = image.credit
        if credit is not None:
            credit = Credit(
                raw=self.text(credit.raw),
                kind=credit.kind,
                holders=tuple(self.text(h) for h in credit.holders),
            )
        return attrs.evolve(
            image,
            url=self.url(image.url) if image.url else None,
            caption=self._optional(image.caption),
            credit=credit,
        )

    def _source(self, source: SourceLine | None) -> SourceLine | None:
        if source is None:
            return None
        return SourceLine(
            raw=self.text(source.raw),
            outlet=self._optional(source.outlet),
            editors=tuple(self.text(e) for e in source.editors),
            agencies=tuple(self.text(a) for a in source.agencies),
        )


#: Inline elements: a word may continue across their start and end tags (``<b>Bun</b>d``).
INLINE_TAGS = frozenset(
    [
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "cite",
        "code",
        "data",
        "dfn",
        "em",
        "font",
        "i",
        "kbd",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "time",
        "u",
        "var",
    ]
)


def _text_runs(root: lxml.html.HtmlElement) -> list[list[tuple[lxml.html.HtmlElement, str]]]:
    """Text slots (element, ``text``/``tail``) in page order, grouped across inline tags.

    Slots separated only by an inline element's start or end tag are redacted
    as one text, so a word split by markup (a drop cap ``<span>D</span>ie``,
    a word half in bold) maps whole and a kept phrase may span a link.
    """
    runs: list[list[tuple[lxml.html.HtmlElement, str]]] = []
    previous: tuple[lxml.html.HtmlElement, str] | None = None

    def add(element: lxml.html.HtmlElement, slot: str, joinable: bool) -> None:
        nonlocal previous
        value = getattr(element, slot)
        if not value:
            previous = None
            return
        if joinable and previous is not None and runs and runs[-1][-1] == previous:
            runs[-1].append((element, slot))
        else:
            runs.append([(element, slot)])
        previous = (element, slot)

    def walk(element: lxml.html.HtmlElement) -> None:
        nonlocal previous
        inline = element.tag in INLINE_TAGS
        if element.tag not in ("script", "style"):
            add(element, "text", inline)
            for child in element:
                if isinstance(child.tag, str):
                    walk(child)
                elif child.tail:
                    add(child, "tail", False)
        if element.getparent() is not None:
            if element.tag not in ("script", "style"):
                # Only an inline element without children glues its text to its tail.
                add(element, "tail", inline and not len(element))
            else:
                previous = None
                add(element, "tail", False)

    walk(root)
    return runs


_JS_STRING = re.compile(r""""(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`""")
_JS_UNICODE = re.compile(r"\\u([0-9a-fA-F]{4})")
_JS_ESCAPE = re.compile(r"(\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.))")


def _unescape_letter(match: re.Match[str]) -> str:
    char = chr(int(match.group(1), 16))
    return char if char.isalpha() else match.group(0)


def _inline(element: lxml.html.HtmlElement) -> bool:
    return not element.get("src") and bool((element.text or "").strip())


_CHARSET = re.compile(r"charset\s*=\s*[\w.:-]+", re.I)


def _declare_utf8(root: lxml.html.HtmlElement) -> None:
    """Say the page is UTF-8, as the redacted page is, whatever the original said."""
    for meta in root.iter("meta"):
        if meta.get("charset") is not None:
            meta.set("charset", "utf-8")
        content = meta.get("content")
        if (meta.get("http-equiv") or "").lower() == "content-type" and content:
            meta.set("content", _CHARSET.sub("charset=utf-8", content))


def _is_jsonld(element: lxml.html.HtmlElement) -> bool:
    return (element.get("type") or "").strip().lower() == "application/ld+json"


def _keep_link(element: lxml.html.HtmlElement) -> bool:
    rel = (element.get("rel") or "").lower()
    return "stylesheet" not in rel and "preload" not in rel and "modulepreload" not in rel


def _kept_scripts(
    root: lxml.html.HtmlElement, keep: bool | Collection[int]
) -> set[lxml.html.HtmlElement]:
    """The inline scripts (not JSON-LD) that ``keep`` names, by position in page order."""
    if keep is False:
        return set()
    inline = [e for e in root.iter("script") if not _is_jsonld(e) and _inline(e)]
    if keep is True:
        return set(inline)
    return {e for index, e in enumerate(inline) if index in keep}


def without_scripts(page: str | bytes, keep: Collection[int] = ()) -> bytes:
    """The page without scripts but JSON-LD (and the inline scripts at positions ``keep``)."""
    root = lxml.html.document_fromstring(decode(page).data, parser=_parser())
    kept = _kept_scripts(root, keep)
    for element in [e for e in root.iter() if e.tag == "script"]:
        if (
            isinstance(element, lxml.html.HtmlElement)
            and not _is_jsonld(element)
            and element not in kept
        ):
            element.drop_tree()
    data: bytes = lxml.html.tostring(root, encoding="utf-8", method="html")
    return data


def scripts_read(
    page: str | bytes, url: str | None = None, parser: str | None = None
) -> tuple[int, ...]:
    """Positions of the inline scripts the parse needs; ``()`` when it needs none.

    A script the parse needs is one without which the article changes. One
    script that gives the whole article is enough; when no single one does,
    every inline script is named.
    """
    from newsparse.api import parse

    full = parse(page, url=url, parser=parser)
    if _same(full, parse(without_scripts(page), url=url, parser=parser)):
        return ()
    root = lxml.html.document_fromstring(decode(page).data, parser=_parser())
    count = len([e for e in root.iter("script") if not _is_jsonld(e) and _inline(e)])
    for index in range(count):
        if _same(full, parse(without_scripts(page, (index,)), url=url, parser=parser)):
            return (index,)
    return tuple(range(count))


def reads_scripts(page: str | bytes, url: str | None = None, parser: str | None = None) -> bool:
    """True when the page's parse changes once its scripts (but JSON-LD) are gone."""
    from newsparse.api import parse

    full = parse(page, url=url, parser=parser)
    return not _same(full, parse(without_scripts(page), url=url, parser=parser))


def _same(one: Article, two: Article) -> bool:
    return attrs.evolve(one, report=two.report) == two and (
        one.report.origins == two.report.origins and one.report.missing == two.report.missing
    )


@lru_cache(maxsize=1)
def _parser() -> lxml.html.HTMLParser:
    return lxml.html.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, huge_tree=True
    )


@lru_cache(maxsize=8)
def redactor(key: bytes = DEFAULT_KEY) -> Redactor:
    """A shared :class:`Redactor` for ``key``."""
    return Redactor(key=key)


def redact_text(text: str, *, key: bytes = DEFAULT_KEY) -> str:
    """``text`` with its words swapped for stand-ins (see :class:`Redactor`)."""
    return redactor(key).text(text)


def redact_page(page: str | bytes, *, key: bytes = DEFAULT_KEY) -> bytes:
    """The page with its prose redacted, as UTF-8 HTML bytes."""
    return redactor(key).page(page)


def redact_article(article: Article, *, key: bytes = DEFAULT_KEY) -> Article:
    """The article redacted the way :func:`redact_page` redacts its page."""
    return redactor(key).article(article)


def redact_url(url: str, *, key: bytes = DEFAULT_KEY) -> str:
    """The URL with its slugs redacted."""
    return redactor(key).url(url)


__all__ = [
    "DEFAULT_KEY",
    "KEEP_WORDS",
    "Redactor",
    "parser_vocabulary",
    "reads_scripts",
    "redact_article",
    "redact_page",
    "redact_text",
    "redact_url",
    "scripts_read",
    "vocabulary",
    "without_scripts",
]
