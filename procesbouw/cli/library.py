"""``procesbouw library publish|list|get|report``: the team library from a terminal.

    procesbouw library publish MAP [--url URL] [--by NAME] [--anyway]
    procesbouw library list [--url URL] [--organisation ORG] [--json]
    procesbouw library get NAME [--version N] -o MAP [--team T] [--organisation ORG]
    procesbouw library report -o portfolio.pdf [--organisation ORG]

Every command takes ``--url`` (else $PROCESBOUW_LIBRARY, else the local SQLite
library in ~/Documents/Procesbouw) and ``--lang nl|en``. A password the
server asks for comes from libpq (``~/.pgpass``, ``PGPASSWORD``, a service
file), or is asked on the terminal; it is never written anywhere. Problems
go to stderr with exit code 1; a refused publish (someone published a newer
version) exits with 2, so a script can tell.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from procesbouw.library import Library, LibraryVersion

REFUSED = 2  # exit code of a publish refused because of a newer version

_TEXT: dict[str, dict[str, str]] = {
    "nl": {
        "published": "Gepubliceerd: '{name}' versie {version} in {where}.",
        "anyway": "Publiceer toch als volgende versie met --anyway.",
        "empty": "De teambibliotheek ({where}) is nog leeg.",
        "no_map": "Geen kaart '{name}' in de teambibliotheek ({where}).",
        "several": "Er zijn meerdere kaarten '{name}'; kies met --team of --organisation:",
        "wrote": "Versie {version} van '{name}' staat in {path}.",
        "password": "Wachtwoord voor {user} ({where}): ",
        "no_password": " Zet het in ~/.pgpass of PGPASSWORD, of start dit commando in een "
        "terminal.",
        "cannot_write": "Kan niet schrijven naar {path}: {reason}.",
    },
    "en": {
        "published": "Published: '{name}' version {version} in {where}.",
        "anyway": "Publish anyway as the next version with --anyway.",
        "empty": "The team library ({where}) is still empty.",
        "no_map": "No map '{name}' in the team library ({where}).",
        "several": "There are several maps '{name}'; choose with --team or --organisation:",
        "wrote": "Version {version} of '{name}' is in {path}.",
        "password": "Password for {user} ({where}): ",
        "no_password": " Put it in ~/.pgpass or PGPASSWORD, or run this command in a terminal.",
        "cannot_write": "Cannot write to {path}: {reason}.",
    },
}  # fmt: skip


_HEADER = {
    "nl": ("Organisatie", "Team", "Kaart", "Versie", "Door", "Op", "Doorlooptijd", "FTR",
           "Stroom-eff.", "Sinds start"),
    "en": ("Organisation", "Team", "Map", "Version", "By", "On", "Lead time", "FTR",
           "Flow eff.", "Since start"),
}  # fmt: skip


class _Refused(Exception):
    """A reason, in the chosen language, why the command did nothing (exit ``code``)."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True)
    publish = actions.add_parser("publish", help="publish a map file as a new version")
    publish.add_argument("map", type=Path, help="the map file")
    publish.add_argument("--by", metavar="NAME", help="who publishes (default: the facilitator)")
    publish.add_argument(
        "--anyway", action="store_true", help="publish even if a newer version exists"
    )
    listing = actions.add_parser("list", help="every map's newest version and key figures")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    get = actions.add_parser("get", help="a version as a new map file")
    get.add_argument("name", help="the map's name")
    get.add_argument("--version", type=int, metavar="N", help="default: the newest")
    get.add_argument("-o", "--output", type=Path, required=True, metavar="MAP")
    get.add_argument("--team", help="the team, when several maps share the name")
    report = actions.add_parser("report", help="the portfolio PDF for the MT")
    report.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf")
    for sub, organisation_help in (
        (listing, "only this organisation"),
        (get, "the organisation, when several maps share the name"),
        (report, "only this organisation"),
    ):
        sub.add_argument("--organisation", help=organisation_help)
    for sub in (publish, listing, get, report):
        sub.add_argument("--url", help="the library (default: $PROCESBOUW_LIBRARY or local)")
        sub.add_argument("--lang", choices=("nl", "en"), default="nl", help="language of the text")


def run(args: argparse.Namespace) -> int:
    from procesbouw.library import LibraryError
    from procesbouw.storage.errors import MapFileError

    try:
        with _open_library(args) as library:
            return int(_ACTIONS[args.action](library, args))
    except _Refused as refused:
        print(str(refused), file=sys.stderr)
        return refused.code
    except (LibraryError, MapFileError) as error:
        print(error.message_en if args.lang == "en" else str(error), file=sys.stderr)
        return 1


def _open_library(args: argparse.Namespace) -> Library:
    """The library, asking for a password on the terminal when libpq found none."""
    from procesbouw.library import Library, PasswordNeededError, library_url

    url = library_url(args.url)
    text = _TEXT[args.lang]
    try:
        return Library.open(url)
    except PasswordNeededError as needed:
        if not sys.stdin.isatty():
            raise _Refused(
                (needed.message_en if args.lang == "en" else str(needed)) + text["no_password"]
            ) from needed
        password = getpass.getpass(text["password"].format(user=needed.user, where=url.host))
        return Library.open(url, password=password)


def _publish(library: Library, args: argparse.Namespace) -> int:
    from procesbouw.library import NewerVersionExistsError, default_publisher, publish_file
    from procesbouw.storage import MapFile

    with MapFile.open(args.map) as map_file:
        who = args.by or default_publisher(map_file.map)
        try:
            origin = publish_file(library, map_file, who, anyway=args.anyway)
        except NewerVersionExistsError as refused:
            message = refused.message_en if args.lang == "en" else str(refused)
            raise _Refused(f"{message}\n{_TEXT[args.lang]['anyway']}", REFUSED) from refused
        name = map_file.map.details.name
    print(_TEXT[args.lang]["published"].format(
        name=name, version=origin.version, where=library.where
    ))  # fmt: skip
    return 0


def _list(library: Library, args: argparse.Namespace) -> int:
    rows = library.latest_versions(args.organisation)
    if args.json:
        print(json.dumps([as_json(row) for row in rows], ensure_ascii=False, indent=2))
    elif not rows:
        print(_TEXT[args.lang]["empty"].format(where=library.where))
    else:
        print(as_table(rows, args.lang))
    return 0


def _get(library: Library, args: argparse.Namespace) -> int:
    from procesbouw.library import open_version

    text = _TEXT[args.lang]
    rows = [
        row
        for row in library.latest_versions(args.organisation)
        if row.name == args.name and args.team in (None, row.team)
    ]
    if not rows:
        raise _Refused(text["no_map"].format(name=args.name, where=library.where))
    if len(rows) > 1:
        choices = "\n".join(f"  {row.organisation} / {row.team}" for row in rows)
        raise _Refused(f"{text['several'].format(name=args.name)}\n{choices}")
    with open_version(library, rows[0].map_id, args.version, args.output) as map_file:
        assert map_file.library_origin is not None
        version = map_file.library_origin.version
    print(text["wrote"].format(version=version, name=args.name, path=args.output))
    return 0


def _report(library: Library, args: argparse.Namespace) -> int:
    from procesbouw.report.portfolio import build_portfolio

    rows = library.latest_versions(args.organisation)
    try:
        build_portfolio(rows, args.output, lang=args.lang, library=library.where)
    except OSError as error:
        reason = error.strerror or str(error)
        raise _Refused(
            _TEXT[args.lang]["cannot_write"].format(path=args.output, reason=reason)
        ) from error
    print(args.output)
    return 0


_ACTIONS = {"publish": _publish, "list": _list, "get": _get, "report": _report}


def as_json(row: LibraryVersion) -> dict[str, Any]:
    """One row of ``list --json``: every stored column, dates as ISO text; each voice
    with its change since the first snapshot and whether that is better."""
    from dataclasses import asdict
    from datetime import date

    result = {
        key: value.isoformat() if isinstance(value, date) else value
        for key, value in asdict(row).items()
    }
    result["voices"] = [voice.as_json() for voice in row.voices]
    return result


def as_table(rows: list[LibraryVersion], lang: str) -> str:
    from procesbouw.units import format_duration_rounded, format_percent

    def percent(value: float | None) -> str:
        return "-" if value is None else format_percent(value, lang)

    def change(value: float | None) -> str:
        if value is None:
            return "-"
        return ("+" if value > 0 else "-" if value < 0 else "") + format_percent(abs(value), lang)

    lines: list[tuple[str, ...]] = [_HEADER[lang]]
    for row in rows:
        lead = (
            "-"
            if row.lead_time is None
            else format_duration_rounded(row.lead_time, row.hours_per_day, lang)
        )
        lines.append((
            row.organisation or "-", row.team or "-", row.name, str(row.number),
            row.published_by, row.published_at.astimezone().strftime("%d-%m-%Y %H:%M"),
            lead, percent(row.rolled_ftr), percent(row.flow_efficiency),
            change(row.lead_time_change),
        ))  # fmt: skip
    widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in lines
    )
