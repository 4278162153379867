"""Small BPMN documents for the import tests, written by hand the way modellers write them."""

from __future__ import annotations

from pathlib import Path

REFERENCE = Path(__file__).resolve().parents[1] / "data" / "bpmn-miwg"
SCHEMAS = Path(__file__).resolve().parents[1] / "data" / "bpmn-schemas"


def reference(name: str) -> bytes:
    """One of the BPMN MIWG reference models (CC BY 3.0, see tests/data/bpmn-miwg/)."""
    return (REFERENCE / f"{name}.bpmn").read_bytes()


def model(body: str, collaboration: str = "") -> bytes:
    """A definitions document around one process ``body`` (no diagram)."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
  {collaboration}
  <process id="p" name="Aanvraag">{body}</process>
</definitions>""".encode()


# Nested lanes, a loop back through an exclusive gateway, a boundary event and an
# annotation; no BPMN-DI, so the import must lay it out.
NESTED_LOOP = model(
    """
    <laneSet id="ls"><lane id="team" name="Team"><childLaneSet id="cls">
      <lane id="front" name="Balie"><flowNodeRef>a</flowNodeRef><flowNodeRef>s</flowNodeRef>
      </lane>
      <lane id="back" name="Backoffice"><flowNodeRef>b</flowNodeRef><flowNodeRef>c</flowNodeRef>
        <flowNodeRef>g</flowNodeRef><flowNodeRef>e</flowNodeRef></lane>
    </childLaneSet></lane></laneSet>
    <startEvent id="s"/>
    <userTask id="a" name="Aanvraag  ontvangen"><documentation>Via de
      website</documentation></userTask>
    <serviceTask id="b" name="Controleren"/>
    <exclusiveGateway id="g" name="Compleet?"/>
    <manualTask id="c" name="Besluiten"/>
    <endEvent id="e"/>
    <boundaryEvent id="t" attachedToRef="b"><timerEventDefinition/></boundaryEvent>
    <scriptTask id="x" name="Herinnering sturen"/>
    <textAnnotation id="n"><text>let op</text></textAnnotation>
    <sequenceFlow id="f1" sourceRef="s" targetRef="a"/>
    <sequenceFlow id="f2" sourceRef="a" targetRef="b"/>
    <sequenceFlow id="f3" sourceRef="b" targetRef="g"/>
    <sequenceFlow id="f4" sourceRef="g" targetRef="c" name="ja"/>
    <sequenceFlow id="f5" sourceRef="g" targetRef="a" name="nee"/>
    <sequenceFlow id="f6" sourceRef="c" targetRef="e"/>
    <sequenceFlow id="f7" sourceRef="t" targetRef="x"/>
    """
)
