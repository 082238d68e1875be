"""The generic parser's source line, wherever the markup puts it at the article's end."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.generic.source import read_line, split_last
from newsparse.model import Paragraph

PARAGRAPHS = [
    "Die Brücke über den Fluss wird im Sommer für drei Monate gesperrt, teilte die Stadt mit.",
    "Während der Arbeiten wird der Verkehr über eine Behelfsbrücke geleitet, die auch "
    "Radfahrer und Fußgänger nutzen können.",
    "Die Kosten von zwölf Millionen Euro tragen Bund und Land gemeinsam, hieß es weiter.",
    "Der Eintritt zum Brückenfest am Eröffnungstag ist frei, Anmeldungen sind nicht nötig.",
]
LINES = [
    ("Quelle: ntv.de, ino/AFP/dpa", ("AFP", "dpa"), ("ino",)),
    ("(dpa)", ("dpa",), ()),
    ("mit Material von dpa", ("dpa",), ()),
    ("ino/AFP/dpa", ("AFP", "dpa"), ("ino",)),
    ("jwu/dpa", ("dpa",), ("jwu",)),
    ("© dpa-infocom, dpa:240516-99-53606/3", ("dpa",), ()),
    ("Mit Agenturmaterial", (), ()),
    # A broadcaster's note of the programme and air time, alone or before the source.
    ("Am Mittag, 03.01.2024, 12:30 Uhr", (), ()),
    ("Radio Aktuell, 15.4.2024, 10:05 Uhr; ndr.de/kas", (), ("kas",)),
]
#: Where a page puts the line: (before it, after it), the article's paragraphs in between.
PLACES = {
    "own paragraph": ("", "<p>{line}</p>"),
    "box after the text": ("", "<div class='article-footer'><span>{line}</span></div>"),
    "small print after the container": ("", "</div><small>{line}</small><div>"),
    "footer": ("", "<footer><p>{line}</p></footer>"),
}


def page(line_html: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        "<html lang='de'><head><title>Brücke gesperrt</title></head><body><main><article>"
        f"<h1>Brücke gesperrt</h1><div>{body}{line_html}</div></article>"
        "<aside><a href='/a'>Mehr zum Thema</a></aside></main></body></html>"
    )


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize(("line", "agencies", "editors"), LINES)
def test_source_line_at_the_end_in_any_markup(
    place: str, line: str, agencies: tuple[str, ...], editors: tuple[str, ...]
) -> None:
    article = newsparse.parse(page(PLACES[place][1].format(line=line)), parser="generic")
    assert article.source is not None, place
    assert article.source.agencies == agencies
    assert article.source.editors == editors
    assert all(line not in text for text in article.paragraphs)
    assert len(article.paragraphs) == len(PARAGRAPHS)


def test_initials_at_the_end_of_the_last_paragraph() -> None:
    html = page("").replace("nicht nötig.</p>", "nicht nötig. (kas)</p>")
    article = newsparse.parse(html, parser="generic")
    assert article.source is not None
    assert article.source.editors == ("kas",)
    assert article.paragraphs[-1].endswith("nicht nötig.")


@pytest.mark.parametrize(
    "text",
    [
        "Dieser Artikel ist zuerst bei Capital erschienen.",
        "© The Financial Times Ltd. 2024",
        "Aus dem Englischen von Jan Muster Copyright: Project Syndicate, 2025",
        "Quellen: Landtag, Stellungnahmen zur Anhörung; eigene Recherche",
    ],
)
def test_syndication_rights_and_labelled_lines_are_source_lines(text: str) -> None:
    assert read_line(text, paragraph=True) is not None
    blocks, line = split_last((Paragraph(text=PARAGRAPHS[0]), Paragraph(text=text)))
    assert line is not None
    assert blocks == (Paragraph(text=PARAGRAPHS[0]),)


def test_sources_listed_one_a_line_after_a_label() -> None:
    html = page("<p>Quellen:</p><p>Landtag, Stellungnahmen</p><p>Eigene Recherche</p>")
    article = newsparse.parse(html, parser="generic")
    assert article.source is not None
    assert article.source.raw == "Quellen: Landtag, Stellungnahmen; Eigene Recherche"
    assert len(article.paragraphs) == len(PARAGRAPHS)


@pytest.mark.parametrize(
    "text",
    [
        "junge Welt",  # a lower-case word before a name is no Kürzel
        "Er sagte, die Brücke sei sicher.",
        "© 2024 Beispiel Verlag GmbH. Alle Rechte vorbehalten. Impressum, Datenschutz, AGB, "
        "Kontakt und Hilfe finden Sie unten auf jeder Seite unseres Angebots.",
        "Foto: dpa",
    ],
)
def test_other_short_lines_are_no_source_lines(text: str) -> None:
    assert read_line(text) is None


def test_a_rights_line_outside_a_paragraph_is_no_source() -> None:
    assert read_line("© Beispiel Verlag 2024") is None
    assert read_line("© Beispiel Verlag 2024", paragraph=True) is not None


@pytest.mark.parametrize(
    ("markup", "editors"),
    [
        ("<div><p>amw</p></div>", ("amw",)),
        ("<p>ku/stg</p>", ("ku", "stg")),
    ],
)
def test_a_kuerzel_alone_right_after_the_text_is_the_source(
    markup: str, editors: tuple[str, ...]
) -> None:
    article = newsparse.parse(page(markup), parser="generic")
    assert article.source is not None
    assert article.source.editors == editors


@pytest.mark.parametrize(
    "markup",
    [
        "<p>mehr</p>",  # a word, not a Kürzel
        "<div><a href='/x'>amw</a></div>",  # a link
    ],
)
def test_no_kuerzel_source_elsewhere(markup: str) -> None:
    assert newsparse.parse(page(markup), parser="generic").source is None


def test_a_last_paragraph_of_kuerzel_and_notes_is_the_source() -> None:
    line = "ssi, dan; Foto [M]: Bildagentur; Erstveröffentlichung: 4.4.18"
    blocks, found = split_last((Paragraph(text=PARAGRAPHS[0]), Paragraph(text=line)))
    assert blocks == (Paragraph(text=PARAGRAPHS[0]),)
    assert found is not None
    assert found.editors == ("ssi", "dan")


def test_an_app_prompt_after_the_text_does_not_hide_the_source() -> None:
    prompt = "<ul><li>Mehr Lesekomfort auch für unterwegs</li><li>E-Paper in einer App</li></ul>"
    last = PARAGRAPHS[-1]
    html = page("").replace(f"<p>{last}</p>", f"<p>{last} <span>(kas)</span></p>{prompt}")
    article = newsparse.parse(html, parser="generic")
    assert article.source is not None
    assert article.source.editors == ("kas",)
    assert not any("Lesekomfort" in p for p in article.paragraphs)


def test_a_source_note_at_the_top_of_a_ticker_is_the_source() -> None:
    note = (
        "Mit Informationen der Korrespondenten sowie der Nachrichtenagenturen AFP, dpa und "
        "Reuters. Zum Teil lassen sich die Angaben nicht unabhängig überprüfen."
    )
    article = newsparse.parse(page("").replace("<div><p>", f"<div><p><em>{note}</em></p><p>", 1))
    assert article.source is not None
    assert article.source.agencies == ("AFP", "dpa", "Reuters")
    assert note not in article.paragraphs
    assert article.paragraphs == tuple(PARAGRAPHS)
