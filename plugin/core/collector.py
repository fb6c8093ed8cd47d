"""Keep Python's garbage collector from promoting short-lived objects built in bulk.

A search page parsed from JSON is some 8,000 dicts and lists that die once its items are
summarized. Built while the collector runs, they are moved to its oldest generation before they
die and count towards its next full pass: with a thousand results that meant a full pass (over
every object of QGIS's Python, ~100 ms with the GIL held, so a GUI stall) every few pages.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Pauses:
    """How many blocks have the collector paused now, and whether it ran before the first.

    The collector is one for the whole process and searches run in several threads at once, so
    pauses are counted: it runs again only when the last block ends, and only if it ran before.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.count = 0
        self.was_enabled = False


_PAUSES = _Pauses()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Automatic collection off for a short, allocation-heavy block; back as it was after it.

    Nothing is frozen or untracked: what the block keeps is collected as usual afterwards.
    Blocks in other threads at the same time share the pause.
    """
    with _PAUSES.lock:
        if _PAUSES.count == 0:
            _PAUSES.was_enabled = gc.isenabled()
            gc.disable()
        _PAUSES.count += 1
    try:
        yield
    finally:
        with _PAUSES.lock:
            _PAUSES.count -= 1
            if _PAUSES.count == 0 and _PAUSES.was_enabled:
                gc.enable()
