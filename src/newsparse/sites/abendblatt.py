"""Hamburger Abendblatt (abendblatt.de): a Funke portal, read with the shared Funke layouts."""

from __future__ import annotations

from newsparse.sites.base import Site
from newsparse.sites.funke import FUNKE_PROFILE, LAYOUTS

SITE = Site(
    name="abendblatt",
    title="Hamburger Abendblatt",
    domains=("abendblatt.de",),
    layouts=LAYOUTS,
    profile=FUNKE_PROFILE,
    family="Funke",
)
