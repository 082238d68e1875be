"""What kind of page a parsed page is, for :attr:`newsparse.model.Report.page_kind`.

Only general signals are used, never site-specific selectors: JSON-LD
``@type``, ``og:type``, the URL path, the title and ``h1``, phrases of
cookie-consent walls and paywalls, and how much text a page has beside its
links. The costly checks run only when the body is short, so an ordinary
article costs a few dictionary look-ups.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final
from urllib.parse import urlsplit

from newsparse.conventions import (
    CONSENT_PATTERNS,
    GALLERY_PATTERNS,
    GALLERY_URL_PATTERNS,
    NOT_FOUND_PATTERNS,
    PAYWALL_PATTERNS,
    TICKER_PATTERNS,
    TICKER_URL_PATTERNS,
    VIDEO_URL_PATTERNS,
)
from newsparse.document import ARTICLE_TYPES, H1_READ, Document, text_of
from newsparse.texts import TextStarts

#: Every kind :func:`page_kind` returns, with what it means.
KINDS: Final[Mapping[str, str]] = {
    "article": "an article with a headline and a body",
    "live-ticker": "a live blog or ticker (LiveBlogPosting, 'Liveticker' in the title)",
    "gallery": "a photo gallery: many images, little text",
    "video": "a video page: the video is the content, little text",
    "paywall-stub": "the start of an article; the rest is behind a paywall",
    "consent-wall": "a cookie-consent wall instead of the page",
    "not-found": "an error page (404, 'Seite nicht gefunden')",
    "home-page": "the site's home page",
    "index-page": "a section front or other list of links to articles",
    "no-article": "HTML without a recognisable article",
}

#: Below this many characters of body text, a page may be something other than an article.
SHORT_BODY = 800

_NOT_FOUND = re.compile("|".join(NOT_FOUND_PATTERNS), re.I)
_TICKER = re.compile("|".join(TICKER_PATTERNS), re.I)
_TICKER_URL = re.compile("|".join(TICKER_URL_PATTERNS), re.I)
_GALLERY = re.compile("|".join(GALLERY_PATTERNS), re.I)
_GALLERY_URL = re.compile("|".join(GALLERY_URL_PATTERNS), re.I)
_HOME_PATH = re.compile(r"/(?:index\.\w+|home|start|startseite|de|at|ch)?/?$", re.I)
#: JSON-LD types that describe a whole site rather than one page.
_SITE_TYPES = frozenset(
    {"WebSite", "Organization", "NewsMediaOrganization", "WebPage", "SearchAction", "Corporation"}
)
_VIDEO_URL = re.compile("|".join(VIDEO_URL_PATTERNS), re.I)
_CONSENT = re.compile("|".join(CONSENT_PATTERNS), re.I)
_PAYWALL = re.compile("|".join(PAYWALL_PATTERNS), re.I)


def page_kind(doc: Document, values: Mapping[str, Any], paywalled: bool | None = None) -> str:
    """The kind of ``doc`` (a key of :data:`KINDS`), given the parts found in it.

    ``values`` maps part names to what was found (``headline``, ``body``,
    ``images`` ...); ``paywalled`` is the article's paywall flag.
    """
    types = doc.ld_types()
    title = _title(doc)
    body = values.get("body") or ()
    body_chars = sum(len(block.text) for block in body)
    has_article = bool(values.get("headline")) and body_chars > 0
    og_type = (doc.meta_value("og:type") or "").lower()
    path = _path(doc.url)

    if body_chars < SHORT_BODY and _NOT_FOUND.search(title):
        return "not-found"
    if "LiveBlogPosting" in types or _TICKER_URL.search(path) or _TICKER.search(title):
        return "live-ticker"
    if body_chars >= SHORT_BODY:
        return "article"
    # A short or missing body: look closer at what the page is instead.
    if og_type.startswith("video") or (
        "VideoObject" in types and not types & ARTICLE_TYPES and body_chars < 300
    ):
        return "video"
    if _VIDEO_URL.search(path) and body_chars < 300 and "VideoObject" in types:
        return "video"
    gallery = "ImageGallery" in types or _GALLERY.search(title) or _GALLERY_URL.search(path)
    if gallery and (len(values.get("images") or ()) >= 3 or body_chars < 300):
        return "gallery"
    page_text = text_of(doc.root.find("body"))
    if body_chars < 300 and len(page_text) < 3000 and len(_CONSENT.findall(page_text)) >= 3:
        return "consent-wall"
    if has_article and (paywalled or _PAYWALL.search(page_text[-20000:])):
        return "paywall-stub"
    if has_article or _declares_article(doc) or _long_run(doc):
        return "article"
    if _HOME_PATH.match(path) or (path == "-" and "WebSite" in types and types <= _SITE_TYPES):
        return "home-page"
    if "CollectionPage" in types or _link_heavy(doc, page_text):
        return "index-page"
    return "no-article"


#: Characters of text in one run of paragraphs that only an article has.
LONG_RUN = 1500
#: Characters of an ``articleBody`` that make a page an article whatever was read of it.
LD_BODY = 500


def _declares_article(doc: Document) -> bool:
    """An article JSON-LD with a body, or with the headline the ``h1`` prints."""
    ld = doc.article_ld
    if not ld:
        return False
    body = ld.get("articleBody")
    if isinstance(body, str) and len(body.strip()) >= LD_BODY:
        return True
    headline = ld.get("headline")
    wanted = _key(headline) if isinstance(headline, str) else ""
    if not wanted:
        return False
    starts = TextStarts(H1_READ)  # page order: h1s nested in an h1 are read once
    return any(_key(starts(h1)) == wanted for h1 in doc.h1s)


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()


def _long_run(doc: Document) -> bool:
    """One element holding a run of paragraphs with little link text: an article's body."""
    for parent in doc.root.iter("div", "article", "section", "main", "body"):
        chars = links = count = 0
        for child in parent.iterchildren("p"):
            text = text_of(child)
            chars += len(text)
            links += sum(len(text_of(a)) for a in child.iter("a"))
            count += 1
            if chars >= LONG_RUN:
                break  # enough read: a million paragraphs cost no more than a few
        if count >= 3 and chars >= LONG_RUN and links < 0.3 * chars:
            return True
    return False


def _title(doc: Document) -> str:
    parts = [doc.meta_value("og:title") or "", (doc.title or "")[:300]]
    h1 = doc.first_h1
    if h1 is not None:
        parts.append(text_of(h1)[:300])
    return " | ".join(parts)


def _path(url: str | None) -> str:
    if not url:
        return "-"  # unknown: never the home page by path alone
    try:
        return urlsplit(url.strip()).path or "/"
    except ValueError:
        return "-"


def _link_heavy(doc: Document, page_text: str) -> bool:
    """Many links and little text outside them: a list of teasers."""
    links = 0
    link_chars = 0
    for anchor in doc.root.iter("a"):
        links += 1
        link_chars += len(text_of(anchor))
        if links > 2000:
            break
    return links >= 30 and link_chars >= 0.5 * max(len(page_text), 1)
