"""The save batch built once for the dock and ``stac:download`` (no QGIS, nothing read)."""

from __future__ import annotations

from pathlib import Path

import pytest

from plugin.core.errors import SaveError
from plugin.core.save import (
    SAME_TARGET,
    SameTargetError,
    existing_targets,
    plan_saves,
    settle_existing,
    target_path,
)

RED = "/vsicurl/http://127.0.0.1/a/red.tif"
NIR = "/vsicurl/http://127.0.0.1/a/nir.tif"


def test_one_request_per_asset_in_order(tmp_path: Path):
    box = (1.0, 2.0, 3.0, 4.0)
    entries = [("a", "red", RED), ("a", "nir", NIR)]
    requests = plan_saves(entries, str(tmp_path), clip=box, clip_crs="EPSG:3857")
    assert [(r.item_id, r.asset_key, r.uri) for r in requests] == [("a", "red", RED), ("a", "nir", NIR)]
    assert all(r.folder == str(tmp_path) and r.clip == box and r.clip_crs == "EPSG:3857" for r in requests)
    assert not any(r.overwrite for r in requests)
    assert [Path(target_path(r)).name for r in requests] == ["a_red_clipped.tif", "a_nir_clipped.tif"]


def test_the_same_asset_twice_is_saved_once(tmp_path: Path):
    requests = plan_saves([("a", "red", RED), ("a", "red", RED)], str(tmp_path))
    assert len(requests) == 1


@pytest.mark.parametrize(
    "entries",
    [
        [("a", "red", RED), ("a", "red", "/vsicurl/http://127.0.0.1/other-collection/a/red.tif")],
        [("a_b", "c", RED), ("a", "b_c", NIR)],  # different ids and keys, one file name
        [("a/b", "c", RED), ("a_b", "c", NIR)],  # made safe to the same name
    ],
)
def test_two_assets_to_one_file_are_refused(tmp_path: Path, entries):
    with pytest.raises(SameTargetError) as caught:
        plan_saves(entries, str(tmp_path))
    error = caught.value
    assert isinstance(error, SaveError)  # the faces report it as any save error
    assert error.template == SAME_TARGET
    target = target_path(plan_saves(entries[:1], str(tmp_path))[0])
    assert error.fields["target"] == target
    assert str(error).startswith(f"Two assets would be saved as {target}: ")
    for item_id, key, _uri in entries:
        assert f"{item_id} {key}" in str(error)
    assert not list(tmp_path.iterdir())  # nothing written


def test_existing_files_are_replaced_or_skipped(tmp_path: Path):
    requests = plan_saves([("a", "red", RED), ("a", "nir", NIR)], str(tmp_path))
    assert existing_targets(requests) == []
    Path(target_path(requests[1])).write_bytes(b"mine")
    assert existing_targets(requests) == [target_path(requests[1])]
    replacing = settle_existing(requests, overwrite=True)
    assert [r.asset_key for r in replacing] == ["red", "nir"] and all(r.overwrite for r in replacing)
    skipping = settle_existing(requests, overwrite=False)
    assert [r.asset_key for r in skipping] == ["red"] and not skipping[0].overwrite
