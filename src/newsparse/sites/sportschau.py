"""sportschau.de: the ARD platform's article page (see :mod:`newsparse.sites.ard`).

Agency reports close with a source line in ``.backlink__author``
("Quelle: sid/dpa"); JSON-LD names the outlet, not a person, as author.
"""

from __future__ import annotations

from newsparse.sites.ard import ArdArticle
from newsparse.sites.base import Site
from newsparse.sites.profile import Profile


class SportschauArticle(ArdArticle):
    """A sportschau.de article (seen 2024)."""

    NAME = "2024"


SITE = Site(
    name="sportschau",
    title="Sportschau",
    domains=("sportschau.de",),
    layouts=(SportschauArticle,),
    profile=Profile(
        brands=("sportschau", "sportschau.de", "ARD"),
        section_paths=True,
        section_names={"fussball": "Fußball"},
    ),
    family="ARD",
)
