"""The text of the scripts "Copy as Python" writes (they are run against the servers in
tests/qgis/test_dock_search_extras.py and tests/qgis/test_python_script_odc.py)."""

from __future__ import annotations

import ast

from plugin.core.python_script import MANY_SCENES, ScriptRequest, build_script

IDS = [f"S2A_T13TDE_2024041{n}_L2A" for n in range(MANY_SCENES)]


def _request(**changes: object) -> ScriptRequest:
    assets = tuple((item_id, "red", f"{item_id}_red_clipped.tif") for item_id in IDS)
    base: dict[str, object] = {
        "url": "http://127.0.0.1:1/", "search": {"collections": ["s2"]}, "max_items": 10,
        "assets": assets, "folder": "/tmp/out", "clip": (1.0, 2.0, 3.0, 4.0),
    }
    return ScriptRequest(**{**base, **changes})  # type: ignore[arg-type]


def _imports(script: str) -> set[str]:
    tree = ast.parse(script)
    return {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}


def test_many_scenes_are_saved_through_odc_stac_under_the_dock_s_file_names() -> None:
    script = build_script(_request())
    assert {"odc.stac", "rioxarray"} <= _imports(script)  # rioxarray gives the cube's arrays .rio
    assert "groupby='id'" in script and "bbox=(1.0, 2.0, 3.0, 4.0)" in script
    for item_id in IDS:
        assert f"('{item_id}', 'red'): '{item_id}_red_clipped.tif'" in script


def test_a_mosaic_is_saved_per_day() -> None:
    script = build_script(_request(mosaic=True))
    assert "groupby='solar_day'" in script and "file_names" not in script
    assert "rioxarray" in _imports(script)


def test_opening_only_needs_no_rioxarray() -> None:
    script = build_script(_request(folder=None))
    assert "odc.stac" in _imports(script) and "rioxarray" not in _imports(script)
    assert "to_raster" not in script


def test_few_scenes_use_rioxarray() -> None:
    script = build_script(_request(assets=(("a", "red", "a_red.tif"),), clip=None))
    assert "odc.stac" not in _imports(script) and "rioxarray" in _imports(script)
    assert "rioxarray.open_rasterio(href)" in script and "rio.to_raster(folder / file_name)" in script
