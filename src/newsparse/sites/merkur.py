"""Münchner Merkur (merkur.de): the Ippen Media platform's layouts."""

from __future__ import annotations

from newsparse.sites.base import Site
from newsparse.sites.ippen import IPPEN_PROFILE, Ippen2023, Ippen2024

SITE = Site(
    name="merkur",
    title="Merkur.de",
    domains=("merkur.de",),
    layouts=(Ippen2024, Ippen2023),
    profile=IPPEN_PROFILE,
    family="Ippen",
)
