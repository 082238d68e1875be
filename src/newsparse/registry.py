"""Which site parser reads which domain, found from the site declarations.

Every module of :mod:`newsparse.sites` that has a ``SITE`` attribute declares
one :class:`~newsparse.sites.base.Site` (name, title, domains, layouts); there
is no second list to keep in step. ``import newsparse`` imports no site
module: the first lookup imports them all, once per process. Third-party
packages add sites through the ``newsparse.sites`` entry-point group; each
entry point names a ``Site`` (or an :class:`Entry`).
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from importlib.metadata import entry_points
from urllib.parse import urlsplit

import attrs

from newsparse.errors import UnknownParserError
from newsparse.sites.base import Site

ENTRY_POINT_GROUP = "newsparse.sites"
_PACKAGE = "newsparse.sites"


@attrs.frozen(kw_only=True)
class Entry:
    """One registered site: its name, its domains and the module that declares it."""

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

    @classmethod
    def of(cls, site: Site, module: str) -> Entry:
        """The entry of a declared site."""
        return cls(name=site.name, domains=site.domains, module=module)


def builtin_modules() -> list[str]:
    """The modules of :mod:`newsparse.sites`, by name (shared platform modules included)."""
    package = importlib.import_module(_PACKAGE)
    return sorted(info.name for info in pkgutil.iter_modules(package.__path__, f"{_PACKAGE}."))


@cache
def _table() -> dict[str, tuple[Entry, Site]]:
    table: dict[str, tuple[Entry, Site]] = {}
    for module in builtin_modules():
        site = getattr(importlib.import_module(module), "SITE", None)
        if isinstance(site, Site):
            table[site.name] = (Entry.of(site, module), site)
    for point in entry_points(group=ENTRY_POINT_GROUP):
        loaded = point.load()
        if isinstance(loaded, Entry):
            loaded = (loaded, loaded.load())
        elif isinstance(loaded, Site):
            loaded = (Entry.of(loaded, point.module), loaded)
        else:
            continue
        table.setdefault(loaded[0].name, loaded)
    return table


def entries() -> dict[str, Entry]:
    """Every registered site by name: the built-in ones, then entry points."""
    return {name: entry for name, (entry, _) in _table().items()}


@cache
def _by_domain() -> dict[str, str]:
    return {domain: name for name, (entry, _) in _table().items() for domain in entry.domains}


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
            return _table()[name][0]
        _, _, host = host.partition(".")
    return None


def get(name: str) -> Entry:
    """The entry named ``name``; :class:`UnknownParserError` if there is none."""
    try:
        return _table()[name][0]
    except KeyError:
        known = ", ".join(sorted(_table()))
        raise UnknownParserError(f"no site parser named {name!r}; known: {known}") from None


def load(name: str) -> Site:
    """The site parser named ``name``; :class:`UnknownParserError` if there is none."""
    get(name)
    return _table()[name][1]
