"""Between a library and a map file on this computer: publish the file, or open a
version as a new file that remembers where it came from."""

from __future__ import annotations

import getpass
from pathlib import Path

from procesbouw.library.store import Library
from procesbouw.model import ProcessMap
from procesbouw.storage.mapfile import MapFile
from procesbouw.storage.origin import LibraryOrigin
from procesbouw.storage.whole_map import create_from_map


def default_publisher(pm: ProcessMap) -> str:
    """Who publishes, when nobody says: the map's facilitator, else the login name."""
    if pm.details.facilitator.strip():
        return pm.details.facilitator.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container without a passwd entry)
        return "?"


def publish_file(
    library: Library, map_file: MapFile, published_by: str, anyway: bool = False
) -> LibraryOrigin:
    """Publish the map in ``map_file`` as its next library version and remember the
    new version in the file, so the next publish builds on it."""
    origin = library.publish(map_file.map, published_by, map_file.library_origin, anyway)
    map_file.set_library_origin(origin)
    return origin


def open_version(library: Library, map_id: str, number: int | None, path: Path) -> MapFile:
    """Version ``number`` (None: the newest) as a new map file at ``path`` that
    remembers its library, map and version. Never overwrites a file."""
    pm, origin = library.fetch(map_id, number)
    map_file = create_from_map(path, pm)
    try:
        map_file.set_library_origin(origin)
    except BaseException:
        map_file.close()
        Path(map_file.path).unlink(missing_ok=True)
        raise
    return map_file
