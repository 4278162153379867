"""``procesbouw log LOG.csv|LOG.xes --case COL --activity COL --timestamp COL
[--lifecycle COL] [--start COL] [--resource COL] [--instance COL] [--json]
[--map NEW.procesbouw [--min-share P] | --into MAP.procesbouw [--snapshot LABEL]] [--lang nl|en]``

The figures an event log measures (definitions in ``docs/analysis.md``, "Event
logs"): on the terminal, as JSON, as a new map, or attached to an existing map's
steps by name. Problems go to stderr with exit code 1, and then nothing was written.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from procesbouw.exchange.event_figures import LogFigures, Spread

_WORDS = {
    "nl": {
        "cases": "Zaken",
        "events": "gebeurtenissen",
        "lead": "Doorlooptijd",
        "variants": "Varianten",
        "activity": "Activiteit",
        "count": "aantal",
        "process": "bewerking (mediaan)",
        "wait": "wachttijd (mediaan)",
        "rework": "herhaald",
        "skipped": "Overgeslagen",
        "made": "Kaart '{name}' aangemaakt in {path}: {steps} stappen, {flows} overdrachten, "
        "{roles} rollen.",
        "attached": "Gemeten cijfers bij {count} stappen van {path}{where}.",
        "snapshot_where": " (momentopname '{label}')",
        "unmatched": "Geen stap met de naam van deze activiteiten (niet gekoppeld): {names}.",
        "exists": "'{path}' bestaat al; kies een nieuwe bestandsnaam.",
        "columns": "Geef bij een CSV-bestand --case, --activity en --timestamp.",
        "both": "Gebruik --lifecycle of --start, niet allebei.",
        "share": "--min-share ligt tussen 0 en 1.",
        "no_snapshot": "Geen momentopname '{label}'.",
        "missing": "'{path}' bestaat niet.",
        "mean": "gem.",
    },
    "en": {
        "cases": "Cases",
        "events": "events",
        "lead": "Lead time",
        "variants": "Variants",
        "activity": "Activity",
        "count": "count",
        "process": "process (median)",
        "wait": "wait (median)",
        "rework": "repeated",
        "skipped": "Skipped",
        "made": "Map '{name}' created in {path}: {steps} steps, {flows} flows, {roles} roles.",
        "attached": "Measured figures on {count} steps of {path}{where}.",
        "snapshot_where": " (snapshot '{label}')",
        "unmatched": "No step has the name of these activities (not attached): {names}.",
        "exists": "'{path}' already exists; choose a new file name.",
        "columns": "For a CSV file give --case, --activity and --timestamp.",
        "both": "Use --lifecycle or --start, not both.",
        "share": "--min-share lies between 0 and 1.",
        "no_snapshot": "No snapshot '{label}'.",
        "missing": "'{path}' does not exist.",
        "mean": "mean",
    },
}
_SKIPPED = {
    "nl": {
        "complete_without_start": "einde zonder begin (als moment geteld)",
        "start_without_complete": "begin zonder einde (weggelaten)",
    },
    "en": {
        "complete_without_start": "complete without start (counted as instantaneous)",
        "start_without_complete": "start without complete (left out)",
    },
}


class _Refused(Exception):
    """A reason, already in the chosen language, why nothing was done."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("log", type=Path, help="the event log: CSV (one event a row) or XES")
    parser.add_argument("--case", help="CSV: the column with the case id")
    parser.add_argument("--activity", help="CSV: the column with the activity's name")
    parser.add_argument("--timestamp", help="CSV: the column with the (completion) time")
    parser.add_argument("--lifecycle", help="CSV: the column with start/complete")
    parser.add_argument("--start", help="CSV: the column with the start time of the same row")
    parser.add_argument("--resource", help="CSV: the column with who did it")
    parser.add_argument("--instance", help="CSV: the column pairing a start with its complete")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    target = parser.add_mutually_exclusive_group()
    target.add_argument("--map", type=Path, help="make a new map file from the log")
    target.add_argument("--into", type=Path, help="attach the figures to this map's steps")
    parser.add_argument(
        "--min-share",
        type=float,
        default=None,
        help="--map: keep a directly-follows relation in at least this share of cases "
        "(default 0.05)",
    )
    parser.add_argument("--snapshot", help="--into: attach to this snapshot instead of the map")
    parser.add_argument("--lang", choices=("nl", "en"), default="nl", help="language of the text")


def run(args: argparse.Namespace) -> int:
    from procesbouw.exchange import ExchangeError
    from procesbouw.model import ValidationError
    from procesbouw.storage.errors import MapFileError

    try:
        figures = _figures(args)
        if args.map is not None:
            _make_map(args, figures)
        elif args.into is not None:
            _attach(args, figures)
        if args.json:
            print(json.dumps(figures.as_json(), ensure_ascii=False, indent=2))
        elif args.map is None and args.into is None:
            print(as_text(figures, args.lang))
    except _Refused as error:
        print(str(error), file=sys.stderr)
        return 1
    except ExchangeError as error:
        print(error.text(args.lang), file=sys.stderr)
        return 1
    except MapFileError as error:
        print(error.message_en if args.lang == "en" else str(error), file=sys.stderr)
        return 1
    except ValidationError as error:
        print(str(error), file=sys.stderr)
        return 1
    return 0


def _figures(args: argparse.Namespace) -> LogFigures:
    from procesbouw.exchange.event_figures import measure
    from procesbouw.exchange.event_log import Columns, read_log

    words = _WORDS[args.lang]
    if not args.log.is_file():
        raise _Refused(words["missing"].format(path=args.log))
    if args.lifecycle and args.start:
        raise _Refused(words["both"])
    share = args.min_share
    if share is not None and not 0 <= share <= 1:
        raise _Refused(words["share"])
    columns = None
    if args.log.suffix.lower() not in (".xes", ".xml"):
        if not (args.case and args.activity and args.timestamp):
            raise _Refused(words["columns"])
        columns = Columns(
            args.case,
            args.activity,
            args.timestamp,
            args.lifecycle,
            args.start,
            args.resource,
            args.instance,
        )
    return measure(read_log(args.log, columns))


def _make_map(args: argparse.Namespace, figures: LogFigures) -> None:
    from procesbouw.exchange.event_map import DEFAULT_MIN_SHARE, map_from_log, source_label
    from procesbouw.storage.whole_map import create_from_map

    words = _WORDS[args.lang]
    if args.map.exists():
        raise _Refused(words["exists"].format(path=args.map))
    share = DEFAULT_MIN_SHARE if args.min_share is None else args.min_share
    pm = map_from_log(figures, args.map.stem, source_label(args.log), share)
    create_from_map(args.map, pm).close()
    message = words["made"].format(
        name=pm.details.name,
        path=args.map,
        steps=len(pm.steps),
        flows=len(pm.flows),
        roles=len(pm.roles),
    )
    print(message, file=sys.stderr if args.json else sys.stdout)


def _attach(args: argparse.Namespace, figures: LogFigures) -> None:
    from dataclasses import replace

    from procesbouw.exchange.event_map import attached, match_by_name, source_label
    from procesbouw.storage import MapFile

    words = _WORDS[args.lang]
    with MapFile.open(args.into) as map_file:
        pm = map_file.map
        snapshot = None
        if args.snapshot is not None:
            snapshot = next((s for s in pm.snapshots.values() if s.label == args.snapshot), None)
            if snapshot is None:
                raise _Refused(words["no_snapshot"].format(label=args.snapshot))
        target = snapshot.content if snapshot is not None else pm
        matches = match_by_name(target, figures)
        steps = attached(target, figures, matches, source_label(args.log))
        if snapshot is not None:
            content = target.content_copy()
            for step in steps:
                content.replace(step)
            map_file.replace(replace(snapshot, content=content))
        else:
            with map_file.batch():
                for step in steps:
                    map_file.replace(step)
    where = words["snapshot_where"].format(label=args.snapshot) if snapshot else ""
    out = sys.stderr if args.json else sys.stdout
    print(words["attached"].format(count=len(steps), path=args.into, where=where), file=out)
    unmatched = [a.name for a in figures.activities if a.name not in matches]
    if unmatched:
        print(words["unmatched"].format(names=", ".join(unmatched)), file=out)


def as_text(figures: LogFigures, lang: str) -> str:
    """The figures for a terminal, in ``lang`` (times in minutes, hours or days)."""
    from procesbouw.analysis.wording import percent

    words = _WORDS[lang]
    lead = figures.lead
    lines = [
        f"{words['cases']}: {figures.case_count} ({figures.events} {words['events']})",
        f"{words['lead']}: {_spread(lead, lang)}",
        f"{words['variants']}: {figures.variants}",
        "",
        f"{words['activity']} · {words['count']} · {words['process']} · {words['wait']} · "
        f"{words['rework']}",
    ]
    for a in figures.activities:
        lines.append(
            f"  {a.name} · {a.count} · {_minutes(a.process.median, lang)} · "
            f"{_minutes(a.wait.median, lang)} · {percent(a.rework_share, lang)}"
        )
    if figures.skipped:
        lines += ["", f"{words['skipped']}:"]
        for reason, count in sorted(figures.skipped.items()):
            label = _SKIPPED[lang].get(reason, reason)
            lines.append(f"  {count} × {label}")
    return "\n".join(lines)


def _minutes(value: float | None, lang: str) -> str:
    from procesbouw.units import format_duration_rounded

    return "–" if value is None else format_duration_rounded(value, 24.0, lang)


def _spread(spread: Spread, lang: str) -> str:
    mean = _WORDS[lang]["mean"]
    return (
        f"{mean} {_minutes(spread.mean, lang)} · "
        f"{'mediaan' if lang == 'nl' else 'median'} {_minutes(spread.median, lang)} · "
        f"p80 {_minutes(spread.p80, lang)}"
    )
