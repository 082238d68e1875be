"""junge Welt (jungewelt.de): the article page (seen 2024).

``main article`` opens with a ``header``: ``.kicker`` holding the print
issue line (``.issue``: "Aus: Ausgabe vom ..., Seite 1 / Titel"; the print
Ressort after the slash is the section) and the kicker, the ``h1``, the
teaser ``.teaser.lead`` and the byline ``address.author``. The text is the
``p`` in ``.content``, after the lead ``.image`` figure (``.copyright``
credit, ``.caption``) and among ad slots (``.Anzeige``); a trial-subscription
box follows outside it.
"""

from __future__ import annotations

from newsparse.sites.base import Layout, Site
from newsparse.sites.profile import Profile


class JungeWelt2024(Layout):
    """The article page seen in 2024."""

    NAME = "2024"
    MARKER = "main article header .kicker .issue"
    REQUIRED = frozenset({"headline", "body", "teaser", "kicker", "authors"})

    KICKER = "main article header .kicker div:not(.issue):not(:has(div))"
    HEADLINE = "main article header h1"
    TEASER = "main article header .teaser"
    BODY = "main article .content"
    BOILERPLATE = ".Anzeige, .image"
    IMAGES = "main article .content .image figure"
    IMAGE_CAPTION = ".caption"
    IMAGE_CREDIT = ".copyright"
    AUTHORS = "main article header address.author"

    def section(self) -> str | None:
        """The print Ressort after the page number ("..., Seite 1 / Titel")."""
        issue = self.doc.text("main article header .kicker .issue")
        if not issue or "/" not in issue:
            return None
        return issue.rpartition("/")[2].strip() or None


SITE = Site(
    name="jungewelt",
    title="junge Welt",
    domains=("jungewelt.de",),
    layouts=(JungeWelt2024,),
    profile=Profile(brands=("junge Welt", "jW")),
)
