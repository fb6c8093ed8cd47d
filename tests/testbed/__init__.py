"""Local STAC test bed: recorded items, generated COGs behind nginx, stac-fastapi-pgstac on 127.0.0.1."""

from .cogs import (
    CogSpec,
    big_cog,
    big_cog_pixels,
    cog_pixels,
    covering_block_bytes,
    ensure_cogs,
    raster_specs,
)
from .data import COG_HOST, DATA_DIR, is_raster_asset, localise, raw_collections, raw_items
from .expect import expected_ids, item_matches
from .nginx import Nginx, Request
from .procs import ServerError
from .testbed import StacApi, Testbed

__all__ = [
    "COG_HOST",
    "DATA_DIR",
    "CogSpec",
    "Nginx",
    "Request",
    "ServerError",
    "StacApi",
    "Testbed",
    "big_cog",
    "big_cog_pixels",
    "cog_pixels",
    "covering_block_bytes",
    "ensure_cogs",
    "expected_ids",
    "is_raster_asset",
    "item_matches",
    "localise",
    "raster_specs",
    "raw_collections",
    "raw_items",
]
