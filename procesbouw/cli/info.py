"""``procesbouw info FILE [--json] [--lang nl|en]``: what a map file holds.

Prints the map's name, team and organisation, the file's schema version, how
many of each kind of entity it has, and its snapshots with label and date.
Opens the map read-only, so it works on a map that is open in the app. A file
that is not a readable map prints the reason on stderr and exits with 1.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from procesbouw.storage import MapFile

# collection → (Dutch, English) label, in the order they are shown
_KINDS = {
    "roles": ("rollen", "roles"),
    "steps": ("stappen", "steps"),
    "flows": ("overdrachten", "flows"),
    "role_links": ("rolverbindingen", "role links"),
    "findings": ("bevindingen", "findings"),
    "actions": ("experimenten", "experiments"),
    "photos": ("foto's", "photos"),
    "snapshots": ("momentopnamen", "snapshots"),
    "sessions": ("sessies", "sessions"),
}
_LABELS = {
    "nl": ("Proceskaart", "Team", "Organisatie", "Bestandsversie", "Inhoud", "Momentopnamen"),
    "en": ("Process map", "Team", "Organisation", "File version", "Contents", "Snapshots"),
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="a .procesbouw map file")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--lang", choices=("nl", "en"), default="nl", help="language of the text")


def run(args: argparse.Namespace) -> int:
    from procesbouw.cli.messages import complain, tell_notices
    from procesbouw.storage import MapFile, MapFileError

    try:
        with MapFile.open(args.file, read_only=True) as map_file:
            tell_notices(map_file, args.lang)
            info = describe(map_file)
    except MapFileError as error:
        return complain(error, args.lang)
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
    else:
        print(as_text(info, args.lang))
    return 0


def describe(map_file: MapFile) -> dict[str, Any]:
    """The facts ``info`` shows, as JSON-ready data."""
    pm = map_file.map
    return {
        "file": str(map_file.path),
        "name": pm.details.name,
        "team": pm.details.team,
        "organisation": pm.details.organisation,
        "schema_version": map_file.schema_version,
        "counts": {kind: len(getattr(pm, kind)) for kind in _KINDS},
        "snapshots": [
            {"label": s.label, "taken_on": s.taken_on.isoformat()} for s in pm.snapshots.values()
        ],
    }


def as_text(info: dict[str, Any], lang: str) -> str:
    name, team, organisation, version, contents, snapshots = _LABELS[lang]
    column = 1 if lang == "en" else 0
    lines = [
        f"{name}: {info['name']}",
        f"{team}: {info['team'] or '-'}",
        f"{organisation}: {info['organisation'] or '-'}",
        f"{version}: {info['schema_version']}",
        f"{contents}:",
    ]
    lines += [f"  {_KINDS[k][column]:<16} {n:>5}" for k, n in info["counts"].items()]
    if info["snapshots"]:
        lines.append(f"{snapshots}:")
        width = max(len(s["label"]) for s in info["snapshots"])
        lines += [f"  {s['label']:<{width}}  {s['taken_on']}" for s in info["snapshots"]]
    return "\n".join(lines)
