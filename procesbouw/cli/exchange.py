"""``procesbouw export`` and ``procesbouw import``: the open formats, headless.

    procesbouw export MAP.procesbouw --format FORMAT -o OUT   FORMAT: one of FORMATS below
    procesbouw import MAP.json -o NEW.procesbouw        a new map file from a JSON export
    procesbouw import STEPS.csv --into MAP.procesbouw   add a spreadsheet's steps to a map
    procesbouw import MODEL.bpmn -o NEW.procesbouw      a new map file from a BPMN 2.0 model

One module serves both subcommands; the subcommand's name (``parser.prog``
while building, ``args.command`` while running) says which. Errors go to stderr
in ``--lang``'s language (Dutch by default) with exit code 1, and then nothing
has been written.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from procesbouw.model import ProcessMap

FORMATS = ("json", "graphml-steps", "graphml-roles", "csv", "bpmn", "png", "svg")
PICTURES = ("png", "svg")

# PNG and SVG are drawn by the app's canvas (Qt), which the domain never imports;
# the composition root (main.py) plugs the drawing function in here.
picture_exporter: Callable[[Path, Path], None] | None = None
MAX_SOURCE_BYTES = 200 * 1024 * 1024  # refuse before reading more than any map could be


class _Refused(Exception):
    """A reason why the command did nothing, in Dutch and in English."""

    def __init__(self, message: str, message_en: str) -> None:
        super().__init__(message)
        self.message_en = message_en


def add_arguments(parser: argparse.ArgumentParser) -> None:
    if parser.prog.rsplit(" ", 1)[-1] == "export":
        parser.add_argument("file", type=Path, help="the map file (opened read-only)")
        parser.add_argument("--format", required=True, choices=FORMATS, help="what to write")
        parser.add_argument(
            "-o", "--output", required=True, help="the file to write, or - for standard output"
        )
        _add_lang(parser)
        return
    parser.add_argument(
        "source", type=Path, help="a JSON export, a BPMN 2.0 model, or a CSV file of steps"
    )
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "-o", "--output", type=Path, help="JSON: the new map file to create (never overwritten)"
    )
    target.add_argument("--into", type=Path, help="CSV: the existing map file to add the steps to")
    _add_lang(parser)


def _add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang", choices=("nl", "en"), default="nl", help="language of messages and summaries"
    )


def run(args: argparse.Namespace) -> int:
    from procesbouw.cli.messages import complain
    from procesbouw.exchange import ExchangeError
    from procesbouw.storage.errors import MapFileError

    try:
        if args.command == "export":
            _export(args.file, args.format, args.output)
        elif args.into is not None:
            _import_csv(args.source, args.into, args.lang)
        elif args.source.suffix.lower() in _BPMN_SUFFIXES:
            _import_bpmn(args.source, args.output, args.lang)
        else:
            _import_json(args.source, args.output, args.lang)
    except ExchangeError as error:
        print(error.text(args.lang), file=sys.stderr)
        return 1
    except (_Refused, MapFileError) as error:
        return complain(error, args.lang)
    return 0


# -- export ---------------------------------------------------------------------


def _export(map_path: Path, fmt: str, output: str) -> None:
    from procesbouw.storage import MapFile

    if output != "-" and _same_file(map_path, Path(output)):
        raise _Refused(
            "Kies een ander uitvoerbestand: dit is de kaart zelf.",
            "Choose another output file: this is the map itself.",
        )
    if Path(output).suffix.lower() == ".procesbouw":
        raise _Refused(
            "Een export is geen kaartbestand: kies een naam op .json, .graphml, .csv, .bpmn, "
            ".png of .svg, zodat er nooit een kaart wordt overschreven.",
            "An export is not a map file: choose a name ending in .json, .graphml, .csv, "
            ".bpmn, .png or .svg, so that a map is never overwritten.",
        )
    if fmt in PICTURES:
        if output == "-" or picture_exporter is None:
            raise _Refused(
                "Een afbeelding (PNG of SVG) wordt naar een bestand geschreven: -o NAAM.",
                "A picture (PNG or SVG) is written to a file: -o NAME.",
            )
        picture_exporter(map_path, Path(output).with_suffix(f".{fmt}"))
        return
    with MapFile.open(map_path, read_only=True) as map_file:
        data = _exported(map_file.map, fmt)
    if output == "-":
        sys.stdout.buffer.write(data)
    else:
        _write_atomically(Path(output), data)


def _exported(pm: ProcessMap, fmt: str) -> bytes:
    from procesbouw import exchange

    if fmt == "json":
        return exchange.export_json(pm).encode("utf-8")
    if fmt == "graphml-steps":
        return exchange.export_step_graphml(pm)
    if fmt == "graphml-roles":
        return exchange.export_role_graphml(pm)
    if fmt == "bpmn":
        return exchange.export_bpmn(pm)
    return exchange.export_steps_csv(pm).encode(exchange.CSV_ENCODING)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _write_atomically(path: Path, data: bytes) -> None:
    from procesbouw.storage.files import write_atomically

    try:
        write_atomically(path, data)
    except OSError as error:
        reason = error.strerror or error
        raise _Refused(
            f"Kan '{path}' niet schrijven: {reason}.", f"Cannot write '{path}': {reason}."
        ) from error


# -- import ---------------------------------------------------------------------

_CSV_SUFFIXES = (".csv", ".tsv", ".txt")
_BPMN_SUFFIXES = (".bpmn", ".bpmn2", ".xml")


def _read_source(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_SOURCE_BYTES:
            raise _Refused(
                f"'{path}' is te groot om te importeren (meer dan 200 MB).",
                f"'{path}' is too large to import (more than 200 MB).",
            )
        return path.read_bytes()
    except FileNotFoundError as error:
        raise _Refused(f"'{path}' bestaat niet.", f"'{path}' does not exist.") from error
    except OSError as error:
        raise _Refused(
            f"Kan '{path}' niet lezen: {error.strerror}.",
            f"Cannot read '{path}': {error.strerror}.",
        ) from error


def _import_json(source: Path, output: Path, lang: str) -> None:
    from procesbouw.exchange import import_json
    from procesbouw.storage.whole_map import create_from_map

    if source.suffix.lower() in _CSV_SUFFIXES:
        raise _Refused(
            f"'{source}' lijkt een CSV-bestand met stappen: voeg die toe aan een bestaande kaart "
            "met --into KAART.procesbouw.",
            f"'{source}' looks like a CSV file of steps: add them to an existing map "
            "with --into MAP.procesbouw.",
        )
    if output.exists():
        raise _Refused(
            f"'{output}' bestaat al; kies een nieuwe bestandsnaam.",
            f"'{output}' already exists; choose a new file name.",
        )
    try:
        text = _read_source(source).decode("utf-8")
    except UnicodeDecodeError as error:
        raise _Refused(
            f"'{source}' is geen JSON-export van Procesbouw (geen UTF-8-tekst).",
            f"'{source}' is not a Procesbouw JSON export (not UTF-8 text).",
        ) from error
    pm = import_json(text)
    map_file = create_from_map(output, pm)
    map_file.close()
    if lang == "en":
        print(
            f"Map '{pm.details.name}' created in {output}: {len(pm.steps)} steps, "
            f"{len(pm.roles)} roles, {len(pm.findings)} findings, "
            f"{len(pm.snapshots)} snapshots."
        )
        return
    print(
        f"Kaart '{pm.details.name}' aangemaakt in {output}: {len(pm.steps)} stappen, "
        f"{len(pm.roles)} rollen, {len(pm.findings)} bevindingen, "
        f"{len(pm.snapshots)} momentopnamen."
    )


def _import_csv(source: Path, map_path: Path, lang: str) -> None:
    from procesbouw.exchange import decode_csv, import_steps_csv
    from procesbouw.storage import MapFile

    if source.suffix.lower() == ".json":
        raise _Refused(
            f"'{source}' lijkt een JSON-export: maak er een nieuwe kaart van "
            "met -o NIEUW.procesbouw.",
            f"'{source}' looks like a JSON export: make a new map of it with -o NEW.procesbouw.",
        )
    text = decode_csv(_read_source(source))
    with MapFile.open(map_path) as map_file:
        pm = map_file.map
        result = import_steps_csv(text, pm, pm.details.hours_per_day)
        with map_file.batch():
            for entity in result.entities():
                map_file.add(entity)
    if lang == "en":
        print(
            f"{len(result.steps)} steps, {len(result.roles)} new roles and "
            f"{len(result.flows)} flows added to {map_path}."
        )
        return
    print(
        f"{len(result.steps)} stappen, {len(result.roles)} nieuwe rollen en "
        f"{len(result.flows)} overdrachten toegevoegd aan {map_path}."
    )


def _import_bpmn(source: Path, output: Path, lang: str) -> None:
    from procesbouw.exchange import import_bpmn
    from procesbouw.storage.whole_map import create_from_map

    if output.exists():
        raise _Refused(
            f"'{output}' bestaat al; kies een nieuwe bestandsnaam.",
            f"'{output}' already exists; choose a new file name.",
        )
    result = import_bpmn(_read_source(source), fallback_name=source.stem)
    create_from_map(output, result.map).close()
    made = (
        "Map '{name}' created in {path}:"
        if lang == "en"
        else "Kaart '{name}' aangemaakt in {path}:"
    )
    print(made.format(name=result.map.details.name, path=output))
    print(result.summary(lang))
