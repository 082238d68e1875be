"""Site knowledge that survives a redesign: profiles, part-wise rescue, domains and families."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

import newsparse
from newsparse import registry
from newsparse.sites.profile import Profile

from corpus import page, requires_corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SEED = FIXTURES / "ntv-seed" / "page.html"
SEED_URL = "https://www.n-tv.de/politik/Nordkoreas-Kim-sagt-Moskau-bedingungslose-Unterstuetzung-zu-id25912345.html"


# -- the profile's rules --------------------------------------------------------


@pytest.mark.parametrize(
    ("profile", "url", "section"),
    [
        (Profile(section_paths=True), "https://www.n-tv.de/politik/Kim-id1.html", "Politik"),
        (Profile(section_paths=True), "https://www.n-tv.de/leben/a/b-id1.html", "Leben"),
        (Profile(section_paths=True), "https://x.de/rhein-main/a.html", "Rhein-Main"),
        (Profile(section_paths=True), "https://x.de/artikel-123.html", None),  # no section
        (Profile(section_paths=True), "https://x.de/2024/05/a.html", None),  # a date
        (Profile(section_paths=True), "https://x.de/de/a.html", None),  # a language
        (Profile(section_paths=False), "https://www.n-tv.de/politik/a.html", None),
        (
            Profile(section_paths=True, skip_segments=("aktuell",)),
            "https://www.faz.net/aktuell/politik/ausland/a.html",
            "Politik",
        ),
        (
            Profile(section_paths=True, section_names={"fussball": "Fußball"}),
            "https://www.sportschau.de/fussball/premier-league/a.html",
            "Fußball",
        ),
        (Profile(section_paths=True), "http://[::1/x", None),  # a malformed URL
        (Profile(section_paths=True), None, None),
    ],
)
def test_section_from_url(profile: Profile, url: str | None, section: str | None) -> None:
    assert profile.section_from_url(url) == section


def test_brands_are_compared_by_letters_and_digits() -> None:
    profile = Profile(brands=("n-tv", "ntv.de"))
    assert profile.is_brand("NTV.de")
    assert profile.is_brand("n-tv")
    assert not profile.is_brand("Anna Schmidt")


def test_paywall_by_url_says_yes_or_nothing() -> None:
    profile = Profile(paywall_path=r"/plus\d")
    assert profile.paywalled_by_url("https://www.welt.de/politik/plus253/a.html") is True
    assert profile.paywalled_by_url("https://www.welt.de/politik/article253/a.html") is None
    assert Profile().paywalled_by_url("https://www.welt.de/plus1/") is None


@pytest.mark.parametrize(
    ("country", "zone"),
    [("de", "Europe/Berlin"), ("at", "Europe/Vienna"), ("ch", "Europe/Zurich"),
     ("lu", "Europe/Luxembourg"), ("li", "Europe/Vaduz")],
)  # fmt: skip
def test_the_country_gives_the_time_zone(country: str, zone: str) -> None:
    assert Profile(country=country).timezone == zone


def test_every_site_declares_a_profile_that_fits_its_domains() -> None:
    for name in registry.entries():
        site = registry.load(name)
        assert site.domains, name
        assert site.profile.country in ("de", "at", "ch", "lu", "li"), name
        tlds = {domain.rsplit(".", 1)[-1] for domain in site.domains}
        if tlds <= {"at", "ch", "lu"}:
            assert site.profile.country in tlds, name


# -- a page that matched no layout keeps its site ---------------------------------


def _rename(html: str, old: str, new: str) -> str:
    """The page with every class token starting ``old`` renamed (a redesign's new name)."""
    return re.sub(rf"\b{re.escape(old)}[\w-]*", new, html)


def test_the_seed_with_its_marker_renamed_keeps_site_section_and_parts() -> None:
    html = SEED.read_text(encoding="utf-8")
    before = newsparse.parse(html, url=SEED_URL)
    assert before.report.layout == "2025"
    drifted = _rename(html, "article-detail-head_headline__", "headline-v2")
    article = newsparse.parse(drifted, url=SEED_URL)
    assert article.site == "ntv"
    assert article.report.layout is None
    assert any("matches none of the n-tv layouts" in w for w in article.report.warnings)
    assert article.section == "Politik"
    assert article.report.origin_of("section") == "profile"
    assert article.headline == before.headline
    assert article.paragraphs == before.paragraphs
    assert article.teaser == before.teaser
    assert article.report.origin_of("teaser") == "rescue"


@requires_corpus
def test_a_real_page_with_its_marker_renamed_keeps_source_line_and_section() -> None:
    corpus_page = page("NTV_2025_12_12")
    html = corpus_page.html.decode("utf-8")
    before = newsparse.parse(html, url=corpus_page.url)
    drifted = _rename(html, "article-detail-head_headline__", "headline-v2")
    article = newsparse.parse(drifted, url=corpus_page.url)
    assert article.site == "ntv"
    assert article.report.layout is None
    assert before.source is not None
    assert article.source == before.source
    assert article.report.origin_of("source") == "rescue"
    assert article.section == before.section == "Politik"
    assert article.paragraphs == before.paragraphs


@requires_corpus
@pytest.mark.parametrize("page_id", ["NTV_2024_08_05", "NTV_2025_12_12"])
def test_outlet_names_are_never_authors(page_id: str) -> None:
    corpus_page = page(page_id)
    site = registry.load("ntv")
    article = newsparse.parse(corpus_page.html, url=corpus_page.url)
    assert not any(site.profile.is_brand(name) for name in article.authors)


# -- domains and families -----------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://www.ntv.de/politik/a-id1.html", "ntv"),
        ("https://www.zdfheute.de/politik/a-100.html", "zdf"),
        ("https://www.br24.de/nachrichten/a", "br"),
        ("https://www.sz.de/1.123", "sz"),
        ("https://www.nrz.de/politik/article1/a.html", "funke"),
        ("https://www.tz.de/muenchen/a-123.html", "ippen"),
        ("https://www.derbund.ch/a-123", "tamedia"),
        ("https://www.unbekannt.example/a", None),
    ],
)
def test_every_domain_of_a_publisher_is_registered(url: str, site: str | None) -> None:
    entry = registry.site_for_url(url)
    assert (entry.name if entry else None) == site


def _sibling_url(url: str, domain: str) -> str:
    parts = urlsplit(url)
    return parts._replace(netloc=f"www.{domain}").geturl()


@requires_corpus
@pytest.mark.parametrize(
    ("page_id", "family_site", "domain"),
    [
        ("WAZ_2025_09_10", "funke", "nrz.de"),
        ("BerlinerMorgenpost_2024_05_03", "funke", "wp.de"),
        ("Merkur_2023_04_28", "ippen", "tz.de"),
        ("FrankfurterRundschau_2024_04_26", "ippen", "hna.de"),
        ("TagesAnzeiger_2024_09_04", "tamedia", "derbund.ch"),
    ],
)
def test_a_sibling_page_is_read_with_its_familys_layouts(
    page_id: str, family_site: str, domain: str
) -> None:
    corpus_page = page(page_id)
    own = newsparse.parse(corpus_page.html, url=corpus_page.url)
    sibling = newsparse.parse(corpus_page.html, url=_sibling_url(corpus_page.url, domain))
    assert sibling.site == family_site
    assert sibling.report.layout == own.report.layout is not None
    assert sibling.headline == own.headline
    assert sibling.body == own.body
    assert sibling.source == own.source
    assert sibling.images == own.images


@requires_corpus
def test_a_sibling_page_that_matches_no_layout_names_the_family() -> None:
    corpus_page = page("NTV_2025_12_12")  # not a Funke page at all
    article = newsparse.parse(corpus_page.html, url=_sibling_url(corpus_page.url, "nrz.de"))
    assert article.site == "funke"
    assert article.report.layout is None
    assert any("the Funke templates" in w for w in article.report.warnings)


# -- a redesign renames the marker: source line and section survive -------------------


def _fixture_pages() -> list[tuple[str, str, str]]:
    """(name, html, url) of every fixture page."""
    import gzip
    import json

    found = []
    for folder in sorted(FIXTURES.iterdir()):
        pages = sorted(folder.glob("page.html*"))
        if not pages or not (folder / "meta.json").is_file():
            continue
        raw = pages[0].read_bytes()
        html = (gzip.decompress(raw) if pages[0].suffix == ".gz" else raw).decode("utf-8")
        url = json.loads((folder / "meta.json").read_text(encoding="utf-8"))["url"]
        found.append((folder.name, html, url))
    return found


def _rename_marker(html: str, layout: type[newsparse.Layout], keep: str) -> str | None:
    """The page with the class names of the layout's marker renamed, those in ``keep`` kept."""
    tokens = [t for t in re.findall(r"\.([\w-]+)", layout.MARKER or "") if t not in keep]
    if not tokens:
        return None
    for token in tokens:
        tail = r"[\w-]*" if token.endswith("__") else r"(?![\w-])"
        html = re.sub(rf"(?<![\w-]){re.escape(token)}{tail}", f"v2-{token}x", html)
    return html


def _reads_by_constant(layout: type[newsparse.Layout], part: str) -> bool:
    return getattr(layout, part) is getattr(newsparse.Layout, part)


@pytest.mark.parametrize(("name", "html", "url"), _fixture_pages(), ids=lambda v: str(v)[:30])
def test_a_renamed_marker_keeps_the_source_line_and_the_section(
    name: str, html: str, url: str
) -> None:
    before = newsparse.parse(html, url=url)
    if before.report.layout is None or before.site is None:
        pytest.skip("the generic parser reads this page")
    site = registry.load(before.site)
    layout = next(lay for lay in site.layouts if before.report.layout == lay.NAME)
    checked = [part for part in ("source", "section") if _reads_by_constant(layout, part)]
    keep = " ".join(value for value in (layout.SOURCE, layout.SECTION, layout.BREADCRUMB) if value)
    drifted = _rename_marker(html, layout, keep)
    if drifted is None or not checked:
        pytest.skip("the marker shares every class with the source line or section selectors")
    after = newsparse.parse(drifted, url=url)
    if after.report.layout is not None:
        pytest.skip(f"the renamed page still matches layout {after.report.layout}")
    assert after.site == before.site
    assert any("matches none of" in warning for warning in after.report.warnings)
    # What the layout found survives; where it found nothing, the generic parser may add.
    if "source" in checked and before.source is not None:
        assert after.source == before.source
    if "section" in checked and before.section is not None:
        assert after.section == before.section


# -- dates without an offset are read in the country's zone --------------------------------

_NAIVE_DATE_PAGE = (
    '<html lang="de"><head><script type="application/ld+json">'
    '{"@type": "NewsArticle", "headline": "Neue Radwege", "datePublished": "2024-05-03T10:15:00"}'
    "</script></head><body><article><h1>Neue Radwege</h1>"
    + "<p>Der Gemeinderat hat am Dienstag beschlossen, vier neue Radwege zu bauen.</p>" * 4
    + "</article></body></html>"
)


@pytest.mark.parametrize(
    ("url", "zone"),
    [
        ("https://www.stadtblatt.example.at/lokal/radwege-1.html", "Europe/Vienna"),
        ("https://www.stadtblatt.example.ch/lokal/radwege-1.html", "Europe/Zurich"),
        ("https://www.stadtblatt.example.lu/lokal/radwege-1.html", "Europe/Luxembourg"),
        ("https://www.stadtblatt.example.de/lokal/radwege-1.html", "Europe/Berlin"),
    ],
)
def test_an_unknown_sites_dates_are_read_in_its_countrys_zone(url: str, zone: str) -> None:
    article = newsparse.parse(_NAIVE_DATE_PAGE, url=url)
    assert article.published is not None
    assert getattr(article.published.tzinfo, "key", None) == zone


@pytest.mark.parametrize(("name", "zone"), [("orf", "Europe/Vienna"), ("nzz", "Europe/Zurich")])
def test_a_known_sites_dates_are_read_in_its_profiles_zone(name: str, zone: str) -> None:
    site = registry.load(name)
    url = f"https://www.{site.domains[0]}/lokal/radwege-1.html"
    article = newsparse.parse(_NAIVE_DATE_PAGE, url=url)
    assert article.site == name
    assert article.published is not None
    assert getattr(article.published.tzinfo, "key", None) == zone
