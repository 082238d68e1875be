"""Which site parser reads which domain: one explicit table.

Site modules are imported only when a page of theirs is parsed, so
``import newsparse`` stays fast. Third-party packages add sites through the
``newsparse.sites`` entry-point group; each entry point names a
:class:`~newsparse.registry.Entry`.
"""

from __future__ import annotations

import importlib
from functools import cache, lru_cache
from importlib.metadata import entry_points
from urllib.parse import urlsplit

import attrs

from newsparse.errors import UnknownParserError
from newsparse.sites.base import Site

ENTRY_POINT_GROUP = "newsparse.sites"


@attrs.frozen(kw_only=True)
class Entry:
    """One registered site: its name, its domains and the module that defines ``SITE``."""

    name: str
    """Registry name, as passed to ``parse(parser=...)``."""
    domains: tuple[str, ...]
    """Host names it serves; subdomains match too (``www.n-tv.de`` -> ``n-tv.de``)."""
    module: str
    """Dotted module path whose ``SITE`` attribute is the :class:`Site`."""

    def load(self) -> Site:
        """Import the module and return its site parser."""
        site = importlib.import_module(self.module).SITE
        if not isinstance(site, Site):
            raise TypeError(f"{self.module}.SITE is not a newsparse Site")
        return site


def _entry(name: str, *domains: str) -> Entry:
    return Entry(name=name, domains=domains, module=f"newsparse.sites.{name}")


#: The built-in site parsers, by registry name.
BUILTIN: tuple[Entry, ...] = (
    _entry("ntv", "n-tv.de"),
    # -- national outlets and public broadcasters --
    _entry("spiegel", "spiegel.de"),
    _entry("zeit", "zeit.de"),
    _entry("faz", "faz.net"),
    _entry("sz", "sueddeutsche.de"),
    _entry("welt", "welt.de"),
    _entry("bild", "bild.de"),
    _entry("focus", "focus.de"),
    _entry("stern", "stern.de"),
    _entry("tonline", "t-online.de"),
    _entry("tagesspiegel", "tagesspiegel.de"),
    _entry("taz", "taz.de"),
    _entry("fr", "fr.de"),
    _entry("merkur", "merkur.de"),
    _entry("tagesschau", "tagesschau.de"),
    _entry("sportschau", "sportschau.de"),
    _entry("br", "br.de"),
    _entry("ndr", "ndr.de"),
    _entry("mdr", "mdr.de"),
    _entry("wdr", "wdr.de"),
    _entry("zdf", "zdf.de"),
    _entry("dw", "dw.com"),
    _entry("euronews", "de.euronews.com"),
    _entry("afp_faktencheck", "faktencheck.afp.com"),
    _entry("jungewelt", "jungewelt.de"),
    _entry("berliner_zeitung", "berliner-zeitung.de"),
    # -- regional, business, tech, special interest; AT, CH, LU --
    _entry("braunschweiger_zeitung", "braunschweiger-zeitung.de"),
    _entry("morgenpost", "morgenpost.de"),
    _entry("abendblatt", "abendblatt.de"),
    _entry("waz", "waz.de"),
    _entry("rp", "rp-online.de"),
    _entry("stuttgarter_zeitung", "stuttgarter-zeitung.de"),
    _entry("freiepresse", "freiepresse.de"),
    _entry("boersen_zeitung", "boersen-zeitung.de"),
    _entry("kicker", "kicker.de"),
    _entry("postillon", "der-postillon.com"),
    _entry("klassegegenklasse", "klassegegenklasse.org"),
    _entry("vogue", "vogue.de"),
    _entry("heise", "heise.de"),
    _entry("golem", "golem.de"),
    _entry("winfuture", "winfuture.de"),
    _entry("gamestar", "gamestar.de"),
    _entry("netzpolitik", "netzpolitik.org"),
    _entry("derstandard", "derstandard.at", "derstandard.de"),
    _entry("diepresse", "diepresse.com"),
    _entry("orf", "orf.at"),
    _entry("nzz", "nzz.ch"),
    _entry("srf", "srf.ch"),
    _entry("tagesanzeiger", "tagesanzeiger.ch"),
    _entry("wort", "wort.lu"),
)


@lru_cache(maxsize=1)
def entries() -> dict[str, Entry]:
    """Every registered site by name: the built-in ones, then entry points."""
    table = {entry.name: entry for entry in BUILTIN}
    for point in entry_points(group=ENTRY_POINT_GROUP):
        loaded = point.load()
        if isinstance(loaded, Entry):
            table.setdefault(loaded.name, loaded)
    return table


@lru_cache(maxsize=1)
def _by_domain() -> dict[str, str]:
    return {domain: entry.name for entry in entries().values() for domain in entry.domains}


def site_for_url(url: str | None) -> Entry | None:
    """The entry whose domain serves ``url``'s host, or ``None``."""
    if not url:
        return None
    try:
        host = (urlsplit(url.strip()).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    table = _by_domain()
    while host:
        name = table.get(host)
        if name is not None:
            return entries()[name]
        _, _, host = host.partition(".")
    return None


def get(name: str) -> Entry:
    """The entry named ``name``; :class:`UnknownParserError` if there is none."""
    try:
        return entries()[name]
    except KeyError:
        known = ", ".join(sorted(entries()))
        raise UnknownParserError(f"no site parser named {name!r}; known: {known}") from None


@cache
def load(name: str) -> Site:
    """The loaded site parser named ``name``."""
    return get(name).load()
