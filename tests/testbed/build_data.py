"""Rebuild ``tests/data`` from the recorded STAC responses in the shared samples folder.

Run ``python -m tests.testbed.build_data [SAMPLES_DIR]``. Items and collections are copied
unchanged except for asset hrefs, which are rewritten to the ``{COG_HOST}`` placeholder
(see :mod:`tests.testbed.data`). The output is committed; this script documents how it was made.
"""

from __future__ import annotations

import json
import posixpath
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from .data import COG_HOST, DATA_DIR, is_raster_asset

DEFAULT_SAMPLES = Path("/work/shared/stac-samples")

ITEM_SOURCES: dict[str, list[str]] = {
    "items-earth-search-v1.ndjson": [
        "earth-search-v1/itemcollection-sentinel-2-c1-l2a-10.json",
        "earth-search-v1/search-post-filter-cql2-page1.json",
        "earth-search-v1/search-post-filter-cql2-page2.json",
        "earth-search-v1/search-post-s2l2a-and-landsat-c2-l2.json",
    ],
    "items-earth-search-v0.ndjson": [
        "earth-search-v0/item-sentinel-s2-l2a-cogs-S2A_28QCH_20200714_0_L2A.json",
        "earth-search-v0/search-post-sentinel-s2-l2a-cogs-limit1.json",
    ],
    "items-usgs-landsatlook.ndjson": [
        "usgs-landsatlook/item-LC08_L2SP_028030_20200114_20200824_02_T1_SR.json",
        "usgs-landsatlook/item-LE07_L2SP_044033_20210329_20210424_02_T1_SR.json",
    ],
}
COLLECTION_SOURCES = [
    "earth-search-v1/collections.json",
    "earth-search-v0/collections.json",
]

MINIMAL_COLLECTIONS: dict[str, dict[str, Any]] = {
    # No recorded response of the USGS LandsatLook collection exists in the samples.
    "landsat-c2l2-sr": {
        "type": "Collection",
        "stac_version": "1.0.0",
        "id": "landsat-c2l2-sr",
        "title": "Landsat Collection 2 Level-2 UTM Surface Reflectance (SR) Product",
        "description": "Minimal stand-in written for the test data: only the id is taken from the "
        "recorded USGS LandsatLook items.",
        "license": "PDDL-1.0",
        "extent": {
            "spatial": {"bbox": [[-180.0, -90.0, 180.0, 90.0]]},
            "temporal": {"interval": [["1982-08-22T00:00:00Z", None]]},
        },
        "links": [],
    },
}


def _features(doc: dict[str, Any]) -> list[dict[str, Any]]:
    if doc.get("type") == "FeatureCollection":
        return list(doc["features"])
    return [doc]


def _rewrite_href(href: str, collection: str, item_id: str, key: str, raster: bool) -> str:
    """Local placeholder for an asset href; non-raster assets keep their file name."""
    if raster:
        return f"{COG_HOST}/{collection}/{item_id}/{key}.tif"
    name = posixpath.basename(urlparse(href).path) or key
    return f"{COG_HOST}/{collection}/{item_id}/{name}"


def rewrite_item(item: dict[str, Any]) -> dict[str, Any]:
    """Point every asset href (and alternate href) of an item at the placeholder host."""
    out = json.loads(json.dumps(item))
    collection, item_id = out["collection"], out["id"]
    for key, asset in out.get("assets", {}).items():
        raster = is_raster_asset(asset)
        asset["href"] = _rewrite_href(asset["href"], collection, item_id, key, raster)
        for alt in (asset.get("alternate") or {}).values():
            if isinstance(alt, dict) and "href" in alt:
                alt["href"] = asset["href"]
    return out


def build(samples: Path = DEFAULT_SAMPLES, out_dir: Path = DATA_DIR) -> None:
    """Write the ndjson item files and ``collections.json`` into ``out_dir``."""
    used: set[str] = set()
    for name, sources in ITEM_SOURCES.items():
        lines = []
        for src in sources:
            for item in _features(json.loads((samples / src).read_text())):
                used.add(item["collection"])
                lines.append(json.dumps(rewrite_item(item), ensure_ascii=False))
        (out_dir / name).write_text("\n".join(lines) + "\n")
    collections: list[dict[str, Any]] = []
    for src in COLLECTION_SOURCES:
        for coll in json.loads((samples / src).read_text())["collections"]:
            if coll["id"] in used and coll["id"] not in {c["id"] for c in collections}:
                collections.append(coll)
    for cid, coll in MINIMAL_COLLECTIONS.items():
        if cid in used and cid not in {c["id"] for c in collections}:
            collections.append(coll)
    missing = used - {c["id"] for c in collections}
    if missing:
        raise SystemExit(f"no collection for {sorted(missing)}")
    (out_dir / "collections.json").write_text(json.dumps(collections, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SAMPLES)
