"""Turn caller input (``str`` or ``bytes``) into UTF-8 bytes ready for lxml.

Plain steps, which :func:`decode` runs in order and :mod:`newsparse.loader`
composes: :func:`check_input` (type, size limit, gzip, empty input, magic
numbers of other file types), :func:`to_utf8` (the BOM, then UTF-8 -- valid
UTF-8 bytes are passed on without a copy -- then the declared charset, then
mostly-UTF-8 with a few stray bytes, then windows-1252 as browsers read it),
:func:`strip_controls` (NUL bytes and control characters
removed, the word-separating ones become spaces), :func:`repair_encoding`
(text mis-decoded once or more, ``FÃ¼r``, repaired) and :func:`check_markup`.
Every repair is named in the warnings, which ``parse`` copies into the
article's report.

Each step is linear in the input; no step reads more than the size limit.
"""

from __future__ import annotations

import codecs
import re
import zlib

import attrs

from newsparse.errors import (
    CompressedInputError,
    EmptyInputError,
    InputTooLargeError,
    InputTypeError,
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
    (b"MZ", "a Windows executable"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ", "xz-compressed data"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 audio file"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 video"),
    (b"\x00\x00\x00\x1cftyp", "an MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 video"),
    (b"\x1a\x45\xdf\xa3", "a WebM/Matroska video"),
    (b"SQLite format 3", "an SQLite database"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})""", re.I)
#: Codecs that a ``charset`` declaration may not select: they are not page encodings.
_NOT_PAGE_CODECS = frozenset(
    {"idna", "punycode", "unicode-escape", "raw-unicode-escape", "utf-7", "utf-8", "utf-8-sig"}
)
_MAX_GZIP_LAYERS = 3
_NON_SPACE = re.compile(rb"\S")
_MARKUP = re.compile(rb"<(?:[a-zA-Z][a-zA-Z0-9:-]{0,30}[\s/>]|!--|!doctype|\?xml)", re.I)
_DOCUMENT_TAG = re.compile(rb"<(?:!doctype|html|head|body)\b", re.I)
_FEED = re.compile(rb"<(?:rss|feed|urlset|sitemapindex|rdf:RDF)\b", re.I)
#: Bytes that never occur in text: C0 controls other than tab, LF, FF and CR.
_CONTROL_BYTES = bytes([*range(9), 11, *range(14, 32)])
#: Control bytes that separate words (vertical tab, the four information
#: separators): they become spaces, as ``str.split`` treats them; the rest go.
_SPACING_CONTROLS = bytes([11, 28, 29, 30, 31])
_SPACING_TABLE = bytes.maketrans(_SPACING_CONTROLS, b" " * len(_SPACING_CONTROLS))
_DELETED_CONTROLS = bytes(b for b in _CONTROL_BYTES if b not in _SPACING_CONTROLS)
#: UTF-8 of ``Ã`` and the first byte of a second mis-decoded character (``FÃ¼r``).
_MIS_DECODED_A_TILDE = frozenset({b"\xc3\x83\xc2", b"\xc3\x83\xc5", b"\xc3\x83\xe2"})

#: Characters that bytes 0x80-0xBF become when UTF-8 is read as windows-1252 or Latin-1.
_CONTINUATION = "".join(
    sorted(
        {bytes([b]).decode("cp1252", "ignore") or chr(b) for b in range(0x80, 0xC0)}
        | {chr(b) for b in range(0x80, 0xC0)}
    )
)
_CONT = "[" + re.escape(_CONTINUATION) + "]"
#: A lead character, then as many continuation characters as it leads. One class opens
#: the pattern and a lookbehind picks the branch: with three classes to open it, the
#: regex tried each at every position of the page (five times slower on a 1 MB page).
_MOJIBAKE_RUN = re.compile(
    f"[\u00c2-\u00f4](?:(?<=[\u00c2-\u00df]){_CONT}|(?<=[\u00e0-\u00ef]){_CONT}{{2}}"
    f"|(?<=[\u00f0-\u00f4]){_CONT}{{3}})"
)


@attrs.frozen(kw_only=True)
class Decoded:
    """A page decoded for parsing."""

    data: bytes
    """The page as UTF-8 bytes."""
    encoding: str
    """The encoding the input was read in (``utf-8`` for ``str`` input)."""
    warnings: tuple[str, ...] = ()
    """Repairs made on the way, in plain words."""


@attrs.frozen(kw_only=True)
class Checked:
    """Caller input that passed the cheap checks: bytes, not yet decoded."""

    data: bytes
    """The bytes (gzip inflated; ``str`` input encoded as UTF-8)."""
    text: bool
    """The caller gave ``str``: ``data`` is UTF-8 already."""
    warnings: tuple[str, ...] = ()
    """What the checks repaired (gzip, lone surrogates)."""


def decode(
    page: str | bytes, *, max_bytes: int = DEFAULT_MAX_BYTES, charset: str | None = None
) -> Decoded:
    """Check and decode ``page`` completely; raise an :class:`~newsparse.errors.InputError`
    if unusable.

    The steps, in order: :func:`check_input`, :func:`to_utf8` (``charset``, say from
    an HTTP header, goes before the page's own declaration), :func:`strip_controls`,
    :func:`repair_encoding`, :func:`check_markup`. :mod:`newsparse.loader` runs the
    same steps but may leave checking UTF-8 to libxml2.
    """
    checked = check_input(page, max_bytes)
    notes = list(checked.warnings)
    if checked.text:
        data, encoding = checked.data, "utf-8"
    else:
        data, encoding = to_utf8(checked.data, notes, charset=charset)
    data = strip_controls(data, notes)
    data = repair_encoding(data, notes)
    check_markup(data)
    check_size(len(data), max_bytes)
    return Decoded(data=data, encoding=encoding, warnings=tuple(notes))


def check_input(page: object, max_bytes: int = DEFAULT_MAX_BYTES) -> Checked:
    """Type, size limit, gzip (inflated within the limit), emptiness and magic numbers."""
    notes: list[str] = []
    if isinstance(page, str):
        check_size(len(page), max_bytes)
        if not page or page.isspace():
            raise EmptyInputError(_empty_message(page))
        return Checked(data=_encode_text(page, notes), text=True, warnings=tuple(notes))
    if not isinstance(page, (bytes, bytearray, memoryview)):
        raise InputTypeError(f"page must be str or bytes, not {type(page).__name__}")
    data = bytes(page)
    check_size(len(data), max_bytes)
    layers = 0
    while data[:2] == b"\x1f\x8b" and layers < _MAX_GZIP_LAYERS:
        data = _gunzip(data, max_bytes)
        layers += 1
    if layers:
        times = "" if layers == 1 else f" {layers} times over"
        notes.append(f"the input was gzip-compressed{times} and has been decompressed")
    if data[:2] == b"\x1f\x8b":
        raise CompressedInputError(
            f"the input is gzip-compressed more than {_MAX_GZIP_LAYERS} times over"
        )
    if not data or data.isspace():
        raise EmptyInputError(_empty_message(data))
    _check_magic(data)
    return Checked(data=data, text=False, warnings=tuple(notes))


def may_pass_unchecked(data: bytes, charset: str | None = None) -> bool:
    """True when ``data`` may go to libxml2 as UTF-8 without a check of our own.

    That is so when it has no byte order mark, does not look like UTF-16 and
    declares no charset other than UTF-8 (nor does ``charset``); libxml2 then
    reports invalid UTF-8 while it parses, and only then need :func:`to_utf8` run.
    """
    if charset is not None and _usable_charset(charset) is not None:
        return False
    if any(data.startswith(bom) for bom, _ in _BOMS) or _looks_utf16(data[:1024]):
        return False
    _check_binary(data)
    return _declared_charset(data) is None


def to_utf8(data: bytes, notes: list[str], *, charset: str | None = None) -> tuple[bytes, str]:
    """The page as UTF-8 bytes and the encoding it was read in (checked all through).

    The byte order mark decides, then UTF-16 without one, then ``charset``, then
    valid UTF-8, then the page's declared charset, then UTF-8 with a few bad
    bytes, then windows-1252. What was replaced or guessed is added to ``notes``.
    """
    return _convert(data, notes, _usable_charset(charset) if charset else None)


def _empty_message(data: str | bytes) -> str:
    return "the input is empty" if not data else "the input is only whitespace"


def check_size(size: int, max_bytes: int) -> None:
    """Raise :class:`~newsparse.errors.InputTooLargeError` when ``size`` is over the limit."""
    if size > max_bytes:
        raise InputTooLargeError(
            f"the input has {size:,} bytes, over the limit of {max_bytes:,} "
            "(raise it with max_bytes=...)"
        )


def _gunzip(data: bytes, max_bytes: int) -> bytes:
    """Decompress gzip members, never producing more than ``max_bytes`` (a gzip bomb stops)."""
    out = bytearray()
    rest = data
    while rest[:2] == b"\x1f\x8b":
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out += inflater.decompress(rest, max_bytes + 1 - len(out))
        except zlib.error as exc:
            raise CompressedInputError(
                f"the input looks gzip-compressed but is damaged: {exc}"
            ) from exc
        if len(out) > max_bytes:
            raise InputTooLargeError(
                f"the gzip input decompresses to more than the limit of {max_bytes:,} bytes "
                "(raise it with max_bytes=...)"
            )
        if not inflater.eof:
            raise CompressedInputError("the input is gzip-compressed but truncated")
        rest = inflater.unused_data
    return bytes(out)


def _check_magic(data: bytes) -> None:
    head = data[:32].lstrip()
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise NotHTMLError(f"the input is {what}, not an HTML page")


def _encode_text(text: str, notes: list[str]) -> bytes:
    if text[:1] == "\ufeff":
        text = text[1:]
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        pass
    # Lone surrogates: pair up what pairs, replace the rest with U+FFFD.
    repaired = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    notes.append("lone surrogates in the text were replaced by U+FFFD")
    return repaired.encode("utf-8")


def _looks_utf16(head: bytes) -> bool:
    """A NUL byte beside every ASCII character: UTF-16 without a byte order mark."""
    return head.count(b"\x00") > len(head) // 4


def _convert(data: bytes, notes: list[str], given: str | None) -> tuple[bytes, str]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            if name == "utf-8":
                try:
                    body.decode("utf-8")
                except UnicodeDecodeError:
                    return _replace_invalid(body, notes), name
                return body, name
            text = body.decode(name, errors="replace")
            return text.encode("utf-8", "replace"), name
    if _looks_utf16(data[:1024]):
        for name in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                continue
            if _MARKUP.search(text[:4096].encode("utf-8", "replace")):
                notes.append(f"the input had no byte order mark and was read as {name}")
                return text.encode("utf-8", "replace"), name
    _check_binary(data)
    if given is not None:
        try:
            return data.decode(given).encode("utf-8"), given
        except UnicodeDecodeError:
            notes.append(f"the input was said to be {given} but is not valid {given}")
    declared = _declared_charset(data)
    if data.isascii():
        return data, "utf-8"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return data, "utf-8"
    if declared is not None:
        try:
            return data.decode(declared).encode("utf-8"), declared
        except UnicodeDecodeError:
            if declared == "windows-1252":  # only its undefined bytes fail, read as browsers do
                return _windows_1252(data, notes).encode("utf-8"), declared
            notes.append(f"the page declares {declared} but is not valid {declared}")
    text = data.decode("utf-8", errors="surrogateescape")
    strays = _STRAY.findall(text)  # each invalid byte, as a lone surrogate
    good = len(data) - len(text)  # each valid multi-byte sequence shortens the text
    if good >= 2 * len(strays) or _not_latin_text(strays):
        names = ", ".join(f"0x{ord(ch) - 0xDC00:02X}" for ch in sorted(set(strays))[:8])
        notes.append(f"{len(strays):,} invalid UTF-8 byte(s) ({names}) were replaced by U+FFFD")
        return _STRAY.sub("\ufffd", text).encode("utf-8"), "utf-8"
    del text
    return _windows_1252(data, notes).encode("utf-8"), "windows-1252"


#: The five bytes windows-1252 leaves undefined. Browsers (the WHATWG Encoding Standard)
#: read each as the C1 control character of the same number, and so does
#: :func:`_windows_1252`.
_UNDEFINED_1252 = (0x81, 0x8D, 0x8F, 0x90, 0x9D)


def _as_c1(error: UnicodeError) -> tuple[str, int]:
    """A codec error handler: the undefined bytes as the code points of their numbers."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("newsparse.c1", _as_c1)


def _windows_1252(data: bytes, notes: list[str]) -> str:
    """``data`` read as browsers read windows-1252: for a page that says it is in it,
    and the last resort for one that is not UTF-8 and names no charset it is in.

    Every byte has a reading, so the result does not depend on which character-set
    detector happens to be installed (a guessed Central European code page would turn
    a German page's umlauts into other letters). Undefined bytes become C1 control
    characters, which the mojibake repair can still join into UTF-8 characters; they
    are named in ``notes``.
    """
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    found = {byte: data.count(byte) for byte in _UNDEFINED_1252}
    names = ", ".join(f"0x{byte:02X}" for byte, count in found.items() if count)
    notes.append(
        f"{sum(found.values()):,} byte(s) ({names}) that windows-1252 leaves undefined "
        "became control characters"
    )
    return data.decode("cp1252", "newsparse.c1")


def _check_binary(data: bytes) -> None:
    sample = data[:4096]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > max(8, len(sample) // 50):
        raise NotHTMLError(
            f"the input is binary data, not an HTML page ({controls} control bytes "
            f"in the first {len(sample):,})"
        )


#: An invalid UTF-8 byte as ``surrogateescape`` decodes it.
_STRAY = re.compile("[\udc80-\udcff]")
#: Bytes that windows-1252 reads as letters or punctuation of German text (umlauts,
#: ß, accented vowels, quotes, dashes, euro): a page full of other invalid bytes is
#: UTF-8 with stray bytes, not windows-1252.
_LATIN_TEXT_BYTES = frozenset(
    chr(0xDC00 + b)
    for b in (*b"\x80\x84\x85\x91\x92\x93\x94\x96\x97\xa0\xa7\xab\xb0\xbb",
              *range(0xC0, 0xFD))
    if b not in (0xD7, 0xF7)
)  # fmt: skip


def _not_latin_text(strays: list[str]) -> bool:
    """True when fewer than half of the invalid bytes are letters or punctuation
    in windows-1252 (a UTF-8 page with stray 0xFF bytes, not a Latin-1 page)."""
    latin = sum(1 for ch in strays if ch in _LATIN_TEXT_BYTES)
    return 2 * latin < len(strays)


def _declared_charset(data: bytes) -> str | None:
    """The page's ``<meta charset>`` if it names a usable codec other than UTF-8."""
    match = _CHARSET.search(data[:4096])
    if match is None:
        return None
    return _usable_charset(match.group(1).decode("ascii", "replace"))


def _usable_charset(label: str) -> str | None:
    """The codec a charset label names, if it is a page encoding other than UTF-8."""
    label = label.strip().lower()
    if label in ("iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
        return "windows-1252"  # what browsers do: cp1252 is Latin-1 plus printable 0x80-0x9F
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    name = info.name
    if not getattr(info, "_is_text_encoding", True) or name in _NOT_PAGE_CODECS:
        return None
    if name.startswith(("utf-16", "utf-32")):
        return None  # a page readable as ASCII is not UTF-16, whatever it says
    return name


def _replace_invalid(data: bytes, notes: list[str]) -> bytes:
    text = data.decode("utf-8", errors="replace")
    notes.append("invalid UTF-8 byte sequences were replaced by U+FFFD")
    return text.encode("utf-8")


def strip_controls(data: bytes, notes: list[str]) -> bytes:
    """``data`` without NUL and the other control bytes (one C-level scan; the
    word-separating ones become spaces); a warning in ``notes`` when there were any."""
    if not has_control_bytes(data):
        return data
    notes.append(
        "NUL bytes and control characters were removed "
        "(vertical tabs and separator characters became spaces)"
    )
    return data.translate(_SPACING_TABLE, _DELETED_CONTROLS)


#: Times a page may have been mis-decoded over (``StraÃƒÅ¸e`` is twice).
_MAX_REPAIR_ROUNDS = 4


def repair_encoding(data: bytes, notes: list[str]) -> bytes:
    """Repair UTF-8 that was read as windows-1252 (or Latin-1), once or more times over."""
    if not _shows_mojibake(data):
        return data
    text = data.decode("utf-8", "replace")
    total = rounds = 0
    while rounds < _MAX_REPAIR_ROUNDS:
        text, count = repair_mojibake(text)
        if not count:
            break
        total += count
        rounds += 1
    if not total:
        return data
    times = "once" if rounds == 1 else f"{rounds} times over"
    notes.append(
        f"the page had been mis-decoded {times} (UTF-8 read as Latin-1); "
        f"{total:,} character(s) repaired"
    )
    return text.encode("utf-8")


def _shows_mojibake(data: bytes) -> bool:
    """True when ``data`` holds UTF-8 that was read as windows-1252 and encoded again.

    Each sequence looked for holds a byte that is rare in German UTF-8 (0x83 in ``Ã``
    before a Latin-1 or punctuation character, 0xAC in ``â€``); memchr finds those
    bytes and the bytes around each are compared, which is quicker than a regex
    stopping at every umlaut's 0xC3. A page without 0x83 is never taken as mis-decoded.
    """
    at = data.find(b"\x83")
    if at == -1:
        return False
    while at != -1:
        if at and data[at - 1 : at + 2] in _MIS_DECODED_A_TILDE:
            return True
        at = data.find(b"\x83", at + 1)
    at = data.find(b"\xac")
    while at != -1:
        if data[max(at - 4, 0) : at + 1] == b"\xc3\xa2\xe2\x82\xac":
            return True
        at = data.find(b"\xac", at + 1)
    return False


#: Each control byte on its own, for :func:`has_control_bytes`'s memchr searches.
_CONTROL_NEEDLES = tuple(bytes([b]) for b in _CONTROL_BYTES)
#: Bytes searched by all of :func:`has_control_bytes`'s memchr calls before the next
#: ones: the searches after the first read them from the processor's cache.
_CONTROL_WINDOW = 262_144


def has_control_bytes(data: bytes) -> bool:
    """True when ``data`` holds a control byte that :func:`decode` removes.

    One memchr per control byte and window of :data:`_CONTROL_WINDOW` bytes: on a
    page without any (nearly every page) that reads the bytes at cache speed and
    makes no copy. (``bytes.find`` with a bytes needle: ``in`` first tries the
    needle as an integer and clears the error that raises.)
    """
    for start in range(0, len(data), _CONTROL_WINDOW):
        end = start + _CONTROL_WINDOW
        for needle in _CONTROL_NEEDLES:
            if data.find(needle, start, end) != -1:
                return True
    return False


def repair_mojibake(text: str) -> tuple[str, int]:
    """Undo UTF-8-read-as-windows-1252 (``FÃ¼r`` -> ``Für``); returns the text and the count.

    Only sequences that become Latin, punctuation or currency characters are
    repaired, so correct text such as ``Gruß“`` is left alone.

    >>> repair_mojibake("FÃ¼r die StraÃŸe â€ž")
    ('Für die Straße „', 3)
    """
    count = 0
    lead_ends = -1  # where the last repair ended, if it made a lead character (``Ã``)

    def fix(match: re.Match[str]) -> str:
        nonlocal count, lead_ends
        run = match.group()
        raw = bytes(_byte_of(ch) for ch in run)
        try:
            char = raw.decode("utf-8")
        except UnicodeDecodeError:
            return run
        code = ord(char)
        if (
            0xA0 <= code <= 0x24F
            or 0x2000 <= code <= 0x206F
            or code == 0x20AC
            # A C1 byte right after a repaired lead character: the page was
            # mis-decoded twice (``Ã\x83Â\x9f``), the next round joins the two.
            or (0x80 <= code <= 0x9F and match.start() == lead_ends)
        ):
            count += 1
            lead_ends = match.end() if 0xC2 <= code <= 0xF4 else -1
            return char
        return run

    return _MOJIBAKE_RUN.sub(fix, text), count


def _byte_of(char: str) -> int:
    try:
        return char.encode("cp1252")[0]
    except UnicodeEncodeError:
        return ord(char)  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: Latin-1 control characters


def check_markup(data: bytes) -> None:
    """Raise unless ``data`` looks like an HTML page (not JSON, a feed or plain text)."""
    first = _NON_SPACE.search(data)
    if first is None:
        raise EmptyInputError("the input has no visible characters")
    start = first.start()
    head = data[start : start + 65536]
    if head[:1] in (b"{", b"[") and not _DOCUMENT_TAG.search(head[:4096]):
        raise NotHTMLError("the input is a JSON document, not an HTML page")
    if _FEED.search(head[:4096]) and not _DOCUMENT_TAG.search(head[:4096]):
        raise NotHTMLError("the input is an RSS/Atom feed or XML sitemap, not an HTML page")
    if not _MARKUP.search(head):
        raise NotHTMLError("the input has no HTML markup (plain text?)")
