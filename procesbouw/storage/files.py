"""Durable file writes and moves: a file appears complete under its name, or not at all."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path


def fsync_file(path: Path) -> None:
    with path.open("rb+") as file:
        os.fsync(file.fileno())


def fsync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` durable (POSIX; Windows has no directory handles)."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temporary_beside(path: Path, purpose: str) -> Path:
    """A hidden file name next to ``path``, private to this process."""
    return path.with_name(f".{path.name}.{os.getpid()}.{purpose}")


def move_into_place(temporary: Path, target: Path) -> None:
    """fsync ``temporary``, rename it to ``target`` (replacing it) and fsync the folder."""
    fsync_file(temporary)
    os.replace(temporary, target)
    fsync_dir(target.parent)


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that it appears complete or not at all: a
    temporary file beside it, fsynced, then renamed over it. Exports and reports
    are for sharing, so the file gets the usual permissions (the umask), not the
    private ones of a temporary file. Raises OSError; no temporary file is left."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
        fsync_dir(path.parent)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# Characters Windows refuses in file names, and the names it reserves for devices.
_NOT_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{d}{n}" for d in ("COM", "LPT") for n in range(1, 10)}
_MAX_STEM = 120


def file_stem(name: str, fallback: str = "proceskaart") -> str:
    """A file name (without suffix) made from a map's name that is valid on
    Windows, macOS and Linux: ``Zorg: intake/start`` → ``Zorg - intake-start``."""
    stem = _NOT_IN_NAMES.sub(lambda m: " - " if m.group(0) == ":" else "-", name)
    stem = " ".join(stem.split())[:_MAX_STEM].rstrip(" .")
    if not stem or stem.split(".")[0].upper() in _RESERVED:
        return fallback if not stem else f"{stem}_"
    return stem
