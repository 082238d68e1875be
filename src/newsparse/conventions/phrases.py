"""German phrase lists the parsers match whole pages and blocks against.

Boilerplate blocks (``Lesen Sie auch``), subscription and app prompts, the
words of error pages, tickers, galleries, consent walls and paywalls, and the
class words of boxes that are not article text. The lists are files in
``words/``; the modules that use them (``blocks``, ``pagekind``,
``generic.boilerplate``) import them from here. A ``*_PATTERNS`` tuple holds
regular-expression alternatives, the others plain lower-case text.

>>> "lesen sie auch" in BOILERPLATE_PHRASES
True
"""

from __future__ import annotations

from newsparse.conventions import lists

__all__ = [
    "BOILERPLATE_CLASS_PREFIXES",
    "BOILERPLATE_CLASS_WORDS",
    "BOILERPLATE_PHRASES",
    "BOILERPLATE_SHORT",
    "CONSENT_PATTERNS",
    "GALLERY_PATTERNS",
    "GALLERY_URL_PATTERNS",
    "HOME_CRUMBS",
    "KICKER_BADGES",
    "NOTICE_PATTERNS",
    "NOT_FOUND_PATTERNS",
    "NOT_SECTION_SEGMENTS",
    "PAYWALL_PATTERNS",
    "PLAYER_CONTROLS",
    "PROMOTION_PATTERNS",
    "TICKER_PATTERNS",
    "TICKER_URL_PATTERNS",
    "UMBRELLA_CRUMBS",
    "VIDEO_URL_PATTERNS",
]

#: Phrases that mark a block as boilerplate when the block is (or starts with) them.
BOILERPLATE_PHRASES: tuple[str, ...] = lists.words("boilerplate_phrases")
#: Short blocks that are boilerplate only as the whole block (``Anzeige``, ``Teilen``).
BOILERPLATE_SHORT: frozenset[str] = frozenset(lists.words("boilerplate_short"))
#: Words in class names or ids that mark a box as not article text.
BOILERPLATE_CLASS_WORDS: frozenset[str] = frozenset(lists.words("boilerplate_class_words"))
#: Beginnings of class words glued to others (``relatedbroadcast``, ``teaserbox``).
BOILERPLATE_CLASS_PREFIXES: tuple[str, ...] = lists.words("boilerplate_class_prefixes")
#: Subscription, app and affiliate prompts.
PROMOTION_PATTERNS: tuple[str, ...] = lists.words("promotion")
#: Consent layers of embeds, affiliate disclosures, the outlet's own products: never article
#: text in a block of a few sentences.
NOTICE_PATTERNS: tuple[str, ...] = lists.words("notices")
#: An error page's title (``Seite nicht gefunden``).
NOT_FOUND_PATTERNS: tuple[str, ...] = lists.words("page_not_found")
#: A live ticker's title, and its URL path.
TICKER_PATTERNS: tuple[str, ...] = lists.words("page_ticker")
TICKER_URL_PATTERNS: tuple[str, ...] = lists.words("page_ticker_url")
#: A photo gallery's title, and its URL path.
GALLERY_PATTERNS: tuple[str, ...] = lists.words("page_gallery")
GALLERY_URL_PATTERNS: tuple[str, ...] = lists.words("page_gallery_url")
#: A video page's URL path.
VIDEO_URL_PATTERNS: tuple[str, ...] = lists.words("page_video_url")
#: Words of a cookie-consent wall.
CONSENT_PATTERNS: tuple[str, ...] = lists.words("page_consent")
#: A media player's control labels before a caption (``Video starten``), longest first.
PLAYER_CONTROLS: tuple[str, ...] = tuple(
    sorted(lists.words("player_controls"), key=len, reverse=True)
)
#: A paywall's prompt.
PAYWALL_PATTERNS: tuple[str, ...] = lists.words("page_paywall")

#: Format and access labels (``Live``, ``Video``, ``Plus``), never a kicker.
KICKER_BADGES: frozenset[str] = frozenset(lists.words("kicker_badges"))
#: Breadcrumb labels that name a site's front page, never a section.
HOME_CRUMBS: frozenset[str] = frozenset(lists.words("home_crumbs"))
#: Breadcrumb labels that are a section only when no crumb follows them.
UMBRELLA_CRUMBS: frozenset[str] = frozenset(lists.words("umbrella_crumbs"))
#: URL path segments that never name a section (article markers, languages ...).
NOT_SECTION_SEGMENTS: frozenset[str] = frozenset(lists.words("not_section_segments"))
