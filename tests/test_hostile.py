"""A hostile battery: every input gives an article or a newsparse error, in time.

Encodings and lying charsets, truncation, deep nesting, big pages, entity
bombs, external entities, JSON-LD bombs, other formats, control bytes and
hostile URLs. Each case runs under an alarm and a time limit; where an article
comes out, its umlauts are intact. ``parse`` opens no socket and reads no file
but the time-zone data, and every public entry point raises only the errors
``docs/errors.md`` lists.
"""

from __future__ import annotations

import gzip
import json
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse import errors
from newsparse.errors import NewsparseError

ROOT = Path(__file__).resolve().parents[1]
HEADLINE = "Straßenbahn fährt öfter über die Brücke"
SENTENCE = "Die Fahrgäste müssen sich über Änderungen im Fahrplan nicht ärgern, heißt es."
#: Seconds a case may take on a shared, loaded machine (most take well under one).
LIMIT = 30.0
#: Seconds the 50 MB page may take (about 10 s alone, 30 s on a loaded machine).
BIG_LIMIT = 120.0


def page(*, head: str = "", extra: str = "", charset: str = "utf-8", prefix: str = "") -> str:
    paragraphs = "".join(f"<p>{SENTENCE} ({i})</p>" for i in range(6))
    return (
        f'{prefix}<!DOCTYPE html><html lang="de"><head><meta charset="{charset}">'
        f"<title>{HEADLINE}</title>{head}</head><body><article><h1>{HEADLINE}</h1>"
        f"{paragraphs}{extra}</article></body></html>"
    )


def mojibake(text: str, times: int) -> str:
    for _ in range(times):
        text = text.encode("utf-8").decode("cp1252", errors="replace")
    return text


def with_stray_ff() -> bytes:
    data = page().encode("utf-8")
    return data.replace(b"<p>", b"<p>\xff\xfe ", 3)


def nested_json(depth: int) -> str:
    return '<script type="application/ld+json">' + "[" * depth + "]" * depth + "</script>"


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "ääääääääää">'
    + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
    + "]>"
)
XXE = '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def cases() -> Iterator[tuple[str, Callable[[], str | bytes], bool]]:
    """(name, page maker, whether an article with the headline must come out)."""
    yield "utf-8", lambda: page().encode("utf-8"), True
    yield "utf-8 bom", lambda: b"\xef\xbb\xbf" + page().encode("utf-8"), True
    yield "utf-16 bom", lambda: page().encode("utf-16"), True
    yield "utf-16 without bom", lambda: page().encode("utf-16-le"), True
    yield "latin-1 declared", lambda: page(charset="iso-8859-1").encode("latin-1"), True
    yield "says utf-8, is latin-1", lambda: page().encode("latin-1"), True
    yield "says latin-1, is utf-8", lambda: page(charset="iso-8859-1").encode("utf-8"), True
    yield "says utf-16, is utf-8", lambda: page(charset="utf-16").encode("utf-8"), True
    yield "unknown charset", lambda: page(charset="x-klingon").encode("utf-8"), True
    yield "mis-decoded once", lambda: mojibake(page(), 1), True
    yield "mis-decoded twice", lambda: mojibake(page(), 2), True
    yield "stray 0xFF bytes", with_stray_ff, True
    yield "truncated mid-character", lambda: page().encode("utf-8")[:-200] + b"\xc3", True
    yield "truncated mid-tag", lambda: page()[: page().index("</article>") + 4], True
    yield "NUL in a tag name", lambda: page().replace("<p>", "<p\x00>").encode(), True
    yield "control bytes", lambda: page().replace("ü", "ü\x01\x1b"), True
    yield "100k-deep nesting", lambda: page(extra="<div>" * 100_000), True
    yield "100k-deep inline", lambda: page(extra="<b><i>" * 50_000), True
    yield (
        "50 MB page",
        lambda: page(extra=f"<p>{SENTENCE * 20}</p>" * (50_000_000 // 1600)).encode(),
        True,
    )
    yield "billion laughs", lambda: BILLION_LAUGHS + page(extra="<p>&i;</p>"), True
    yield "external entity", lambda: XXE + page(extra="<p>&xxe;</p>"), True
    yield "JSON-LD 100k deep", lambda: page(head=nested_json(100_000)), True
    yield (
        "JSON-LD of 10k objects",
        lambda: page(head=nested_json(1) + "<script type='application/ld+json'>"
                     + json.dumps([{"@type": "Thing", "name": "ä"}] * 10_000) + "</script>"),
        True,
    )  # fmt: skip
    yield "attribute flood", lambda: page(extra="<div " + "a=1 " * 80_000 + ">x</div>"), True
    yield (
        "hostile URLs",
        lambda: page(
            head='<link rel="canonical" href="javascript:alert(1)">',
            extra="<figure><img src='file:///etc/passwd'><figcaption>Bild</figcaption></figure>",
        ),
        True,
    )
    yield "gzip", lambda: gzip.compress(page().encode()), True
    yield "gzip in gzip", lambda: gzip.compress(gzip.compress(page().encode())), True
    yield "gzip bomb", lambda: gzip.compress(b" " * 100_000_000), False
    yield "PDF", lambda: b"%PDF-1.7\n" + b"\x00" * 1000, False
    yield "PNG", lambda: b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10, False
    yield "JSON", lambda: json.dumps({"headline": HEADLINE}), False
    yield (
        "RSS",
        lambda: '<?xml version="1.0"?><rss><channel><title>x</title></channel></rss>',
        False,
    )
    yield "plain text", lambda: SENTENCE * 50, False
    yield "binary junk", lambda: bytes(range(256)) * 100, False
    yield "empty", lambda: b"", False
    yield "only a comment", lambda: "<!-- nichts -->", False


CASES = list(cases())


class Timeout(Exception):
    pass


@contextmanager
def alarm(seconds: float) -> Iterator[None]:
    def ring(signum: int, frame: Any) -> None:
        raise Timeout(f"over {seconds} s")

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def outcome(
    data: str | bytes, limit: float = LIMIT, **kwargs: Any
) -> newsparse.Article | NewsparseError:
    start = time.perf_counter()
    with alarm(limit):
        try:
            result: newsparse.Article | NewsparseError = newsparse.parse(data, **kwargs)
        except NewsparseError as exc:
            result = exc
    assert time.perf_counter() - start < limit
    return result


@pytest.mark.parametrize(("make", "article"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_article_or_newsparse_error_in_time(make: Callable[[], str | bytes], article: bool) -> None:
    data = make()
    limit = BIG_LIMIT if len(data) > 10_000_000 else LIMIT
    result = outcome(data, limit, url="https://www.example.de/a.html")
    if not article:
        assert isinstance(result, NewsparseError), result
        assert str(result)
        assert result.url == "https://www.example.de/a.html"
        return
    assert isinstance(result, newsparse.Article), result
    assert result.headline == HEADLINE
    assert any(SENTENCE in text for text in result.paragraphs)
    texts = json.dumps(result.to_dict(), ensure_ascii=False)
    assert "\ufffd" not in (result.headline or "")
    assert "Ã" not in texts
    assert "root:" not in texts
    for url in [result.url, *(image.url for image in result.images)]:
        assert url is None or re.match(r"https?://", url), url


def test_stray_bytes_are_named_and_utf8_kept() -> None:
    result = outcome(with_stray_ff())
    assert isinstance(result, newsparse.Article)
    assert any("0xFF" in w and "0xFE" in w for w in result.report.warnings)


def test_gzip_in_gzip_is_named() -> None:
    result = outcome(gzip.compress(gzip.compress(page().encode())))
    assert isinstance(result, newsparse.Article)
    assert any("gzip-compressed 2 times" in w for w in result.report.warnings)


@pytest.mark.parametrize(
    ("url", "error"),
    [
        (b"https://x.de/", errors.InputTypeError),
        (42, errors.InputTypeError),
        ("javascript:alert(1)", errors.InvalidURLError),
        ("file:///etc/passwd", errors.InvalidURLError),
        ("data:text/html,<p>x</p>", errors.InvalidURLError),
        ("/relative/path", errors.InvalidURLError),
        ("https://x.de/\ud800", errors.InvalidURLError),
    ],
)
def test_url_is_validated(url: object, error: type[NewsparseError]) -> None:
    with pytest.raises(error):
        newsparse.parse(page(), url)  # type: ignore[arg-type]


def test_an_unexpected_failure_becomes_a_newsparse_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsparse import api

    def broken(*args: Any) -> Any:
        raise KeyError("a bug")

    monkeypatch.setattr(api, "_parse_document", broken)
    with pytest.raises(errors.ParseFailedError) as caught:
        newsparse.parse(page(), "https://www.example.de/a.html")
    assert caught.value.url == "https://www.example.de/a.html"
    assert isinstance(caught.value.__cause__, KeyError)


# -- no socket, no file ---------------------------------------------------------------

NO_IO = r"""
import sys
import newsparse
from pathlib import Path
pages = [(Path(p).read_bytes(), u) for p, u in PAGES]
for data, url in pages:  # once first: imports and compiled selectors
    newsparse.parse(data, url)
events = []
def hook(event, args):
    if event in ("open", "socket.connect", "socket.bind", "socket.getaddrinfo",
                 "socket.__new__", "urllib.Request", "subprocess.Popen", "os.system"):
        events.append(f"{event} {args[0]!r}")
sys.addaudithook(hook)
for data, url in pages:
    newsparse.parse(data, url)
    newsparse.parse(data, url, parser="generic")
print("\n".join(e for e in events if "zoneinfo" not in e and "tzdata" not in e))
"""


def test_parse_opens_no_socket_and_reads_no_file() -> None:
    fixtures = sorted((ROOT / "fixtures").glob("*/meta.json"))[:6]
    assert fixtures
    pages = []
    for meta in fixtures:
        found = [p for p in meta.parent.iterdir() if p.name.startswith("page.html")]
        url = json.loads(meta.read_text(encoding="utf-8")).get("url")
        pages.append((str(found[0]), url))
    code = NO_IO.replace("PAGES", repr(pages))
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True
    )
    assert done.stdout.strip() == "", done.stdout


# -- docs/errors.md and the entry points --------------------------------------------------


def documented() -> set[str]:
    text = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    return set(re.findall(r"::: newsparse\.errors\.(\w+)", text))


def test_errors_md_lists_every_error_and_says_what_it_means() -> None:
    classes = {
        name
        for name, value in vars(errors).items()
        if isinstance(value, type) and issubclass(value, NewsparseError)
    }
    assert documented() == classes
    text = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8").split("```")[0]
    for name in classes:
        error = getattr(errors, name)
        assert (error.__doc__ or "").strip(), name
        assert re.search(rf"\b{name}\b", text), name  # in the tree
        if not error.__subclasses__():  # raised itself: a row says when and what to do
            assert re.search(rf"^\| `{name}` \| \S.* \| \S.* \|$", text, re.M), name


def test_every_entry_point_raises_only_documented_errors() -> None:
    names = documented()
    hostile = [make() for _, make, _ in CASES if _ != "50 MB page"]
    raised: set[str] = set()
    for data in hostile:
        for call in (
            lambda d: newsparse.parse(d),
            lambda d: newsparse.parse(d, parser="generic"),
            lambda d: newsparse.parse(d, "https://www.spiegel.de/a.html"),
        ):
            try:
                call(data)
            except NewsparseError as exc:
                raised.add(type(exc).__name__)
    assert raised
    assert raised <= names
    for result in newsparse.parse_many([(d, None) for d in hostile], workers=0):
        if not result.ok:
            assert result.error_type in names, (result.error_type, result.error)
    with pytest.raises(errors.UnknownParserError):
        newsparse.parse(page(), parser="no-such-site")
    assert newsparse.sites()
