"""The release zip installed as the Plugin Manager does, run by QGIS with the system Python only.

The zip is ``STAC_PLUGIN_ZIP`` (``make test-matrix`` passes the one ``make package`` wrote into dist/)
or built here by the same code as ``make package`` (scripts/package.py: qgis-plugin-ci, version from
the git tag, changelog, translations, bundle). It is unpacked into the plugins folder of a fresh
profile and enabled; ``qgis_process``, PyQGIS scripts and the QGIS desktop itself (under Xvfb, with
release_gui_check.py) then run with no venv and nothing from pip: ``PYTHONPATH``, ``VIRTUAL_ENV`` and
this venv's ``bin`` are removed from their environment.
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from qgis.core import QgsRasterLayer
from qgis.PyQt.QtCore import QTranslator

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
import package  # noqa: E402
import run_demo  # noqa: E402

pytestmark = pytest.mark.network

NAME = package.NAME
DENVER_ITEM = "S2A_T13TDE_20240412T175055_L2A"
DENVER_3857 = (-11713826.0, -11691562.0, 4851936.0, 4880957.0)  # xmin, xmax, ymin, ymax
SYSTEM_PYTHON = "/usr/bin/python3"


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The release zip: ``STAC_PLUGIN_ZIP`` when set, else built now as ``make package`` does
    (wheels from PyPI, or from ``STAC_WHEELS``)."""
    given = os.environ.get("STAC_PLUGIN_ZIP")
    if given:
        return Path(given)
    wheels = os.environ.get("STAC_WHEELS")
    return package.build(tmp_path_factory.mktemp("dist"), Path(wheels) if wheels else None)


def zip_version(plugin_zip: Path) -> str:
    """The version in the zip's name, ``stac_imagery_search-<version>.zip``."""
    assert plugin_zip.name.startswith(f"{NAME}-") and plugin_zip.suffix == ".zip", plugin_zip.name
    return plugin_zip.name[len(NAME) + 1 : -len(".zip")]


@pytest.fixture(scope="module")
def profile_root(tmp_path_factory: pytest.TempPathFactory, plugin_zip: Path) -> Path:
    """A fresh profiles root whose default profile has the zip unpacked and the plugin enabled."""
    root = tmp_path_factory.mktemp("fresh-profiles")
    plugins = root / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(plugin_zip) as archive:
        archive.extractall(plugins)
    ini = root / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text(f"[PythonPlugins]\n{NAME}=true\n", encoding="utf-8")
    return root


def system_env(root: Path, **extra: str) -> dict[str, str]:
    """This process's environment without any trace of the venv, for QGIS with the system Python."""
    venv_bin = str(Path(sys.prefix) / "bin")
    path = os.pathsep.join(p for p in os.environ.get("PATH", "").split(os.pathsep) if p and p != venv_bin)
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME"}}
    env.update(
        PATH=path,
        QGIS_CUSTOM_CONFIG_PATH=str(root),
        QT_QPA_PLATFORM="offscreen",
        XDG_RUNTIME_DIR=str(root),
        PROJ_DATA="/usr/share/proj",
        **extra,
    )
    return env


@pytest.fixture(scope="module")
def no_rioxarray(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A PYTHONPATH entry whose sitecustomize makes rioxarray unimportable, as if not installed."""
    folder = tmp_path_factory.mktemp("no-rioxarray")
    (folder / "sitecustomize.py").write_text("import sys\nsys.modules['rioxarray'] = None\n")
    return str(folder)


def qgis_process(root: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    found = shutil.which("qgis_process")
    if found is None:
        pytest.fail("qgis_process is not installed")
    binary = Path(found).with_name("qgis_process.bin")  # the 3.22 wrapper adds an option it rejects
    executable = str(binary) if binary.exists() else found
    return subprocess.run(
        [executable, *args], env=system_env(root, **env), capture_output=True, text=True, timeout=300,
        check=False,
    )  # fmt: skip


def _ours_deprecated(output: str) -> list[str]:
    """DeprecationWarnings that QGIS printed for the plugin's own files."""
    lines = output.splitlines()
    return [
        line for line in lines
        if "DeprecationWarning" in line and (f"/{NAME}/plugin/" in line or f"/{NAME}/ui/" in line)
    ]  # fmt: skip


def _json(completed: subprocess.CompletedProcess) -> dict[str, Any]:
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    if os.environ.get("STAC_DEPRECATIONS") == "error":
        assert _ours_deprecated(completed.stdout + completed.stderr) == []
    return json.loads(completed.stdout[completed.stdout.index("{") :])


def _wgs84_box() -> tuple[float, float, float, float]:
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRectangle

    xmin, xmax, ymin, ymax = DENVER_3857
    box = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:3857"),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsProject.instance().transformContext(),
    ).transformBoundingBox(QgsRectangle(xmin, ymin, xmax, ymax))
    return box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()


def _search(root: Path, url: str, folder: Path, **env: str) -> Path:
    xmin, xmax, ymin, ymax = DENVER_3857
    items = folder / "items.geojson"
    result = _json(
        qgis_process(
            root, "--json", "run", "stac:search", "--", f"URL={url}",
            f"EXTENT={xmin},{xmax},{ymin},{ymax} [EPSG:3857]", f"OUTPUT={folder / 'found.gpkg'}",
            f"ITEMS_FILE={items}", **env,
        )
    )  # fmt: skip
    assert result["results"]["COUNT"] == result["results"]["MATCHED"]
    return items


def test_zip_bundles_pure_python_only(plugin_zip: Path) -> None:
    with zipfile.ZipFile(plugin_zip) as archive:
        names = archive.namelist()
        assert all(n.startswith(f"{NAME}/") for n in names)
        assert f"{NAME}/metadata.txt" in names
        assert f"{NAME}/_vendor/pystac_client/__init__.py" in names
        assert f"{NAME}/_vendor/pystac/__init__.py" in names
        assert not [n for n in names if n.endswith((".so", ".pyd", ".dll", ".dylib", ".pyc"))]
        for top in ("shapely", "numpy", "rasterio", "rioxarray", "osgeo", "pyproj"):
            assert not [n for n in names if n.startswith(f"{NAME}/_vendor/{top}/")], top
        manifest = json.loads(archive.read(f"{NAME}/_vendor/manifest.json"))
        bundled = {m for d in manifest["dists"].values() for m in d["modules"]}
        assert {"pystac_client", "pystac", "requests"} <= bundled
        # No absolute import of a bundled package is left, in the plugin or in the bundle.
        for name in names:
            if not name.endswith(".py"):
                continue
            for node in ast.walk(ast.parse(archive.read(name))):
                if isinstance(node, ast.Import):
                    tops = {a.name.split(".")[0] for a in node.names}
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    tops = {node.module.split(".")[0]}
                else:
                    continue
                assert not tops & bundled, f"{name}:{node.lineno}"


def test_metadata_has_the_version_and_the_changelog(plugin_zip: Path) -> None:
    with zipfile.ZipFile(plugin_zip) as archive:
        meta = package.metadata(archive.read(f"{NAME}/metadata.txt").decode("utf-8"))
    version = zip_version(plugin_zip)
    if "STAC_PLUGIN_ZIP" not in os.environ:
        assert version == package.release_version()
    assert meta["version"] == version
    assert meta["experimental"] == str("-" in version)  # a build between tags is a pre-release
    entries = package.changelog_versions((REPO / "CHANGELOG.md").read_text(encoding="utf-8"))
    assert meta["changelog"].lstrip().startswith(f"Version {entries[0]}:")
    if "-" not in version:
        assert f"Version {version}:" in meta["changelog"]
    for key in ("name", "qgisMinimumVersion", "description", "about", "author", "tracker", "repository"):
        assert meta[key].strip(), key


def test_translations_are_compiled_into_the_zip(plugin_zip: Path, tmp_path: Path) -> None:
    sources = sorted((REPO / "i18n").glob("*.ts"))
    with zipfile.ZipFile(plugin_zip) as archive:
        compiled = sorted(n for n in archive.namelist() if n.endswith(".qm"))
        assert compiled == [f"{NAME}/i18n/{ts.stem}.qm" for ts in sources]
        archive.extractall(tmp_path, compiled)
    for name in compiled:
        translator = QTranslator()
        assert translator.load(str(tmp_path / name)), name
        assert not translator.isEmpty(), name


def test_plugin_loads_with_the_system_python(profile_root: Path) -> None:
    plugins = qgis_process(profile_root, "plugins")
    assert NAME in plugins.stdout, plugins.stdout + plugins.stderr
    listed = qgis_process(profile_root, "list")
    for algorithm in ("stac:search", "stac:loadasset", "stac:download"):
        assert algorithm in listed.stdout, listed.stdout[-3000:] + listed.stderr[-3000:]


def test_search_load_and_clipped_save(
    profile_root: Path, stac_api, stac_expected_ids, cog_pixels, tmp_path
) -> None:
    expected = stac_expected_ids(bbox=_wgs84_box())
    items = _search(profile_root, stac_api.url, tmp_path)
    written = json.loads(items.read_text())
    assert sorted(f["id"] for f in written["features"]) == sorted(expected)

    loaded = _json(
        qgis_process(
            profile_root, "--json", "run", "stac:loadasset", "--", f"ITEMS={items}", f"ITEM_ID={DENVER_ITEM}",
            "ASSET=red",
        )
    )  # fmt: skip
    uri = loaded["results"]["OUTPUT"]
    assert uri.startswith("/vsicurl/http://127.0.0.1:")
    layer = QgsRasterLayer(uri, "red", "gdal")
    assert layer.isValid()
    assert layer.crs().authid() == "EPSG:32613"

    clip = "-105.0,-104.9,40.0,40.1 [EPSG:4326]"
    saved = _json(
        qgis_process(
            profile_root, "--json", "run", "stac:download", "--", f"ITEMS={items}", f"ITEM_ID={DENVER_ITEM}",
            "ASSETS=red", f"EXTENT={clip}", f"FOLDER={tmp_path / 'clip'}",
        )
    )  # fmt: skip
    (path,) = saved["results"]["FILES"]
    from osgeo import gdal

    dataset = gdal.Open(path)
    array = dataset.ReadAsArray()
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    dataset = None
    rows, cols = array.shape[-2:]
    assert 20 < rows < 60 and 20 < cols < 60  # the clip, not the whole 366 x 366 tile
    col0, row0 = round((x0 - 399960.0) / dx), round((y0 - 4500000.0) / dy)
    source = cog_pixels(DENVER_ITEM, "red")
    window = source[:, row0 : row0 + rows, col0 : col0 + cols]
    np.testing.assert_array_equal(array.reshape(source.shape[0], rows, cols), window)


def test_without_rioxarray_search_works_and_save_says_what_to_install(
    profile_root: Path, no_rioxarray: str, stac_api, tmp_path
) -> None:
    blocked = {"PYTHONPATH": no_rioxarray}
    listed = qgis_process(profile_root, "list", **blocked)
    assert "stac:download" in listed.stdout, listed.stdout[-3000:] + listed.stderr[-3000:]
    items = _search(profile_root, stac_api.url, tmp_path, **blocked)
    loaded = _json(
        qgis_process(
            profile_root, "--json", "run", "stac:loadasset", "--", f"ITEMS={items}", f"ITEM_ID={DENVER_ITEM}",
            "ASSET=red", **blocked,
        )
    )  # fmt: skip
    assert QgsRasterLayer(loaded["results"]["OUTPUT"], "red", "gdal").isValid()
    failed = qgis_process(
        profile_root, "run", "stac:download", "--", f"ITEMS={items}", f"ITEM_ID={DENVER_ITEM}", "ASSETS=red",
        f"FOLDER={tmp_path / 'none'}", **blocked,
    )  # fmt: skip
    assert failed.returncode != 0
    output = failed.stdout + failed.stderr
    assert "rioxarray" in output
    if Path("/etc/debian_version").exists():
        assert "sudo apt install python3-rioxarray" in output, output[-3000:]
    assert "pip install --user" not in output
    assert not (tmp_path / "none").exists() or not list((tmp_path / "none").iterdir())


LOAD_CHECK = textwrap.dedent(
    """
    import json, sys
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    import qgis.utils
    sys.path.insert(0, sys.argv[1])
    qgis.utils.plugin_paths[:] = [sys.argv[1]]
    qgis.utils.updateAvailablePlugins()
    found = NAME in qgis.utils.available_plugins
    version = qgis.utils.pluginMetadata(NAME, "version")
    assert qgis.utils.loadPlugin(NAME) and qgis.utils.startProcessingPlugin(NAME)
    provider = QgsApplication.processingRegistry().providerById("stac")
    algorithms = sorted(a.id() for a in provider.algorithms()) if provider else []
    qgis.utils.unloadPlugin(NAME)
    left = QgsApplication.processingRegistry().providerById("stac") is not None
    print(json.dumps({"found": found, "version": version, "algorithms": algorithms, "left": left}))
    app.exitQgis()
    """
).replace("NAME", repr(NAME))


def test_plugin_registers_its_processing_provider_in_a_fresh_profile(
    profile_root: Path, plugin_zip: Path
) -> None:
    plugins = profile_root / "profiles" / "default" / "python" / "plugins"
    done = subprocess.run(
        [SYSTEM_PYTHON, "-c", LOAD_CHECK, str(plugins)],
        env=system_env(profile_root), capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["found"]
    assert report["version"] == zip_version(plugin_zip)
    assert {"stac:search", "stac:loadasset", "stac:download", "stac:mosaic"} <= set(report["algorithms"])
    assert report["left"] is False


LEAK_CHECK = textwrap.dedent(
    """
    import importlib, json, sys
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, sys.argv[1])
    import qgis.utils
    assert qgis.utils.loadPlugin(NAME)
    assert qgis.utils.startProcessingPlugin(NAME)
    vendor = importlib.import_module(NAME + "._vendor")
    from stac_imagery_search.plugin.core import search
    search.open_client(sys.argv[2])  # imports pystac_client, pystac and what they need
    plugin_dir = sys.argv[1]
    files = {name: getattr(module, "__file__", None) for name, module in dict(sys.modules).items()}
    leaked = sorted(n for n, f in files.items() if not n.startswith(NAME) and str(f).startswith(plugin_dir))
    try:
        import pystac_client
        other = pystac_client.__file__
    except ImportError:
        other = None
    print(json.dumps({"leaked": leaked, "other": other, "chosen": vendor.CHOSEN}))
    qgis.utils.unloadPlugin(NAME)
    app.exitQgis()
    """
).replace("NAME", repr(NAME)).replace("stac_imagery_search", NAME)


def test_bundled_packages_do_not_leak(profile_root: Path, stac_api) -> None:
    plugins = profile_root / "profiles" / "default" / "python" / "plugins"
    done = subprocess.run(
        [SYSTEM_PYTHON, "-c", LEAK_CHECK, str(plugins), stac_api.url],
        env=system_env(profile_root), capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["leaked"] == []
    if report["other"] is not None:  # another module gets the system's copy, never ours
        assert not report["other"].startswith(str(plugins))
        assert report["chosen"]["pystac-client"] == "system"
    else:
        assert report["chosen"]["pystac-client"] == "bundled"


@pytest.fixture(scope="module")
def french_profile_root(tmp_path_factory: pytest.TempPathFactory, plugin_zip: Path) -> Path:
    """Another fresh profiles root with the zip installed and enabled, QGIS set to French and offline."""
    from qgis.PyQt.QtCore import QSettings

    root = tmp_path_factory.mktemp("fresh-french-profiles")
    with zipfile.ZipFile(plugin_zip) as archive:
        archive.extractall(root / "profiles" / "default" / "python" / "plugins")
    ini = root / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    values = {f"PythonPlugins/{NAME}": True, "locale/userLocale": "fr", "locale/overrideFlag": True}
    for key, value in {**run_demo.OFFLINE_SETTINGS, **values}.items():
        settings.setValue(key, value)
    settings.sync()
    return root


def run_qgis_desktop(root: Path, script: Path, report: Path) -> tuple[int, str]:
    """The QGIS desktop (under Xvfb) on ``root``'s default profile running ``script``; (exit code, output)."""
    for program in ("qgis", "xvfb-run"):
        if shutil.which(program) is None:
            pytest.fail(f"{program} is not installed")
    runtime = root / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = system_env(root, STAC_PLUGIN_NAME=NAME, STAC_GUI_REPORT=str(report))
    env["XDG_RUNTIME_DIR"] = str(runtime)  # private, as Qt wants it
    del env["QT_QPA_PLATFORM"]  # the desktop on Xvfb's X display, as users see it
    command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", *run_demo.qgis_command("qgis", root, script)]
    with subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True
    ) as proc:
        try:
            output, _ = proc.communicate(timeout=240)
        except subprocess.TimeoutExpired:
            run_demo.stop_qgis(proc)
            seen = report.read_text() if report.exists() else "nothing"
            pytest.fail(f"QGIS still running after 240 s; its report: {seen}")
    return proc.returncode, output


def test_the_desktop_loads_the_plugin_in_french_and_unloads_it(
    french_profile_root: Path, plugin_zip: Path, tmp_path: Path
) -> None:
    """QGIS itself loads the plugin from the zip: action, dock, Help, options page, in French; unload."""
    report_path = tmp_path / "report.json"
    script = Path(__file__).with_name("release_gui_check.py")
    code, output = run_qgis_desktop(french_profile_root, script, report_path)
    assert report_path.exists(), output[-3000:]
    report = json.loads(report_path.read_text())
    assert "error" not in report, report["error"]
    assert code == 0, output[-3000:]
    plugins = french_profile_root / "profiles" / "default" / "python" / "plugins"
    assert report["loaded"] and report["file"] == str(plugins / NAME / "__init__.py")
    assert report["version"] == zip_version(plugin_zip)
    assert report["provider"]
    assert [t for t in report["bar"] if "STAC" in t or "Python" in t] == []
    # French from the zip's .qm files
    assert report["action"] == "Recherche STAC"
    assert report["help"] == "Aide"
    assert report["menu"] == ["stacSearchAction", "stacHelpAction"]
    assert report["dock"] and report["right"]
    assert report["search_button"] == "Rechercher"
    assert "StacOptionsPage" in report["pages"]
    # Unloaded: nothing of the plugin is left in the main window, Processing, options or translations.
    assert report["unloaded"]
    left = report["left"]
    assert left == {**left, "actions": [], "menu": [], "dock": False, "provider": False}
    assert left["search_text"] == "Search"  # the plugin's translator is gone
    assert "StacOptionsPage" not in left["pages"]
    assert "Traceback" not in output, output[-3000:]
    if os.environ.get("STAC_DEPRECATIONS") == "error":
        assert _ours_deprecated(output) == []
