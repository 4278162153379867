"""Event logs in: the timestamps a client system keeps, read as activity instances per case.

A CSV row is one event; XES is read streaming with defusedxml (``concept:name``,
``time:timestamp``, ``lifecycle:transition``, ``org:resource``,
``concept:instance``). How the two ends of an activity instance are found:

- with a lifecycle column, ``start`` and ``complete`` (any case) mark the two ends;
  they are paired by the instance column when there is one, otherwise each start
  with the next complete of the same activity in the same case. Other lifecycle
  values (``schedule``, ``assign``…) are skipped; a complete without a start is
  an instantaneous instance; a start that is never completed is left out. Both
  are counted in ``EventLog.skipped``;
- with a start column, one row carries both ends (the timestamp column is the end);
- with neither, every event is instantaneous.

The whole file is read before anything is made; a file with problems raises an
``EventLogError`` listing them (by line) and nothing is imported. See
``docs/analysis.md`` ("Event logs") for what is computed from the instances.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO

from procesbouw.exchange.errors import CsvProblem, ExchangeError

MAX_PROBLEMS = 50  # listed in the message; reading stops after this many
_STRPTIME_FORMATS = (
    "%d-%m-%Y %H:%M:%S",
    "%d-%m-%Y %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d-%m-%Y",
    "%d/%m/%Y",
    "%Y/%m/%d %H:%M:%S",
    "%m/%d/%Y %H:%M:%S",
)
_XES_KEYS = {
    "concept:name": "activity",
    "time:timestamp": "timestamp",
    "lifecycle:transition": "lifecycle",
    "org:resource": "resource",
    "concept:instance": "instance",
}


class EventLogError(ExchangeError):
    """An event log that cannot be used; ``problems`` lists what and where."""

    def __init__(self, message: str, message_en: str, problems: Iterable[CsvProblem] = ()) -> None:
        problems = list(problems)
        if problems:
            message += "\n" + "\n".join(f"  {p.text('nl')}" for p in problems[:MAX_PROBLEMS])
            message_en += "\n" + "\n".join(f"  {p.text('en')}" for p in problems[:MAX_PROBLEMS])
        super().__init__(message, message_en)
        self.problems = tuple(problems)


@dataclass(frozen=True)
class Columns:
    """Which column holds what (CSV headers as written; for XES the fixed keys)."""

    case: str
    activity: str
    timestamp: str
    lifecycle: str | None = None
    start: str | None = None
    resource: str | None = None
    instance: str | None = None


@dataclass(frozen=True, slots=True)
class Instance:
    """One execution of an activity in a case; times in seconds since 1970 (UTC)."""

    activity: int  # index into EventLog.activities
    start: float
    end: float
    resource: int  # index into EventLog.resources, -1 when none
    order: int  # position in the file, to keep file order among equal times


@dataclass
class EventLog:
    """Activity instances per case, each case in time order."""

    activities: list[str] = field(default_factory=list)
    resources: list[str] = field(default_factory=list)
    cases: dict[str, list[Instance]] = field(default_factory=dict)
    events: int = 0
    skipped: Counter[str] = field(default_factory=Counter)  # reason → count


# -- CSV ----------------------------------------------------------------------------


def sniff_csv(head: str) -> tuple[str, list[str], list[list[str]]]:
    """The delimiter, the header and up to 20 rows of the start of a CSV text."""
    first = head.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count) if first.strip() else ","
    rows = list(csv.reader(io.StringIO(head), delimiter=delimiter))
    if not rows:
        return delimiter, [], []
    complete = head.endswith("\n")
    body = rows[1:] if complete else rows[1:-1]
    return delimiter, [h.strip() for h in rows[0]], body[:20]


# What a column is usually called, per part of an event (casefolded, spaces,
# underscores and hyphens removed), most specific first.
_USUAL_NAMES: dict[str, tuple[str, ...]] = {
    "case": ("case:concept:name", "caseid", "case", "zaakid", "zaaknummer", "zaak", "dossier"),
    "activity": ("concept:name", "activity", "activiteit", "task", "taak", "stap", "event"),
    "timestamp": (
        "time:timestamp", "timestamp", "completetimestamp", "endtime", "end", "einde", "eind",
        "tijdstip", "tijd", "time", "datum", "date",
    ),
    "lifecycle": ("lifecycle:transition", "lifecycle", "transition", "status", "eventtype"),
    "start": ("starttimestamp", "starttime", "start", "begintijd", "begin"),
    "resource": ("org:resource", "resource", "medewerker", "uitvoerder", "user", "wie", "rol"),
    "instance": ("concept:instance", "instance", "instantie"),
}  # fmt: skip


def guess_columns(header: list[str]) -> dict[str, str | None]:
    """Per part of an event (``case``, ``activity``, ``timestamp``, ``lifecycle``,
    ``start``, ``resource``, ``instance``) the header that most likely holds it, each
    header used once; None when nothing looks like it."""
    simple = {
        name: name.casefold().replace(" ", "").replace("_", "").replace("-", "") for name in header
    }
    taken: set[str] = set()
    guess: dict[str, str | None] = {}
    for part, usual in _USUAL_NAMES.items():
        found = None
        for wanted in usual:
            found = next((h for h, s in simple.items() if s == wanted and h not in taken), None)
            if found is not None:
                break
        guess[part] = found
        if found is not None:
            taken.add(found)
    if guess["lifecycle"] and guess["start"]:
        guess["start"] = None  # one of the two ways to find an instance's start
    return guess


def open_text(path: Path) -> IO[str]:
    """A CSV file as text: UTF-8 (with or without BOM), else Windows-1252 as Excel writes."""
    with path.open("rb") as probe:
        sample = probe.read(1 << 16)
    try:
        sample.decode("utf-8")
        encoding = "utf-8-sig"
    except UnicodeDecodeError as error:
        # A multi-byte character cut off at the end of the sample is still UTF-8.
        encoding = "utf-8-sig" if error.start >= len(sample) - 3 else "cp1252"
    return path.open("r", encoding=encoding, errors="strict", newline="")


def read_csv(path: Path, columns: Columns) -> EventLog:
    """The event log in a CSV file, streamed (the file is never held whole)."""
    try:
        with open_text(path) as text:
            head = text.readline()
            delimiter, header, _ = sniff_csv(head)
            reader = csv.reader(text, delimiter=delimiter)
            return _read_rows(header, reader, columns)
    except UnicodeDecodeError as error:
        raise EventLogError(
            "Dit bestand is geen leesbare tekst (UTF-8 of Windows-1252).",
            "This file is not readable text (UTF-8 or Windows-1252).",
        ) from error
    except csv.Error as error:
        raise EventLogError(
            f"Dit CSV-bestand is niet te lezen: {error}.",
            f"This CSV file cannot be read: {error}.",
        ) from error


def _read_rows(header: list[str], rows: Iterable[list[str]], columns: Columns) -> EventLog:
    index = {name.casefold(): i for i, name in enumerate(header)}
    wanted = {
        "case": columns.case,
        "activity": columns.activity,
        "timestamp": columns.timestamp,
        "lifecycle": columns.lifecycle,
        "start": columns.start,
        "resource": columns.resource,
        "instance": columns.instance,
    }
    missing = [name for name in wanted.values() if name and name.casefold() not in index]
    if missing:
        raise EventLogError(
            f"Deze kolommen staan niet in het bestand: {', '.join(missing)}. "
            f"Wel aanwezig: {', '.join(header)}.",
            f"These columns are not in the file: {', '.join(missing)}. "
            f"Present: {', '.join(header)}.",
        )
    at = {key: index[name.casefold()] if name else -1 for key, name in wanted.items()}
    builder = _Builder(columns)
    width = max(at.values()) + 1
    for line, row in enumerate(rows, start=2):
        if len(row) < width:
            if not any(cell.strip() for cell in row):
                continue  # an empty line (often the last one)
            builder.problem(line, "", "te weinig kolommen", "too few columns")
            continue
        builder.add(
            line,
            row[at["case"]],
            row[at["activity"]],
            row[at["timestamp"]],
            row[at["lifecycle"]] if at["lifecycle"] >= 0 else None,
            row[at["start"]] if at["start"] >= 0 else None,
            row[at["resource"]] if at["resource"] >= 0 else None,
            row[at["instance"]] if at["instance"] >= 0 else None,
        )
    return builder.finish()


# -- XES --------------------------------------------------------------------------------


XES_COLUMNS = Columns(
    case="concept:name",
    activity="concept:name",
    timestamp="time:timestamp",
    lifecycle="lifecycle:transition",
    resource="org:resource",
    instance="concept:instance",
)


def read_xes(path: Path) -> EventLog:
    """The event log in an XES file, read element by element (defusedxml iterparse)."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, iterparse

    builder = _Builder(XES_COLUMNS)
    case = ""
    depth = 0  # inside <event>: its attributes are the event's, not the trace's
    event: dict[str, str] = {}
    count = 0
    try:
        for action, element in iterparse(str(path), events=("start", "end")):
            name = str(element.tag).rsplit("}", 1)[-1]
            if action == "start":
                if name == "event":
                    depth += 1
                    event = {}
                elif name == "trace":
                    case = ""
                continue
            if name == "event":
                depth -= 1
                count += 1
                builder.add(
                    count,
                    case,
                    event.get("activity", ""),
                    event.get("timestamp", ""),
                    event.get("lifecycle"),
                    None,
                    event.get("resource"),
                    event.get("instance"),
                )
                element.clear()
            elif name == "trace":
                element.clear()
            elif name in ("string", "date", "id") and element.get("key") in _XES_KEYS:
                key = _XES_KEYS[str(element.get("key"))]
                value = element.get("value", "")
                if depth:
                    event[key] = value
                elif key == "activity":  # the trace's concept:name is the case id
                    case = value
    except ParseError as error:
        raise EventLogError(
            f"Dit is geen leesbaar XES-bestand (XML-fout: {error}).",
            f"This is not a readable XES file (XML error: {error}).",
        ) from error
    except DefusedXmlException as error:
        raise EventLogError(
            "Dit XML-bestand gebruikt entiteiten of een DTD; die worden om "
            "veiligheidsredenen niet gelezen.",
            "This XML file uses entities or a DTD, which are not read for safety reasons.",
        ) from error
    return builder.finish()


def read_log(path: Path, columns: Columns | None) -> EventLog:
    """A CSV (``columns`` required) or XES event log, by the file's name."""
    if path.suffix.lower() in (".xes", ".xml"):
        return read_xes(path)
    if columns is None:
        raise EventLogError(
            "Geef bij een CSV-bestand aan welke kolommen de zaak, de activiteit en de tijd zijn.",
            "For a CSV file, say which columns hold the case, the activity and the time.",
        )
    return read_csv(path, columns)


# -- building instances ---------------------------------------------------------------


class _Builder:
    """Collects events, then pairs them into instances per case."""

    def __init__(self, columns: Columns) -> None:
        self.columns = columns
        self.activity_ids: dict[str, int] = {}
        self.resource_ids: dict[str, int] = {}
        # case → [(time, order, kind, activity, resource, instance, start time)]
        self.raw: dict[str, list[tuple[float, int, str, int, int, str, float]]] = {}
        self.problems: list[CsvProblem] = []
        self.problem_count = 0
        self.log = EventLog()
        self.formats: dict[str, str | None] = {}
        self.activity_of: dict[str, int] = {}  # as written → index
        self.resource_of: dict[str | None, int] = {}

    def problem(self, line: int, column: str, nl: str, en: str) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(CsvProblem(line, column, nl, en))

    def add(
        self,
        line: int,
        case: str,
        activity: str,
        timestamp: str,
        lifecycle: str | None,
        start: str | None,
        resource: str | None,
        instance: str | None,
    ) -> None:
        case = case.strip()
        if not case:
            self.problem(line, self.columns.case, "geen zaak", "no case")
            return
        # Logs repeat a few activity names a million times: normalise each once.
        activity_id = self.activity_of.get(activity)
        if activity_id is None:
            name = " ".join(activity.split())
            if not name:
                self.problem(line, self.columns.activity, "geen activiteit", "no activity")
                return
            activity_id = self.activity_ids.setdefault(name, len(self.activity_ids))
            self.activity_of[activity] = activity_id
        end = self.time(line, self.columns.timestamp, timestamp)
        if end is None:
            return
        kind = "both"
        begin = end
        if lifecycle is not None:
            kind = lifecycle.strip().casefold()
            if kind not in ("start", "complete"):
                self.log.skipped[f"lifecycle:{kind or '-'}"] += 1
                return
        elif start is not None:
            found = self.time(line, self.columns.start or "", start)
            if found is None:
                return
            if found > end:
                self.problem(
                    line,
                    self.columns.start or "",
                    "begint na het einde",
                    "starts after it ends",
                )
                return
            begin = found
        self.log.events += 1
        resource_id = self.resource_of.get(resource)
        if resource_id is None:
            who = (resource or "").strip()
            resource_id = self.resource_ids.setdefault(who, len(self.resource_ids)) if who else -1
            self.resource_of[resource] = resource_id
        self.raw.setdefault(case, []).append(
            (end, line, kind, activity_id, resource_id, (instance or "").strip(), begin)
        )

    def time(self, line: int, column: str, text: str) -> float | None:
        value = parse_time(text.strip(), self.formats, column)
        if value is None:
            self.problem(
                line,
                column,
                f"'{text.strip()[:40]}' is geen datum en tijd",
                f"'{text.strip()[:40]}' is not a date and time",
            )
        return value

    def finish(self) -> EventLog:
        if self.problem_count:
            count = self.problem_count
            raise EventLogError(
                f"Er is niets ingelezen: het log heeft {count} "
                f"{'probleem' if count == 1 else 'problemen'}.",
                f"Nothing was read: the log has {count} problem{'' if count == 1 else 's'}.",
                self.problems,
            )
        if not self.raw:
            raise EventLogError(
                "Dit log bevat geen gebeurtenissen.", "This log contains no events."
            )
        log = self.log
        log.activities = list(self.activity_ids)
        log.resources = list(self.resource_ids)
        for case in list(self.raw):
            events = self.raw.pop(case)  # freed case by case: the raw events and
            events.sort(key=lambda e: (e[0], e[1]))  # the instances never both whole
            log.cases[case] = sorted(self._pair(events), key=lambda i: (i.start, i.end, i.order))
        return log

    def _pair(
        self, events: list[tuple[float, int, str, int, int, str, float]]
    ) -> Iterator[Instance]:
        open_starts: dict[tuple[int, str], list[tuple[float, int, int]]] = {}
        by_instance = self.columns.instance is not None
        for time, order, kind, activity, resource, instance, begin in events:
            if kind == "both":
                yield Instance(activity, begin, time, resource, order)
                continue
            key = (activity, instance if by_instance else "")
            if kind == "start":
                open_starts.setdefault(key, []).append((time, order, resource))
                continue
            waiting = open_starts.get(key)
            if waiting:
                start, start_order, start_resource = waiting.pop(0)
                yield Instance(activity, start, time, resource if resource >= 0 else start_resource,
                               start_order)  # fmt: skip
            else:
                self.log.skipped["complete_without_start"] += 1
                yield Instance(activity, time, time, resource, order)
        left = sum(len(waiting) for waiting in open_starts.values())
        if left:
            self.log.skipped["start_without_complete"] += left


def parse_time(text: str, formats: dict[str, str | None], column: str) -> float | None:
    """Seconds since 1970 for an ISO 8601 or common Dutch/Excel date-time; times without
    a zone are taken as they are (as if UTC), so a log in local time keeps its gaps.
    ``formats`` remembers per column which format worked last."""
    if not text:
        return None
    known = formats.get(column)
    if known is None:
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            moment = None
        if moment is not None:
            return _seconds(moment)
    for fmt in ((known,) if known else ()) + _STRPTIME_FORMATS:
        try:
            moment = datetime.strptime(text, fmt)
        except ValueError:
            continue
        formats[column] = fmt
        return _seconds(moment)
    if known is not None:  # the remembered format no longer fits: try ISO again
        formats[column] = None
        return parse_time(text, formats, column)
    return None


_EPOCH = datetime(1970, 1, 1)


def _seconds(moment: datetime) -> float:
    if moment.tzinfo is None:
        return (moment - _EPOCH).total_seconds()
    return moment.timestamp()
