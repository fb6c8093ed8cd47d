"""What the loaded plugin holds inside QGIS, made by the plugin object and released by its ``unload()``.

Everything here outlives a single search or dock: the pool of Qt threads that opens layers and
reads static catalogs, and the network pre-processor naming the plugin in its User-Agent. A
reload of the plugin (disable, enable, Plugin Reloader) leaves neither behind.
"""

from __future__ import annotations

from . import tasks
from .net import UserAgentHook


class Runtime:
    """The plugin's thread pool and network hook, live from :meth:`start` to :meth:`close`."""

    def __init__(self) -> None:
        self.pool = tasks.OpenPool()
        self.user_agent = UserAgentHook()

    def start(self) -> None:
        """Route the plugin's parallel opens to :attr:`pool`; name the plugin in its requests."""
        tasks.use_pool(self.pool)
        self.user_agent.install()

    def close(self) -> None:
        """Remove the hook, wait for the work in the pool and end its threads."""
        self.user_agent.remove()
        if tasks.current_pool() is self.pool:
            tasks.use_pool(None)
        self.pool.shutdown()
