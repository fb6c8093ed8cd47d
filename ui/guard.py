"""Slots that never let an exception escape: errors go to the message bar and the log."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from ..plugin.log import log_error


def guarded(method: Callable[..., Any]) -> Callable[..., Any]:
    """Report any exception of ``method`` (of an object with an ``iface``) and return None."""

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except Exception as exc:  # Qt slots must not raise: reported, traceback logged; widget stays usable
            log_error(self.iface, exc)
            return None

    return wrapper
