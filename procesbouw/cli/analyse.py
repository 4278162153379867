"""``procesbouw analyse FILE [--snapshot LABEL] [--json] [--lang nl|en]``

The live analysis on a terminal: key figures, bottlenecks, hidden connections,
unused links, brokers, success patterns and structure warnings, by name, and the
three voices as measured (from the first snapshot to the moment analysed). With
``--json`` the documented shape of ``docs/analysis-json.md``. The map is opened
read-only; problems go to stderr with exit code 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from procesbouw.analysis import Analysis
    from procesbouw.model import ProcessMap, Snapshot

# Long lists are cut on a terminal; --json always has everything.
MAX_ROWS = 10

_LABELS = {
    "nl": {
        "map": "Proceskaart",
        "snapshot": "momentopname",
        "lead_time": "Doorlooptijd",
        "first_pass": "zonder herhalingen",
        "process_time": "Bewerkingstijd",
        "flow_efficiency": "Stroomefficiëntie",
        "rolled_ftr": "First-time-right",
        "handoffs": "Overdrachten",
        "critical_path": "Kritieke pad",
        "bottlenecks": "Knelpunten",
        "hidden_connections": "Verborgen verbindingen",
        "unused_links": "Ongebruikte verbindingen",
        "brokers": "Verbindende rollen",
        "days": "Dagen",
        "patterns": "Succespatronen",
        "warnings": "Aandachtspunten",
        "more": "en nog {count}",
        "voices": "De drie stemmen",
        "now": "nu",
        "employee": "Medewerker",
        "customer": "Klant",
        "business": "Organisatie",
        "no_snapshots": "Deze kaart heeft geen momentopnamen.",
        "unknown_snapshot": "Geen momentopname '{label}'. Beschikbaar: {available}.",
    },
    "en": {
        "map": "Process map",
        "snapshot": "snapshot",
        "lead_time": "Lead time",
        "first_pass": "first pass",
        "process_time": "Process time",
        "flow_efficiency": "Flow efficiency",
        "rolled_ftr": "First-time-right",
        "handoffs": "Handoffs",
        "critical_path": "Critical path",
        "bottlenecks": "Bottlenecks",
        "hidden_connections": "Hidden connections",
        "unused_links": "Unused links",
        "brokers": "Connecting roles",
        "days": "Days",
        "patterns": "Success patterns",
        "warnings": "Warnings",
        "more": "and {count} more",
        "voices": "The three voices",
        "now": "now",
        "employee": "Employee",
        "customer": "Customer",
        "business": "Business",
        "no_snapshots": "This map has no snapshots.",
        "unknown_snapshot": "No snapshot '{label}'. Available: {available}.",
    },
}


class _Refused(Exception):
    """A reason, in the chosen language, why the command did nothing."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the map file (opened read-only)")
    parser.add_argument("--snapshot", metavar="LABEL", help="analyse this snapshot instead")
    parser.add_argument("--json", action="store_true", help="print JSON (docs/analysis-json.md)")
    parser.add_argument("--lang", choices=("nl", "en"), default="nl", help="language of the text")


def run(args: argparse.Namespace) -> int:
    from procesbouw.analysis import analyse
    from procesbouw.analysis.as_json import analysis_as_json
    from procesbouw.cli.messages import complain, tell_notices
    from procesbouw.storage import MapFile
    from procesbouw.storage.errors import MapFileError

    try:
        with MapFile.open(args.file, read_only=True) as map_file:
            tell_notices(map_file, args.lang)
            pm = whole = map_file.map
        snapshot = None
        if args.snapshot is not None:
            snapshot = find_snapshot(pm, args.snapshot, args.lang)
            pm = snapshot.content
    except MapFileError as error:
        return complain(error, args.lang)
    except _Refused as error:
        print(str(error), file=sys.stderr)
        return 1

    analysis = analyse(pm)
    if args.json:
        # Every figure is finite (bounded inputs, capped rework): never Infinity or NaN.
        json.dump(
            analysis_as_json(pm, analysis, snapshot, whole),
            sys.stdout,
            ensure_ascii=False,
            indent=2,
            allow_nan=False,
        )
        print()
    else:
        print(as_text(pm, analysis, snapshot, args.lang, whole))
    return 0


def find_snapshot(pm: ProcessMap, label: str, lang: str) -> Snapshot:
    """The first snapshot labelled ``label``; refuses with the available labels."""
    for snapshot in pm.snapshots.values():
        if snapshot.label == label:
            return snapshot
    labels = _LABELS[lang]
    if not pm.snapshots:
        raise _Refused(labels["no_snapshots"])
    available = ", ".join(f"'{s.label}'" for s in pm.snapshots.values())
    raise _Refused(labels["unknown_snapshot"].format(label=label, available=available))


def as_text(
    pm: ProcessMap,
    analysis: Analysis,
    snapshot: Snapshot | None,
    lang: str,
    whole: ProcessMap | None = None,
) -> str:
    """The analysis as terminal text in ``lang``. ``whole`` is the map with its
    snapshots and measures (default ``pm``)."""
    from procesbouw.analysis.as_json import name_of
    from procesbouw.analysis.wording import duration, percent
    from procesbouw.units import day_basis

    labels = _LABELS[lang]
    hours_per_day = pm.details.hours_per_day
    title = f"{labels['map']}: {pm.details.name}"
    if snapshot is not None:
        title += f" ({labels['snapshot']} '{snapshot.label}', {snapshot.taken_on.isoformat()})"
    lines = [title, ""]
    figures = analysis.figures
    if figures is None:
        assert analysis.message is not None  # the contract: no figures, then a reason
        lines.append(analysis.message.text(lang))
    else:
        lead = duration(figures.lead_time_expected, hours_per_day, lang)
        if figures.lead_time_first_pass != figures.lead_time_expected:
            first = duration(figures.lead_time_first_pass, hours_per_day, lang)
            lead += f"  ({labels['first_pass']}: {first})"
        path = " → ".join(name_of(pm, step_id) for step_id in figures.critical_path)
        rows = [
            (labels["lead_time"], lead),
            (labels["process_time"], duration(figures.process_time, hours_per_day, lang)),
            (labels["flow_efficiency"], percent(figures.flow_efficiency, lang)),
            (labels["rolled_ftr"], percent(figures.rolled_ftr, lang)),
            (labels["handoffs"], str(figures.handoffs)),
            (labels["days"], day_basis(hours_per_day, lang)),
            (labels["critical_path"], path),
        ]
        width = max(len(label) for label, _ in rows)
        lines += [f"{label:<{width}}  {value}" for label, value in rows]
        lines += ["", figures.explanation.text(lang)]
    lines += _voices(whole or pm, snapshot, lang)

    sections = (
        ("bottlenecks", [b.explanation for b in analysis.bottlenecks]),
        ("hidden_connections", [h.explanation for h in analysis.hidden_connections]),
        ("unused_links", [u.explanation for u in analysis.unused_links]),
        ("brokers", [b.explanation for b in analysis.brokers]),
        ("patterns", [p.explanation for p in analysis.patterns]),
        ("warnings", [w.explanation for w in analysis.warnings]),
    )
    for key, explanations in sections:
        if not explanations:
            continue
        lines += ["", labels[key]]
        lines += [f"  - {e.text(lang)}" for e in explanations[:MAX_ROWS]]
        if len(explanations) > MAX_ROWS:
            lines.append(f"  … {labels['more'].format(count=len(explanations) - MAX_ROWS)}")
    return "\n".join(lines)


def _voices(whole: ProcessMap, snapshot: Snapshot | None, lang: str) -> list[str]:
    """The three voices as measured, employee first: from the first snapshot to the
    moment analysed (the snapshot, or the map now)."""
    from procesbouw.comparison import compare_measures, format_measure, measure_label

    if not whole.measures:
        return []
    labels = _LABELS[lang]
    moment = None if snapshot is None else snapshot.id
    first = min(whole.snapshots.values(), key=lambda s: s.taken_on, default=None)
    start = moment if first is None else first.id
    heading = labels["voices"]
    if first is not None and start != moment:
        to = f"'{snapshot.label}'" if snapshot else labels["now"]
        heading += f" ('{first.label}' → {to})"
    lines = ["", heading]
    for change in compare_measures(whole, start, moment):
        voice = labels[change.measure.voice.value]
        if start == moment:
            shown = format_measure(change.after, change.measure, lang)
            text = f"{measure_label(change.measure)}: {shown}"
        else:
            text = change.explanation.text(lang)
        lines.append(f"  - {voice}: {text}")
    return lines
