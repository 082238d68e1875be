"""The generic parser: any German news page, from JSON-LD, meta tags and the DOM.

Each part is read from the most trusted signal that has it: JSON-LD first,
then meta tags, then the DOM, and returned with its origin as :class:`Found`.
Where each decision lives:

- :mod:`~newsparse.generic.parser`: :class:`GenericParser`, one method per part;
- :mod:`~newsparse.generic.container`: text measurement and the content container;
- :mod:`~newsparse.generic.boilerplate`: boxes and lines that are not article text;
- :mod:`~newsparse.generic.body`: the body's blocks, checked against ``articleBody``;
- :mod:`~newsparse.generic.titles`: headline, kicker and the printed lead;
- :mod:`~newsparse.generic.people`: bylines and ``Autor:`` labels;
- :mod:`~newsparse.generic.dates`: dates printed on the page, date meta names;
- :mod:`~newsparse.generic.images`: figures, image boxes, captions and credits;
- :mod:`~newsparse.generic.jsonld`: reading JSON-LD values.

Bylines, date lines, credits and the source line are recognised by their
German patterns in :mod:`newsparse.conventions`.
"""

from newsparse.generic.container import class_words, measure
from newsparse.generic.parser import GenericParser
from newsparse.parts import Found

__all__ = ["Found", "GenericParser", "class_words", "measure"]
