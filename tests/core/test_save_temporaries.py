"""Temporaries of saves whose process died are removed when the next save into the folder starts."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

rasterio = pytest.importorskip("rasterio")
pytest.importorskip("rioxarray")
from rasterio.transform import from_origin  # noqa: E402

from plugin.core.errors import NotRasterError  # noqa: E402
from plugin.core.models import SaveRequest  # noqa: E402
from plugin.core.save import (  # noqa: E402
    OTHER_HOST_STALE_S,
    host_tag,
    process_alive,
    remove_stale_temporaries,
    save_asset,
    temp_prefix,
)

REPO = Path(__file__).resolve().parents[2]

SAVE_THEN_HANG = """
import sys, time
from plugin.core.models import SaveRequest
from plugin.core.save import save_asset

def progress(percent):
    if percent > 0:  # the first rows are in the temporary file
        print("writing", flush=True)
        time.sleep(600)

save_asset(SaveRequest(sys.argv[1], sys.argv[2], "scene", "B04"), progress, None)
"""

MAKE_TEMP_THEN_WAIT = """
import sys, tempfile
from plugin.core.save import temp_prefix

fd, path = tempfile.mkstemp(prefix=temp_prefix(sys.argv[1]), suffix=".tif", dir=sys.argv[2])
print(path, flush=True)
sys.stdin.readline()
"""


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 2-band GeoTIFF of a few windows' rows."""
    path = tmp_path_factory.mktemp("src") / "source.tif"
    data = np.random.default_rng(7).integers(1, 10000, size=(2, 1300, 300), dtype=np.uint16)
    profile = {"driver": "GTiff", "width": 300, "height": 1300, "count": 2, "dtype": "uint16"}
    transform = from_origin(600000.0, 5900000.0, 10.0, 10.0)
    with rasterio.open(path, "w", crs="EPSG:32631", transform=transform, **profile) as dst:
        dst.write(data)
    return path


def _python(script: str, *args: str, stdin: bool = False) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        cwd=REPO,
        env=env,
        stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _first_line(process: subprocess.Popen) -> str:
    line = process.stdout.readline().strip()
    if not line:
        process.kill()
        _out, err = process.communicate()
        pytest.fail(f"the helper process ended early:\n{err}")
    return line


def _kill(process: subprocess.Popen) -> None:
    process.kill()
    process.communicate()  # reaped: its pid no longer names a process


@pytest.fixture
def waiting_writer(tmp_path: Path) -> Iterator[tuple[subprocess.Popen, Path]]:
    """A live process holding a temporary of the plugin in ``tmp_path``: (process, temporary)."""
    process = _python(MAKE_TEMP_THEN_WAIT, str(tmp_path / "scene_B04.tif"), str(tmp_path), stdin=True)
    temp = Path(_first_line(process))
    yield process, temp
    if process.poll() is None:
        _kill(process)


def _dead_pid() -> int:
    process = _python("pass")
    process.communicate()
    assert not process_alive(process.pid)
    return process.pid


def test_a_killed_save_leaves_a_temporary_the_next_save_removes(source: Path, tmp_path: Path) -> None:
    writer = _python(SAVE_THEN_HANG, str(source), str(tmp_path))
    try:
        assert _first_line(writer) == "writing"
    finally:
        _kill(writer)
    (left,) = tmp_path.iterdir()
    assert left.name.startswith(f".scene_B04.tif.part-{host_tag()}-{writer.pid}-")

    request = SaveRequest(str(source), str(tmp_path), "scene", "B04")
    path = save_asset(request, None, None)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["scene_B04.tif"]
    with rasterio.open(path) as out, rasterio.open(source) as src:
        np.testing.assert_array_equal(out.read(), src.read())


def test_a_live_writers_temporary_is_kept_until_it_dies(waiting_writer, source: Path, tmp_path: Path) -> None:
    process, temp = waiting_writer
    assert temp.parent == tmp_path and temp.exists()
    assert remove_stale_temporaries(str(tmp_path)) == []
    # A save of another asset into the same folder leaves it alone too.
    save_asset(SaveRequest(str(source), str(tmp_path), "scene", "B08"), None, None)
    assert temp.exists()
    _kill(process)
    assert remove_stale_temporaries(str(tmp_path)) == [str(temp)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["scene_B08.tif"]


def test_this_process_temporaries_are_kept(tmp_path: Path) -> None:
    fd, temp = tempfile.mkstemp(prefix=temp_prefix(str(tmp_path / "a_b.tif")), suffix=".tif", dir=tmp_path)
    os.close(fd)
    assert remove_stale_temporaries(str(tmp_path)) == []
    assert Path(temp).exists()


def test_a_dead_pid_in_the_name_is_stale(tmp_path: Path) -> None:
    stale = tmp_path / f".x_y.tif.part-{host_tag()}-{_dead_pid()}-abc_1234.tif"
    stale.write_bytes(b"half a tiff")
    request = SaveRequest(str(tmp_path / "missing.tif"), str(tmp_path), "x", "y")
    with pytest.raises(NotRasterError, match="missing"):
        save_asset(request, None, None)  # fails to open its source, after the cleanup
    assert not stale.exists()


def test_other_machines_temporaries_wait_a_week(tmp_path: Path) -> None:
    other = "0" * 8 if host_tag() != "0" * 8 else "1" * 8
    temp = tmp_path / f".x_y.tif.part-{other}-{_dead_pid()}-abcdefgh.tif"
    temp.write_bytes(b"")
    now = time.time()
    assert remove_stale_temporaries(str(tmp_path), now=now + OTHER_HOST_STALE_S - 60) == []
    assert remove_stale_temporaries(str(tmp_path), now=now + OTHER_HOST_STALE_S + 60) == [str(temp)]


def test_only_the_plugins_temporaries_are_touched(tmp_path: Path) -> None:
    dead = _dead_pid()
    here = host_tag()
    kept = [
        f"x_y.tif.part-{here}-{dead}-abcdefgh.tif",  # not hidden
        f".x_y.tif.part-{here}-{dead}-abcdefgh.tiff",
        f".x_y.tif.part-{here}-{dead}-abcdefgh.tif.aux.xml",
        f".x_y.tif.part-{here}-{dead}.tif",
        f".x_y.tif.part-{here}-0-abcdefgh.tif",
        ".x_y.tif.part-abcdefgh.tif",
        f".x_y.tif.part-{here.upper()}-{dead}-abcdefgh.tif",
        "notes.txt",
    ]
    for name in kept:
        (tmp_path / name).write_bytes(b"mine")
    folder = tmp_path / f".x_y.tif.part-{here}-{dead}-folder00.tif"
    folder.mkdir()
    assert remove_stale_temporaries(str(tmp_path)) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*kept, folder.name])


def test_missing_folder_is_no_error(tmp_path: Path) -> None:
    assert remove_stale_temporaries(str(tmp_path / "nope")) == []
