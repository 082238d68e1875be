"""Stand-in words from a keyed hash, in the shape of the word; and the words kept as printed."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from newsparse import conventions

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
