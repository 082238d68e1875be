"""Der Tagesspiegel: the 2024 page in the corpus."""

import lxml.html

import newsparse
from newsparse.sites.tagesspiegel import Tagesspiegel2024
from newsparse.testing.drift import apply_breaking, wrap

from corpus import page, requires_corpus
from sitecheck import Case, parsed, site_tests

CASES = {
    "Tagesspiegel_2024_04_29": Case(
        layout="2024",
        section="Wissen",
        kicker="7e35231d49c4",
        has_teaser=True,
        source=None,
        subheadings=7,
        paywalled=False,  # JSON-LD isAccessibleForFree: true
        errata={
            "headline": "the reference joins kicker and headline ('Kicker: Headline', as in the "
            "SEO title); the h1 sets them in separate spans",
        },
    ),
}

globals().update(site_tests("tagesspiegel", CASES))


@requires_corpus
def test_figures_keep_their_credits() -> None:
    """Every article figure has a © credit; the reference has none of them."""
    images = parsed("Tagesspiegel_2024_04_29").images
    assert len(images) == 7
    assert all(image.credit is not None and image.credit.raw.startswith("©") for image in images)


@requires_corpus
def test_embed_consent_text_not_in_body() -> None:
    """The consent box of a blocked podcast embed is not body text."""
    text = parsed("Tagesspiegel_2024_04_29").text
    assert "externe Inhalt angezeigt" not in text


def _drifted(part: str, action: str) -> newsparse.Article:
    corpus_page = page("Tagesspiegel_2024_04_29")
    selector = {"kicker": Tagesspiegel2024.KICKER, "headline": Tagesspiegel2024.HEADLINE}.get(
        part, Tagesspiegel2024.IMAGES
    )
    drift = apply_breaking(corpus_page.html, selector or "", part, action)
    return newsparse.parse(drift.html, url=corpus_page.url)


@requires_corpus
def test_kicker_and_headline_do_not_stand_in_for_each_other() -> None:
    """Without the kicker span there is no kicker; without the headline span it is a fallback."""
    no_kicker = _drifted("kicker", "removed")
    assert no_kicker.kicker is None
    assert no_kicker.headline == parsed("Tagesspiegel_2024_04_29").headline
    no_headline = _drifted("headline", "removed")
    assert "headline" in no_headline.report.fallback + no_headline.report.missing
    assert no_headline.kicker == parsed("Tagesspiegel_2024_04_29").kicker


@requires_corpus
def test_credit_of_a_changed_figure_not_in_body() -> None:
    """A figure that is no longer a ``figure`` does not bring its "© ..." credit into the body."""
    article = _drifted("images", "renamed")
    assert article.body == parsed("Tagesspiegel_2024_04_29").body


@requires_corpus
def test_topics_found_when_their_list_is_wrapped() -> None:
    """The topic list in a wrapper element (no longer a sibling of the body) still gives topics."""
    corpus_page = page("Tagesspiegel_2024_04_29")
    root = lxml.html.document_fromstring(corpus_page.html)
    (topic_list,) = root.xpath("//*[@id='story-elements']/following-sibling::ul")
    wrap(topic_list)
    article = newsparse.parse(lxml.html.tostring(root), url=corpus_page.url)
    assert article.topics == parsed("Tagesspiegel_2024_04_29").topics != ()


@requires_corpus
def test_body_figure_in_a_wrapper_is_still_an_image() -> None:
    """A body figure in a wrapper keeps its place among the images."""
    corpus_page = page("Tagesspiegel_2024_04_29")
    root = lxml.html.document_fromstring(corpus_page.html)
    figure = root.xpath("//*[@id='story-elements']/figure")[0]
    wrap(figure)
    article = newsparse.parse(lxml.html.tostring(root), url=corpus_page.url)
    assert article.images == parsed("Tagesspiegel_2024_04_29").images
