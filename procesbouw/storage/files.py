"""Durable file moves: a new map appears complete under its name, or not at all."""

from __future__ import annotations

import os
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
