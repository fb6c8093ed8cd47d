"""The release build: import rewriting, version from git tags, changelog, translations and
qgis-plugin-ci's zip of a staged plugin (no network: the bundle is a stand-in)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
import package  # noqa: E402
import vendor_init  # noqa: E402
import vendoring  # noqa: E402

P = "stac_imagery_search._vendor"
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def rewrite(source: str) -> str:
    return vendoring.rewrite_imports(source, {"pystac", "pystac_client"}, P)


def test_every_import_form_is_moved() -> None:
    assert rewrite("import pystac\n") == f"from {P} import pystac\n"
    assert rewrite("import pystac as ps\n") == f"from {P} import pystac as ps\n"
    assert rewrite("import pystac.item\n") == f"import {P}.pystac.item; from {P} import pystac\n"
    assert rewrite("import pystac.item as it\n") == f"import {P}.pystac.item as it\n"
    moved = rewrite("from pystac_client.client import Client\n")
    assert moved == f"from {P}.pystac_client.client import Client\n"
    moved = rewrite("from pystac import (\n    Item,\n    Asset,\n)\n")
    assert moved == f"from {P}.pystac import (\n    Item,\n    Asset,\n)\n"
    assert rewrite("import os, pystac\n") == f"import os; from {P} import pystac\n"


def test_other_imports_and_relative_ones_stay() -> None:
    for source in ("import os\n", "from . import pystac\n", "from .pystac import x\n", "import pystacx\n",
                   "from requests import get\n", "x = 'import pystac'\n"):  # fmt: skip
        assert rewrite(source) == source


def test_imports_inside_functions_and_blocks_are_moved() -> None:
    source = "def f():\n    if True: import pystac\n    from pystac_client import Client\n    return Client\n"
    assert rewrite(source) == (
        f"def f():\n    if True: from {P} import pystac\n"
        f"    from {P}.pystac_client import Client\n    return Client\n"
    )


def test_module_name_strings_are_moved() -> None:
    source = 'files("pystac.static")\nname = "pystac"\nmsg = "pystac.static is here"\n'
    moved = vendoring.rewrite_module_strings(source, {"pystac.static"}, P)
    assert moved == f"files('{P}.pystac.static')\nname = \"pystac\"\nmsg = \"pystac.static is here\"\n"


def test_requirements_of_wheels() -> None:
    assert vendoring._requirement("requests>=2.28.2") == ("requests", ">=2.28.2")
    assert vendoring._requirement("python-dateutil (>=2.7.0)") == ("python-dateutil", ">=2.7.0")
    with_marker = "urllib3[socks]<3,>=1.21.1; python_version>'3'"
    assert vendoring._requirement(with_marker) == ("urllib3", "<3,>=1.21.1")
    assert vendoring._requirement('orjson>=3; extra == "orjson"') is None


def test_version_specifiers() -> None:
    assert vendor_init.satisfies("2.28.1", ">=2.28.2") is False
    assert vendor_init.satisfies("2.32.3", ">=2.28.2")
    assert vendor_init.satisfies("1.26.12", "<3,>=1.21.1")
    assert vendor_init.satisfies("3.0", "<3,>=1.21.1") is False
    assert vendor_init.satisfies("0.8.6", ">=0.7")
    assert vendor_init.satisfies("2.8.2", ">=2.8.2")
    assert vendor_init.satisfies("1.15.2", "~=1.15")
    assert vendor_init.satisfies("2.0", "~=1.15") is False
    assert vendor_init.satisfies("4.17.3", "==4.*")
    assert vendor_init.satisfies("2022.9.24", ">=2023.5.7") is False


def make_wheel(folder: Path, files: dict[str, str]) -> Path:
    """A ``py3-none-any`` wheel of distribution ``demo`` 1.0 holding ``files`` (path: text)."""
    path = folder / "demo-1.0-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as wheel:
        for name, text in files.items():
            wheel.writestr(name, text)
        wheel.writestr("demo-1.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: demo\nVersion: 1.0\n")
    return path


def test_test_folders_of_bundled_packages_are_left_out(tmp_path: Path) -> None:
    wheel = make_wheel(tmp_path, {
        "demo/__init__.py": "", "demo/testing.py": "", "demo/contest/__init__.py": "",
        "demo/tests/__init__.py": "", "demo/tests/test_demo.py": "", "demo/sub/test/data.pem": "",
        "tests/__init__.py": "",  # a stray top-level test package, as some wheels ship
    })  # fmt: skip
    vendor = tmp_path / "_vendor"
    manifest = vendoring.unpack([wheel], vendor)
    written = sorted(p.relative_to(vendor).as_posix() for p in vendor.rglob("*") if p.is_file())
    assert written == ["demo/__init__.py", "demo/contest/__init__.py", "demo/testing.py"]
    assert manifest["dists"]["demo"]["modules"] == ["demo"]
    assert vendoring.in_test_folder("certifi/tests/test_certify.py")
    assert not vendoring.in_test_folder("certifi/tests.py") and not vendoring.in_test_folder("tests")


def git(repo: Path, *args: str) -> str:
    return package._git(repo, *args)


def commit(repo: Path, message: str) -> None:
    git(repo, "-c", "commit.gpgsign=false", "commit", "-q", "--allow-empty", "-m", message)


@needs_git
def test_version_from_git_tags(tmp_path: Path) -> None:
    assert package.version_from_git(tmp_path) is None  # not a repository
    git(tmp_path, "init", "-q")
    commit(tmp_path, "first")
    assert package.version_from_git(tmp_path) is None  # no tag
    git(tmp_path, "tag", "release-1")
    git(tmp_path, "tag", "-a", "v1.2.3", "-m", "1.2.3")
    assert package.version_from_git(tmp_path) == "1.2.3"
    commit(tmp_path, "second")
    commit(tmp_path, "third")
    assert package.version_from_git(tmp_path) == "1.2.4-alpha.2"
    git(tmp_path, "tag", "v1.3.0")  # lightweight tags count too
    assert package.version_from_git(tmp_path) == "1.3.0"


def test_release_version_falls_back_to_metadata(tmp_path: Path) -> None:
    shutil.copy2(REPO / "metadata.txt", tmp_path / "metadata.txt")
    expected = package.metadata((REPO / "metadata.txt").read_text())["version"]
    assert package.release_version(tmp_path) == expected


def test_changelog_entries_as_qgis_plugin_ci_reads_them(tmp_path: Path) -> None:
    text = (
        "# Changelog\n\n## Unreleased\n\n- next\n\n"
        "## 0.2.0 - 2026-11-30\n\n- b\n\n## 0.1.0 - 2026-11-26\n\n- a\n"
    )
    assert package.changelog_versions(text) == ["0.2.0", "0.1.0"]
    (tmp_path / "CHANGELOG.md").write_text(text)
    package.check_changelog("0.2.0", tmp_path)
    package.check_changelog("0.2.1-alpha.3", tmp_path)  # a pre-release needs no entry of its own
    with pytest.raises(SystemExit, match=r"no entry for 0\.3\.0"):
        package.check_changelog("0.3.0", tmp_path)
    (tmp_path / "CHANGELOG.md").write_text("# Changelog\n\n- nothing dated\n")
    with pytest.raises(SystemExit, match="no entry like"):
        package.check_changelog("0.2.1-alpha.3", tmp_path)


@needs_git
def test_every_release_tag_has_a_changelog_entry() -> None:
    try:
        tags = git(REPO, "tag", "--list", package.TAG_PATTERN).split()
    except subprocess.CalledProcessError:
        pytest.skip("not a git checkout")
    entries = package.changelog_versions((REPO / "CHANGELOG.md").read_text(encoding="utf-8"))
    assert {t.removeprefix("v") for t in tags} <= set(entries)
    assert entries == sorted(entries, key=lambda v: tuple(int(p) for p in v.split(".")), reverse=True)


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>StacPlugin</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
</context>
</TS>
"""


def fake_checkout(folder: Path, languages: tuple[str, ...] = ("fr",)) -> Path:
    """A plugin checkout with the real metadata, changelog and configuration and a little code."""
    folder.mkdir()
    for name in ("metadata.txt", "CHANGELOG.md", ".qgis-plugin-ci", "__init__.py", "icon.svg"):
        shutil.copy2(REPO / name, folder / name)
    (folder / "plugin" / "__pycache__").mkdir(parents=True)
    (folder / "plugin" / "__init__.py").write_text("")
    (folder / "plugin" / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"\0")
    if languages:
        (folder / "i18n").mkdir()
    for lang in languages:
        (folder / "i18n" / f"stac_imagery_search_{lang}.ts").write_text(TS.replace('"fr"', f'"{lang}"'))
        (folder / "i18n" / f"stac_imagery_search_{lang}.qm").write_bytes(b"stale")
    return folder


def stand_in_bundle(root: Path) -> Path:
    vendor = root / "_vendor"
    for rel in ("__init__.py", "manifest.json", "pystac_client/__init__.py"):
        (vendor / rel).parent.mkdir(parents=True, exist_ok=True)
        (vendor / rel).write_text("{}\n" if rel.endswith(".json") else "")
    return vendor


def test_plugin_files_skip_caches_and_compiled_translations(tmp_path: Path) -> None:
    checkout = fake_checkout(tmp_path / "checkout")
    files = package.plugin_files(checkout)  # no .git: every file under the items
    assert "plugin/__init__.py" in files
    assert "i18n/stac_imagery_search_fr.ts" in files
    assert not [f for f in files if "__pycache__" in f or f.endswith(".qm")]
    assert "CHANGELOG.md" not in files


@needs_git
def test_plugin_files_of_a_checkout_leave_ignored_files_out(tmp_path: Path) -> None:
    checkout = fake_checkout(tmp_path / "checkout")
    (checkout / ".gitignore").write_text("scratch.py\n")
    (checkout / "plugin" / "scratch.py").write_text("")
    (checkout / "plugin" / "new.py").write_text("")  # untracked, not ignored: goes in
    git(checkout, "init", "-q")
    git(checkout, "add", "metadata.txt", "plugin/__init__.py")
    files = package.plugin_files(checkout)
    assert "plugin/new.py" in files
    assert "plugin/scratch.py" not in files


def test_translations_compile_to_qm(tmp_path: Path) -> None:
    checkout = fake_checkout(tmp_path / "checkout", ("fr", "de"))
    (checkout / "i18n" / "stac_imagery_search_fr.qm").unlink()
    compiled = package.compile_translations(checkout, checkout / ".qgis-plugin-ci")
    assert [p.name for p in compiled] == ["stac_imagery_search_de.qm", "stac_imagery_search_fr.qm"]
    for path in compiled:
        data = path.read_bytes()
        assert data.startswith(QM_MAGIC)
        assert "Rechercher".encode("utf-16-be") in data
    assert package.compile_translations(tmp_path, checkout / ".qgis-plugin-ci") == []  # no i18n/


def staged_zip(folder: Path, version: str, languages: tuple[str, ...]) -> tuple[Path, Path]:
    """qgis-plugin-ci's zip of a staged fake checkout, as ``package.build`` makes it; (zip, checkout)."""
    checkout = fake_checkout(folder / "checkout", languages)
    stage_dir = folder / "stage"
    root = package.stage(stage_dir, package.NAME, checkout)
    assets = [stand_in_bundle(root), *package.compile_translations(root, stage_dir / package.CONFIG)]
    package.commit_stage(stage_dir)
    return package.qgis_plugin_ci(stage_dir, version, assets), checkout


@pytest.fixture(scope="module")
def release_zip(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    return staged_zip(tmp_path_factory.mktemp("release"), "0.2.0", ("fr", "es"))


def assert_release(made: Path, checkout: Path, version: str, languages: tuple[str, ...]) -> None:
    package.check(made, version, package.NAME, checkout)
    with zipfile.ZipFile(made) as zipped:
        names = set(zipped.namelist())
        meta = package.metadata(zipped.read(f"{package.NAME}/metadata.txt").decode())
        qm = {n: zipped.read(n) for n in names if n.endswith(".qm")}
    assert f"{package.NAME}/plugin/__init__.py" in names
    assert f"{package.NAME}/_vendor/pystac_client/__init__.py" in names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    assert sorted(qm) == sorted(f"{package.NAME}/i18n/stac_imagery_search_{lang}.qm" for lang in languages)
    assert all(data.startswith(QM_MAGIC) for data in qm.values())  # compiled now, not the stale copy
    assert meta["version"] == version
    assert meta["experimental"] == ("True" if "-" in version else "False")
    newest = package.changelog_versions((REPO / "CHANGELOG.md").read_text())[0]
    assert f"Version {newest}:" in meta["changelog"]
    assert meta["name"] == "STAC Imagery Search"


def test_qgis_plugin_ci_zips_a_release(release_zip: tuple[Path, Path]) -> None:
    assert_release(*release_zip, "0.2.0", ("fr", "es"))


@needs_git
def test_qgis_plugin_ci_zips_a_prerelease_without_translations(tmp_path: Path) -> None:
    made, checkout = staged_zip(tmp_path, "0.2.1-alpha.4", ())
    assert_release(made, checkout, "0.2.1-alpha.4", ())


def test_check_refuses_a_zip_without_its_translations(release_zip: tuple[Path, Path], tmp_path: Path) -> None:
    made, checkout = release_zip
    broken = tmp_path / made.name
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(broken, "w") as target:
        for info in source.infolist():
            if not info.filename.endswith("_fr.qm"):
                target.writestr(info, source.read(info))
    with pytest.raises(SystemExit, match=r"no i18n/stac_imagery_search_fr\.qm"):
        package.check(broken, "0.2.0", package.NAME, checkout)
    with pytest.raises(SystemExit, match=r"version=0\.2\.0, not 0\.3\.0"):
        package.check(made, "0.3.0", package.NAME, checkout)


def test_check_refuses_a_zip_with_test_folders(release_zip: tuple[Path, Path], tmp_path: Path) -> None:
    made, checkout = release_zip
    broken = tmp_path / made.name
    shutil.copy2(made, broken)
    with zipfile.ZipFile(broken, "a") as target:
        target.writestr(f"{package.NAME}/_vendor/certifi/tests/test_certify.py", "")
    with pytest.raises(SystemExit, match=r"_vendor/certifi/tests/test_certify\.py: a test folder"):
        package.check(broken, "0.2.0", package.NAME, checkout)
