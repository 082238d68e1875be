"""Braunschweiger Zeitung (braunschweiger-zeitung.de): a Funke portal, shared Funke layouts."""

from __future__ import annotations

from newsparse.sites.base import Site
from newsparse.sites.funke import FUNKE_PROFILE, LAYOUTS

SITE = Site(
    name="braunschweiger_zeitung",
    title="Braunschweiger Zeitung",
    domains=("braunschweiger-zeitung.de",),
    layouts=LAYOUTS,
    profile=FUNKE_PROFILE,
    family="Funke",
)
