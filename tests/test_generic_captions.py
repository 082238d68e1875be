"""Captions an image carries in its attributes, repeated captions and implausible credits."""

from __future__ import annotations

import json

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.conventions import parse_credit
from newsparse.generic.captions import (
    attribute_caption,
    page_captions,
    plausible_credit,
    without_repeats,
)
from newsparse.generic.images import CREDIT_START, _credit_marked
from newsparse.model import Credit, Image

TEXT = "<p>" + "Die Brücke über den Fluss wird im Sommer für drei Monate gesperrt. " * 6 + "</p>"


def element(html: str) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(html, create_parent="div")


@pytest.mark.parametrize(
    ("img", "expected"),
    [
        ("<img src='a.jpg' data-caption='Die Brücke am Morgen'>", "Die Brücke am Morgen"),
        (
            "<img src='a.jpg' alt='Die Brücke am Morgen © Stadt Foto: Jan Muster' "
            "title='Die Brücke am Morgen'>",
            "Die Brücke am Morgen",
        ),
        (
            "<img src='a.jpg' alt='Die Brücke am Morgen' title='Die Brücke am Morgen | '>",
            "Die Brücke am Morgen",
        ),
        ("<img src='a.jpg' alt='Die Brücke am Morgen'>", None),  # alt alone: for screen readers
        ("<img src='a.jpg' alt='Brücke' title='Brücke'>", None),  # a label, not a caption
    ],
)
def test_attribute_caption(img: str, expected: str | None) -> None:
    assert attribute_caption(element(img)) == expected


@pytest.mark.parametrize(
    ("html", "caption", "holders"),
    [
        (
            "<div><img src='https://x.de/img/brücke.jpg?w=900' data-caption='Die Brücke am "
            "Morgen' data-source='Jan Muster/dpa'></div>",
            "Die Brücke am Morgen",
            ("Jan Muster", "dpa"),
        ),
        (
            # the credit is cut where it is printed, with its label, not wherever its
            # words occur in the caption
            "<div><img src='https://x.de/img/brücke.jpg'></div><div class='caption'>Lego "
            "baut die Brücke nach. Foto: <span class='credit'>Lego</span></div>",
            "Lego baut die Brücke nach.",
            ("Lego",),
        ),
    ],
    ids=["img attributes", "caption box after the img"],
)
def test_a_jsonld_image_takes_the_caption_and_credit_its_img_carries(
    html: str, caption: str, holders: tuple[str, ...]
) -> None:
    images = (Image(url="https://x.de/img/brücke.jpg?w=6000", is_cover=True),)
    (found,) = page_captions(element(html), images)
    assert found.caption == caption
    assert found.credit is not None
    assert found.credit.holders == holders


def test_a_caption_repeated_for_another_picture_is_dropped() -> None:
    images = (
        Image(url="https://x.de/a.jpg", caption="Die Brücke"),
        Image(url="https://x.de/b.jpg", caption="Die Brücke"),
        Image(url="https://x.de/a.jpg", caption="Die Brücke"),
    )
    assert [i.caption for i in without_repeats(images)] == ["Die Brücke", None, "Die Brücke"]


@pytest.mark.parametrize(
    ("raw", "holders"),
    [
        ("Foto: BILD 15.05.2023", None),
        ("Video: 2:43 min", None),
        ("Foto: dpa / 2:43 min", ("dpa",)),
        ("Foto: picture alliance / dpa | Jan Muster", ("picture alliance", "dpa", "Jan Muster")),
    ],
)
def test_dates_and_durations_credit_nobody(raw: str, holders: tuple[str, ...] | None) -> None:
    credit = parse_credit(raw) or Credit(raw=raw, holders=(raw.split(": ", 1)[1],))
    found = plausible_credit(credit)
    assert (found.holders if found else None) == holders


def test_parse_gives_the_cover_its_data_caption() -> None:
    ld = {"@type": "NewsArticle", "headline": "Brücke gesperrt", "image": "https://x.de/b.jpg"}
    html = (
        "<html lang='de'><head><script type='application/ld+json'>"
        f"{json.dumps(ld)}</script></head><body><article><h1>Brücke gesperrt</h1>"
        "<div><img src='https://x.de/b.jpg?w=900' data-caption='Die Brücke am Morgen'></div>"
        f"{TEXT}{TEXT}</article></body></html>"
    )
    article = newsparse.parse(html, url="https://x.de/lokales/a-1.html", parser="generic")
    assert [i.caption for i in article.images] == ["Die Brücke am Morgen"]


# -- credits printed beside the figure (issue 16) ---------------------------------------

FIGURE = "<figure><img src='/b.jpg'><figcaption>Die Brücke am Morgen</figcaption></figure>"


def article_with(figure_html: str) -> newsparse.Article:
    html = (
        "<html lang='de'><body><article><h1>Brücke gesperrt</h1>"
        f"{figure_html}{TEXT}{TEXT}</article></body></html>"
    )
    return newsparse.parse(html, url="https://x.de/lokales/a-1.html", parser="generic")


def test_a_license_named_span_in_the_caption_is_the_credit() -> None:
    figure = (
        "<figure><img src='/b.jpg'><figcaption>Die Brücke am Morgen "
        "<span class='media-license-caption'>– Jan Muster (CC BY 2.0)</span></figcaption></figure>"
    )
    image = article_with(figure).images[0]
    assert image.caption == "Die Brücke am Morgen"
    assert image.credit is not None
    assert "Jan Muster" in image.credit.holders[0]


@given(st.from_regex(CREDIT_START))
def test_every_text_opening_like_a_credit_holds_a_colon_or_a_copyright_sign(text: str) -> None:
    # A figure or caption without either has only its named boxes read for a credit.
    assert _credit_marked(text)


@pytest.mark.parametrize("box", ["span", "p", "div"])
def test_a_box_opening_like_a_credit_outside_the_caption_is_the_credit(box: str) -> None:
    figure = (
        f"<figure><img src='/b.jpg'><{box}><b>Foto:</b> Jan Muster</{box}>"
        "<figcaption>Die Brücke am Morgen</figcaption></figure>"
    )
    image = article_with(figure).images[0]
    assert image.caption == "Die Brücke am Morgen"
    assert image.credit is not None
    assert image.credit.holders == ("Jan Muster",)


def test_a_placeholder_asking_for_javascript_is_no_image() -> None:
    placeholder = (
        "<figure><div class='video'></div><figcaption>Bitte aktivieren Sie Javascript, um "
        "dieses Video zu sehen.</figcaption></figure>"
    )
    images = article_with(FIGURE + TEXT + placeholder).images
    assert [i.caption for i in images] == ["Die Brücke am Morgen"]


@pytest.mark.parametrize(
    "controls", ["Video starten, abbrechen mit Escape", "Audio starten", "Video abspielen:"]
)
def test_a_players_control_label_is_no_caption_text(controls: str) -> None:
    figure = (
        f"<figure><img src='/b.jpg'><figcaption>{controls} Die Brücke am Morgen"
        "</figcaption></figure>"
    )
    assert article_with(figure).images[0].caption == "Die Brücke am Morgen"


# -- captions and credits printed after the image box, outside it (issue 16) ------------


def test_a_credit_block_after_the_figure_is_its_credit() -> None:
    figure = (
        "<div><div><figure><img src='/b.jpg'><figcaption>Die Brücke am Morgen</figcaption>"
        "</figure></div><div class='image-meta'><div class='description'>Die Brücke am "
        "Morgen</div><div class='image-copyright'>picture alliance / dpa | Jan Muster</div>"
        "</div></div>"
    )
    (image,) = article_with(figure).images
    assert image.caption == "Die Brücke am Morgen"
    assert image.credit is not None
    assert image.credit.holders == ("picture alliance", "dpa", "Jan Muster")


def test_a_caption_after_the_image_link_is_its_caption() -> None:
    box = (
        "<a class='picture' href='/b-gross.jpg'><img src='/b.jpg' alt='Eine Brücke im Nebel' "
        "title='Eine Brücke im Nebel'></a><button></button><p class='caption'>Die Brücke am "
        "Morgen <span class='credit'>Foto: Jan Muster/dpa</span></p>"
    )
    html = (
        "<html lang='de'><head><meta property='og:image' content='https://x.de/b.jpg'></head>"
        f"<body><article><h1>Brücke gesperrt</h1>{box}{TEXT}{TEXT}</article></body></html>"
    )
    (image,) = newsparse.parse(html, url="https://x.de/lokales/a-1.html", parser="generic").images
    assert image.caption == "Die Brücke am Morgen"
    assert image.credit is not None
    assert image.credit.holders == ("Jan Muster", "dpa")


def test_a_named_caption_after_an_image_box_is_its_caption() -> None:
    box = (
        "<div class='article-image'><div><picture><img src='/b.jpg'></picture></div>"
        "<button>Vergrößern</button></div><div class='image-details'><span>Die Brücke am "
        "Morgen</span><em class='image-details--source'>Imago</em></div>"
    )
    (image,) = article_with(box).images
    assert image.caption == "Die Brücke am Morgen"
    assert image.credit is not None
    assert image.credit.holders == ("IMAGO",)


@pytest.mark.parametrize(
    "after",
    [
        # a box of topic links is no caption
        "<div class='credit'><a href='/t/bruecke'>Brücken</a> Foto: Jan Muster</div>",
        # body text after the figure is no caption
        "<p>Die Brücke über den Fluss wird gesperrt. Foto: Jan Muster</p>",
        # the next figure's caption belongs to the next figure
        "<figure><img src='/c.jpg'><figcaption class='caption'>Ein Fluss © Jan Muster"
        "</figcaption></figure>",
    ],
)
def test_only_a_named_short_box_without_links_or_pictures_counts(after: str) -> None:
    figure = "<figure><img src='/b.jpg'><figcaption>Die Brücke am Morgen</figcaption></figure>"
    image = article_with(f"<div>{figure}</div>{after}").images[0]
    assert image.caption == "Die Brücke am Morgen"
    assert image.credit is None


def test_a_pull_quote_figure_is_no_image() -> None:
    quote = (
        "<figure><blockquote><p>Die Brücke hält noch zehn Jahre.</p></blockquote>"
        "<figcaption>Jan Muster, Bauamt</figcaption></figure>"
    )
    assert [i.caption for i in article_with(FIGURE + TEXT + quote).images] == [
        "Die Brücke am Morgen"
    ]


def test_a_players_running_time_and_expiry_are_no_caption() -> None:
    player = (
        "<div class='media-box'><img src='/b.jpg' alt='Die Brücke im Nebel am Morgen' "
        "title='Die Brücke im Nebel am Morgen | Foto: Jan Muster'><div><h2>Brücke gesperrt | "
        "Lokalzeit</h2><p>02:57 Min.. Verfügbar bis 06.05.2024.</p></div></div>"
    )
    (image,) = article_with(player).images
    assert image.caption == "Die Brücke im Nebel am Morgen"


def test_a_box_of_linked_teaser_cards_is_no_image() -> None:
    cards = (
        "<div class='mod-pic-list'><h3>Weitere Beiträge</h3><ul><li><a href='/b-1.html'>"
        "<img src='/c.jpg'><p>Der Fluss steigt © Jan Muster</p></a></li></ul></div>"
    )
    images = article_with(FIGURE + TEXT + cards).images
    assert [i.caption for i in images] == ["Die Brücke am Morgen"]


def test_a_caption_box_after_the_image_leaves_the_intro_paragraph_out() -> None:
    box = (
        "<div class='image-container'><a href='/b.html'><img src='/b.jpg' alt='Die Brücke' "
        "title='Die Brücke'></a></div><div class='intro'><div><span>Die Brücke am Morgen</span>"
        "<span class='image-copyright'>Bild: Jan Muster</span></div><p>Die Stadt sperrt die "
        "Brücke über den Fluss.</p></div>"
    )
    (image,) = article_with(box).images
    assert image.caption == "Die Brücke am Morgen"
    assert image.credit is not None
    assert image.credit.holders == ("Jan Muster",)


def test_a_credit_label_printed_apart_from_the_credit_is_no_caption_text() -> None:
    figure = (
        "<figure><img src='/b.jpg'><figcaption>Die Brücke am Morgen <span>- </span>"
        "<span class='copyright'>Copyright </span><span class='credit'>Jan Muster/AP</span>"
        "</figcaption></figure>"
    )
    (image,) = article_with(figure).images
    assert image.caption == "Die Brücke am Morgen"
    assert image.credit is not None
    assert image.credit.holders == ("Jan Muster", "AP")


def test_a_credit_named_like_a_word_of_the_caption_leaves_that_word() -> None:
    figure = (
        "<figure><img src='/b.jpg'><figcaption>Lego baut die Brücke nach. "
        "<span class='credit'>Lego</span></figcaption></figure>"
    )
    (image,) = article_with(figure).images
    assert image.caption == "Lego baut die Brücke nach."
    assert image.credit is not None
    assert image.credit.holders == ("Lego",)


def test_a_caption_printed_twice_in_the_box_is_read_once() -> None:
    box = (
        "<div class='detail-img'><img src='/b.jpg'><div>Die Brücke am Morgen.</div>"
        "<div class='zoom'>Die Brücke am Morgen.</div></div>"
    )
    (image,) = article_with(box).images
    assert image.caption == "Die Brücke am Morgen."


def test_a_credited_teaser_card_linking_picture_and_headline_is_no_image() -> None:
    card = (
        "<div class='teaser'><div class='media'><a href='/fluss-1.html'><img src='/c.jpg'></a>"
        "<span class='credit'>Bildrechte: Jan Muster</span></div><div><h4><a href='/fluss-1.html'>"
        "Der Fluss steigt</a></h4></div></div>"
    )
    images = article_with(FIGURE + TEXT + card).images
    assert [i.caption for i in images] == ["Die Brücke am Morgen"]


def test_a_picture_opening_in_a_viewer_page_stays_an_image() -> None:
    figure = (
        "<div class='image-box'><a href='/bruecke-bild-1.html'><img src='/b.jpg'></a>"
        "<p class='caption'>Die Brücke am Morgen <span class='credit'>Foto: Jan Muster</span>"
        "</p></div><h2><a href='/anderes-2.html'>Mehr zum Thema</a></h2>"
    )
    (image,) = article_with(figure).images
    assert image.caption == "Die Brücke am Morgen"
