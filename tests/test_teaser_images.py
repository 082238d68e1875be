"""Teaser boxes, galleries of other pages and "more on this topic" cards are never article images.

The rule lives where every site reads its images (``blocks.figure_image``,
used by the site layouts, and ``generic.images``), so it is tested here over
several markups, through a site layout and through the generic parser.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse.blocks import is_teaser_figure
from newsparse.document import Document
from newsparse.sites.base import Layout, Site

URL = "https://www.example.de/politik/ein-artikel-ueber-etwas-123.html"
LEAD = (
    '<figure class="lead"><img src="https://www.example.de/img/lead.jpg" alt="">'
    "<figcaption>Die Ministerin im Bundestag. (Foto: dpa)</figcaption></figure>"
)
PARAGRAPHS = "".join(
    f"<p>Absatz {n}: Die Regierung hat am Dienstag einen Entwurf vorgelegt, "
    "über den der Bundestag noch im Sommer beraten soll.</p>"
    for n in range(1, 6)
)

#: Boxes inside the article text that show other articles, in the markups sites use.
TEASER_BOXES = {
    "gallery teaser (n-tv classic)": (
        '<div class="article__aside"><div class="teaser teaser--gallery">'
        '<figure class="teaser__media"><a href="https://www.example.de/bilder/serie-article9.html">'
        '<img src="https://www.example.de/img/serie.jpg" alt=""></a>'
        '<div class="teaser__mediainfo">24 Bilder</div></figure>'
        '<div class="teaser__content"><a href="https://www.example.de/bilder/serie-article9.html">'
        "Eine Bilderserie</a></div></div></div>"
    ),
    "more on this topic card": (
        '<div class="article__related"><strong>Mehr zum Thema</strong>'
        '<figure><img src="https://www.example.de/img/other.jpg" alt="">'
        "<figcaption>Ein anderes Bild. (Foto: AFP)</figcaption></figure>"
        '<a href="/politik/anderer-artikel-456.html">Ein anderer Artikel</a></div>'
    ),
    "picture linking to another article": (
        '<figure><a href="/wirtschaft/noch-ein-artikel-789.html">'
        '<img src="https://www.example.de/img/teaser.jpg" alt=""></a>'
        "<figcaption>Lesen Sie, wie es weiterging</figcaption></figure>"
    ),
    "recommendation widget (CSS-module classes)": (
        '<section class="Recommendations_box__x1Y2z"><figure>'
        '<img src="https://www.example.de/img/reco.jpg" alt=""></figure>'
        '<a href="https://www.example.de/sport/ein-spiel-321.html">Ein Spiel</a></section>'
    ),
    "gallery box linking elsewhere (picture not linked)": (
        '<div class="gallery-teaser"><figure><img src="https://www.example.de/img/gal.jpg" alt="">'
        '</figure><a href="https://www.example.de/galerie/die-woche-in-bildern.html">'
        "Die Woche in Bildern</a></div>"
    ),
}

#: Article pictures that look a little like teasers but are not.
ARTICLE_PICTURES = {
    "zoom link to the picture's own file": (
        '<figure><a href="https://cdn.example.de/img/gross/zweites.jpg">'
        '<img src="https://cdn.example.de/img/klein/zweites.jpg" alt=""></a>'
        "<figcaption>Ein zweites Bild. (Foto: Reuters)</figcaption></figure>"
    ),
    "credited picture opening in a viewer page": (
        '<figure><a href="/politik/ein-artikel-ueber-etwas-bild-2.html">'
        '<img src="https://www.example.de/img/zweites.jpg" alt=""></a>'
        "<figcaption>Ein zweites Bild. (Foto: Reuters)</figcaption></figure>"
    ),
    "lead picture its site calls a teaser image": (
        '<div class="teaser-image"><figure><img src="https://www.example.de/img/zweites.jpg" '
        'alt=""><figcaption>Ein zweites Bild.</figcaption></figure></div>'
    ),
}


def page(inner: str) -> str:
    return (
        f"<html><head><title>Ein Artikel</title></head><body><article>"
        f"<h1>Ein Artikel über etwas</h1>{LEAD}<div class='text'>{PARAGRAPHS}{inner}"
        f"{PARAGRAPHS}</div></article></body></html>"
    )


class _Layout(Layout):
    NAME = "test"
    MARKER = "article h1"
    HEADLINE = "article h1"
    BODY = "article .text"
    IMAGES = "article figure"


SITE = Site(name="example", title="Example", layouts=(_Layout,))


def image_urls(html: str, parser: str | Site) -> list[str | None]:
    return [i.url for i in newsparse.parse(html, url=URL, parser=parser).images]


@pytest.mark.parametrize("parser", [SITE, "generic"], ids=["site layout", "generic"])
@pytest.mark.parametrize("box", list(TEASER_BOXES))
def test_teaser_boxes_are_no_article_images(box: str, parser: str | Site) -> None:
    assert image_urls(page(TEASER_BOXES[box]), parser) == ["https://www.example.de/img/lead.jpg"]


@pytest.mark.parametrize("parser", [SITE, "generic"], ids=["site layout", "generic"])
@pytest.mark.parametrize("picture", list(ARTICLE_PICTURES))
def test_article_pictures_stay(picture: str, parser: str | Site) -> None:
    urls = image_urls(page(ARTICLE_PICTURES[picture]), parser)
    assert len(urls) == 2
    assert urls[0] == "https://www.example.de/img/lead.jpg"
    assert urls[1] is not None
    assert "zweites" in urls[1]


def test_is_teaser_figure_reads_links_against_the_page_url() -> None:
    html = (
        '<html><body><figure><a href="#oben"><img src="a.jpg"></a></figure>'
        f'<figure><a href="{URL}"><img src="b.jpg"></a></figure>'
        '<figure><a href="/sport/ein-anderer-artikel.html"><img src="c.jpg"></a></figure>'
        '<figure><a href="javascript:zoom()"><img src="d.jpg"></a></figure></body></html>'
    )
    doc = Document.from_bytes(html.encode(), url=URL)
    flags = [is_teaser_figure(doc, f, credited=False) for f in doc.root.iter("figure")]
    assert flags == [False, False, True, False]  # only the link to another page counts


class _OwnImageReader(Layout):
    """A layout that builds its images itself, without ``figure_image`` (as ARD's does)."""

    NAME = "own-images"
    HEADLINE = "h1"
    BODY = "article"
    IMAGES = "article figure"

    def image(self, element: object, *, is_cover: bool) -> newsparse.Image | None:
        img = self.doc.select_one("img", element)  # type: ignore[arg-type]
        src = img.get("src") if img is not None else None
        return newsparse.Image(url=src, is_cover=is_cover) if src else None


@pytest.mark.parametrize("box", sorted(TEASER_BOXES))
def test_a_layout_with_its_own_image_reader_drops_teaser_boxes_too(box: str) -> None:
    html = (
        f"<html><body><article><h1>Ein Artikel</h1>{LEAD}{PARAGRAPHS[:400]}"
        f"{TEASER_BOXES[box]}{PARAGRAPHS[400:]}</article></body></html>"
    )
    site = Site(name="own", title="Own", layouts=(_OwnImageReader,))
    article = newsparse.parse(html, url=URL, parser=site)
    assert [image.url for image in article.images] == ["https://www.example.de/img/lead.jpg"]
