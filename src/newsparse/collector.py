"""Pausing Python's cycle collector while pages are parsed, safely across threads.

A parse makes no reference cycles but tens of thousands of short-lived objects
(lxml's element proxies above all), and each counts towards the collector's
next run; those runs cost about 6% of a parse (``docs/performance.md``).
Reference counting frees everything as usual. The collector is process-wide,
so the pause is counted: the first parse to start switches it off, the last
to finish switches it back on, and a collector the caller had switched off
stays off. Threads that parse at once never switch it on under each other.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_active = 0
_resume = False


@contextmanager
def paused() -> Iterator[None]:
    """Run the block with the cycle collector off, restoring it when the last block ends."""
    global _active, _resume
    with _lock:
        if _active == 0:
            _resume = gc.isenabled()
            gc.disable()
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0 and _resume:
                gc.enable()
