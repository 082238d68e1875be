"""The :class:`Redactor`: redacts text, URLs, pages and articles with one key; its shortcuts."""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from functools import lru_cache
from typing import Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

import attrs
import lxml.html

from newsparse import conventions
from newsparse.decode import decode
from newsparse.model import Article, Credit, Image, Paragraph, SourceLine, Subheading
from newsparse.testing.redact.markup import (
    _DROP_TAGS,
    _META_KEEP,
    _STRUCTURAL,
    _TEXTISH_NAME,
    TEXT_ATTRIBUTES,
    URL_ATTRIBUTES,
    _declare_utf8,
    _parser,
    _text_runs,
)
from newsparse.testing.redact.scripts import (
    _JS_ESCAPE,
    _JS_STRING,
    _JS_UNICODE,
    _is_jsonld,
    _keep_link,
    _kept_scripts,
    _unescape_letter,
)
from newsparse.testing.redact.vocabulary import _phrase_pattern, parser_vocabulary
from newsparse.testing.redact.words import (
    _CAMEL_PIECE,
    _DOMAIN,
    _ENTITY,
    _EXTENSIONS,
    _HAS_DIGIT,
    _INVISIBLE,
    _LETTER_RUN,
    _TOKEN,
    _URL_IN_TEXT,
    DEFAULT_KEY,
    KEEP_WORDS,
    _stand_in_word,
)


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
