"""Keep Python's garbage collector from promoting short-lived objects built in bulk.

A search page parsed from JSON is some 8,000 dicts and lists that die once its items are
summarized. Built while the collector runs, they are moved to its oldest generation before they
die and count towards its next full pass: with a thousand results that meant a full pass (over
every object of QGIS's Python, ~100 ms with the GIL held, so a GUI stall) every few pages.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Automatic collection off for a short, allocation-heavy block; back as it was after it.

    Nothing is frozen or untracked: what the block keeps is collected as usual afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
