"""Checks of the folders saves write into, each failure said in words and naming the folder."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from pathlib import Path

from .errors import SaveError

MIN_FREE_BYTES = 1024 * 1024
"""A folder whose disk has less free space than this is full: nothing useful fits."""

_REASONS = {
    errno.EACCES: "permission denied",
    errno.EPERM: "the system does not allow it there",
    errno.EROFS: "it is on a read-only disk",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.ENOTDIR: "a part of its path is a file, not a folder",
    errno.EEXIST: "a file of that name exists",
    errno.EISDIR: "it is a folder, not a file",
    errno.ENAMETOOLONG: "the name is too long",
    errno.ELOOP: "its path has too many symbolic links",
    errno.EIO: "the disk reported an input/output error",
}


class FolderError(SaveError):
    """A folder cannot be used for saving (missing, a file, not writable, full)."""


def os_reason(exc: OSError, making: str = "files") -> str:
    """Why ``exc`` happened, in words (no error numbers or exception names); ``making`` says what
    was being made where a missing path means "not allowed here" (files or folders)."""
    if exc.errno == errno.ENOENT:
        return f"the system does not allow {making} there"
    if exc.errno in _REASONS:
        return _REASONS[exc.errno]
    text = exc.strerror or (os.strerror(exc.errno) if exc.errno else "") or "the system refused it"
    return text[:1].lower() + text[1:]


def size_text(size: float) -> str:
    """``size`` bytes in words: ``512 bytes``, ``1.5 MB``."""
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"


def _existing_ancestor(path: Path) -> Path:
    """The nearest of ``path``'s ancestors (or itself) that exists."""
    for candidate in (path, *path.parents):
        with contextlib.suppress(OSError):
            if candidate.exists():
                return candidate
    return Path(path.anchor or ".")


def _check_writable(path: Path, folder: Path) -> None:
    """Create and delete a probe file in ``path``: the one true test of writing there."""
    try:
        fd, probe = tempfile.mkstemp(prefix=".stac-write-test-", dir=path)
    except OSError as exc:
        if path == folder:
            problem = f"is not writable: {os_reason(exc)}"
        else:
            problem = f"cannot be created: {os_reason(exc, 'folders')}"
        raise FolderError(f"The folder {folder} {problem}", detail=f"{path}: {exc!r}") from None
    os.close(fd)
    with contextlib.suppress(OSError):
        Path(probe).unlink()


def _check_space(path: Path, folder: Path) -> None:
    try:
        free = shutil.disk_usage(path).free
    except OSError:
        return
    if free < MIN_FREE_BYTES:
        raise FolderError(
            f"The disk of the folder {folder} is full: {size_text(free)} free",
            detail=f"{path}: {free} bytes free",
        )


def check_folder(folder: str, create: bool = False) -> list[str]:
    """Check that files can be saved into ``folder``; raise FolderError saying why not.

    The folder must be (or, when missing, be creatable as) a folder that is writable and whose
    disk is not full. With ``create`` a missing folder is made, and the folders made are
    returned (outermost first) so that a failed save can remove them; without it nothing is
    changed on disk but a probe file created and deleted at once.
    """
    text = (folder or "").strip()
    if not text:
        raise FolderError("No folder given: choose the folder to save the files in")
    path = Path(text).expanduser().absolute()
    if path.exists() and not path.is_dir():
        raise FolderError(f"The folder {path} is a file, not a folder")
    if path.is_dir():
        _check_writable(path, path)
        _check_space(path, path)
        return []
    base = _existing_ancestor(path.parent)
    if not base.is_dir():
        raise FolderError(f"The folder {path} cannot be created: {base} is a file, not a folder")
    if not create:
        _check_writable(base, path)
        _check_space(base, path)
        return []
    created = _make_folders(path, base)
    try:
        _check_writable(path, path)
        _check_space(path, path)
    except FolderError:
        remove_created(created)
        raise
    return created


def _make_folders(path: Path, base: Path) -> list[str]:
    """Make ``path`` and the folders between it and its existing ancestor ``base``; returns those
    made, outermost first. On failure the ones made are removed again and FolderError says why."""
    missing = [p for p in (path, *path.parents) if p != base and base in p.parents]
    created: list[str] = []
    for part in reversed(missing):
        try:
            part.mkdir()
        except FileExistsError:
            if not part.is_dir():
                remove_created(created)
                raise FolderError(f"The folder {path} cannot be created: {part} is a file") from None
            continue
        except OSError as exc:
            remove_created(created)
            raise FolderError(
                f"The folder {path} cannot be created: {os_reason(exc, 'folders')}", detail=f"{part}: {exc!r}"
            ) from None
        created.append(str(part))
    return created


def remove_created(created: list[str]) -> None:
    """Remove the folders :func:`check_folder` made, innermost first, as long as they are empty."""
    for folder in reversed(created):
        try:
            Path(folder).rmdir()
        except OSError:
            return
