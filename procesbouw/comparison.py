"""Two versions of a map side by side: how the key figures moved
(``6 d → 1 d, −83 %``), which steps were added, removed or changed, and which
handoffs: a new rework loop changes the figures without any step changing.

Steps and handoffs are matched by id, so a renamed step is one changed step,
not one removed and one added. Every result carries a Dutch and English
``Explanation``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from procesbouw.analysis import Explanation, KeyFigures, analyse
from procesbouw.model import Flow, FlowKind, Measure, ProcessMap, Step, Voice
from procesbouw.units import (
    format_duration_rounded,
    format_number,
    format_percent,
    format_significant,
)


class Unit(StrEnum):
    MINUTES = "minutes"
    FRACTION = "fraction"  # 0..1, shown as a percentage; changes in percentage points
    COUNT = "count"


@dataclass(frozen=True)
class FigureChange:
    """One key figure before and after. ``before``/``after`` are None when that
    map could not be analysed (no steps, no start)."""

    key: str  # the KeyFigures field: "lead_time_expected", "flow_efficiency", …
    name: Explanation  # what the figure is called
    unit: Unit
    before: float | None
    after: float | None
    difference: float | None  # after − before
    relative: float | None  # difference / before; None when before is 0 or missing
    improved: bool | None  # None when unchanged or unknown
    explanation: Explanation  # "Doorlooptijd (verwacht): 6 d → 1 d (−83 %)."


class StepChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True)
class FieldChange:
    """One property of a step that differs; values as shown to the user."""

    field: str  # "name" | "role" | "wait_minutes" | "process_minutes" | "ftr_percent"
    name: Explanation
    before: Explanation
    after: Explanation


@dataclass(frozen=True)
class StepChange:
    kind: StepChangeKind
    step_id: str
    name: str  # the step's name after the change (before it, for a removed step)
    fields: tuple[FieldChange, ...]  # only for CHANGED
    explanation: Explanation


@dataclass(frozen=True)
class FlowChange:
    """A handoff or rework loop that is new, gone, or has another kind or share."""

    kind: StepChangeKind
    flow_id: str
    explanation: Explanation


@dataclass(frozen=True)
class Comparison:
    figures: tuple[FigureChange, ...]
    added: tuple[StepChange, ...]
    removed: tuple[StepChange, ...]
    changed: tuple[StepChange, ...]
    flows: tuple[FlowChange, ...] = ()  # new, then gone, then changed


# (KeyFigures field, nl name, en name, unit, True when higher is better)
_FIGURES: tuple[tuple[str, str, str, Unit, bool], ...] = (
    ("lead_time_expected", "Doorlooptijd (verwacht)", "Lead time (expected)", Unit.MINUTES, False),
    (
        "lead_time_first_pass",
        "Doorlooptijd (in één keer goed)",
        "Lead time (first pass)",
        Unit.MINUTES,
        False,
    ),
    ("flow_efficiency", "Stroomefficiëntie", "Flow efficiency", Unit.FRACTION, True),
    ("rolled_ftr", "First-time-right (keten)", "Rolled first-time-right", Unit.FRACTION, True),
    ("handoffs", "Overdrachten", "Handoffs", Unit.COUNT, False),
)


def compare(before: ProcessMap, after: ProcessMap) -> Comparison:
    """How ``after`` differs from ``before`` (e.g. a snapshot and the map today)."""
    hours = after.details.hours_per_day  # one length of "a day" for both columns
    figures = compare_figures(analyse(before).figures, analyse(after).figures, hours)
    added = tuple(
        _whole_step(StepChangeKind.ADDED, step)
        for step_id, step in after.steps.items()
        if step_id not in before.steps
    )
    removed = tuple(
        _whole_step(StepChangeKind.REMOVED, step)
        for step_id, step in before.steps.items()
        if step_id not in after.steps
    )
    changed = []
    for step_id, new in after.steps.items():
        old = before.steps.get(step_id)
        if old is not None:
            fields = _field_changes(old, before, new, after, hours)
            if fields:
                changed.append(_changed_step(new, fields))
    return Comparison(figures, added, removed, tuple(changed), _flow_changes(before, after))


# -- key figures ------------------------------------------------------------------


def compare_figures(
    before: KeyFigures | None, after: KeyFigures | None, hours_per_day: float
) -> tuple[FigureChange, ...]:
    """How each key figure moved, for callers that already have both analyses."""
    return tuple(_figure_change(spec, before, after, hours_per_day) for spec in _FIGURES)


def format_figure(value: float, unit: Unit, hours_per_day: float, lang: str = "nl") -> str:
    """A key figure as the facilitator reads it: ``6 d``, ``22 %``, ``7``."""
    if unit is Unit.MINUTES:
        return format_duration_rounded(value, hours_per_day, lang)
    if unit is Unit.FRACTION:
        return format_percent(value, lang)
    return format_number(value, 0, lang)


def format_figure_change(change: FigureChange, lang: str = "nl") -> str:
    """The change of a figure in one short term: ``−83 %``, ``+17 %-punt``, ``±0``."""
    return _change_term(change.unit, change.difference, change.relative, lang)


def _shown_change(unit: Unit, difference: float | None, relative: float | None) -> float | None:
    """The change as its term shows it: whole percentage points for a fraction, a
    count, whole percents of a time; None where no term can be given."""
    if difference is None:
        return None
    if unit is Unit.FRACTION:
        return round(difference * 100)
    if unit is Unit.COUNT:
        return round(difference)
    return None if relative is None else round(relative * 100)


def _change_term(unit: Unit, difference: float | None, relative: float | None, lang: str) -> str:
    # The sign follows the number shown: 22,04 % → 22,01 % reads "±0 %-punt", not "+0".
    shown = _shown_change(unit, difference, relative)
    if shown is None:
        return "—"
    number = f"{_sign(shown)}{format_number(abs(shown), 0, lang)}"
    if unit is Unit.FRACTION:
        return f"{number} %-punt" if lang != "en" else f"{number} pp"
    if unit is Unit.COUNT:
        return number
    return f"{number}%" if lang == "en" else f"{number} %"  # as format_percent writes it


def _sign(value: float) -> str:
    return "+" if value > 0 else "−" if value < 0 else "±"


def _figure_change(
    spec: tuple[str, str, str, Unit, bool],
    figures_before: KeyFigures | None,
    figures_after: KeyFigures | None,
    hours: float,
) -> FigureChange:
    key, name_nl, name_en, unit, higher_is_better = spec
    before = None if figures_before is None else float(getattr(figures_before, key))
    after = None if figures_after is None else float(getattr(figures_after, key))
    difference = relative = None
    improved: bool | None = None
    if before is not None and after is not None:
        difference = after - before
        relative = difference / before if before else None
        if difference and _shown_change(unit, difference, relative) != 0:
            improved = (difference > 0) == higher_is_better  # a change too small to show is none

    def sentence(name: str, lang: str) -> str:
        def shown(value: float | None) -> str:
            return "—" if value is None else format_figure(value, unit, hours, lang)

        term = _change_term(unit, difference, relative, lang)
        return f"{name}: {shown(before)} → {shown(after)} ({term})."

    explanation = Explanation(sentence(name_nl, "nl"), sentence(name_en, "en"))
    return FigureChange(
        key, Explanation(name_nl, name_en), unit, before, after, difference, relative, improved,
        explanation,
    )  # fmt: skip


# -- steps ----------------------------------------------------------------------------


def _whole_step(kind: StepChangeKind, step: Step) -> StepChange:
    if kind is StepChangeKind.ADDED:
        text = Explanation(f"Nieuwe stap ‘{step.name}’.", f"New step ‘{step.name}’.")
    else:
        text = Explanation(f"Stap ‘{step.name}’ is weg.", f"Step ‘{step.name}’ was removed.")
    return StepChange(kind, step.id, step.name, (), text)


def _role_name(pm: ProcessMap, step: Step) -> Explanation:
    role = pm.roles.get(step.role_id or "")
    return Explanation(role.name, role.name) if role else Explanation("(geen rol)", "(no role)")


def _duration(minutes: float, hours: float) -> Explanation:
    return Explanation(
        format_duration_rounded(minutes, hours, "nl"), format_duration_rounded(minutes, hours, "en")
    )


def _percent(value: float) -> Explanation:
    return Explanation(f"{format_number(value, 1, 'nl')} %", f"{format_number(value, 1, 'en')} %")


def _field_changes(
    old: Step, before: ProcessMap, new: Step, after: ProcessMap, hours: float
) -> tuple[FieldChange, ...]:
    result: list[FieldChange] = []
    if old.name != new.name:
        result.append(
            FieldChange(
                "name",
                Explanation("naam", "name"),
                Explanation(old.name, old.name),
                Explanation(new.name, new.name),
            )
        )
    old_role, new_role = _role_name(before, old), _role_name(after, new)
    if old.role_id != new.role_id or old_role != new_role:
        result.append(FieldChange("role", Explanation("rol", "role"), old_role, new_role))
    for field, nl, en in (
        ("wait_minutes", "wachttijd", "wait time"),
        ("process_minutes", "bewerkingstijd", "process time"),
    ):
        old_value, new_value = getattr(old, field), getattr(new, field)
        if old_value != new_value:
            result.append(
                FieldChange(
                    field, Explanation(nl, en), _duration(old_value, hours),
                    _duration(new_value, hours),
                )
            )  # fmt: skip
    if old.ftr_percent != new.ftr_percent:
        result.append(
            FieldChange(
                "ftr_percent",
                Explanation("first-time-right", "first-time-right"),
                _percent(old.ftr_percent),
                _percent(new.ftr_percent),
            )
        )
    return tuple(result)


def _changed_step(step: Step, fields: tuple[FieldChange, ...]) -> StepChange:
    def sentence(lang: str) -> str:
        parts = [
            f"{f.name.text(lang)} {f.before.text(lang)} → {f.after.text(lang)}" for f in fields
        ]
        return f"‘{step.name}’: {'; '.join(parts)}."

    return StepChange(
        StepChangeKind.CHANGED,
        step.id,
        step.name,
        fields,
        Explanation(sentence("nl"), sentence("en")),
    )


# -- handoffs -------------------------------------------------------------------------


def _flow_changes(before: ProcessMap, after: ProcessMap) -> tuple[FlowChange, ...]:
    result = [
        FlowChange(StepChangeKind.ADDED, f.id, _added_or_removed(after, f, added=True))
        for f in after.flows.values()
        if f.id not in before.flows
    ]
    result += [
        FlowChange(StepChangeKind.REMOVED, f.id, _added_or_removed(before, f, added=False))
        for f in before.flows.values()
        if f.id not in after.flows
    ]
    for flow in after.flows.values():
        old = before.flows.get(flow.id)
        if old is not None and _shape(old) != _shape(flow):
            text = _changed_flow(_ends(before, old), old, _ends(after, flow), flow)
            result.append(FlowChange(StepChangeKind.CHANGED, flow.id, text))
    return tuple(result)


def _shape(flow: Flow) -> tuple[object, ...]:
    """What makes a flow another flow for the figures (not its id)."""
    return flow.source_id, flow.target_id, flow.kind, flow.rework_share


def _ends(pm: ProcessMap, flow: Flow) -> str:
    return f"‘{pm.steps[flow.source_id].name}’ → ‘{pm.steps[flow.target_id].name}’"


def _kind_and_share(flow: Flow) -> tuple[Explanation, Explanation]:
    """What the flow is ("terugkoppeling") and, for a rework loop, how much goes
    back (" (15 % gaat terug)"); a handoff has no share."""
    if flow.kind is FlowKind.REWORK and flow.rework_share is not None:
        nl, en = format_percent(flow.rework_share, "nl"), format_percent(flow.rework_share, "en")
        return Explanation("terugkoppeling", "rework loop"), Explanation(
            f" ({nl} gaat terug)", f" ({en} goes back)"
        )
    return Explanation("overdracht", "handoff"), Explanation("", "")


def _added_or_removed(pm: ProcessMap, flow: Flow, added: bool) -> Explanation:
    ends = _ends(pm, flow)
    noun, share = _kind_and_share(flow)
    if added:
        return Explanation(
            f"Nieuwe {noun.nl} {ends}{share.nl}.", f"New {noun.en} {ends}{share.en}."
        )
    return Explanation(
        f"{noun.nl.capitalize()} {ends}{share.nl} is weg.",
        f"{noun.en.capitalize()} {ends}{share.en} was removed.",
    )


def _changed_flow(old_ends: str, old: Flow, new_ends: str, new: Flow) -> Explanation:
    (was, was_share), (now, now_share) = _kind_and_share(old), _kind_and_share(new)
    moved = (old.source_id, old.target_id) != (new.source_id, new.target_id)

    def sentence(lang: str, now_word: str) -> str:
        ends = f" ({now_word} {new_ends})" if moved else ""
        before = was.text(lang) + was_share.text(lang)
        after = now.text(lang) + now_share.text(lang)
        return f"{old_ends}: {before} → {after}{ends}."

    return Explanation(sentence("nl", "nu"), sentence("en", "now"))


# -- the three voices, measured ------------------------------------------------------

# The method puts the employee's voice first, then the customer's, then the business's.
VOICE_ORDER = (Voice.EMPLOYEE, Voice.CUSTOMER, Voice.BUSINESS)


@dataclass(frozen=True)
class MeasureChange:
    """One measure at two moments (a snapshot, or None: the map now)."""

    measure: Measure
    before: float | None
    after: float | None
    difference: float | None  # after − before
    improved: bool | None  # by the measure's direction; None when unchanged or unknown
    explanation: Explanation  # "Verbondenheid in het team (1–10): 5,8 → 7,9 (+2,1)."


def measures_in_order(pm: ProcessMap) -> list[Measure]:
    """The map's measures, employee voice first, then customer, then business."""
    return sorted(pm.measures.values(), key=lambda m: VOICE_ORDER.index(m.voice))


def measure_values(pm: ProcessMap, measure_id: str) -> list[float | None]:
    """The value at every snapshot (oldest first), then for the map now."""
    moments = [s.id for s in sorted(pm.snapshots.values(), key=lambda s: s.taken_on)]
    values = []
    for moment in [*moments, None]:
        measurement = pm.measurement_of(measure_id, moment)
        values.append(None if measurement is None else measurement.value)
    return values


def compare_measures(
    pm: ProcessMap, before: str | None, after: str | None
) -> tuple[MeasureChange, ...]:
    """Every measure from snapshot ``before`` to snapshot ``after`` (None: the map now)."""
    changes = []
    for measure in measures_in_order(pm):
        old = pm.measurement_of(measure.id, before)
        new = pm.measurement_of(measure.id, after)
        old_value = None if old is None else old.value
        new_value = None if new is None else new.value
        difference = None if old_value is None or new_value is None else new_value - old_value
        improved = None if not difference else (difference > 0) == measure.higher_is_better
        changes.append(
            MeasureChange(
                measure, old_value, new_value, difference, improved,
                Explanation(
                    measure_text(measure, old_value, new_value, difference, "nl"),
                    measure_text(measure, old_value, new_value, difference, "en"),
                ),
            )
        )  # fmt: skip
    return tuple(changes)


def format_measure(value: float | None, measure: Measure, lang: str = "nl") -> str:
    """A measured value with its unit: ``7,9``, ``€ 305``, ``82 %``; ``—`` when not measured."""
    if value is None:
        return "—"
    number = format_significant(value, lang)
    unit = measure.unit.strip()
    if unit in ("€", "$", "£"):
        return f"{unit} {number}"
    if unit == "%":
        return f"{number} %" if lang != "en" else f"{number}%"
    return number


def measure_label(measure: Measure) -> str:
    """The name with its unit unless the unit is a sign shown with the value (€, %)."""
    unit = measure.unit.strip()
    return f"{measure.name} ({unit})" if unit and unit not in ("€", "$", "£", "%") else measure.name


def measure_text(
    measure: Measure, before: float | None, after: float | None, difference: float | None,
    lang: str,
) -> str:  # fmt: skip
    """``Verbondenheid in het team (1–10): 5,8 → 7,9 (+2,1).``"""
    label = measure_label(measure)
    shown = f"{format_measure(before, measure, lang)} → {format_measure(after, measure, lang)}"
    if difference is None:
        return f"{label}: {shown}."
    return f"{label}: {shown} ({format_difference(difference, lang)})."


def format_difference(difference: float, lang: str = "nl") -> str:
    """A measure's change with its sign: ``+2,1``, ``−100``, ``±0``."""
    return f"{_sign(difference)}{format_significant(abs(difference), lang)}"
