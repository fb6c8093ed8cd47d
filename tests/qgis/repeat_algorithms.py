"""Run stac:search, stac:loadasset and stac:download (clipped and whole) many times in one PyQGIS
process, then ``exitQgis()``; print the open files and memory after a warm-up and at the end.

Run by ``test_exit.py`` in a subprocess: ``python repeat_algorithms.py API_URL ITEMS_FILE OUT_DIR RUNS``.
The last line of output is ``RESULT {json}``; the exit status must be 0 (no crash on the way out).
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import Any

ITEM = "S2A_T13TDE_20240412T175055_L2A"
CLIP = "-105.0,-104.95,40.0,40.05 [EPSG:4326]"
WARM_UP = 8


def open_files() -> dict[str, int]:
    """How many descriptors this process holds: all of them, and those naming a file on disk."""
    total, files = 0, 0
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = str(fd.readlink())
        except OSError:  # the descriptor the listing itself used, closed meanwhile
            continue
        total += 1
        files += target.startswith("/")
    return {"total": total, "files": files}


def rss_kb() -> int:
    """Resident memory in KB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def main(api: str, items: str, out: str, runs: int) -> int:
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing

    from plugin.processing.provider import StacProvider

    provider = StacProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    folder = Path(out)

    def run(index: int) -> None:
        kind = index % 4
        if kind == 0:
            result = processing.run(
                "stac:search", {"URL": api, "EXTENT": CLIP, "MAX_ITEMS": 3, "OUTPUT": "memory:"}
            )
            assert result["COUNT"] > 0
            result["OUTPUT"] = None  # the layer is dropped here, as a script would
        elif kind == 1:
            result = processing.run("stac:loadasset", {"ITEMS": items, "ITEM_ID": ITEM, "ASSET": "red"})
            assert result["OUTPUT"].startswith("/vsicurl/")
        else:
            parameters: dict[str, Any] = {
                "ITEMS": items, "ITEM_ID": ITEM, "ASSETS": "red", "FOLDER": str(folder), "OVERWRITE": True
            }
            if kind == 2:
                parameters["EXTENT"] = CLIP
            (path,) = processing.run("stac:download", parameters)["FILES"]
            assert Path(path).stat().st_size > 0

    for index in range(WARM_UP):
        run(index)
    warm = {"open": open_files(), "rss_kb": rss_kb()}
    for index in range(WARM_UP, runs):
        run(index)
    end = {"open": open_files(), "rss_kb": rss_kb()}
    shutil.rmtree(folder, ignore_errors=True)
    print("RESULT " + json.dumps({"runs": runs, "warm": warm, "end": end}), flush=True)
    QgsApplication.processingRegistry().removeProvider(provider)
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])))
