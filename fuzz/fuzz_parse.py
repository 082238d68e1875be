"""Fuzz ``newsparse.parse`` with atheris (libFuzzer for Python).

Any exception other than a :class:`newsparse.NewsparseError` is a finding, and
so is a page that runs past libFuzzer's ``-timeout`` or ``-rss_limit_mb``.
The first input byte chooses how the rest is passed: as ``bytes``, as ``str``
decoded leniently, or gzip-compressed. See docs/fuzzing.md::

    pip install -e ".[fuzz]"
    python3 fuzz/make_seeds.py /tmp/newsparse-seeds
    python3 fuzz/fuzz_parse.py /tmp/newsparse-findings /tmp/newsparse-seeds \
        -max_len=1000000 -timeout=30 -rss_limit_mb=2048 -max_total_time=3600
"""

from __future__ import annotations

import gzip
import sys

import atheris

with atheris.instrument_imports(include=["newsparse"]):
    import newsparse


def test_one_input(data: bytes) -> None:
    """One fuzzing round: parse, accept an Article or a NewsparseError."""
    if not data:
        return
    mode, payload = data[0] % 4, data[1:]
    page: str | bytes
    if mode == 1:
        page = payload.decode("utf-8", errors="surrogateescape")
    elif mode == 2:
        page = gzip.compress(payload, compresslevel=1)
    else:
        page = payload
    try:
        article = newsparse.parse(page)
    except newsparse.NewsparseError as exc:
        if not str(exc):
            raise AssertionError(f"{type(exc).__name__} without a message") from exc
        return
    article.to_json()  # the result must serialise, whatever the input


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
