"""Turn caller input (``str`` or ``bytes``) into UTF-8 bytes ready for lxml.

Checks come first and are cheap: empty input, size limit, compressed bytes,
magic numbers of other file types. Decoding tries UTF-8 (the common case),
then the BOM and the declared charset, then detection by bs4's
``UnicodeDammit``. Text that was mis-decoded once (``FÃ¼r``) is repaired.
"""

from __future__ import annotations

import gzip
import re
import zlib

import attrs
from bs4.dammit import UnicodeDammit

from newsparse.errors import (
    CompressedInputError,
    EmptyInputError,
    InputTooLargeError,
    NotHTMLError,
)

#: Default input size limit in bytes (64 MiB); ``parse(max_bytes=...)`` changes it.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF file (WebP, WAV, AVI)"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x7fELF", "an executable"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ", "xz-compressed data"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})""", re.I)
_TAG = re.compile(r"<\s*(?:!doctype|html|head|body|div|p|meta|title|article|span|a|main)\b", re.I)
_MOJIBAKE = re.compile("Ã[¤¶¼\u0178\u201e\u2013\u0153\u2026Ÿ„–œ…©¨¡]|â€[œ\u009d™žšˆ¦“”]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


@attrs.frozen(kw_only=True)
class Decoded:
    """A page decoded for parsing."""

    data: bytes
    """The page as UTF-8 bytes."""
    encoding: str
    """The encoding the input was read in (``utf-8`` for ``str`` input)."""
    warnings: tuple[str, ...] = ()
    """Repairs made on the way, in plain words."""


def decode(page: str | bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded:
    """Check and decode ``page``; raise an :class:`~newsparse.errors.InputError` if unusable."""
    if isinstance(page, str):
        return _from_text(page, "utf-8", max_bytes, ())
    if not isinstance(page, (bytes, bytearray, memoryview)):
        raise TypeError(f"page must be str or bytes, not {type(page).__name__}")
    data = bytes(page)
    _check_size(len(data), max_bytes)
    warnings: tuple[str, ...] = ()
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(data, max_bytes)
        warnings = ("input was gzip-compressed and has been decompressed",)
    if not data.strip():
        raise EmptyInputError("the input is empty" if not data else "the input is only whitespace")
    head = data[:16].lstrip()
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise NotHTMLError(f"the input is {what}, not an HTML page")
    text, encoding = _bytes_to_text(data)
    return _from_text(text, encoding, max_bytes, warnings)


def _check_size(size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise InputTooLargeError(
            f"the input has {size:,} bytes, over the limit of {max_bytes:,} "
            "(raise it with max_bytes=...)"
        )


def _gunzip(data: bytes, max_bytes: int) -> bytes:
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise CompressedInputError(
            f"the input looks gzip-compressed but is damaged: {exc}"
        ) from exc
    if len(out) > max_bytes:
        raise InputTooLargeError(
            f"the gzip input decompresses to more than the limit of {max_bytes:,} bytes"
        )
    if not out and data:
        # A gzip header with no payload, or a stream we cannot read at all.
        try:
            out = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            raise CompressedInputError(f"the gzip input cannot be opened: {exc}") from exc
    return out


def _bytes_to_text(data: bytes) -> tuple[str, str]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace"), name
    if b"\x00" in data[:1024] and data[:1024].count(b"\x00") > 64:
        # UTF-16 without BOM: many NUL bytes between ASCII characters.
        for name in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                continue
            if "<" in text[:2048]:
                return text, name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", "replace").lower()
        if name in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
            name = "windows-1252"  # what browsers do: cp1252 is a superset of Latin-1 in print
        if name not in ("utf-8", "utf8"):
            try:
                return data.decode(name), name
            except (LookupError, UnicodeDecodeError):
                pass
    dammit = UnicodeDammit(data, ["utf-8", "windows-1252"], is_html=True)
    if dammit.unicode_markup is not None:
        return dammit.unicode_markup, dammit.original_encoding or "unknown"
    return data.decode("utf-8", errors="replace"), "utf-8 (with replacements)"


def _from_text(text: str, encoding: str, max_bytes: int, warnings: tuple[str, ...]) -> Decoded:
    if not text.strip():
        raise EmptyInputError("the input is empty" if not text else "the input is only whitespace")
    notes = list(warnings)
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
        notes.append("control characters, NUL bytes or lone surrogates were removed")
    if _MOJIBAKE.search(text):
        repaired = _repair_mojibake(text)
        if repaired is not None:
            text = repaired
            notes.append("the page had been mis-decoded once (UTF-8 read as Latin-1); repaired")
    stripped = text.lstrip()[:1]
    if stripped in ("{", "[") and not _TAG.search(text[:4096]):
        raise NotHTMLError("the input is a JSON document, not an HTML page")
    if not _TAG.search(text[:65536]) and "<" not in text[:65536]:
        raise NotHTMLError("the input has no HTML markup (plain text or binary data)")
    data = text.encode("utf-8")
    _check_size(len(data), max_bytes)
    return Decoded(data=data, encoding=encoding, warnings=tuple(notes))


def _repair_mojibake(text: str) -> str | None:
    before = len(_MOJIBAKE.findall(text))
    for codec in ("windows-1252", "latin-1"):
        try:
            fixed = text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if len(_MOJIBAKE.findall(fixed)) < before:
            return fixed
    return None
