"""Mutation fuzzing without atheris: real pages changed the way broken markup is.

    python3 fuzz/mutate.py --seconds 600 --seed 1 --out /tmp/newsparse-mutations

Each round takes a page (the corpus at ../shared/corpus when it is there, and
every fixture), changes it a few times (bytes flipped, runs cut or repeated,
control bytes, stray tags and quotes, credit and source phrases, deep or long
structures put after a ``>``, among them boxes named as the generic parser's
candidates are), and parses it with the site parser its URL
names or the generic parser. A finding is an exception other than a
``NewsparseError``, or a parse slower than ``--slower`` times lxml's own parse
of the same bytes plus 0.1 s. Each finding is written to ``--out`` with the
URL and parser in its name; nothing is written inside the project.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import sys
import time
from pathlib import Path

import lxml.html

import newsparse
from newsparse.errors import NewsparseError
from newsparse.testing import fixtures

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from speed import DEFAULT_CORPUS, load_corpus  # noqa: E402

#: The same parser options as lxml's default, with the depth newsparse allows.
BARE = lxml.html.HTMLParser(huge_tree=True)
SNIPPETS = (
    b"\x00", b"\x01", b"\x0b", b"\x1f", b"\xff", b"\xc3", b"\xe2\x80", b"\xef\xbb\xbf",
    b"<", b">", b'"', b"'", b"&", b"&#0;", b"<!--", b"-->", b"<![CDATA[",
    b"<p>", b"</p>", b"<h1>", b"</h1>", b"<figure>", b"<script>", b"</script>", b"<svg>",
    b'<div class="', b'<meta charset="iso-8859-1">', b'<base href="javascript:x">',
    b"(Foto: picture alliance / dpa | Kay Nietfeld)", b"Quelle: ntv.de, ino/AFP/dpa",
    "\u00a9 dpa".encode(), b"Von Anna Muster und Dr. Max Beispiel",
)  # fmt: skip
#: Class words the generic parser looks for (a date, a byline, a kicker, a credit ...):
#: boxes named so are candidates one by one, so nested ones test how each is read.
NAMED = (b"date", b"author", b"kicker", b"credit", b"caption", b"breadcrumb", b"lead", b"image",
         b"quelle", b"related", b"teaser", b"byline")  # fmt: skip
#: Structures whose cost grows with their size: put in once, repeated many times.
SHAPES = (
    b"<div>", b"</div>", b"<p>a", b"<b><i>", b"(Foto: ", "\u00a9".encode(), b" / ", b"<li>x",
    b"<time>", *(b'<%s class="%s">' % (tag, word) for word in NAMED for tag in (b"div", b"span")),
)  # fmt: skip


def pages(corpus: Path) -> list[tuple[str | None, bytes]]:
    """(url, html) of the corpus pages (when present) and of every fixture."""
    found: list[tuple[str | None, bytes]] = []
    if (corpus / "index.json").is_file():
        found += [(url, html) for _, url, html in load_corpus(corpus)]
    found += [(fixture.meta.url, fixture.page()) for fixture in fixtures.find(ROOT / "fixtures")]
    return found


def mutate(html: bytes, rng: random.Random) -> bytes:
    """``html`` with one to six changes."""
    data = bytearray(html)
    for _ in range(rng.randint(1, 6)):
        if not data:
            break
        at = rng.randrange(len(data))
        kind = rng.random()
        if kind < 0.3:
            data[at:at] = rng.choice(SNIPPETS) * rng.choice((1, 1, 3, 50))
        elif kind < 0.45:
            after = data.find(b">", at)  # between tags, where markup goes
            at = after + 1 if after != -1 else at
            data[at:at] = rng.choice(SHAPES) * rng.choice((100, 1000, 5000))
        elif kind < 0.6:
            del data[at : at + rng.randint(1, 5000)]
        elif kind < 0.65:
            del data[at:]
        elif kind < 0.8:
            data[at:at] = data[at : at + rng.randint(1, 3000)]
        elif kind < 0.9:
            data[at] = rng.randrange(256)
        else:
            start = rng.randrange(len(data))
            data[at:at] = data[start : start + rng.randint(1, 300)]
    return bytes(data)


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("--seconds", type=float, default=600)
    options.add_argument("--seed", type=int, default=0)
    options.add_argument("--slower", type=float, default=8.0)
    options.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    options.add_argument("--out", type=Path, default=Path("/tmp/newsparse-mutations"))
    args = options.parse_args()
    rng = random.Random(args.seed)
    seeds = pages(args.corpus)
    args.out.mkdir(parents=True, exist_ok=True)
    runs = findings = 0
    end = time.monotonic() + args.seconds
    while time.monotonic() < end:
        url, html = rng.choice(seeds)
        data = mutate(html, rng)
        parser = rng.choice((None, "generic"))
        start = time.perf_counter()
        with contextlib.suppress(Exception):  # empty or no element: lxml says so
            lxml.html.document_fromstring(data, parser=BARE)
        bare = time.perf_counter() - start
        start = time.perf_counter()
        problem = ""
        try:
            newsparse.parse(data, url=url, parser=parser).to_json()
        except NewsparseError:
            pass
        except Exception as exc:  # what a finding is
            problem = f"{type(exc).__name__}: {exc}"[:300]
        took = time.perf_counter() - start
        if not problem and took > args.slower * bare + 0.1:
            problem = f"slow: {took:.2f} s against {bare:.4f} s for lxml"
        runs += 1
        if problem:
            findings += 1
            path = args.out / f"finding-{args.seed}-{findings}-{parser or 'site'}.html"
            path.write_bytes(data)
            print(f"{path} ({url}): {problem}", flush=True)
    print(f"{runs} parses, {findings} findings")
    return 1 if findings else 0


if __name__ == "__main__":
    raise SystemExit(main())
