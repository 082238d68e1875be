"""Layout repair: suggest a site :class:`~newsparse.sites.base.Layout` from a few pages.

>>> from newsparse.suggest import suggest_layout
>>> suggestion = suggest_layout([page_a, page_b], urls=[url_a, url_b])  # doctest: +SKIP
>>> print(suggestion.source)  # doctest: +SKIP
"""

from newsparse.suggest.result import LayoutSuggestion, PartSuggestion
from newsparse.suggest.suggester import suggest_layout

__all__ = ["LayoutSuggestion", "PartSuggestion", "suggest_layout"]
