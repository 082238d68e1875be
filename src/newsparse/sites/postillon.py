"""Der Postillon (der-postillon.com): satire on a Blogger theme.

``article.blog-post`` holds ``.entry-header`` (a breadcrumb whose Blogger
label link is the section, the ``h1.entry-title`` and ``time.published``)
and ``#post-body``: a lead image in ``div.separator``, the paragraphs (the
first opens with the "(dpo)" dateline; there is no separate teaser), and a
closing ``span`` with the authors' Kürzel, the photo credit and the date of
first publication ("ssi, dan; Foto [M]: Shutterstock; Erstveröffentlichung:
4.4.18"), read as the source line. The page names no author otherwise:
JSON-LD gives the site's name as author, which is not taken.
"""

from __future__ import annotations

from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile


class Postillon2024(Layout):
    """The Blogger theme seen in 2024."""

    NAME = "2024"
    MARKER = "article.blog-post #post-body"
    REQUIRED = frozenset({"headline", "body", "published", "source"})

    SECTION = "article.blog-post #breadcrumb a.label"
    HEADLINE = "article.blog-post .entry-header h1.entry-title"
    BODY = "article.blog-post #post-body"
    BOILERPLATE = ".post-share"
    IMAGES = "article.blog-post #post-body .separator"
    IMAGE_CAPTION = None
    SOURCE = "article.blog-post #post-body > span"
    SOURCE_INITIALS = True
    PUBLISHED = "article.blog-post .entry-header time.published"

    def authors(self) -> tuple[str, ...]:
        """None by name: the authors' Kürzel are in the closing line (the source line)."""
        return ()


SITE = Site(
    name="postillon",
    title="Der Postillon",
    domains=("der-postillon.com",),
    layouts=(Postillon2024,),
    profile=Profile(brands=("Der Postillon", "Postillon")),
)
