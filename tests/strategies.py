"""Hypothesis strategies, in one module (the attrs way): grammar pieces and texts built from them.

Each composite strategy returns the text and the pieces it was built from, so a
property test can parse the text and compare the result with the pieces.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import strategies as st

from newsparse.conventions import AGENCIES, PHOTO_AGENCIES

# -- pieces --------------------------------------------------------------------

#: Given names and surnames for made-up people (none is an agency, role or place word).
FIRST_NAMES = (
    "Anna", "Jonas", "Mehmet", "Zoë", "Łukasz", "Marie-Luise", "Jan", "Ines", "Ömer",
    "Sophie", "Karl", "Aylin", "Björn", "Clara", "Dmitri", "Eva", "Farid", "Greta",
)  # fmt: skip
SURNAMES = (
    "Schmidt", "Yılmaz", "Krüger", "Nowak", "Weiß", "Hoffmann-Rieger", "Okafor", "Brandt",
    "Lindqvist", "Ziegler", "Baumgärtner", "Petrović", "Öztürk", "Vogel", "Hansen",
)  # fmt: skip
#: Agencies whose canonical names are tokens of their own (no spaces, no slashes).
AGENCY_NAMES = tuple(name for name in AGENCIES if " " not in name and "/" not in name)
#: News agencies among them: the ones a source line names.
NEWS_AGENCY_NAMES = tuple(name for name in AGENCY_NAMES if name not in PHOTO_AGENCIES)
#: Credit labels and the kind each gives.
CREDIT_LABELS = (
    ("Foto: ", "photo"),
    ("Fotos: ", "photo"),
    ("Bild: ", "picture"),
    ("Bildrechte: ", "picture"),
    ("Grafik: ", "graphic"),
    ("Video: ", "video"),
    ("Illustration: ", "illustration"),
    ("© ", None),
    ("Quelle: ", None),
    ("", None),
)
HOLDER_SEPARATORS = ("/", " / ", " | ", "/ ", " via ")
OUTLETS = ("ntv.de", "zeit.de", "orf.at", "srf.ch", "wort.lu", "faz.net", "t-online.de")
#: Initials that are no agency alias and no outlet short name.
INITIALS = st.text(alphabet="bcfghjklmnpqvwx", min_size=2, max_size=4)
BYLINE_PREFIXES = (
    "Von ",
    "von ",
    "Von: ",
    "Autor: ",
    "Ein Kommentar von ",
    "Eine Analyse von ",
    "",
)
PLACES = ("Lille", "Berlin", "Zürich", "Wien", "Kiew", "New York", "Frankfurt am Main")
GERMAN_MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember",
)  # fmt: skip


@st.composite
def person(draw: st.DrawFn) -> str:
    """A made-up person's name: one or two given names and a surname."""
    given = draw(st.lists(st.sampled_from(FIRST_NAMES), min_size=1, max_size=2, unique=True))
    return " ".join([*given, draw(st.sampled_from(SURNAMES))])


# -- composed texts -------------------------------------------------------------


@st.composite
def credits(draw: st.DrawFn) -> tuple[str, str | None, tuple[str, ...]]:
    """``(text, kind, holders)``: a credit such as ``Foto: picture alliance/dpa | Anna Vogel``."""
    label, kind = draw(st.sampled_from(CREDIT_LABELS))
    holders = draw(
        st.lists(st.one_of(st.sampled_from(AGENCY_NAMES), person()), min_size=1, max_size=4)
    )
    holders = list(dict.fromkeys(holders))
    if not label and not any(h in AGENCIES for h in holders):
        holders.append(draw(st.sampled_from(AGENCY_NAMES)))
    text = holders[0]
    for holder in holders[1:]:
        text += draw(st.sampled_from(HOLDER_SEPARATORS)) + holder
    text = label + text
    if draw(st.booleans()):
        text = f"({text})"
    return text, kind, tuple(holders)


@st.composite
def source_lines(
    draw: st.DrawFn,
) -> tuple[str, str | None, tuple[str, ...], tuple[str, ...]]:
    """``(text, outlet, editors, agencies)``: ``Quelle: ntv.de, ino/AFP/dpa`` and its pieces."""
    outlet = draw(st.none() | st.sampled_from(OUTLETS))
    editors = tuple(draw(st.lists(INITIALS, max_size=2, unique=True)))
    agencies = tuple(
        draw(st.lists(st.sampled_from(NEWS_AGENCY_NAMES), min_size=1, max_size=3, unique=True))
    )
    slashed = "/".join([*editors, *agencies])
    text = f"{outlet}, {slashed}" if outlet else slashed
    if outlet or draw(st.booleans()):
        text = "Quelle: " + text
    return text, outlet, editors, agencies


@st.composite
def bylines(draw: st.DrawFn) -> tuple[str, tuple[str, ...], str | None]:
    """``(text, names, dateline)``: ``Von A, B und C, Lille`` and its pieces."""
    names = tuple(draw(st.lists(person(), min_size=1, max_size=4, unique=True)))
    if len(names) == 1:
        joined = names[0]
    else:
        joined = ", ".join(names[:-1]) + draw(st.sampled_from((" und ", ", "))) + names[-1]
    dateline = draw(st.none() | st.sampled_from(PLACES))
    text = draw(st.sampled_from(BYLINE_PREFIXES)) + joined
    if dateline:
        text += ", " + dateline
    return text, names, dateline


@st.composite
def german_dates(draw: st.DrawFn) -> tuple[str, datetime]:
    """``(text, naive datetime)``: a date printed the German way, to the minute."""
    start = datetime(2000, 1, 1)
    value = start + timedelta(minutes=draw(st.integers(0, 60 * 24 * 365 * 30)))
    forms = (
        f"{value:%d.%m.%Y}, {value:%H:%M} Uhr",
        f"{value.day}. {GERMAN_MONTHS[value.month - 1]} {value.year}, {value:%H:%M} Uhr",
        f"{value.day}. {GERMAN_MONTHS[value.month - 1][:3]}. {value.year} um {value:%H:%M} Uhr",
        f"Stand: {value:%d.%m.%Y} {value:%H.%M} Uhr",
        f"Aktualisiert am {value:%d.%m.%Y} - {value:%H:%M} Uhr",
        f"{value:%Y-%m-%dT%H:%M:00}",
    )
    return draw(st.sampled_from(forms)), value


_TOKENS = [
    *"aAäÖßzZ09.,;:/|()[]©+-–·«»„“",
    " ",
    "\n",
    "\t",
    "\u00a0",
    "\u00ad",
    "\u200b",
    "Foto:",
    "Quelle:",
    "dpa",
    "Von ",
    " und ",
    "vor ",
    "Uhr",
    "2024",
    "IMAGO",
    "red",
]
#: Any text: unicode at large, or tokens the grammar cares about in random order.
arbitrary_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(_TOKENS), max_size=150).map("".join),
)
