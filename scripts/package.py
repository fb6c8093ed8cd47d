"""Build and check the plugin zip with qgis-plugin-ci, locally (nothing is uploaded).

    python scripts/package.py [--out dist] [--wheels DIR] [--version X.Y.Z]

1. **Version** from git tags ``vX.Y.Z`` (:func:`version_from_git`): ``X.Y.Z`` on a tagged commit,
   ``X.Y.(Z+1)-alpha.N`` N commits after the last tag (a pre-release, so qgis-plugin-ci marks it
   experimental), metadata.txt's ``version`` where there is no git history or tag.
2. **Stage.** qgis-plugin-ci packages the folder ``plugin_path`` of a git repository (``git archive``,
   then every zip path has ``plugin_path`` replaced by the plugin's folder name) and reads
   CHANGELOG.md from that folder's parent. This repository's root *is* the plugin, and
   ``plugin_path: .`` cannot work: the replacement would turn every dot of every file name into the
   folder name, and the changelog would be looked for outside the repository. So the plugin's files
   are copied into ``<stage>/stac_imagery_search/`` beside CHANGELOG.md and .qgis-plugin-ci.
3. **Bundle** pystac-client and its pure-Python dependencies under ``_vendor`` (scripts/vendoring.py,
   which also rewrites the plugin's imports of them) and **compile** ``i18n/*.ts`` with lrelease.
   The stage is then committed to a throwaway git repository (uncommitted work of the checkout
   included); ``_vendor`` and the ``.qm`` files are generated, so they stay untracked there and go
   to qgis-plugin-ci as ``--asset-path``.
4. **qgis-plugin-ci package VERSION**: checks metadata.txt's mandatory keys, writes the version and
   the last CHANGELOG.md entries into metadata.txt and zips. No Transifex or GitHub token is given,
   so it never goes on line.
5. **Check** the zip (:func:`check`): one top folder; version, changelog and, for a pre-release
   only, ``experimental=True`` in metadata.txt; a ``.qm`` for every ``.ts``; the bundle; nothing
   compiled and no test folder (``tests/``, ``test/``: vendored packages' own tests).
"""

from __future__ import annotations

import argparse
import configparser
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import vendoring

REPO = Path(__file__).resolve().parent.parent
NAME = "stac_imagery_search"
ITEMS = ("metadata.txt", "__init__.py", "icon.svg", "LICENSE", "README.md", "plugin", "ui", "i18n")
"""What of the repository goes into the zip (``i18n`` may be absent)."""
CONFIG = ".qgis-plugin-ci"
CHANGELOG = "CHANGELOG.md"
TAG_PATTERN = "v[0-9]*.[0-9]*.[0-9]*"
"""git tags that name a release: ``v0.2.0``."""
SKIPPED = re.compile(r"(^|/)__pycache__/|\.pyc$|\.qm$")
"""Never copied: caches, and .qm files, which are compiled afresh from the .ts files."""
GIT_ENV = {"GIT_AUTHOR_NAME": "package.py", "GIT_AUTHOR_EMAIL": "package@localhost",
           "GIT_COMMITTER_NAME": "package.py", "GIT_COMMITTER_EMAIL": "package@localhost"}  # fmt: skip
"""Who commits in the stage (the staging commit and qgis-plugin-ci's ``git stash create``)."""


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(repo), *args],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **GIT_ENV},
    )
    return done.stdout.strip()


def version_from_git(repo: Path = REPO) -> str | None:
    """The version git tags give HEAD (see the module's docstring); None without git or a tag."""
    try:
        described = _git(repo, "describe", "--tags", "--long", "--match", TAG_PATTERN)
    except (OSError, subprocess.CalledProcessError):
        return None
    match = re.fullmatch(r"v(\d+)\.(\d+)\.(\d+)-(\d+)-g[0-9a-f]+", described)
    if match is None:
        return None
    major, minor, patch, ahead = (int(g) for g in match.groups())
    if ahead == 0:
        return f"{major}.{minor}.{patch}"
    return f"{major}.{minor}.{patch + 1}-alpha.{ahead}"


def metadata(text: str) -> configparser.SectionProxy:
    """The ``[general]`` section of a metadata.txt, read as QGIS reads it."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text)
    return parser["general"]


def release_version(repo: Path = REPO) -> str:
    """The version to build: from git tags, else metadata.txt's."""
    from_tags = version_from_git(repo)
    return from_tags or metadata((repo / "metadata.txt").read_text(encoding="utf-8"))["version"]


def changelog_versions(text: str) -> list[str]:
    """The versions CHANGELOG.md has an entry for, newest first, as qgis-plugin-ci reads them."""
    from qgispluginci.changelog import CHANGELOG_REGEXP
    from qgispluginci.version_note import VersionNote

    return [VersionNote(*found).version for found in re.findall(CHANGELOG_REGEXP, text, re.M | re.S)]


def is_prerelease(version: str) -> bool:
    """Whether ``version`` is a build between tags (``0.2.1-alpha.3``), as qgis-plugin-ci judges it."""
    return "-" in version


def check_changelog(version: str, repo: Path = REPO) -> None:
    """Stop unless CHANGELOG.md has entries, and one for ``version`` when it is a release."""
    path = repo / CHANGELOG
    versions = changelog_versions(path.read_text(encoding="utf-8")) if path.exists() else []
    if not versions:
        raise SystemExit(f"{CHANGELOG}: no entry like '## 0.2.0 - 2026-11-30' found")
    if not is_prerelease(version) and version not in versions:
        raise SystemExit(f"{CHANGELOG} has no entry for {version}: add '## {version} - YYYY-MM-DD' first")


def plugin_files(repo: Path = REPO) -> list[str]:
    """Paths (relative to ``repo``) of the files of :data:`ITEMS` to package.

    In a git checkout: tracked and untracked files that .gitignore does not exclude, so a stray
    ignored file never ships; elsewhere (a copy without .git), every file under :data:`ITEMS`.
    """
    try:
        listed = _git(repo, "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", *ITEMS)
        names = [n for n in listed.split("\0") if n and (repo / n).is_file()]
    except (OSError, subprocess.CalledProcessError):
        names = [p.relative_to(repo).as_posix() for item in ITEMS for p in _walk(repo / item)]
    return sorted(n for n in names if not SKIPPED.search(n))


def _walk(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return [p for p in path.rglob("*") if p.is_file()] if path.is_dir() else []


def stage(dest: Path, name: str = NAME, repo: Path = REPO) -> Path:
    """Copy the plugin into ``dest/name``, with CHANGELOG.md and the qgis-plugin-ci configuration
    beside it; the plugin folder."""
    root = dest / name
    for rel in plugin_files(repo):
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(repo / rel, target)
    for extra in (CHANGELOG, CONFIG):
        shutil.copy2(repo / extra, dest / extra)
    return root


def commit_stage(dest: Path, name: str = NAME) -> None:
    """Commit the stage to a new git repository, all but the generated files (``_vendor``, ``.qm``),
    which stay untracked for qgis-plugin-ci to add as assets."""
    (dest / ".gitignore").write_text(f"/{name}/_vendor/\n*.qm\n", encoding="utf-8")
    _git(dest, "init", "-q")
    _git(dest, "add", "-A")
    _git(dest, "-c", "commit.gpgsign=false", "commit", "-q", "-m", "Plugin staged for packaging")


def lrelease(config: Path) -> str:
    """The lrelease command: ``lrelease_path`` of the qgis-plugin-ci configuration, found on PATH."""
    import yaml

    wanted = (yaml.safe_load(config.read_text(encoding="utf-8")) or {}).get("lrelease_path", "lrelease")
    found = shutil.which(wanted)
    if found is None:
        raise SystemExit(f"{wanted} not found: install Qt's translation tools (Debian: qttools5-dev-tools)")
    return found


def compile_translations(root: Path, config: Path) -> list[Path]:
    """``root/i18n/*.ts`` compiled into ``.qm`` files beside them; those files."""
    sources = sorted((root / "i18n").glob("*.ts"))
    if not sources:
        return []
    command = lrelease(config)
    compiled = []
    for source in sources:
        target = source.with_suffix(".qm")
        subprocess.run([command, "-silent", str(source), "-qm", str(target)], check=True)
        if not target.is_file():
            raise SystemExit(f"lrelease wrote no {target.name}")
        compiled.append(target)
    return compiled


def qgis_plugin_ci(stage_dir: Path, version: str, assets: list[Path]) -> Path:
    """Run ``qgis-plugin-ci package`` in ``stage_dir``; the zip it made."""
    command = [sys.executable, "-m", "qgispluginci", "package", version]
    for asset in assets:
        command += ["--asset-path", asset.relative_to(stage_dir).as_posix()]
    env = {**os.environ, **GIT_ENV}
    done = subprocess.run(command, cwd=stage_dir, capture_output=True, text=True, env=env, check=False)
    made = sorted(stage_dir.glob("*.zip"))
    if done.returncode != 0 or len(made) != 1:
        raise SystemExit(f"qgis-plugin-ci package failed:\n{done.stdout[-3000:]}{done.stderr[-3000:]}")
    return made[0]


def check(archive: Path, version: str, name: str = NAME, repo: Path = REPO) -> None:
    """Stop unless ``archive`` is a complete release of ``version`` (see the module's docstring)."""
    with zipfile.ZipFile(archive) as zipped:
        names = set(zipped.namelist())
        meta = metadata(zipped.read(f"{name}/metadata.txt").decode("utf-8"))
    problems = [n for n in names if not n.startswith(f"{name}/") or n.endswith((".pyc", *vendoring.COMPILED))]
    problems += [f"{n}: a test folder" for n in names if vendoring.in_test_folder(n.removeprefix(f"{name}/"))]
    if meta.get("version") != version:
        problems.append(f"metadata.txt version={meta.get('version')}, not {version}")
    if f"Version {changelog_versions((repo / CHANGELOG).read_text(encoding='utf-8'))[0]}:" not in meta.get(
        "changelog", ""
    ):
        problems.append("metadata.txt has no changelog from CHANGELOG.md")
    if is_prerelease(version) != (meta.get("experimental") == "True"):
        problems.append(f"metadata.txt experimental={meta.get('experimental')} for version {version}")
    for ts in sorted((repo / "i18n").glob("*.ts")):
        if f"{name}/i18n/{ts.stem}.qm" not in names:
            problems.append(f"no i18n/{ts.stem}.qm for {ts.name}")
    for needed in ("_vendor/__init__.py", "_vendor/manifest.json", "_vendor/pystac_client/__init__.py"):
        if f"{name}/{needed}" not in names:
            problems.append(f"no {needed}")
    if problems:
        raise SystemExit(f"{archive.name} is not a good release:\n  " + "\n  ".join(sorted(problems)))


def build(out: Path, wheels_dir: Path | None = None, name: str = NAME, version: str | None = None) -> Path:
    """Build, check and write ``out/<name>-<version>.zip``; its path."""
    version = version or release_version()
    check_changelog(version)
    with tempfile.TemporaryDirectory(prefix="stac-package-") as tmp:
        stage_dir = Path(tmp) / "stage"
        root = stage(stage_dir, name)
        wheels = sorted(wheels_dir.glob("*.whl")) if wheels_dir else vendoring.download(Path(tmp) / "wheels")
        vendoring.bundle(root, name, wheels)
        assets = [root / "_vendor", *compile_translations(root, stage_dir / CONFIG)]
        commit_stage(stage_dir, name)
        made = qgis_plugin_ci(stage_dir, version, assets)
        check(made, version, name)
        out.mkdir(parents=True, exist_ok=True)
        target = out / f"{name}-{version}.zip"
        shutil.move(made, target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "dist")
    parser.add_argument("--wheels", type=Path, help="use the wheels in this folder instead of PyPI")
    parser.add_argument("--version", help="the version to build instead of the one git tags give")
    args = parser.parse_args()
    print(build(args.out, args.wheels, version=args.version))


if __name__ == "__main__":
    main()
