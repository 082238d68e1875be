"""Berliner Morgenpost (morgenpost.de): a Funke portal, read with the shared Funke layouts."""

from __future__ import annotations

from newsparse.sites.base import Site
from newsparse.sites.funke import FUNKE_PROFILE, LAYOUTS

SITE = Site(
    name="morgenpost",
    title="Berliner Morgenpost",
    domains=("morgenpost.de",),
    layouts=LAYOUTS,
    profile=FUNKE_PROFILE,
    family="Funke",
)
