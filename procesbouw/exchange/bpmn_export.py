"""BPMN 2.0 out: the map as one process other modellers open laid out in lanes.

One pool with a lane per role (steps without a role get a lane marked
``pb:roleless``), a task per step with its times as documentation and as
attributes in our own namespace, a sequence flow per handoff, and rework as a
flow back through an exclusive gateway named with the share. BPMN-DI shapes and
edges follow the canvas (x) and the lanes (y). See ``docs/file-format.md``.
"""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET  # writing only; reading goes through defusedxml

from procesbouw import __version__
from procesbouw.exchange import bpmn_names as names
from procesbouw.exchange.bpmn_names import BPMNDI, DC, DI, MODEL, PROCESBOUW, tag
from procesbouw.model import FlowKind, ProcessMap, Step
from procesbouw.units import format_duration, format_number

TASK_WIDTH, TASK_HEIGHT = 100.0, 80.0
GATEWAY_SIZE = 50.0
ROW_HEIGHT = 110.0
LANE_LABEL = 30.0
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_TIMES_FORMAT = "text/x-procesbouw-times"

for _prefix, _uri in (
    ("bpmn", MODEL),
    ("bpmndi", BPMNDI),
    ("dc", DC),
    ("di", DI),
    ("pb", PROCESBOUW),
):
    ET.register_namespace(_prefix, _uri)


def _text(value: str) -> str:
    """Text XML 1.0 can hold: characters it forbids (control codes) are dropped."""
    return _NOT_XML.sub("", value)


def _number(value: float) -> str:
    return repr(float(value))


def export_bpmn(pm: ProcessMap) -> bytes:
    """The map as a BPMN 2.0 XML document with BPMN-DI, UTF-8 encoded."""
    return _Writer(pm).write()


class _Writer:
    def __init__(self, pm: ProcessMap) -> None:
        self.pm = pm
        self.ids: dict[str, str] = {}  # step id → task id
        self.shapes: dict[str, tuple[float, float, float, float]] = {}
        self.edges: list[tuple[str, str, str, bool]] = []  # flow id, source, target, back

    def write(self) -> bytes:
        pm = self.pm
        root = ET.Element(
            tag(MODEL, "definitions"),
            {
                "id": "Definitions_1",
                "name": _text(pm.details.name),
                "targetNamespace": "https://procesbouw.nl/bpmn/map",
                "exporter": "Procesbouw",
                "exporterVersion": __version__,
            },
        )
        collaboration = ET.SubElement(root, tag(MODEL, "collaboration"), id="Collaboration_1")
        ET.SubElement(
            collaboration,
            tag(MODEL, "participant"),
            id="Participant_1",
            name=_text(pm.details.name),
            processRef="Process_1",
        )
        process = ET.SubElement(
            root,
            tag(MODEL, "process"),
            {
                "id": "Process_1",
                "name": _text(pm.details.name),
                "isExecutable": "false",
                tag(PROCESBOUW, "hoursPerDay"): _number(pm.details.hours_per_day),
            },
        )
        for index, step_id in enumerate(pm.steps, start=1):
            self.ids[step_id] = f"Task_{index}"
        lanes = self._lanes()
        self._lane_set(process, lanes)
        gateways = self._tasks_and_flows(process)
        self._diagram(root, lanes, gateways)
        ET.indent(root)
        return ET.tostring(root, encoding="utf-8", xml_declaration=True)

    # -- semantics ---------------------------------------------------------------------

    def _lanes(self) -> list[tuple[str | None, list[Step]]]:
        """(role id or None, its steps top to bottom) per lane, in role order."""
        lanes: list[tuple[str | None, list[Step]]] = []
        for role_id in [*self.pm.roles, None]:
            steps = [s for s in self.pm.steps.values() if s.role_id == role_id]
            if steps or role_id is not None:
                lanes.append((role_id, sorted(steps, key=lambda s: (s.y, s.x))))
        return lanes

    def _lane_set(self, process: ET.Element, lanes: list[tuple[str | None, list[Step]]]) -> None:
        lane_set = ET.SubElement(process, tag(MODEL, "laneSet"), id="LaneSet_1")
        for index, (role_id, steps) in enumerate(lanes, start=1):
            lane = ET.SubElement(lane_set, tag(MODEL, "lane"), id=f"Lane_{index}")
            if role_id is None:
                lane.set("name", "Zonder rol")
                lane.set(tag(PROCESBOUW, "roleless"), "true")
            else:
                role = self.pm.roles[role_id]
                lane.set("name", _text(role.name))
                lane.set(tag(PROCESBOUW, names.ROLE_KIND), role.kind.value)
                lane.set(tag(PROCESBOUW, names.COLOUR), role.colour)
            for step in steps:
                ET.SubElement(lane, tag(MODEL, "flowNodeRef")).text = self.ids[step.id]
                if self._rework_from(step.id):
                    ref = ET.SubElement(lane, tag(MODEL, "flowNodeRef"))
                    ref.text = self._gateway_id(step.id)

    def _rework_from(self, step_id: str) -> list[tuple[str, float]]:
        return [
            (f.target_id, f.rework_share or 0.0)
            for f in self.pm.flows.values()
            if f.source_id == step_id and f.kind is FlowKind.REWORK
        ]

    def _gateway_id(self, step_id: str) -> str:
        return self.ids[step_id].replace("Task_", "Gateway_")

    def _tasks_and_flows(self, process: ET.Element) -> list[str]:
        pm = self.pm
        hours = pm.details.hours_per_day
        outgoing: dict[
            str, list[tuple[str, str, float | None]]
        ] = {}  # node → (flow, target, share)
        incoming: dict[str, list[str]] = {}
        gateways: list[str] = []
        counter = 0

        def connect(source: str, target: str, share: float | None) -> None:
            nonlocal counter
            counter += 1
            flow_id = f"Flow_{counter}"
            outgoing.setdefault(source, []).append((flow_id, target, share))
            incoming.setdefault(target, []).append(flow_id)
            self.edges.append((flow_id, source, target, share is not None))

        for step_id in pm.steps:
            task_id = self.ids[step_id]
            handoffs = [
                self.ids[f.target_id]
                for f in pm.flows.values()
                if f.source_id == step_id and f.kind is FlowKind.HANDOFF
            ]
            rework = self._rework_from(step_id)
            if not rework:
                for target in handoffs:
                    connect(task_id, target, None)
                continue
            gateway = self._gateway_id(step_id)
            gateways.append(gateway)
            connect(task_id, gateway, None)
            for target in handoffs:
                connect(gateway, target, None)
            for target_id, share in rework:
                connect(gateway, self.ids[target_id], share)

        for step in pm.steps.values():
            task = ET.SubElement(
                process,
                tag(MODEL, "task"),
                {
                    "id": self.ids[step.id],
                    "name": _text(step.name),
                    tag(PROCESBOUW, names.PROCESS_MINUTES): _number(step.process_minutes),
                    tag(PROCESBOUW, names.WAIT_MINUTES): _number(step.wait_minutes),
                    tag(PROCESBOUW, names.FTR_PERCENT): _number(step.ftr_percent),
                },
            )
            if step.note.strip():
                ET.SubElement(task, tag(MODEL, "documentation")).text = _text(step.note)
            times = ET.SubElement(task, tag(MODEL, "documentation"), textFormat=_TIMES_FORMAT)
            times.text = (
                f"Bewerkingstijd {format_duration(step.process_minutes, hours)} · "
                f"wachttijd {format_duration(step.wait_minutes, hours)} · "
                f"first-time-right {format_number(step.ftr_percent)}%"
            )
            self._refs(task, incoming, outgoing, self.ids[step.id])
        for gateway in gateways:
            step_id = next(s for s in self.ids if self._gateway_id(s) == gateway)
            shares = " / ".join(
                f"{format_number(share * 100)}%" for _, share in self._rework_from(step_id)
            )
            element = ET.SubElement(
                process,
                tag(MODEL, "exclusiveGateway"),
                id=gateway,
                name=f"{shares} terug",
                gatewayDirection="Diverging",
            )
            self._refs(element, incoming, outgoing, gateway)
        for source, flows in outgoing.items():
            for flow_id, target, back_share in flows:
                flow = ET.SubElement(
                    process,
                    tag(MODEL, "sequenceFlow"),
                    id=flow_id,
                    sourceRef=source,
                    targetRef=target,
                )
                if back_share is not None:
                    flow.set("name", f"{format_number(back_share * 100)}%")
                    flow.set(tag(PROCESBOUW, names.REWORK_SHARE), _number(back_share))
        return gateways

    @staticmethod
    def _refs(
        element: ET.Element,
        incoming: dict[str, list[str]],
        outgoing: dict[str, list[tuple[str, str, float | None]]],
        node: str,
    ) -> None:
        for flow_id in incoming.get(node, []):
            ET.SubElement(element, tag(MODEL, "incoming")).text = flow_id
        for flow_id, _, _ in outgoing.get(node, []):
            ET.SubElement(element, tag(MODEL, "outgoing")).text = flow_id

    # -- diagram ---------------------------------------------------------------------

    def _diagram(
        self, root: ET.Element, lanes: list[tuple[str | None, list[Step]]], gateways: list[str]
    ) -> None:
        diagram = ET.SubElement(root, tag(BPMNDI, "BPMNDiagram"), id="Diagram_1")
        plane = ET.SubElement(
            diagram, tag(BPMNDI, "BPMNPlane"), id="Plane_1", bpmnElement="Collaboration_1"
        )
        steps = self.pm.steps.values()
        left = min((s.x for s in steps), default=0.0)
        # Canvas x (brick centre) back to DI x, shifted right of the pool and lane labels.
        offset = 2 * LANE_LABEL + 30 - (left + names.BRICK_WIDTH / 2) / names.SCALE_X
        lane_boxes: list[tuple[str, float, float]] = []
        top = 0.0
        for index, (_, lane_steps) in enumerate(lanes, start=1):
            rows = sorted({s.y for s in lane_steps})
            height = max(len(rows), 1) * ROW_HEIGHT + 30
            for step in lane_steps:
                cx = (step.x + names.BRICK_WIDTH / 2) / names.SCALE_X + offset
                cy = top + 15 + rows.index(step.y) * ROW_HEIGHT + ROW_HEIGHT / 2
                self.shapes[self.ids[step.id]] = (
                    cx - TASK_WIDTH / 2,
                    cy - TASK_HEIGHT / 2,
                    TASK_WIDTH,
                    TASK_HEIGHT,
                )
            lane_boxes.append((f"Lane_{index}", top, height))
            top += height
        for gateway in gateways:
            x, y, width, height = self.shapes[gateway.replace("Gateway_", "Task_")]
            self.shapes[gateway] = (
                x + width + 20,
                y + height / 2 - GATEWAY_SIZE / 2,
                GATEWAY_SIZE,
                GATEWAY_SIZE,
            )
        right = max((x + w for x, _, w, _ in self.shapes.values()), default=300.0) + 60
        _shape(plane, "Participant_1", (0.0, 0.0, right, max(top, 120.0)), horizontal=True)
        for lane_id, lane_top, height in lane_boxes:
            _shape(plane, lane_id, (LANE_LABEL, lane_top, right - LANE_LABEL, height), True)
        for element_id, bounds in self.shapes.items():
            _shape(plane, element_id, bounds, horizontal=None)
        for flow_id, source, target, back in self.edges:
            edge = ET.SubElement(
                plane,
                tag(BPMNDI, "BPMNEdge"),
                id=f"{flow_id}_di",
                bpmnElement=flow_id,
            )
            for x, y in self._waypoints(source, target, back):
                ET.SubElement(edge, tag(DI, "waypoint"), x=_number(x), y=_number(y))

    def _waypoints(self, source: str, target: str, back: bool) -> list[tuple[float, float]]:
        sx, sy, sw, sh = self.shapes[source]
        tx, ty, tw, th = self.shapes[target]
        if back:  # under both shapes, back to the left
            low = max(sy + sh, ty + th) + 12
            return [
                (sx + sw / 2, sy + sh),
                (sx + sw / 2, low),
                (tx + tw / 2, low),
                (tx + tw / 2, ty + th),
            ]
        start = (sx + sw, sy + sh / 2)
        end = (tx, ty + th / 2)
        if abs(start[1] - end[1]) < 1:
            return [start, end]
        middle = (start[0] + end[0]) / 2
        return [start, (middle, start[1]), (middle, end[1]), end]


def _shape(
    plane: ET.Element,
    element_id: str,
    bounds: tuple[float, float, float, float],
    horizontal: bool | None,
) -> None:
    shape = ET.SubElement(
        plane, tag(BPMNDI, "BPMNShape"), id=f"{element_id}_di", bpmnElement=element_id
    )
    if horizontal is not None:
        shape.set("isHorizontal", "true" if horizontal else "false")
    x, y, width, height = bounds
    ET.SubElement(
        shape,
        tag(DC, "Bounds"),
        x=_number(x),
        y=_number(y),
        width=_number(width),
        height=_number(height),
    )
