"""Writing a whole map, made elsewhere (a JSON import, a sample), into a new file."""

from __future__ import annotations

from pathlib import Path

from procesbouw.model import ProcessMap
from procesbouw.storage.mapfile import MapFile


def create_from_map(path: Path | str, pm: ProcessMap) -> MapFile:
    """A new map file at ``path`` holding everything in ``pm``, in one transaction,
    every entity checked like an edit (``MapFile.fill``).

    If anything is refused, the half-made file is removed again (a map that is
    not complete must not look like one) and the error propagates."""
    map_file = MapFile.create(path, pm.details)
    try:
        map_file.fill(pm)
    except BaseException:
        map_file.close()
        Path(path).unlink(missing_ok=True)
        raise
    return map_file
