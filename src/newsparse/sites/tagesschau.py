"""tagesschau.de: the ARD platform's article page (see :mod:`newsparse.sites.ard`).

The headline is the ``h1`` text without its topline (the kicker); JSON-LD
and the document title join both with a colon. Dates come from JSON-LD
(``p.metatextline`` prints only "Stand", the time of the last edit).
"""

from __future__ import annotations

from newsparse.sites.ard import ArdArticle
from newsparse.sites.base import Site
from newsparse.sites.profile import Profile


class TagesschauArticle(ArdArticle):
    """A tagesschau.de article (seen 2023)."""

    NAME = "2023"


SITE = Site(
    name="tagesschau",
    title="tagesschau",
    domains=("tagesschau.de",),
    layouts=(TagesschauArticle,),
    profile=Profile(brands=("tagesschau", "tagesschau.de", "ARD"), section_paths=True),
    family="ARD",
)
