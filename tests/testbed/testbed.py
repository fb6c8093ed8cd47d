"""Everything the tests and ``make run`` need, started together: COGs, nginx, pgstac, two STAC APIs."""

from __future__ import annotations

import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .cogs import CogSpec, cog_pixels, ensure_cogs, raster_specs
from .data import localise, raw_collections, raw_items
from .nginx import Nginx
from .pgstac import PgCluster, PgStacDatabase, StacApiServer


@dataclass
class StacApi:
    """A running STAC API and the data it serves.

    ``items`` and ``collections`` are the dicts loaded into pgstac (hrefs pointing at the COG host;
    collections without ``"type"`` got ``"type": "Collection"`` added).
    """

    url: str
    items: list[dict[str, Any]]
    collections: list[dict[str, Any]]
    matched: bool
    """Whether searches report ``numberMatched`` (pgstac ``context`` on)."""
    database: str = ""


@dataclass
class Timings:
    """Seconds spent in each start-up step."""

    steps: dict[str, float] = field(default_factory=dict)

    def __str__(self) -> str:
        return ", ".join(f"{k} {v:.2f}s" for k, v in self.steps.items())


class Testbed:
    """COGs served by nginx plus stac-fastapi-pgstac with and without ``numberMatched``.

    Use as a context manager; everything started is stopped on exit, by PID.
    Attributes once started: ``stac_api``, ``stac_api_nomatched`` (:class:`StacApi`),
    ``cog_host`` (:class:`~tests.testbed.nginx.Nginx`: ``url``, ``root``, ``requests()``,
    ``reset_log()``), ``specs`` (every generated COG), ``timings``.
    """

    __test__ = False  # not a pytest test class

    def __init__(self, cache: Path | None = None) -> None:
        self.cache = cache
        self.specs: list[CogSpec] = []
        self.cog_dir = Path()
        self.root = Path()
        self.cog_host: Nginx | None = None
        self.cluster: PgCluster | None = None
        self.servers: list[StacApiServer] = []
        self.stac_api: StacApi | None = None
        self.stac_api_nomatched: StacApi | None = None
        self.timings = Timings()

    def _step(self, name: str, t0: float) -> float:
        now = time.monotonic()
        self.timings.steps[name] = now - t0
        return now

    def start(self) -> Testbed:
        """Start everything; on failure stop what was started and re-raise (with server logs)."""
        try:
            self._start()
        except BaseException:
            self.stop()
            raise
        return self

    def _start(self) -> None:
        t = time.monotonic()
        self.specs = raster_specs()
        self.cog_dir = ensure_cogs(self.specs, self.cache)
        t = self._step("cogs", t)
        # A writable root of links into the read-only cache: tests may add files to it.
        self.root = Path(tempfile.mkdtemp(prefix="stac-testbed-www-"))
        for child in self.cog_dir.iterdir():
            if not child.name.startswith("."):
                (self.root / child.name).symlink_to(child, target_is_directory=child.is_dir())
        self.cog_host = Nginx(self.root).start()
        t = self._step("nginx", t)

        items = localise(raw_items(), self.cog_host.url)
        collections = [dict(c) if "type" in c else {"type": "Collection", **c} for c in raw_collections()]
        collections = localise(collections, self.cog_host.url)
        self.cluster = PgCluster().start()
        t = self._step("postgres", t)
        db = PgStacDatabase(self.cluster, "pgstac").create(collections, items, matched=True)
        db_nomatched = db.copy("pgstac_nomatched", matched=False)
        t = self._step("pgstac load", t)
        self.servers = [StacApiServer(db).launch(), StacApiServer(db_nomatched).launch()]
        for server in self.servers:
            server.wait()
        self._step("stac-fastapi", t)
        self.stac_api = StacApi(self.servers[0].url, items, collections, True, db.name)
        self.stac_api_nomatched = StacApi(self.servers[1].url, items, collections, False, db_nomatched.name)

    def stop(self) -> None:
        """Stop the APIs, PostgreSQL and nginx; remove temporary folders (not the COG cache)."""
        for server in self.servers:
            server.stop()
        self.servers = []
        if self.cluster is not None:
            self.cluster.stop()
            self.cluster = None
        if self.cog_host is not None:
            self.cog_host.stop()
            self.cog_host = None
        if self.root != Path() and self.root.exists():
            shutil.rmtree(self.root, ignore_errors=True)

    def spec(self, item_id: str, asset_key: str, collection: str | None = None) -> CogSpec:
        """The generated COG of one asset (give ``collection`` when the id exists in two)."""
        found = [
            s
            for s in self.specs
            if s.item_id == item_id and s.asset_key == asset_key and collection in (None, s.collection)
        ]
        if not found:
            raise KeyError(f"no COG for {collection or '*'}/{item_id}/{asset_key}")
        if len({(s.shape, s.dtype) for s in found}) > 1:
            raise KeyError(f"{item_id}/{asset_key} exists in several collections: pass collection=")
        return found[0]

    def pixels(self, item_id: str, asset_key: str, collection: str | None = None) -> np.ndarray:
        """The exact (bands, rows, cols) array written to an asset's COG."""
        spec = self.spec(item_id, asset_key, collection)
        return cog_pixels(spec.item_id, spec.asset_key, spec.shape, spec.dtype)

    def __enter__(self) -> Testbed:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
