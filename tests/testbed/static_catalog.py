"""A static STAC catalog of the recorded items, laid out and linked as stactools / pystac write one.

``catalog.json`` at the top; Landsat collections under a sub-catalog ``landsat/catalog.json``;
each collection at ``<collection>/collection.json`` with an extent computed from its items; each
item at ``<collection>/<item id>/<item id>.json``. Every link and every asset href is relative
(a "self-contained" catalog, no ``self`` links), so the catalog works wherever it is served from.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

SUB_CATALOG = "landsat"


def _relative(target: Path, start: Path) -> str:
    rel = os.path.relpath(target, start)
    return rel if rel.startswith("..") else f"./{rel}"


def _write(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1))


def relative_assets(item: dict[str, Any], host_url: str, host_root: Path, folder: Path) -> dict[str, Any]:
    """``item`` with asset hrefs under ``host_url`` made relative to ``folder`` (inside ``host_root``)."""
    out = json.loads(json.dumps(item))
    prefix = host_url.rstrip("/") + "/"
    for asset in out.get("assets", {}).values():
        href = asset.get("href", "")
        if href.startswith(prefix):
            asset["href"] = _relative(host_root / href[len(prefix) :], folder)
    return out


def _extent(items: list[dict[str, Any]]) -> dict[str, Any]:
    boxes = [item["bbox"] for item in items if item.get("bbox")]
    times = sorted(
        t for item in items for t in (
            item["properties"].get("start_datetime") or item["properties"].get("datetime"),
            item["properties"].get("end_datetime") or item["properties"].get("datetime"),
        ) if t
    )
    flat = [(b[0], b[1], b[3], b[4]) if len(b) == 6 else tuple(b) for b in boxes]
    west, south = min(b[0] for b in flat), min(b[1] for b in flat)
    bbox = [west, south, max(b[2] for b in flat), max(b[3] for b in flat)]
    return {"spatial": {"bbox": [bbox]}, "temporal": {"interval": [[times[0], times[-1]]]}}


def write_static_catalog(
    host_root: Path, host_url: str, items: list[dict[str, Any]], collections: list[dict[str, Any]],
    name: str = "static",
) -> Path:
    """Write the catalog under ``host_root/name``; returns the path of its ``catalog.json``.

    ``items`` have absolute asset hrefs under ``host_url`` (served from ``host_root``); in the
    catalog they become relative to each item's own file.
    """
    top = host_root / name
    catalog_path = top / "catalog.json"
    by_collection: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        by_collection.setdefault(item["collection"], []).append(item)
    known = {c["id"]: c for c in collections}
    top_children: list[Path] = []
    sub_children: list[Path] = []
    sub_path = top / SUB_CATALOG / "catalog.json"
    for collection_id, members in sorted(by_collection.items()):
        parent = sub_path if collection_id.startswith("landsat") else catalog_path
        folder = parent.parent / collection_id
        collection_path = folder / "collection.json"
        (sub_children if parent == sub_path else top_children).append(collection_path)
        item_links = []
        for item in members:
            item_folder = folder / item["id"]
            item_path = item_folder / f"{item['id']}.json"
            data = relative_assets(item, host_url, host_root, item_folder)
            data["links"] = [
                {"rel": "root", "href": _relative(catalog_path, item_folder), "type": "application/json"},
                {"rel": "parent", "href": "../collection.json", "type": "application/json"},
                {"rel": "collection", "href": "../collection.json", "type": "application/json"},
            ]
            _write(item_path, data)
            item_links.append(
                {"rel": "item", "href": _relative(item_path, folder), "type": "application/geo+json"}
            )
        original = known.get(collection_id, {})
        _write(collection_path, {
            "type": "Collection",
            "stac_version": "1.0.0",
            "id": collection_id,
            "title": original.get("title") or collection_id,
            "description": original.get("description") or collection_id,
            "license": original.get("license") or "proprietary",
            "extent": _extent(members),
            "links": [
                {"rel": "root", "href": _relative(catalog_path, folder), "type": "application/json"},
                {"rel": "parent", "href": _relative(parent, folder), "type": "application/json"},
                *item_links,
            ],
        })
    if sub_children:
        _write(sub_path, {
            "type": "Catalog", "stac_version": "1.0.0", "id": SUB_CATALOG, "description": "Landsat",
            "links": [
                {"rel": "root", "href": "../catalog.json", "type": "application/json"},
                {"rel": "parent", "href": "../catalog.json", "type": "application/json"},
                *({"rel": "child", "href": _relative(p, sub_path.parent)} for p in sub_children),
            ],
        })
        top_children.append(sub_path)
    _write(catalog_path, {
        "type": "Catalog", "stac_version": "1.0.0", "id": "local-static", "title": "Local static catalog",
        "description": "The recorded items as a static catalog",
        "links": [
            {"rel": "root", "href": "./catalog.json", "type": "application/json"},
            *({"rel": "child", "href": _relative(p, top), "type": "application/json"} for p in top_children),
        ],
    })
    return catalog_path
