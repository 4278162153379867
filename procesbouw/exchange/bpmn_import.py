"""BPMN 2.0 in: a model from a modeller (Signavio, Camunda, bpmn.io, …) becomes a map.

What maps to what (``docs/file-format.md``, "BPMN 2.0"): tasks of every kind,
call activities and collapsed sub-processes become steps; an expanded
sub-process becomes its inner steps; leaf lanes become roles, and so does a
pool without lanes (every pool but the one with the most steps is another
organisation: an external role); sequence flows through gateways and events
collapse into step → step handoffs, and a backward path through an exclusive
gateway becomes rework; message flows become handoffs between the steps at
either end. Everything else is counted by kind in ``BpmnImport.left_out``.

Parsing goes through defusedxml, every value through the model's own checks;
``import_bpmn`` returns a complete map or raises an ``ExchangeError``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from procesbouw.exchange import bpmn_names as names
from procesbouw.exchange.bpmn_names import MODEL, PROCESBOUW, tag
from procesbouw.exchange.errors import InvalidMapError, NotOurFormatError, TooLargeError
from procesbouw.exchange.layering import backward_pairs, depths
from procesbouw.layout import lay_out
from procesbouw.model import (
    Flow,
    FlowKind,
    MapDetails,
    ProcessMap,
    Role,
    RoleKind,
    Step,
    ValidationError,
)
from procesbouw.palette import next_free_colour

MAX_BYTES = 200 * 1024 * 1024
# The model needs 0 < p < 1 for rework; a share the BPMN file does not state is
# stored as this placeholder, and the source step's note asks the team for it.
UNKNOWN_REWORK_SHARE = 0.5
UNKNOWN_SHARE_NOTE = (
    "Terugkoppeling naar '{target}': het aandeel dat terug gaat staat niet in het "
    "BPMN-model (voorlopig 50%) — vul het in."
)
_OUR_TIMES_FORMAT = "text/x-procesbouw-times"  # documentation our export writes

_TASKS = {
    "task",
    "userTask",
    "serviceTask",
    "sendTask",
    "receiveTask",
    "manualTask",
    "businessRuleTask",
    "scriptTask",
    "callActivity",
}
_SUB_PROCESSES = {"subProcess", "transaction", "adHocSubProcess"}
_EVENTS = {"startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent"}
_GATEWAYS = {
    "exclusiveGateway",
    "inclusiveGateway",
    "parallelGateway",
    "eventBasedGateway",
    "complexGateway",
}
# Children that are part of what we do take over, or only bookkeeping.
_STRUCTURAL = {
    "incoming",
    "outgoing",
    "documentation",
    "flowNodeRef",
    "sourceRef",
    "targetRef",
    "text",
    "laneSet",
    "childLaneSet",
    "lane",
}
_EVENT_DEFINITIONS_SUFFIX = "EventDefinition"

# How the summary names each kind of element: BPMN local name → (nl, en).
KIND_NAMES: dict[str, tuple[str, str]] = {
    "startEvent": ("startgebeurtenis", "start event"),
    "endEvent": ("eindgebeurtenis", "end event"),
    "intermediateCatchEvent": ("tussengebeurtenis (vangend)", "intermediate catch event"),
    "intermediateThrowEvent": ("tussengebeurtenis (werpend)", "intermediate throw event"),
    "exclusiveGateway": ("exclusieve gateway", "exclusive gateway"),
    "inclusiveGateway": ("inclusieve gateway", "inclusive gateway"),
    "parallelGateway": ("parallelle gateway", "parallel gateway"),
    "eventBasedGateway": ("gebeurtenisgestuurde gateway", "event-based gateway"),
    "complexGateway": ("complexe gateway", "complex gateway"),
    "subProcess": ("uitgeklapt subproces (vervangen door zijn stappen)", "expanded sub-process"),
    "transaction": ("uitgeklapte transactie (vervangen door zijn stappen)", "expanded transaction"),
    "adHocSubProcess": ("uitgeklapt ad-hocsubproces", "expanded ad-hoc sub-process"),
    "boundaryEvent": ("randgebeurtenis", "boundary event"),
    "dataObject": ("dataobject", "data object"),
    "dataObjectReference": ("verwijzing naar dataobject", "data object reference"),
    "dataStore": ("gegevensopslag", "data store"),
    "dataStoreReference": ("verwijzing naar gegevensopslag", "data store reference"),
    "dataInputAssociation": ("gegevenskoppeling (invoer)", "data input association"),
    "dataOutputAssociation": ("gegevenskoppeling (uitvoer)", "data output association"),
    "textAnnotation": ("tekstannotatie", "text annotation"),
    "association": ("associatie", "association"),
    "group": ("groep", "group"),
    "category": ("categorie", "category"),
    "conditionExpression": ("voorwaarde op een stroom", "condition on a flow"),
    "standardLoopCharacteristics": ("lusmarkering", "loop marker"),
    "multiInstanceLoopCharacteristics": ("meervoudige uitvoering", "multi-instance marker"),
    "ioSpecification": ("invoer-/uitvoerspecificatie", "input/output specification"),
    "property": ("eigenschap", "property"),
    "message": ("berichtdefinitie", "message definition"),
    "signal": ("signaaldefinitie", "signal definition"),
    "error": ("foutdefinitie", "error definition"),
    "escalation": ("escalatiedefinitie", "escalation definition"),
    "itemDefinition": ("gegevenstype", "item definition"),
    "resource": ("resource", "resource"),
    "interface": ("interface", "interface"),
    "globalTask": ("globale taak", "global task"),
    "potentialOwner": ("mogelijke uitvoerder", "potential owner"),
    "performer": ("uitvoerder", "performer"),
    "humanPerformer": ("menselijke uitvoerder", "human performer"),
    "resourceRole": ("resourcerol", "resource role"),
    "extensionElements": ("uitbreiding van de modelleertool", "modelling tool extension"),
    "process": ("aangeroepen proces (de binnenkant van een aanroep)", "called process"),
    "participant": ("pool zonder proces", "pool without a process"),
    "messageFlow": ("berichtstroom zonder stap aan beide kanten", "message flow without steps"),
    "sequenceFlow": ("stroom zonder stap aan beide kanten", "flow without steps"),
}
_PERCENT = re.compile(r"^\s*(\d{1,2}(?:[.,]\d+)?)\s*%\s*$")


class NotBpmnError(NotOurFormatError):
    """The file is not BPMN 2.0 XML."""


@dataclass
class BpmnImport:
    """The map made from a BPMN model and what the import did with the rest."""

    map: ProcessMap
    collapsed: Counter[str] = field(default_factory=Counter)  # folded into handoffs
    left_out: Counter[str] = field(default_factory=Counter)  # not taken over
    unknown_shares: list[tuple[str, str]] = field(default_factory=list)  # (from, to) names
    laid_out: bool = False  # True: no BPMN-DI for every step, positions were computed

    def summary(self, lang: str = "nl") -> str:
        """What was made and what was not, for the facilitator, in ``lang``."""
        en = lang == "en"
        pm = self.map
        rework = sum(1 for f in pm.flows.values() if f.kind is FlowKind.REWORK)
        lines = [
            f"{len(pm.steps)} steps, {len(pm.roles)} roles, {len(pm.flows)} flows "
            f"({rework} rework)."
            if en
            else f"{len(pm.steps)} stappen, {len(pm.roles)} rollen, {len(pm.flows)} "
            f"overdrachten ({rework} terugkoppelingen)."
        ]
        lines.append(
            ("Positions computed (the model has no complete diagram)." if en else
             "Posities berekend (het model heeft geen volledige tekening).")
            if self.laid_out
            else ("Positions taken from the model's diagram." if en else
                  "Posities overgenomen uit de tekening van het model.")
        )  # fmt: skip
        if self.unknown_shares:
            lines.append(
                "Rework share unknown — fill it in (for now 50%, noted on the step):"
                if en
                else "Aandeel terugkoppeling onbekend — vul het in (voorlopig 50%, "
                "staat bij de stap):"
            )
            lines += [f"  {source} → {target}" for source, target in self.unknown_shares]
        if self.collapsed:
            lines.append("Folded into the handoffs:" if en else "Samengevouwen in de overdrachten:")
            lines += _counted(self.collapsed, en)
        if self.left_out:
            lines.append("Not taken over:" if en else "Niet overgenomen:")
            lines += _counted(self.left_out, en)
        return "\n".join(lines)


def _counted(counts: Counter[str], en: bool) -> list[str]:
    rows = []
    for kind, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        label = KIND_NAMES.get(kind, (kind, kind))[1 if en else 0]
        rows.append(f"  {count} × {label}")
    return rows


def import_bpmn(data: bytes, fallback_name: str = "BPMN-model") -> BpmnImport:
    """The map in a BPMN 2.0 XML document, or an ``ExchangeError`` and nothing."""
    if len(data) > MAX_BYTES:
        raise TooLargeError(
            "Dit bestand is te groot voor een BPMN-model (meer dan 200 MB).",
            "This file is too large to be a BPMN model (more than 200 MB).",
        )
    root = _parse(data)
    try:
        return _Reader(root, fallback_name).read()
    except ValidationError as error:
        raise InvalidMapError(
            f"Het BPMN-model geeft geen geldige kaart: {error}",
            f"The BPMN model does not make a valid map (in Dutch): {error}",
        ) from error
    except RecursionError as error:
        raise InvalidMapError(
            "Dit BPMN-model is te diep genest om te lezen.",
            "This BPMN model is nested too deeply to read.",
        ) from error


def _parse(data: bytes) -> Element:
    try:
        root = fromstring(data)
    except ParseError as error:
        line, column = getattr(error, "position", (0, 0))
        raise NotBpmnError(
            f"Dit is geen leesbaar XML-bestand (regel {line}, kolom {column}), dus geen "
            "BPMN 2.0-model.",
            f"This is not a readable XML file (line {line}, column {column}), so not a "
            "BPMN 2.0 model.",
        ) from error
    except DefusedXmlException as error:
        raise NotBpmnError(
            "Dit XML-bestand gebruikt entiteiten of een DTD; die worden om "
            "veiligheidsredenen niet gelezen.",
            "This XML file uses entities or a DTD, which are not read for safety reasons.",
        ) from error
    if root.tag != tag(MODEL, "definitions"):
        raise NotBpmnError(
            f"Dit XML-bestand is geen BPMN 2.0-model (het begint met <{_local(root)}>, "
            f"verwacht <definitions> in {MODEL}).",
            f"This XML file is not a BPMN 2.0 model (it starts with <{_local(root)}>, "
            f"expected <definitions> in {MODEL}).",
        )
    return root


def _local(element: Element) -> str:
    return str(element.tag).rsplit("}", 1)[-1]


def _in_model(element: Element) -> bool:
    return str(element.tag).startswith(f"{{{MODEL}}}")


def _name(element: Element) -> str:
    return " ".join((element.get("name") or "").split())


def _ours(element: Element, attribute: str) -> str | None:
    return element.get(tag(PROCESBOUW, attribute))


def _number(element: Element, attribute: str, default: float) -> float:
    """A number from one of our extension attributes; the model judges its range."""
    text = _ours(element, attribute)
    if text is None:
        return default
    try:
        value = float(text)
    except ValueError as error:
        raise ValidationError(
            f"'{text[:40]}' is geen getal (in {attribute} van '{_name(element)}')."
        ) from error
    if not math.isfinite(value):
        raise ValidationError(f"{attribute} van '{_name(element)}' is geen eindig getal.")
    return value


@dataclass
class _Node:
    """A flow node: a step, or something flows pass through (``step`` None)."""

    element: Element | None
    step: Step | None = None
    exclusive: bool = False
    container: str | None = None  # id of the expanded sub-process it sits in
    process: str = ""


@dataclass
class _Path:
    source: str
    target: str
    exclusive: bool
    last_flow: Element | None


class _Reader:
    def __init__(self, root: Element, fallback_name: str) -> None:
        self.root = root
        self.fallback_name = fallback_name
        self.result = BpmnImport(ProcessMap())
        self.nodes: dict[str, _Node] = {}
        self.successors: dict[str, list[tuple[str, Element | None]]] = {}
        self.lane_role: dict[str, str] = {}  # flow node id → role name
        self.lane_bounds: list[tuple[tuple[float, float, float, float], str]] = []
        self.roles: dict[str, Role] = {}  # casefolded name → role
        self.pool_role: dict[str, str] = {}  # process id → role name (pools without lanes)
        self.shapes: dict[str, Element] = {}
        self.external_processes: set[str] = set()
        # Our own export marks every rework flow; in it, no other path is rework.
        self._ours = root.get("exporter") == "Procesbouw"

    # -- reading ---------------------------------------------------------------------

    def read(self) -> BpmnImport:
        self._index_diagram()
        processes = {p.get("id", ""): p for p in self.root if _local(p) == "process"}
        participants = [
            element
            for collaboration in self.root
            if _local(collaboration) == "collaboration"
            for element in collaboration
            if _local(element) == "participant"
        ]
        pools = [(p, p.get("processRef", "")) for p in participants]
        # A process only a call activity calls is that activity's inside, not more steps.
        called = {a.get("calledElement") for a in self.root.iter(tag(MODEL, "callActivity"))}
        taken = [ref for ref in processes if ref not in called] or list(processes)
        pool_names = {ref: _name(participant) for participant, ref in pools}
        for process_id in processes:
            if process_id not in taken:
                self.result.left_out["process"] += 1
        for _participant, ref in pools:
            if ref not in processes:
                self.result.left_out["participant"] += 1
        for process_id in taken:
            process = processes[process_id]
            self._read_process(process, pool_names.get(process_id) or _name(process))
        self._choose_external()
        self._name_pools(pools, processes)
        for element in self.root:
            self._count_root(element)
        return self._build(processes, pools)

    def _index_diagram(self) -> None:
        for shape in self.root.iter(tag(names.BPMNDI, "BPMNShape")):
            ref = shape.get("bpmnElement")
            if ref:
                self.shapes[ref] = shape

    def _bounds(self, element_id: str) -> tuple[float, float, float, float] | None:
        shape = self.shapes.get(element_id)
        bounds = shape.find(tag(names.DC, "Bounds")) if shape is not None else None
        if bounds is None:
            return None
        try:
            values = tuple(float(bounds.get(key, "")) for key in ("x", "y", "width", "height"))
        except ValueError:
            return None
        if not all(math.isfinite(v) for v in values):
            return None
        return values[0], values[1], values[2], values[3]

    def _count_root(self, element: Element) -> None:
        local = _local(element)
        if local in ("process", "BPMNDiagram") or not _in_model(element):
            return
        if local == "collaboration":
            for child in element:
                if _local(child) not in ("participant", "messageFlow"):
                    self.result.left_out[_local(child)] += 1
            return
        self.result.left_out[local] += 1

    def _read_process(self, process: Element, pool_name: str) -> None:
        process_id = process.get("id", "")
        for child in process:
            if _local(child) == "laneSet":
                for lane in child:
                    if _local(lane) == "lane":
                        self._read_lane(lane, pool_name)
        self._read_flow_elements(process, None, process_id)

    def _read_lane(self, lane: Element, parent_name: str) -> None:
        name = _name(lane) or parent_name
        children = [
            inner
            for child_set in lane
            if _local(child_set) == "childLaneSet"
            for inner in child_set
            if _local(inner) == "lane"
        ]
        roleless = _ours(lane, "roleless") == "true"  # our export's lane of steps without a role
        for ref in lane:
            if _local(ref) == "flowNodeRef" and ref.text:
                self.lane_role[ref.text.strip()] = "" if roleless else name
        if roleless:
            return
        if children:  # nested lanes flattened: the leaf lanes are the roles
            for inner in children:
                self._read_lane(inner, name)
            return
        role_name = name or "Rol zonder naam"
        self._role(role_name, lane)
        bounds = self._bounds(lane.get("id", ""))
        if bounds is not None:
            self.lane_bounds.append((bounds, role_name))

    def _role(self, name: str, element: Element | None) -> Role:
        key = name.casefold()
        if key not in self.roles:
            colour = (
                _ours(element, names.COLOUR) if element is not None else None
            ) or next_free_colour(r.colour for r in self.roles.values())
            kind_text = _ours(element, names.ROLE_KIND) if element is not None else None
            try:
                kind = RoleKind(kind_text) if kind_text else RoleKind.INTERNAL
            except ValueError as error:
                raise ValidationError(f"Onbekende soort rol '{str(kind_text)[:40]}'.") from error
            self.roles[key] = Role(name, kind, colour)
        return self.roles[key]

    def _read_flow_elements(self, container: Element, inside: str | None, process: str) -> None:
        flows: list[Element] = []
        for child in container:
            local = _local(child)
            element_id = child.get("id", "")
            if not _in_model(child) or local in _STRUCTURAL:
                continue
            if local in _TASKS or (local in _SUB_PROCESSES and not self._expanded(child)):
                self._read_activity(child, inside, process)
            elif local in _SUB_PROCESSES:
                self.result.collapsed[local] += 1
                self._add_node(element_id, _Node(child, container=inside, process=process))
                self._add_node(f"{element_id}#exit", _Node(None, container=inside, process=process))
                self._read_flow_elements(child, element_id, process)
                self._count_children(child, skip=True)
            elif local in _EVENTS or local in _GATEWAYS:
                self.result.collapsed[local] += 1
                node = _Node(child, exclusive=local == "exclusiveGateway", container=inside)
                node.process = process
                self._add_node(element_id, node)
            elif local == "boundaryEvent":
                # Not a step, but the path leaving it is real work: it starts at
                # the activity the event sits on.
                self.result.left_out[local] += 1
                self._add_node(element_id, _Node(child, container=inside, process=process))
                attached = child.get("attachedToRef", "")
                self.successors.setdefault(attached, []).append((element_id, None))
            elif local == "sequenceFlow":
                flows.append(child)
                for inner in child:
                    if _local(inner) == "conditionExpression":
                        self.result.left_out["conditionExpression"] += 1
            else:
                self.result.left_out[local] += 1
        for flow in flows:
            source = flow.get("sourceRef", "")
            if f"{source}#exit" in self.nodes:  # leaving an expanded sub-process
                source = f"{source}#exit"
            self.successors.setdefault(source, []).append((flow.get("targetRef", ""), flow))
        if inside is not None:
            self._wire_sub_process(inside, flows)

    def _wire_sub_process(self, sub_id: str, flows: list[Element]) -> None:
        """Entering an expanded sub-process enters its first nodes; its last nodes leave it."""
        inner = [node_id for node_id, node in self.nodes.items() if node.container == sub_id]
        inner = [n for n in inner if not n.endswith("#exit")]
        targets = {flow.get("targetRef") for flow in flows}
        sources = {flow.get("sourceRef") for flow in flows}
        starts = [n for n in inner if self._kind(n) == "startEvent"]
        entries = starts or [n for n in inner if n not in targets]
        exits = [n for n in inner if n not in sources and self._kind(n) != "boundaryEvent"]
        self.successors.setdefault(sub_id, []).extend((n, None) for n in entries)
        for node_id in exits:
            self.successors.setdefault(node_id, []).append((f"{sub_id}#exit", None))
        if not inner:
            self.successors.setdefault(sub_id, []).append((f"{sub_id}#exit", None))

    def _kind(self, node_id: str) -> str:
        element = self.nodes[node_id].element
        return _local(element) if element is not None else ""

    def _expanded(self, sub_process: Element) -> bool:
        shape = self.shapes.get(sub_process.get("id", ""))
        if shape is not None and shape.get("isExpanded") is not None:
            return shape.get("isExpanded") == "true"
        return any(_local(child) in _TASKS | _SUB_PROCESSES for child in sub_process)

    def _read_activity(self, element: Element, inside: str | None, process: str) -> None:
        notes = [
            (doc.text or "") if self._ours else (doc.text or "").strip()
            for doc in element
            if _local(doc) == "documentation" and doc.get("textFormat") != _OUR_TIMES_FORMAT
        ]
        step = Step(
            _name(element) or "Naamloze taak",
            process_minutes=_number(element, names.PROCESS_MINUTES, 0.0),
            wait_minutes=_number(element, names.WAIT_MINUTES, 0.0),
            ftr_percent=_number(element, names.FTR_PERCENT, 100.0),
            note="\n".join(note for note in notes if note),
        )
        self._add_node(
            element.get("id", ""), _Node(element, step, container=inside, process=process)
        )
        self._count_children(element, skip=False)

    def _count_children(self, element: Element, skip: bool) -> None:
        """Counts what an activity carries that a step has no place for."""
        for child in element:
            local = _local(child)
            if not _in_model(child) or local in _STRUCTURAL:
                continue
            if skip and (
                local in _TASKS | _SUB_PROCESSES | _EVENTS | _GATEWAYS | {"sequenceFlow"}
                or local in KIND_NAMES
                and local not in ("extensionElements", "ioSpecification", "property")
            ):
                continue  # flow content of an expanded sub-process: counted while walking it
            if local.endswith(_EVENT_DEFINITIONS_SUFFIX):
                continue
            self.result.left_out[local] += 1

    def _add_node(self, element_id: str, node: _Node) -> None:
        if not element_id or element_id in self.nodes:
            raise ValidationError(f"Het model gebruikt id '{element_id[:60]}' twee keer (of geen).")
        self.nodes[element_id] = node

    # -- roles --------------------------------------------------------------------------

    def _steps_per_process(self) -> Counter[str]:
        return Counter(node.process for node in self.nodes.values() if node.step is not None)

    def _choose_external(self) -> None:
        """The process with the most steps is the team's organisation; the others are not."""
        counts = self._steps_per_process()
        if len(counts) > 1:
            ours = max(counts, key=lambda ref: counts[ref])
            self.external_processes = set(counts) - {ours}

    def _name_pools(self, pools: list[tuple[Element, str]], processes: dict[str, Element]) -> None:
        lanes_of = {
            ref
            for ref, process in processes.items()
            if any(_local(child) == "laneSet" and len(child) for child in process)
        }
        for participant, ref in pools:
            if ref in processes and ref not in lanes_of:
                name = _name(participant) or _name(processes[ref]) or "Deelnemer"
                self.pool_role[ref] = name
                self._role(name, participant)

    def _role_of(self, node_id: str) -> Role | None:
        node = self.nodes[node_id]
        name = self.lane_role.get(node_id)
        container = node.container
        while name is None and container is not None:
            name = self.lane_role.get(container)
            container = self.nodes[container].container
        if name is None:
            name = self._lane_by_position(node_id)
        if name is None:
            name = self.pool_role.get(node.process)
        if not name:
            return None
        role = self.roles.get(name.casefold()) or self._role(name, None)
        if node.process in self.external_processes and role.kind is RoleKind.INTERNAL:
            role = replace(role, kind=RoleKind.EXTERNAL)
            self.roles[name.casefold()] = role
        return role

    def _lane_by_position(self, node_id: str) -> str | None:
        bounds = self._bounds(node_id)
        if bounds is None:
            return None
        cx, cy = bounds[0] + bounds[2] / 2, bounds[1] + bounds[3] / 2
        for (x, y, width, height), name in self.lane_bounds:
            if x <= cx <= x + width and y <= cy <= y + height:
                return name
        return None

    # -- flows --------------------------------------------------------------------------

    def _paths_from(self, start: str) -> Iterator[_Path]:
        """Every step reached from step ``start`` through non-steps only."""
        seen: set[tuple[str, bool]] = set()
        stack: list[tuple[str, bool, Element | None]] = [
            (target, False, flow) for target, flow in reversed(self.successors.get(start, []))
        ]
        while stack:
            node_id, exclusive, last = stack.pop()
            node = self.nodes.get(node_id)
            if node is None or (node_id, exclusive) in seen:
                continue
            seen.add((node_id, exclusive))
            if node.step is not None:
                yield _Path(start, node_id, exclusive, last)
                continue
            passes = exclusive or node.exclusive
            for target, flow in reversed(self.successors.get(node_id, [])):
                stack.append((target, passes, flow if flow is not None else last))

    def _neighbour_steps(self, node_id: str, forward: bool) -> list[str]:
        """The steps reached from a non-step node, forwards or backwards."""
        if node_id in self.nodes and self.nodes[node_id].step is not None:
            return [node_id]
        graph = self.successors if forward else self._predecessors()
        found: list[str] = []
        seen = {node_id}
        stack = [node_id]
        while stack:
            current = stack.pop()
            for target, _ in graph.get(current, []):
                if target in seen or target not in self.nodes:
                    continue
                seen.add(target)
                if self.nodes[target].step is not None:
                    found.append(target)
                else:
                    stack.append(target)
        return found

    def _predecessors(self) -> dict[str, list[tuple[str, Element | None]]]:
        if not hasattr(self, "_reverse"):
            reverse: dict[str, list[tuple[str, Element | None]]] = {}
            for source, targets in self.successors.items():
                for target, flow in targets:
                    reverse.setdefault(target, []).append((source, flow))
            self._reverse = reverse
        return self._reverse

    def _message_pairs(self) -> list[tuple[str, str]]:
        pairs = []
        for collaboration in self.root:
            if _local(collaboration) != "collaboration":
                continue
            for flow in collaboration:
                if _local(flow) != "messageFlow":
                    continue
                sources = self._message_end(flow.get("sourceRef", ""), forward=False)
                targets = self._message_end(flow.get("targetRef", ""), forward=True)
                found = [(s, t) for s in sources for t in targets if s != t]
                if not found:
                    self.result.left_out["messageFlow"] += 1
                pairs += found
        return pairs

    def _message_end(self, node_id: str, forward: bool) -> list[str]:
        if node_id not in self.nodes:
            return []
        return self._neighbour_steps(node_id, forward) or self._neighbour_steps(
            node_id, not forward
        )

    # -- the map -------------------------------------------------------------------------

    def _build(self, processes: dict[str, Element], pools: list[tuple[Element, str]]) -> BpmnImport:
        step_ids = [node_id for node_id, node in self.nodes.items() if node.step is not None]
        if not step_ids:
            raise InvalidMapError(
                "Dit BPMN-model heeft geen taken, aanroepen of subprocessen: er is niets om "
                "een kaart van te maken.",
                "This BPMN model has no tasks, call activities or sub-processes: there is "
                "nothing to make a map of.",
            )
        steps: dict[str, Step] = {}
        for node_id in step_ids:
            role = self._role_of(node_id)
            step = self.nodes[node_id].step
            assert step is not None
            steps[node_id] = replace(step, role_id=role.id if role else None)
        paths = [path for node_id in step_ids for path in self._paths_from(node_id)]
        pm = self.result.map
        name = self._map_name(processes, pools)[:200]
        pm.set_details(MapDetails(name=name, hours_per_day=self._hours_per_day()))
        used_roles = {step.role_id for step in steps.values()}
        for role in self.roles.values():
            if role.id in used_roles:
                pm.add(role)
        positions = self._positions(steps)
        for step in steps.values():
            pm.add(step)
        self._add_flows(pm, steps, paths, positions)
        if self.result.laid_out:
            for step_id, (x, y) in lay_out(pm).items():
                pm.replace(replace(pm.steps[step_id], x=x, y=y))
        for node_id, (x, y) in positions.items():
            pm.replace(replace(pm.steps[steps[node_id].id], x=x, y=y))
        return self.result

    def _hours_per_day(self) -> float:
        for process in self.root:
            if _local(process) == "process" and _ours(process, "hoursPerDay") is not None:
                return _number(process, "hoursPerDay", 24.0)
        return 24.0

    def _map_name(self, processes: dict[str, Element], pools: list[tuple[Element, str]]) -> str:
        counts = self._steps_per_process()
        candidates = [
            _name(participant) for participant, ref in pools if ref not in self.external_processes
        ]
        candidates += [_name(processes[ref]) for ref in counts if ref in processes]
        candidates += [_name(self.root), self.fallback_name]
        return next((name for name in candidates if name), "BPMN-model")

    def _positions(self, steps: dict[str, Step]) -> dict[str, tuple[float, float]]:
        positions: dict[str, tuple[float, float]] = {}
        for node_id in steps:
            bounds = self._bounds(node_id)
            if bounds is None:
                self.result.laid_out = True
                return {}
            x, y, width, height = bounds
            positions[node_id] = (
                _snap((x + width / 2) * names.SCALE_X - names.BRICK_WIDTH / 2),
                _snap((y + height / 2) * names.SCALE_Y - names.BRICK_HEIGHT / 2),
            )
        return positions

    def _add_flows(
        self,
        pm: ProcessMap,
        steps: dict[str, Step],
        paths: list[_Path],
        positions: dict[str, tuple[float, float]],
    ) -> None:
        if positions:
            order = {node: x for node, (x, _) in positions.items()}
        else:
            order = depths(list(steps), [(p.source, p.target) for p in paths])
        explicit = {
            (p.source, p.target): share
            for p in paths
            if p.last_flow is not None and _ours(p.last_flow, names.REWORK_SHARE) is not None
            for share in [_number(p.last_flow, names.REWORK_SHARE, 0.0)]
        }
        backward = backward_pairs(
            [
                (p.source, p.target, p.exclusive)
                for p in paths
                if (p.source, p.target) not in explicit
            ],
            order,
        )
        made: set[tuple[str, str]] = set()
        for path in paths:
            pair = (path.source, path.target)
            if pair in made or path.source == path.target:
                continue
            made.add(pair)
            source, target = steps[path.source], steps[path.target]
            if pair in explicit:
                pm.add(Flow(source.id, target.id, FlowKind.REWORK, explicit[pair]))
            elif pair in backward and path.exclusive and not self._ours:
                share = _named_share(path.last_flow)
                pm.add(Flow(source.id, target.id, FlowKind.REWORK, share or UNKNOWN_REWORK_SHARE))
                if share is None:
                    self.result.unknown_shares.append((source.name, target.name))
                    note = UNKNOWN_SHARE_NOTE.format(target=target.name)
                    current = pm.steps[source.id]
                    notes = "\n".join(filter(None, [current.note, note]))
                    pm.replace(replace(current, note=notes))
            else:
                pm.add(Flow(source.id, target.id))
        for source_node, target_node in self._message_pairs():
            pair = (source_node, target_node)
            if pair not in made:
                made.add(pair)
                pm.add(Flow(steps[source_node].id, steps[target_node].id))


def _named_share(flow: Element | None) -> float | None:
    """The share a backward flow's name states, like "30%", if it is between 0 and 100%."""
    match = _PERCENT.match(flow.get("name") or "") if flow is not None else None
    if match is None:
        return None
    share = float(match.group(1).replace(",", ".")) / 100
    return share if 0 < share < 1 else None


def _snap(value: float) -> float:
    return round(value / names.GRID) * names.GRID
