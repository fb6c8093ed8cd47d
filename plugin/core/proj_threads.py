"""Keep pyproj usable from threads Python did not start (QGIS task and Processing threads).

The one use of a private pyproj member in the plugin: pyproj has no public way to keep a thread's
PROJ context, and without it QGIS crashes inside PROJ (see :func:`keep_proj_context`).
"""

from __future__ import annotations

import threading
from types import ModuleType

_LOCK = threading.Lock()
KEPT_ATTRIBUTE = "_stac_plugin_kept_contexts"
"""Where the kept contexts live: on pyproj's context module, not here (see below)."""


def _context_module() -> ModuleType | None:
    try:
        from pyproj import _context  # private: see the module docstring
    except ImportError:  # no pyproj, or a pyproj with one context per object
        return None
    return _context if hasattr(_context, "get_context_manager") else None


def keep_proj_context() -> None:
    """Keep the current thread's pyproj context alive for as long as the thread lives.

    pyproj 3.7 finds a thread's PROJ context by OS thread, but frees it with the Python thread
    state. A QGIS pooled thread gets a fresh thread state for each task, so without this the next
    task on that thread would be handed a freed context and crash inside PROJ. Call it after
    pyproj (or rioxarray) was used in a worker thread. Does nothing with pyproj < 3.7.

    The contexts must live as long as QGIS's threads, which outlive the plugin: a reload imports
    this module again, and contexts held by the old module's globals would be freed with them. So
    they are kept with pyproj's own context module, which stays loaded for the whole session.
    """
    module = _context_module()
    if module is None:
        return
    manager = module.get_context_manager()
    if manager is None:
        return
    with _LOCK:
        kept = getattr(module, KEPT_ATTRIBUTE, None)
        if kept is None:
            kept = {}
            setattr(module, KEPT_ATTRIBUTE, kept)
        kept[threading.get_native_id()] = manager
