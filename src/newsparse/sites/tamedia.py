"""The Tamedia newspapers served from the Tages-Anzeiger's page templates.

Der Bund, Basler Zeitung, Berner Zeitung and the regional Zurich titles print
their articles in the same Next.js page as tagesanzeiger.ch
(:mod:`newsparse.sites.tagesanzeiger`); we have no page of theirs yet.
"""

from __future__ import annotations

from newsparse.sites.base import Site
from newsparse.sites.profile import Profile
from newsparse.sites.tagesanzeiger import TagesAnzeiger2024

SITE = Site(
    name="tamedia",
    title="Tamedia newspapers (same templates)",
    domains=(
        "derbund.ch",
        "bazonline.ch",
        "bernerzeitung.ch",
        "landbote.ch",
        "zsz.ch",
        "zuonline.ch",
        "thunertagblatt.ch",
        "langenthalertagblatt.ch",
        "berneroberlaender.ch",
    ),
    layouts=(TagesAnzeiger2024,),
    profile=Profile(country="ch"),
    family="Tamedia",
)
