"""A runnable Python script that repeats a search and its loads or saves outside QGIS.

The script follows the lesson *Access satellite imagery using Python*: pystac-client
``Client.open(...).search(...)``, ``item.assets[key].href``, rioxarray ``open_rasterio`` /
``rio.clip_box`` / ``rio.to_raster``; for a mosaic or many scenes, odc-stac with Dask.
"""

from __future__ import annotations

import pprint
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .logins import ScriptSetup, registry
from .sortby import SortField

MANY_SCENES = 4
"""From this many scenes on, the script loads them through odc-stac (lazily, with Dask)."""


@dataclass(frozen=True)
class ScriptRequest:
    """What the script repeats.

    ``search`` holds the keyword arguments of ``Client.search`` (plus ``method``) exactly as the
    plugin sent them; ``client_cloud`` / ``client_sort`` are applied after fetching when the API
    could not. ``assets`` are (item id, asset key, file name); ``folder`` None only opens them.
    ``clip`` is (xmin, ymin, xmax, ymax) in ``clip_crs``.
    """

    url: str
    search: dict[str, Any]
    max_items: int
    client_cloud: float | None = None
    client_sort: tuple[SortField, ...] = ()
    assets: tuple[tuple[str, str, str], ...] = ()
    folder: str | None = None
    clip: tuple[float, float, float, float] | None = None
    clip_crs: str = "EPSG:4326"
    mosaic: bool = False
    asset_login: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)


def _literal(value: Any, indent: int) -> str:
    text = pprint.pformat(value, width=100 - indent, sort_dicts=False)
    return text.replace("\n", "\n" + " " * indent)


def _header(req: ScriptRequest) -> list[str]:
    lines = [
        '"""Repeats a STAC search made in QGIS (STAC Imagery Search) and its chosen assets."""',
        "",
        "from pathlib import Path",
        "",
    ]
    if req.assets and not _uses_odc(req):
        lines.append("import rioxarray")
    elif req.assets and req.folder is not None:
        lines.append("import rioxarray  # noqa: F401 - gives the cube's arrays .rio.to_raster")
    lines.append("from pystac_client import Client")
    login = _script_setup(req.asset_login)
    lines += [*login.imports, "", *login.setup]
    lines.append(f"client = Client.open({req.url!r}{login.client_options})")
    return lines


def _script_setup(name: str) -> ScriptSetup:
    """What the registered login ``name`` adds to the script (nothing when none is registered)."""
    login = registry.provider(name) if name else None
    return login.script_setup() if login is not None else ScriptSetup()


def _search_lines(req: ScriptRequest) -> list[str]:
    params = {k: v for k, v in req.search.items() if v is not None}
    if req.client_cloud is None:
        params["max_items"] = req.max_items
    lines = ["search = client.search("]
    for key, value in params.items():
        lines.append(f"    {key}={_literal(value, 4 + len(key) + 1)},")
    lines += [")", "print(search.matched(), 'items matched')"]
    if req.client_cloud is None:
        lines.append("items = list(search.items())")
    else:
        lines += [
            f"# This API cannot filter on cloud cover: keep items under {req.client_cloud} %",
            "items = []",
            "for item in search.items():",
            '    cloud = item.properties.get("eo:cloud_cover")',
            f"    if cloud is not None and cloud < {req.client_cloud!r}:",
            "        items.append(item)",
            f"    if len(items) == {req.max_items}:",
            "        break",
        ]
    if req.client_sort:
        lines += [
            "# This API cannot sort: sort the items fetched (missing values last)",
            f"for name, direction in reversed({list(req.client_sort)!r}):",
            "    def value(item, name=name):",
            '        return item.id if name == "id" else item.properties.get(name)',
            "    known = [i for i in items if value(i) is not None]",
            "    missing = [i for i in items if value(i) is None]",
            "    known.sort(key=value, reverse=direction == 'desc')",
            "    items = known + missing",
        ]
    lines += [
        "print(len(items), 'items')",
        "for item in items:",
        "    print(item.id)",
    ]
    return lines


def _uses_odc(req: ScriptRequest) -> bool:
    return bool(req.assets) and (req.mosaic or len({a[0] for a in req.assets}) >= MANY_SCENES)


def _rioxarray_lines(req: ScriptRequest) -> list[str]:
    lines = ["", "items_by_id = {item.id: item for item in items}"]
    lines.append(f"assets = {_literal(list(req.assets), 9)}")
    if req.folder is not None:
        lines += [f"folder = Path({req.folder!r})", "folder.mkdir(parents=True, exist_ok=True)"]
    if req.clip is not None:
        lines += [f"clip_box = {req.clip!r}  # xmin, ymin, xmax, ymax in {req.clip_crs}"]
    lines += [
        "for item_id, key, file_name in assets:",
        "    href = items_by_id[item_id].assets[key].href",
        "    raster = rioxarray.open_rasterio(href)",
    ]
    if req.clip is not None:
        lines.append(f"    raster = raster.rio.clip_box(*clip_box, crs={req.clip_crs!r})")
    if req.folder is not None:
        lines += ["    raster.rio.to_raster(folder / file_name)", "    print('saved', folder / file_name)"]
    else:
        lines.append("    print(item_id, key, raster.shape, raster.rio.crs)")
    lines.append("    raster.close()")
    return lines


def _wgs84_bounds(box: tuple[float, float, float, float], crs: str) -> tuple[float, ...]:
    if crs.upper() in ("EPSG:4326", "OGC:CRS84"):
        return box
    from pyproj import CRS, Transformer

    transformer = Transformer.from_crs(CRS.from_user_input(crs), CRS.from_epsg(4326), always_xy=True)
    return tuple(round(v, 7) for v in transformer.transform_bounds(*box))


def _odc_lines(req: ScriptRequest) -> list[str]:
    ids = list(dict.fromkeys(a[0] for a in req.assets))
    bands = list(dict.fromkeys(a[1] for a in req.assets))
    lines = [
        "",
        "# Many scenes or a mosaic: odc-stac reads them lazily as one Dask-backed cube",
        "# (pip install odc-stac dask distributed rioxarray); to use a Dask cluster, connect first:",
        "#   from dask.distributed import Client as DaskClient; DaskClient('tcp://scheduler:8786')",
        "import odc.stac",
        "",
        "items_by_id = {item.id: item for item in items}",
        f"chosen = [items_by_id[item_id] for item_id in {_literal(ids, 26)}]",
        "cube = odc.stac.load(",
        "    chosen,",
        f"    bands={bands!r},",
        f"    groupby={'solar_day' if req.mosaic else 'id'!r},",
        '    chunks={"x": 2048, "y": 2048},',
    ]
    if req.clip is not None:
        lines.append(f"    bbox={_wgs84_bounds(req.clip, req.clip_crs)!r},")
    lines += [")", "print(cube)"]
    if req.folder is None:
        return lines
    lines += [f"folder = Path({req.folder!r})", "folder.mkdir(parents=True, exist_ok=True)"]
    if req.mosaic:
        return [
            *lines,
            "for band in cube.data_vars:",
            "    for index in range(cube.sizes['time']):",
            "        day = str(cube.time.values[index])[:10]",
            "        path = folder / f'{day}_{index}_{band}.tif'",
            "        cube[band].isel(time=index).rio.to_raster(path)  # computed here, chunk by chunk",
            "        print('saved', path)",
        ]
    names = {(item_id, key): name for item_id, key, name in req.assets}
    return [
        *lines,
        "# The files QGIS saved, by (item id, band); groupby='id' gives one time step per item,",
        "# in the order of `chosen`",
        f"file_names = {_literal(names, 13)}",
        "for index, item in enumerate(chosen):",
        "    for band in cube.data_vars:",
        "        if (item.id, band) in file_names:",
        "            path = folder / file_names[item.id, band]",
        "            cube[band].isel(time=index).rio.to_raster(path)  # computed here, chunk by chunk",
        "            print('saved', path)",
    ]


def build_script(req: ScriptRequest) -> str:
    """The script's text."""
    lines = _header(req) + _search_lines(req)
    if req.assets:
        lines += _odc_lines(req) if _uses_odc(req) else _rioxarray_lines(req)
    lines += [f"# {note}" for note in req.notes]
    return "\n".join(lines) + "\n"


def script_request(
    stream: Any,
    *,
    max_items: int | None = None,
    assets: Sequence[tuple[str, str, str]] = (),
    folder: str | None = None,
    clip: tuple[float, float, float, float] | None = None,
    clip_crs: str = "EPSG:4326",
    mosaic: bool = False,
    asset_login: str = "",
) -> ScriptRequest:
    """The :class:`ScriptRequest` of an :class:`~.search.ItemStream` (the search as it was sent)."""
    request = stream.request
    search = stream.search_parameters()
    return ScriptRequest(
        url=request.url,
        search=search,
        max_items=max(max_items or 0, request.max_items),
        client_cloud=request.max_cloud if stream.filter_mode == "client" else None,
        client_sort=tuple(stream.sort_fields) if stream.sort_mode == "client" else (),
        assets=tuple(assets),
        folder=folder,
        clip=clip,
        clip_crs=clip_crs,
        mosaic=mosaic,
        asset_login=asset_login,
    )
