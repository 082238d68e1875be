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

from newsparse.testing.redact.markup import INLINE_TAGS as INLINE_TAGS
from newsparse.testing.redact.markup import TEXT_ATTRIBUTES as TEXT_ATTRIBUTES
from newsparse.testing.redact.markup import URL_ATTRIBUTES as URL_ATTRIBUTES
from newsparse.testing.redact.redactor import (
    Redactor,
    redact_article,
    redact_page,
    redact_text,
    redact_url,
)
from newsparse.testing.redact.redactor import redactor as redactor
from newsparse.testing.redact.scripts import reads_scripts, scripts_read, without_scripts
from newsparse.testing.redact.vocabulary import parser_vocabulary, vocabulary
from newsparse.testing.redact.words import DEFAULT_KEY, KEEP_WORDS

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
