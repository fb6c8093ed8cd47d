"""Which asset of an item holds which band: common names, composites and the ``ASSET`` grammar.

How the faces use it (no network, any thread)::

    spec = parse_band_spec("truecolor")          # or "B04", "nir,red,green", "falsecolor"
    keys = resolve_bands(item_dict, spec)        # ("red", "green", "blue") for Earth Search v1,
                                                 # ("B04", "B03", "B02") for Earth Search v0 ...
    # raises MissingBandError naming the bands the item has

A band is found by its common name in the asset's ``eo:bands`` (STAC 1.0) or
``bands[].eo:common_name`` (STAC 1.1); an item with neither is looked up in a table of
well-known asset keys (Earth Search, Planetary Computer, Landsat, HLS).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .assets import asset_infos
from .errors import StacPluginError

COMPOSITES: dict[str, tuple[str, str, str]] = {
    "truecolor": ("red", "green", "blue"),
    "falsecolor": ("nir", "red", "green"),
}
"""Named composites: common names in R, G, B order."""

_WELL_KNOWN_KEYS: dict[str, tuple[str, ...]] = {
    "red": ("red", "B04", "B4", "SR_B4"),
    "green": ("green", "B03", "B3", "SR_B3"),
    "blue": ("blue", "B02", "B2", "SR_B2"),
    "nir": ("nir", "B08", "B8", "nir08", "SR_B5"),
}
"""Asset keys holding a band, per common name, for items without band metadata."""

_HLS_L30_NIR = "B05"
"""HLS L30 (Landsat) keeps its near infrared in ``B05`` (in Sentinel-2 ``B05`` is a red edge)."""

_SUBSTITUTES: dict[str, tuple[str, ...]] = {"nir": ("nir08",)}
"""Common names that stand in for another when the item lacks it (Landsat has ``nir08`` only)."""


class MissingBandError(StacPluginError):
    """An item lacks a band a composite or mosaic needs."""


@dataclass(frozen=True)
class BandSpec:
    """What ``ASSET`` asks for: one band or three (R, G, B), by asset key or common name.

    ``label`` names it for layers: the key, ``truecolor``, ``falsecolor`` or ``"a,b,c"``.
    """

    names: tuple[str, ...]
    label: str

    @property
    def is_composite(self) -> bool:
        """Whether three bands are asked for."""
        return len(self.names) == 3


def parse_band_spec(text: str) -> BandSpec:
    """Parse ``ASSET``: one asset key, three comma-separated keys (R, G, B), ``truecolor`` or ``falsecolor``.

    Raises ``StacPluginError`` for empty text, two keys or more than three.
    """
    value = (text or "").strip()
    if not value:
        raise StacPluginError("No band given: give an asset key, three keys (R,G,B), truecolor or falsecolor")
    named = COMPOSITES.get(value.lower().replace(" ", "").replace("-", "").replace("_", ""))
    if named is not None:
        return BandSpec(named, value.lower())
    parts = [part.strip() for part in value.split(",")]
    if any(not part for part in parts):
        raise StacPluginError(f"{value!r} has an empty band: give one asset key or three (R,G,B)")
    if len(parts) == 1:
        return BandSpec((parts[0],), parts[0])
    if len(parts) != 3:
        raise StacPluginError(
            f"{value!r} names {len(parts)} bands: give one asset key, three (R,G,B), truecolor or falsecolor"
        )
    return BandSpec(tuple(parts), ",".join(parts))


def _common_names(asset: Mapping[str, Any]) -> list[str]:
    """Common names of an asset's bands (STAC 1.0 ``eo:bands`` or STAC 1.1 ``bands``)."""
    names: list[str] = []
    for entry in asset.get("eo:bands") or []:
        if isinstance(entry, Mapping) and entry.get("common_name"):
            names.append(str(entry["common_name"]))
    for entry in asset.get("bands") or []:
        if isinstance(entry, Mapping) and entry.get("eo:common_name"):
            names.append(str(entry["eo:common_name"]))
    return names


def _is_hls_l30(item: Mapping[str, Any]) -> bool:
    text = f"{item.get('collection', '')} {item.get('id', '')}".upper()
    return "HLSL30" in text.replace(".", "") or "L30" in text.split(".")


def band_table(item: Mapping[str, Any]) -> dict[str, str]:
    """Common name -> key of the single-band raster asset holding it.

    From band metadata when any raster asset of the item has it; otherwise from the table of
    well-known keys. Assets holding several bands (``visual``) are not considered.
    """
    assets = item.get("assets") if isinstance(item, Mapping) else None
    if not isinstance(assets, Mapping):
        return {}
    rasters = [info.key for info in asset_infos(item) if info.is_raster]
    table: dict[str, str] = {}
    described = False
    for key in rasters:
        names = _common_names(assets[key])
        described = described or bool(names)
        if len(names) == 1:
            table.setdefault(names[0], key)
    if described:
        return table
    lookup = dict(_WELL_KNOWN_KEYS)
    if _is_hls_l30(item):
        lookup["nir"] = (_HLS_L30_NIR, *lookup["nir"])
    for common, keys in lookup.items():
        for key in keys:
            if key in rasters:
                table[common] = key
                break
    return table


def _band_list(item: Mapping[str, Any], table: Mapping[str, str]) -> str:
    if table:
        return ", ".join(f"{name} ({key})" if name != key else name for name, key in sorted(table.items()))
    keys = [info.key for info in asset_infos(item) if info.is_raster]
    return ", ".join(keys) or "none"


def resolve_band(item: Mapping[str, Any], name: str, table: Mapping[str, str] | None = None) -> str:
    """The asset key holding ``name``: the key itself when the item has such a raster asset, else
    the asset of that common name (``nir08`` standing in for a missing ``nir``).

    Raises MissingBandError naming the bands the item has.
    """
    table = band_table(item) if table is None else table
    rasters = {info.key for info in asset_infos(item) if info.is_raster}
    if name in rasters:
        return name
    for candidate in (name, name.lower(), *_SUBSTITUTES.get(name.lower(), ())):
        if candidate in table:
            return table[candidate]
    raise MissingBandError(
        f"Item {item.get('id')!r} has no {name} band; its bands are: {_band_list(item, table)}",
        detail=f"item {item.get('id')!r}, wanted {name!r}",
    )


def resolve_bands(item: Mapping[str, Any], spec: BandSpec) -> tuple[str, ...]:
    """The asset keys of ``spec`` in ``item``, in order (R, G, B for composites)."""
    table = band_table(item)
    return tuple(resolve_band(item, name, table) for name in spec.names)
