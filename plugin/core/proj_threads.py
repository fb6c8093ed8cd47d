"""Keep pyproj usable from threads Python did not start (QGIS task and Processing threads)."""

from __future__ import annotations

import threading
from typing import Any

_KEPT: dict[int, Any] = {}
_LOCK = threading.Lock()


def keep_proj_context() -> None:
    """Keep the current thread's pyproj context alive for as long as the thread lives.

    pyproj 3.7 finds a thread's PROJ context by OS thread, but frees it with the Python thread
    state. A QGIS pooled thread gets a fresh thread state for each task, so without this the next
    task on that thread would be handed a freed context and crash inside PROJ. Call it after
    pyproj (or rioxarray) was used in a worker thread. Does nothing with pyproj < 3.7.
    """
    try:
        from pyproj._context import get_context_manager
    except ImportError:  # no pyproj, or a pyproj with one context per object
        return
    manager = get_context_manager()
    if manager is not None:
        with _LOCK:
            _KEPT[threading.get_native_id()] = manager
